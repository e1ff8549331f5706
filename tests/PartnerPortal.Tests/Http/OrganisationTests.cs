using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

public class OrganisationTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    private Task<Organisation> OrganisationOfAsync(string email) =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Organisation!).SingleAsync());

    private Task<Organisation> AnotherOrganisationAsync(int notThis, string? country = null) =>
        _factory.WithDbAsync(db => db.Organisations.Where(o => o.Id != notThis && (country == null || o.CountryCode == country)).OrderBy(o => o.Id).FirstAsync());

    private static Dictionary<string, string> EditFields(Organisation o, string name, Guid? version = null) => new()
    {
        ["Form.Name"] = name, ["Form.TypeId"] = o.TypeId.ToString(), ["Form.CountryCode"] = o.CountryCode,
        ["Form.JurisdictionAreaId"] = o.JurisdictionAreaId?.ToString() ?? "", ["Version"] = (version ?? o.Version).ToString(),
    };

    [Fact]
    public async Task A_manager_cannot_edit_another_organisation_by_changing_the_id()
    {
        var own = await OrganisationOfAsync(DemoUsers.Signatory);
        var other = await AnotherOrganisationAsync(own.Id);
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);

        var form = await client.GetAsync($"/Organisations/Edit/{other.Id}");
        Assert.Contains("AccessDenied", form.Headers.Location!.OriginalString);

        // The token comes from the manager's own edit form; only the id in the URL changes.
        var token = await client.AntiforgeryTokenAsync($"/Organisations/Edit/{own.Id}");
        var fields = EditFields(other, "Taken over");
        fields["__RequestVerificationToken"] = token;
        var post = await client.Http.PostAsync($"/Organisations/Edit/{other.Id}", new FormUrlEncodedContent(fields));
        Assert.Contains("AccessDenied", post.Headers.Location!.OriginalString);
        Assert.Equal(other.Name, await _factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == other.Id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_plain_member_reads_but_cannot_edit_its_own_organisation()
    {
        var own = await OrganisationOfAsync(DemoUsers.Partner);
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var details = await client.GetStringAsync($"/Organisations/Details/{own.Id}");
        Assert.Contains(own.Name, WebUtility.HtmlDecode(details));
        Assert.DoesNotContain("Edit profile", details);
        Assert.Contains("AccessDenied", (await client.GetAsync($"/Organisations/Edit/{own.Id}")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_manager_edits_its_organisation_and_the_change_is_audited()
    {
        var own = await OrganisationOfAsync(DemoUsers.Signatory);
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var response = await client.PostFormAsync($"/Organisations/Edit/{own.Id}", $"/Organisations/Edit/{own.Id}", EditFields(own, own.Name + " (renamed)"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(own.Name + " (renamed)", WebUtility.HtmlDecode(await client.GetStringAsync($"/Organisations/Details/{own.Id}")));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "organisation.updated" && a.EntityId == own.Id.ToString()));
        Assert.Equal(DemoUsers.Signatory, audit.UserName);
        Assert.Contains("renamed", audit.Changes);
    }

    [Fact]
    public async Task A_manager_cannot_move_its_organisation_to_another_country()
    {
        var own = await OrganisationOfAsync(DemoUsers.Signatory);
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var fields = EditFields(own, own.Name);
        fields["Form.CountryCode"] = "NP";
        var page = await client.PostFormAsync($"/Organisations/Edit/{own.Id}", $"/Organisations/Edit/{own.Id}", fields);
        Assert.Contains("Only a coordinator of the new country", await page.Content.ReadAsStringAsync());
        Assert.Equal(own.CountryCode, await _factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == own.Id).Select(o => o.CountryCode).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_is_explained_next_to_the_field_and_saves_nothing()
    {
        var own = await OrganisationOfAsync(DemoUsers.Signatory);
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var fields = EditFields(own, "");
        fields["Form.Email"] = "not an email";
        fields["Form.Website"] = "javascript:alert(1)";
        var html = await (await client.PostFormAsync($"/Organisations/Edit/{own.Id}", $"/Organisations/Edit/{own.Id}", fields)).Content.ReadAsStringAsync();
        Assert.Contains("Enter the organisation's name.", WebUtility.HtmlDecode(html));
        Assert.Contains("Enter an email address like info@example.org.", html);
        Assert.Contains("Enter a full web address starting with https://.", html);
        Assert.Equal(own.Name, await _factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == own.Id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept()
    {
        var own = await OrganisationOfAsync(DemoUsers.Signatory);
        using var first = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        using var second = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        // Both opened the form at the same version.
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync($"/Organisations/Edit/{own.Id}", $"/Organisations/Edit/{own.Id}", EditFields(own, "First edit"))).StatusCode);
        var refused = await second.PostFormAsync($"/Organisations/Edit/{own.Id}", $"/Organisations/Edit/{own.Id}", EditFields(own, "Second edit"));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this organisation after you opened it.", html);
        Assert.Contains("Reload the current version", html);
        Assert.Equal("First edit", await _factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == own.Id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Coordinators_create_organisations_only_in_their_countries_and_partners_not_at_all()
    {
        var type = await _factory.WithDbAsync(db => db.TaxonomyTerms.Where(t => t.Taxonomy == Taxonomy.OrganisationType && t.Code == "national-ngo").Select(t => t.Id).SingleAsync());
        var fields = new Dictionary<string, string> { ["Form.Name"] = "Kindia Youth Network", ["Form.TypeId"] = type.ToString(), ["Form.CountryCode"] = "GN" };

        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        Assert.Contains("AccessDenied", (await partner.GetAsync("/Organisations/Create")).Headers.Location!.OriginalString);

        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var outside = new Dictionary<string, string>(fields) { ["Form.CountryCode"] = "NP", ["Form.Name"] = "Pokhara Returnee Forum" };
        var refused = await coordinator.PostFormAsync("/Organisations/Create", "/Organisations/Create", outside);
        Assert.Contains("only in the countries you coordinate", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync("/Organisations/Create", "/Organisations/Create", fields)).StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Kindia Youth Network" && o.CountryCode == "GN")));
        Assert.False(await _factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Pokhara Returnee Forum")));
    }

    [Fact]
    public async Task A_local_government_needs_a_jurisdiction_inside_its_country()
    {
        var localType = await _factory.WithDbAsync(db => db.TaxonomyTerms.Where(t => t.Taxonomy == Taxonomy.OrganisationType && t.Code == OrganisationTypeCodes.LocalGovernment).Select(t => t.Id).SingleAsync());
        var nepalArea = await _factory.WithDbAsync(db => db.AdministrativeAreas.Where(a => a.CountryCode == "NP").Select(a => a.Id).FirstAsync());
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var missing = await admin.PostFormAsync("/Organisations/Create", "/Organisations/Create",
            new() { ["Form.Name"] = "Mamou Prefectural Council", ["Form.TypeId"] = localType.ToString(), ["Form.CountryCode"] = "GN" });
        Assert.Contains("A local authority needs its jurisdiction", await missing.Content.ReadAsStringAsync());
        var foreign = await admin.PostFormAsync("/Organisations/Create", "/Organisations/Create",
            new() { ["Form.Name"] = "Mamou Prefectural Council", ["Form.TypeId"] = localType.ToString(), ["Form.CountryCode"] = "GN", ["Form.JurisdictionAreaId"] = nepalArea.ToString() });
        Assert.Contains("The jurisdiction must be an area of the organisation", await foreign.Content.ReadAsStringAsync());
        Assert.False(await _factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Mamou Prefectural Council")));
    }

    [Fact]
    public async Task Search_answers_htmx_with_a_fragment_and_the_browser_with_a_page()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var full = await client.GetAsync("/Organisations?q=council");
        var fullHtml = await full.Content.ReadAsStringAsync();
        Assert.Contains("<html", fullHtml);
        Assert.Contains("HX-Request", full.Headers.Vary);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Organisations?q=council");
        request.Headers.Add("HX-Request", "true");
        var fragment = await (await client.Http.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", fragment);
        Assert.Contains("data-testid=\"organisation-table\"", fragment);
        var expected = await _factory.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name.ToLower().Contains("council")
            || (o.Acronym != null && o.Acronym.ToLower().Contains("council")) || (o.Description != null && o.Description.ToLower().Contains("council"))));
        Assert.True(expected > 0);
        Assert.Contains($"{expected} organisation", fragment);
    }

    [Fact]
    public async Task A_manager_cannot_remove_a_member_of_another_organisation_through_its_own_page()
    {
        var own = await OrganisationOfAsync(DemoUsers.Signatory);
        var stranger = await _factory.WithDbAsync(db => db.Users.Where(u => u.OrganisationId != own.Id).Select(u => u.Id).FirstAsync());
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var response = await client.PostFormAsync($"/Organisations/Members/{own.Id}", $"/Organisations/Members/{own.Id}?handler=Remove", new() { ["userId"] = stranger });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == stranger).Select(u => u.IsDeactivated).SingleAsync()));
    }

    [Fact]
    public async Task A_manager_removes_a_member_who_then_cannot_sign_in()
    {
        var own = await OrganisationOfAsync(DemoUsers.Signatory);
        var partnerId = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Partner).Select(u => u.Id).SingleAsync());
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var response = await client.PostFormAsync($"/Organisations/Members/{own.Id}", $"/Organisations/Members/{own.Id}?handler=Remove", new() { ["userId"] = partnerId });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(DemoUsers.Partner, await client.GetStringAsync($"/Organisations/Members/{own.Id}"));
        Assert.Contains("deactivated", await (await PortalClient.Anonymous(_factory).SignInAsync(DemoUsers.Partner, DemoUsers.Password)).Content.ReadAsStringAsync());
    }

    public void Dispose() => _factory.Dispose();
}
