using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

public class AdministrationTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task An_administrator_adds_and_renames_a_taxonomy_term_and_a_bad_code_is_refused()
    {
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        const string page = "/Admin/Taxonomies?taxonomy=TargetGroup";
        var bad = await admin.PostFormAsync(page, "/Admin/Taxonomies?handler=Add&taxonomy=TargetGroup",
            new() { ["Form.Code"] = "Stranded Migrants!", ["Form.Name"] = "Stranded migrants" });
        Assert.Contains("Use lower-case letters, digits and single hyphens", await bad.Content.ReadAsStringAsync());

        var added = await admin.PostFormAsync(page, "/Admin/Taxonomies?handler=Add&taxonomy=TargetGroup",
            new() { ["Form.Code"] = "stranded-migrants", ["Form.Name"] = "Stranded migrants", ["Form.NameFr"] = "Migrants bloqués" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var term = await _factory.WithDbAsync(db => db.TaxonomyTerms.SingleAsync(t => t.Code == "stranded-migrants"));
        Assert.Equal(Taxonomy.TargetGroup, term.Taxonomy);

        var duplicate = await admin.PostFormAsync(page, "/Admin/Taxonomies?handler=Add&taxonomy=TargetGroup",
            new() { ["Form.Code"] = "stranded-migrants", ["Form.Name"] = "Again" });
        Assert.Contains("This code is already used in this taxonomy.", await duplicate.Content.ReadAsStringAsync());

        // The inline edit answers htmx with the updated row only.
        var token = await admin.AntiforgeryTokenAsync(page);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Admin/Taxonomies?handler=Save&id={term.Id}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Name"] = "Migrants stranded in transit", ["Form.IsRetired"] = "true" }),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        var row = await (await admin.Http.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.StartsWith("<tr id=\"term-", row.Trim());
        Assert.Contains("Migrants stranded in transit", row);
        Assert.Contains("Retired", row);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "taxonomy.term-updated" && a.EntityId == term.Id.ToString())));
    }

    [Fact]
    public async Task A_term_cannot_be_placed_under_its_own_sub_term()
    {
        var (parent, child) = await _factory.WithDbAsync(async db =>
        {
            var withChild = await db.TaxonomyTerms.Where(t => t.ParentId != null).Select(t => new { t.Id, Parent = t.ParentId!.Value }).FirstAsync();
            return (withChild.Parent, withChild.Id);
        });
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var response = await admin.PostFormAsync("/Admin/Taxonomies", $"/Admin/Taxonomies?handler=Save&id={parent}",
            new() { ["Form.Name"] = "Loop", ["Form.ParentId"] = child.ToString() });
        Assert.Contains("A term cannot sit under one of its own sub-terms.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.NotEqual("Loop", await _factory.WithDbAsync(db => db.TaxonomyTerms.Where(t => t.Id == parent).Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task An_administrator_makes_a_member_coordinator_of_two_countries_who_then_acts_there()
    {
        var partner = await _factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == DemoUsers.Partner));
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var page = $"/Admin/UserEdit/{partner.Id}";
        var missingCountries = await admin.PostFormAsync(page, page, new()
        {
            ["Form.OrganisationId"] = partner.OrganisationId.ToString(), ["Form.IsCoordinator"] = "true", ["Form.ConcurrencyStamp"] = partner.ConcurrencyStamp!,
        });
        Assert.Contains("Choose the countries this coordinator covers", await missingCountries.Content.ReadAsStringAsync());

        var content = new FormUrlEncodedContent(
        [
            new("Form.OrganisationId", partner.OrganisationId.ToString()), new("Form.IsCoordinator", "true"),
            new("Form.Countries", "GM"), new("Form.Countries", "SN"), new("Form.ConcurrencyStamp", partner.ConcurrencyStamp!),
            new("__RequestVerificationToken", await admin.AntiforgeryTokenAsync(page)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Http.PostAsync(page, content)).StatusCode);
        Assert.Equal(["GM", "SN"], await _factory.WithDbAsync(db => db.CoordinatorCountries.Where(c => c.UserId == partner.Id).Select(c => c.CountryCode).OrderBy(c => c).ToListAsync()));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "security.role-changed" && a.EntityId == partner.Id)));

        // The old sign-in was ended by the new security stamp; a fresh one sees the new role.
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/Organisations/Create?country=SN")).StatusCode);

        // A save from a page opened before this change is refused.
        var stale = await admin.PostFormAsync(page, page, new()
        {
            ["Form.OrganisationId"] = partner.OrganisationId.ToString(), ["Form.ConcurrencyStamp"] = partner.ConcurrencyStamp!,
        });
        Assert.Contains("changed by someone else", await stale.Content.ReadAsStringAsync());
        Assert.True(await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == partner.Id).Select(u => u.IsCoordinator).SingleAsync()));
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role()
    {
        var admin = await _factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == DemoUsers.Administrator));
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var page = $"/Admin/UserEdit/{admin.Id}";
        var response = await client.PostFormAsync(page, page, new()
        {
            ["Form.OrganisationId"] = admin.OrganisationId.ToString(), ["Form.ConcurrencyStamp"] = admin.ConcurrencyStamp!,
        });
        Assert.Contains("You cannot remove your own administrator role", await response.Content.ReadAsStringAsync());
        Assert.True(await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.IsAdministrator).SingleAsync()));
    }

    [Fact]
    public async Task An_administrator_adds_a_municipality_whose_path_places_it_inside_its_district()
    {
        var district = await _factory.WithDbAsync(db => db.AdministrativeAreas.FirstAsync(a => a.CountryCode == "GN" && a.Level == AreaLevel.District));
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var response = await admin.PostFormAsync("/Reference/Areas?country=GN", "/Reference/Areas?handler=Add&country=GN",
            new() { ["Form.Name"] = "Kolenté-Nord (test)", ["Form.ParentId"] = district.Id.ToString(), ["Form.Code"] = "GN-TEST-1" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var area = await _factory.WithDbAsync(db => db.AdministrativeAreas.SingleAsync(a => a.Name == "Kolenté-Nord (test)"));
        Assert.Equal(AreaLevel.Municipality, area.Level);
        Assert.Equal($"{district.Path}{area.Id}/", area.Path);

        var duplicate = await admin.PostFormAsync("/Reference/Areas?country=GN", "/Reference/Areas?handler=Add&country=GN",
            new() { ["Form.Name"] = "Kolenté-Nord (test)", ["Form.ParentId"] = district.Id.ToString() });
        Assert.Contains("already exists", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Non_administrators_cannot_add_areas_or_terms_by_posting_directly()
    {
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.GlobalCoordinator);
        var areas = await _factory.WithDbAsync(db => db.AdministrativeAreas.CountAsync());
        var area = await coordinator.PostFormAsync("/Reference/Areas?country=GN", "/Reference/Areas?handler=Add&country=GN", new() { ["Form.Name"] = "Nowhere" });
        Assert.Contains("AccessDenied", area.Headers.Location!.OriginalString);
        Assert.Equal(areas, await _factory.WithDbAsync(db => db.AdministrativeAreas.CountAsync()));

        var token = await coordinator.AntiforgeryTokenAsync("/Account/ChangePassword");
        var term = await coordinator.Http.PostAsync("/Admin/Taxonomies?handler=Add&taxonomy=Sector", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Code"] = "sneaky", ["Form.Name"] = "Sneaky", ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains("AccessDenied", term.Headers.Location!.OriginalString);
        Assert.False(await _factory.WithDbAsync(db => db.TaxonomyTerms.AnyAsync(t => t.Code == "sneaky")));
    }

    [Fact]
    public async Task The_jobs_page_lists_the_outbox_job_and_runs_it_on_request()
    {
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        Assert.Contains("outbox-dispatch", await admin.GetStringAsync("/Admin/Jobs"));
        var run = await admin.PostFormAsync("/Admin/Jobs", "/Admin/Jobs?handler=Run", new() { ["jobId"] = "outbox-dispatch" });
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "job.triggered" && a.EntityId == "outbox-dispatch")));
        var unknown = await admin.PostFormAsync("/Admin/Jobs", "/Admin/Jobs?handler=Run", new() { ["jobId"] = "no-such-job" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
