using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>Starting a draft agreement by hand: a member for their own organisation, a coordinator for any parties of its country.</summary>
public class AgreementCreateTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    /// <summary>A programme owned by the organisation, in Guinea; returns its id.</summary>
    internal static Task<int> ProgrammeAsync(PortalFactory factory, int ownerOrganisationId, string name) =>
        factory.WithDbAsync(async db =>
        {
            var programme = new Programme
            {
                Name = name, Kind = ProgrammeKind.Reintegration, OwnerOrganisationId = ownerOrganisationId,
                StartDate = new DateOnly(2025, 1, 1), EndDate = new DateOnly(2028, 12, 31), CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
            };
            programme.Countries.Add(new ProgrammeCountry { CountryCode = "GN" });
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });

    /// <summary>Organisations working in Guinea other than the given ones, by name.</summary>
    private Task<List<int>> GuineanOrganisationsAsync(params int[] except) =>
        _factory.WithDbAsync(db => db.Organisations.Where(o => o.CountryCode == "GN" && !except.Contains(o.Id)).OrderBy(o => o.Name).Select(o => o.Id).ToListAsync());

    private Task<int> OrganisationOfAsync(string email) =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId).SingleAsync());

    private Task<int> AgreementCountAsync() => _factory.WithDbAsync(db => db.SynergyAgreements.CountAsync());

    private Task<SynergyAgreement?> NewestAgreementAsync() =>
        _factory.WithDbAsync(db => db.SynergyAgreements.AsNoTracking().Include(x => x.Versions).ThenInclude(v => v.Parties).Include(x => x.Events)
            .OrderByDescending(x => x.Id).FirstOrDefaultAsync());

    [Fact]
    public async Task A_partner_starts_a_draft_with_its_own_organisation_as_party_1()
    {
        var own = await OrganisationOfAsync(DemoUsers.Partner);
        var other = (await GuineanOrganisationsAsync(own))[0];
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var page = WebUtility.HtmlDecode(await partner.GetStringAsync("/Agreements/Create?Form.CountryCode=GN"));
        Assert.Contains("data-testid=\"own-party\">Guinée Solidarité Retour<", page);
        Assert.DoesNotContain("name=\"Form.FirstPartyId\"", page);
        Assert.DoesNotContain("Senegal", page); // only countries where the organisation works
        using var countryChanged = new HttpRequestMessage(HttpMethod.Get, "/Agreements/Create?Form.CountryCode=GN") { Headers = { { "HX-Request", "true" } } };
        var fragment = await (await partner.Http.SendAsync(countryChanged)).Content.ReadAsStringAsync();
        Assert.StartsWith("<div class=\"col-12\" id=\"party-choices\"", fragment.Trim());
        Assert.Contains($"value=\"{other}\"", fragment);

        var response = await partner.PostFormAsync("/Agreements/Create", "/Agreements/Create", new()
        {
            ["Form.Title"] = "Job placement for returnees in Conakry", ["Form.CountryCode"] = "GN",
            ["Form.FirstPartyId"] = other.ToString(), // ignored: a member's party 1 is their organisation
            ["Form.OtherPartyIds"] = other.ToString(),
        });

        var agreement = (await NewestAgreementAsync())!;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Agreements/Edit/{agreement.Id}", response.Headers.Location!.OriginalString);
        Assert.StartsWith("SA-GN-", agreement.ReferenceNumber);
        var version = Assert.Single(agreement.Versions);
        Assert.Equal((AgreementStatus.Draft, "Job placement for returnees in Conakry"), (version.Status, version.Title));
        Assert.Equal([(1, own), (2, other)], version.Parties.OrderBy(p => p.Position).Select(p => (p.Position, p.OrganisationId)));
        Assert.Equal(AgreementEventKind.Created, Assert.Single(agreement.Events).Kind);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/Agreements/Edit/{agreement.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_coordinator_of_guinea_chooses_every_party()
    {
        var own = await OrganisationOfAsync(DemoUsers.CoordinatorGuinea);
        var choices = await GuineanOrganisationsAsync(own);
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        Assert.Contains("name=\"Form.FirstPartyId\"", await coordinator.GetStringAsync("/Agreements/Create?Form.CountryCode=GN"));
        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = "Housing and training", ["Form.CountryCode"] = "GN", ["Form.FirstPartyId"] = choices[0].ToString(),
            ["Form.OtherPartyIds[0]"] = choices[1].ToString(), ["Form.OtherPartyIds[1]"] = choices[2].ToString(),
        };
        var response = await coordinator.PostFormAsync("/Agreements/Create", "/Agreements/Create", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var version = (await NewestAgreementAsync())!.Versions.Single();
        Assert.Equal(choices.Take(3), version.Parties.OrderBy(p => p.Position).Select(p => p.OrganisationId));
    }

    [Fact]
    public async Task A_draft_needs_a_title_and_another_party_in_a_country_of_the_user()
    {
        var demoAgreements = await AgreementCountAsync();
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var senegalese = await _factory.WithDbAsync(db => db.Organisations.Where(o => o.CountryCode == "SN" && o.CountriesOfOperation.All(c => c.CountryCode != "GN")).Select(o => o.Id).FirstAsync());
        var response = await partner.PostFormAsync("/Agreements/Create", "/Agreements/Create", new()
        {
            ["Form.Title"] = "", ["Form.CountryCode"] = "GN", ["Form.OtherPartyIds"] = senegalese.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Enter the agreement's title.", html);
        Assert.Contains("Choose parties among the organisations working in this country.", html);

        response = await partner.PostFormAsync("/Agreements/Create", "/Agreements/Create", new()
        {
            ["Form.Title"] = "Elsewhere", ["Form.CountryCode"] = "SN", ["Form.OtherPartyIds"] = senegalese.ToString(),
        });
        Assert.Contains("Choose a country where your organisation works or that you coordinate.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(demoAgreements, await AgreementCountAsync());
    }

    [Fact]
    public async Task An_administrator_does_not_start_agreements()
    {
        var demoAgreements = await AgreementCountAsync();
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var page = await admin.GetAsync("/Agreements/Create");
        Assert.Contains("/Account/AccessDenied", page.Headers.Location!.OriginalString);
        var other = (await GuineanOrganisationsAsync())[0];
        var response = await admin.PostFormAsync("/Services/Create", "/Agreements/Create", new()
        {
            ["Form.Title"] = "Admin agreement", ["Form.CountryCode"] = "GN", ["Form.FirstPartyId"] = other.ToString(), ["Form.OtherPartyIds"] = other.ToString(),
        });
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        Assert.Equal(demoAgreements, await AgreementCountAsync());
    }

    public void Dispose() => _factory.Dispose();
}
