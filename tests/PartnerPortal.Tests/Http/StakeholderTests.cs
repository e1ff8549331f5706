using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>Stakeholder mapping, coordination bodies and the full organisation profile.</summary>
public class StakeholderTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    /// <summary>An organisation of <paramref name="country"/> that works only there and has not been assessed yet.</summary>
    private Task<Organisation> OrganisationAsync(string country, bool localAuthority = false) =>
        _factory.WithDbAsync(db => db.Organisations.Where(o => o.CountryCode == country && (o.JurisdictionAreaId != null) == localAuthority
                && o.CountriesOfOperation.All(c => c.CountryCode == country) && !db.StakeholderAssessments.Any(a => a.OrganisationId == o.Id))
            .OrderBy(o => o.Id).FirstAsync());

    private static Dictionary<string, string> Assessment(int capacity, int interest, int influence, string? version = null) => new()
    {
        ["Form.Capacity"] = capacity.ToString(), ["Form.Interest"] = interest.ToString(), ["Form.Influence"] = influence.ToString(),
        ["Form.PartnershipPotential"] = "High", ["Form.IsTrustedIntermediary"] = "true", ["Form.Needs"] = "Funding for a second caseworker",
        ["Form.Version"] = version ?? "",
    };

    [Fact]
    public async Task A_coordinator_assesses_organisations_of_its_country_and_they_appear_on_the_map()
    {
        var guinean = await OrganisationAsync("GN");
        var senegalese = await OrganisationAsync("SN");
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);

        var bad = await coordinator.PostFormAsync($"/Stakeholders/Assess/{guinean.Id}", $"/Stakeholders/Assess/{guinean.Id}", Assessment(7, 3, 3));
        Assert.Contains("Score capacity from 1 to 5.", await bad.Content.ReadAsStringAsync());
        var saved = await coordinator.PostFormAsync($"/Stakeholders/Assess/{guinean.Id}", $"/Stakeholders/Assess/{guinean.Id}", Assessment(4, 5, 2));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var map = await coordinator.GetStringAsync("/Stakeholders?country=GN");
        Assert.Contains($"href=\"/Organisations/Details/{guinean.Id}\" data-testid=\"map-dot\"", map);
        Assert.Contains("influence 2, interest 5, capacity 4, high potential, trusted intermediary", WebUtility.HtmlDecode(map));

        Assert.Contains("AccessDenied", (await coordinator.GetAsync($"/Stakeholders/Assess/{senegalese.Id}")).Headers.Location!.OriginalString);
        Assert.Contains("AccessDenied", (await coordinator.GetAsync("/Stakeholders?country=SN")).Headers.Location!.OriginalString);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        Assert.Contains("AccessDenied", (await partner.GetAsync("/Stakeholders?country=GN")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_stale_assessment_form_does_not_overwrite_a_newer_one()
    {
        var guinean = await OrganisationAsync("GN");
        using var first = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        using var second = await PortalClient.SignedInAsync(_factory, DemoUsers.GlobalCoordinator);
        var page = $"/Stakeholders/Assess/{guinean.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(page, page, Assessment(4, 4, 4))).StatusCode);
        // The second coordinator's form was opened before any assessment existed.
        var refused = await second.PostFormAsync(page, page, Assessment(1, 1, 1));
        Assert.Contains("Someone else saved an assessment of this organisation", await refused.Content.ReadAsStringAsync());
        Assert.Equal(4, await _factory.WithDbAsync(db => db.StakeholderAssessments.Where(a => a.OrganisationId == guinean.Id).Select(a => a.Capacity).SingleAsync()));
    }

    [Fact]
    public async Task Coordination_bodies_are_kept_by_coordinators_of_their_country()
    {
        var lead = await OrganisationAsync("GN");
        var member = await OrganisationAsync("GN", localAuthority: true);
        var senegalese = await OrganisationAsync("SN");
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Kindia reintegration case committee", ["Form.Kind"] = "CaseManagementCommittee", ["Form.CountryCode"] = "GN",
            ["Form.LeadOrganisationId"] = lead.Id.ToString(), ["Form.MemberIds"] = member.Id.ToString(), ["Form.MeetingFrequency"] = "monthly",
        };
        var foreignMember = new Dictionary<string, string>(fields) { ["Form.MemberIds"] = senegalese.Id.ToString() };
        var refused = await coordinator.PostFormAsync("/CoordinationBodies/Edit", "/CoordinationBodies/Edit", foreignMember);
        Assert.Contains("Members and lead must be organisations working in the body", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var inSenegal = new Dictionary<string, string>(fields) { ["Form.CountryCode"] = "SN", ["Form.LeadOrganisationId"] = "", ["Form.MemberIds"] = senegalese.Id.ToString() };
        Assert.Contains("Choose a country you coordinate.", await (await coordinator.PostFormAsync("/CoordinationBodies/Edit", "/CoordinationBodies/Edit", inSenegal)).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync("/CoordinationBodies/Edit", "/CoordinationBodies/Edit", fields)).StatusCode);
        var body = await _factory.WithDbAsync(db => db.CoordinationBodies.Include(b => b.Members).SingleAsync(b => b.Name == "Kindia reintegration case committee"));
        Assert.Equal([member.Id], body.Members.Select(m => m.OrganisationId));

        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        Assert.Contains("Kindia reintegration case committee", await partner.GetStringAsync("/CoordinationBodies?country=GN"));
        Assert.Contains("AccessDenied", (await partner.GetAsync($"/CoordinationBodies/Edit/{body.Id}")).Headers.Location!.OriginalString);
        using var global = await PortalClient.SignedInAsync(_factory, DemoUsers.GlobalCoordinator);
        Assert.Equal(HttpStatusCode.OK, (await global.GetAsync($"/CoordinationBodies/Edit/{body.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_full_profile_is_saved_and_shown_and_half_filled_rows_are_explained()
    {
        var own = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Signatory).Select(u => u.Organisation!).SingleAsync());
        var sector = await _factory.WithDbAsync(db => db.TaxonomyTerms.FirstAsync(t => t.Taxonomy == Taxonomy.Sector));
        var area = await _factory.WithDbAsync(db => db.AdministrativeAreas.FirstAsync(a => a.CountryCode == own.CountryCode && a.Level == AreaLevel.District));
        using var manager = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var page = $"/Organisations/Edit/{own.Id}";
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Name", own.Name), new("Form.TypeId", own.TypeId.ToString()), new("Form.CountryCode", own.CountryCode),
            new("Version", own.Version.ToString()), new("Form.SectorIds", sector.Id.ToString()), new("Form.AreasOfOperation", area.Id.ToString()),
            new("Form.Dimensions", "Economic"), new("Form.Dimensions", "Psychosocial"), new("Form.Levels", "Community"),
            new("Form.MigrationRoles", "Origin"), new("Form.Identifiers[0].Scheme", "NGO registration (GN)"), new("Form.Identifiers[0].Value", ""),
            new("Form.FocalPoints[0].Name", "Mariama Diallo"), new("Form.FocalPoints[0].Email", "m.diallo@gsr.example"),
            new("Form.FocalPoints[0].Languages", "French, Pular"),
        };
        async Task<HttpResponseMessage> PostAsync() => await manager.Http.PostAsync(page, new FormUrlEncodedContent(
            fields.Append(new("__RequestVerificationToken", await manager.AntiforgeryTokenAsync(page)))));

        Assert.Contains("Give both the scheme and the identifier, or neither.", await (await PostAsync()).Content.ReadAsStringAsync());
        fields[^4] = new("Form.Identifiers[0].Value", "GN-ONG-2017-0457");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync()).StatusCode);

        var details = WebUtility.HtmlDecode(await manager.GetStringAsync($"/Organisations/Details/{own.Id}"));
        foreach (var text in new[] { sector.Name, area.Name, "Economic, Psychosocial", "Community", "Origin", "GN-ONG-2017-0457", "Mariama Diallo", "French, Pular" })
            Assert.Contains(text, details);
    }

    public void Dispose() => _factory.Dispose();
}
