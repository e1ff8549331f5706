using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The synergy finder pages and the one-click draft agreement between two programmes.</summary>
public class SynergyTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private const string CashForWork = "Water points and feeder roads";
    // The Kindia development plan would pair with it too, but the demo's three-party agreement in Friguiagbé already links them.
    private const string Integra = "INTEGRA";

    private Task<Programme> ProgrammeAsync(string nameStart) =>
        _factory.WithDbAsync(db => db.Programmes.AsNoTracking().SingleAsync(p => p.Name.StartsWith(nameStart)));

    /// <summary>True when one candidate card on the page names both programmes.</summary>
    private static bool Paired(string html, Programme a, Programme b) =>
        WebUtility.HtmlDecode(html).Split("data-testid=\"synergy-candidate\"").Skip(1).Any(card => card.Contains(a.Name) && card.Contains(b.Name));

    /// <summary>True when a candidate card on a programme's page names the other programme.</summary>
    private static bool Offers(string html, Programme other) =>
        WebUtility.HtmlDecode(html).Split("data-testid=\"synergy-candidate\"").Skip(1).Any(card => card.Contains(other.Name));

    private static Dictionary<string, string> Pair(Programme a, Programme b, string country = "GN") =>
        new() { ["programmeA"] = a.Id.ToString(), ["programmeB"] = b.Id.ToString(), ["country"] = country };

    private Task<int> AgreementCountAsync() => _factory.WithDbAsync(db => db.SynergyAgreements.CountAsync());

    /// <summary>The demo's own agreements, there before each test.</summary>
    private readonly int _demoAgreements;

    public SynergyTests() => _demoAgreements = _factory.WithDbAsync(db => db.SynergyAgreements.CountAsync()).GetAwaiter().GetResult();

    [Fact]
    public async Task A_coordinator_starts_a_draft_from_a_ranked_pair_and_the_pair_leaves_the_list()
    {
        var cashForWork = await ProgrammeAsync(CashForWork);
        var integra = await ProgrammeAsync(Integra);
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var page = await client.GetStringAsync("/Synergies?country=GN");
        Assert.True(Paired(page, cashForWork, integra));
        Assert.Contains("Both work in Friguiagbé, Mambia and Souguéta municipalities", WebUtility.HtmlDecode(page));

        var response = await client.PostFormAsync("/Synergies?country=GN", "/Synergies?handler=StartDraft&country=GN", Pair(integra, cashForWork));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Agreements/Edit/", location);

        var id = int.Parse(location.Split('/')[^1]);
        var (agreement, version) = await _factory.WithDbAsync(async db =>
        {
            var a = await db.SynergyAgreements.Include(x => x.Events).SingleAsync(x => x.Id == id);
            var v = await db.AgreementVersions.Include(x => x.Parties).Include(x => x.Areas).ThenInclude(x => x.AdministrativeArea)
                .Include(x => x.TargetGroups).ThenInclude(x => x.Term).SingleAsync(x => x.AgreementId == id);
            return (a, v);
        });
        Assert.Equal(("GN", AgreementStatus.Draft), (agreement.CountryCode, version.Status));
        Assert.Equal($"Synergy: {cashForWork.Name} × {integra.Name}", version.Title);
        Assert.Equal([(cashForWork.OwnerOrganisationId, cashForWork.Id, "Development-oriented reintegration programme"), (integra.OwnerOrganisationId, integra.Id, "Development programme")],
            version.Parties.OrderBy(p => p.Position).Select(p => (p.OrganisationId, p.ProgrammeId!.Value, p.Role)));
        Assert.Equal(["Friguiagbé", "Mambia", "Souguéta"], version.Areas.Select(a => a.AdministrativeArea!.Name).Order());
        Assert.Equal(["Returning migrants", "Youth"], version.TargetGroups.Select(t => t.Term!.Name).Order());
        Assert.Equal(new[] { cashForWork.EndDate, integra.EndDate }.Min(), version.EndDate);
        Assert.True(version.StartDate >= new[] { cashForWork.StartDate, integra.StartDate }.Max() && version.StartDate < version.EndDate);
        Assert.Contains(agreement.Events, e => e.Kind == AgreementEventKind.Created);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "agreement.draft-started" && e.EntityId == id.ToString())));
        Assert.True(await _factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Subject.Contains(agreement.ReferenceNumber))));

        // The pair is now linked by a live agreement: neither page offers it any more, and a second click makes nothing.
        Assert.False(Paired(await client.GetStringAsync("/Synergies?country=GN"), cashForWork, integra));
        Assert.False(Offers(await client.GetStringAsync($"/Programmes/Details/{integra.Id}"), cashForWork));
        var again = await client.PostFormAsync("/Synergies?country=GN", "/Synergies?handler=StartDraft&country=GN", Pair(integra, cashForWork));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("no longer a possible synergy", await again.Content.ReadAsStringAsync());
        Assert.Equal(_demoAgreements + 1, await AgreementCountAsync());
    }

    [Fact]
    public async Task A_withdrawn_draft_frees_the_pair_again()
    {
        var cashForWork = await ProgrammeAsync(CashForWork);
        var integra = await ProgrammeAsync(Integra);
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var response = await client.PostFormAsync("/Synergies?country=GN", "/Synergies?handler=StartDraft&country=GN", Pair(cashForWork, integra));
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);

        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var v = await db.AgreementVersions.Include(x => x.Agreement).Include(x => x.Parties).SingleAsync(x => x.AgreementId == id);
            var actor = await AgreementTestData.ActorAsync(scope.ServiceProvider, DemoUsers.CoordinatorGuinea);
            Assert.True(AgreementLifecycle.Withdraw(v, actor, "Started by mistake", DateTime.UtcNow).Succeeded);
            await db.SaveChangesAsync();
        }
        Assert.True(Paired(await client.GetStringAsync("/Synergies?country=GN"), cashForWork, integra));
    }

    [Fact]
    public async Task A_member_of_an_owner_starts_a_draft_from_its_programme_page()
    {
        var own = await ProgrammeAsync("Retour Digne");
        var integra = await ProgrammeAsync("INTEGRA");
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var details = await client.GetStringAsync($"/Programmes/Details/{own.Id}");
        Assert.True(Offers(details, integra));
        Assert.Contains("Start a draft agreement", details);
        var response = await client.PostFormAsync($"/Programmes/Details/{own.Id}", $"/Programmes/Details/{own.Id}?handler=StartDraft", Pair(own, integra));
        Assert.StartsWith("/Agreements/Edit/", response.Headers.Location!.OriginalString);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var parties = await _factory.WithDbAsync(db => db.AgreementVersions.Where(v => v.AgreementId == id)
            .SelectMany(v => v.Parties).Select(p => p.ProgrammeId).ToListAsync());
        Assert.Equal(new[] { own.Id, integra.Id }.Order(), parties.Select(p => p!.Value).Order());
    }

    [Fact]
    public async Task A_user_of_an_unrelated_organisation_cannot_start_a_draft_and_sees_no_button()
    {
        var cashForWork = await ProgrammeAsync(CashForWork);
        var integra = await ProgrammeAsync(Integra);
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var details = await client.GetStringAsync($"/Programmes/Details/{integra.Id}");
        var card = Assert.Single(WebUtility.HtmlDecode(details).Split("data-testid=\"synergy-candidate\"").Skip(1), c => c.Contains(cashForWork.Name));
        Assert.DoesNotContain("Start a draft agreement", card.Split("</article>")[0]);
        var response = await client.PostFormAsync($"/Programmes/Details/{integra.Id}", $"/Programmes/Details/{integra.Id}?handler=StartDraft", Pair(cashForWork, integra));
        Assert.Contains("AccessDenied", response.Headers.Location!.OriginalString);
        Assert.Equal(_demoAgreements, await AgreementCountAsync());
    }

    [Fact]
    public async Task A_coordinator_acts_only_in_its_countries_and_an_administrator_reads_every_country_without_starting_drafts()
    {
        var fao = await ProgrammeAsync("Migration and Youth Employment in Food Systems");
        var baos = await ProgrammeAsync("National return and reintegration support");
        using (var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea))
        {
            Assert.Contains("AccessDenied", (await coordinator.GetAsync("/Synergies?country=SN")).Headers.Location!.OriginalString);
            var post = await coordinator.PostFormAsync("/Synergies?country=GN", "/Synergies?handler=StartDraft&country=SN", Pair(fao, baos, "SN"));
            Assert.Contains("AccessDenied", post.Headers.Location!.OriginalString);
        }
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var senegal = await admin.GetStringAsync("/Synergies?country=SN");
        Assert.True(Paired(senegal, fao, baos));
        Assert.DoesNotContain("Start a draft agreement", senegal);
        Assert.Equal(_demoAgreements, await AgreementCountAsync());
    }

    [Fact]
    public async Task Each_demo_country_has_candidates_and_htmx_gets_only_the_list()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.GlobalCoordinator);
        foreach (var country in new[] { "GN", "GM", "SN", "CI", "GE", "NP" })
            Assert.Contains("data-testid=\"synergy-candidate\"", await client.GetStringAsync($"/Synergies?country={country}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Synergies?country=GE");
        request.Headers.Add("HX-Request", "true");
        var html = WebUtility.HtmlDecode(await (await client.Http.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Contains("Both work in Imereti region", html);
        Assert.DoesNotContain("<html", html);
    }

    public void Dispose() => _factory.Dispose();
}
