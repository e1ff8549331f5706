using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>Recording and editing initiatives: who may, the registry's rules next to their fields, references, concurrency.</summary>
public class InitiativeEditTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly InitiativeTestData _data;

    public InitiativeEditTests() => _data = new InitiativeTestData(_factory);

    /// <summary>The edit form as the browser would post it; multi-selects left empty (a plain read would pick their first option).</summary>
    private static async Task<HtmlForm> FormAsync(PortalClient client, string url)
    {
        var form = HtmlForm.Read(await client.GetStringAsync(url), "initiative-form");
        foreach (var list in new[] { "Form.ProgrammeIds", "Form.AgreementIds", "Form.SdgTargetCodes", "Form.GcmObjectiveNumbers" }) form.RemoveStartingWith(list);
        return form;
    }

    private static void AssertNextToField(string html, string field, string message)
    {
        var at = html.IndexOf($"data-valmsg-for=\"Form.{field}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"No message slot for {field}");
        Assert.Contains(message, WebUtility.HtmlDecode(html.Substring(at, Math.Min(400, html.Length - at))));
    }

    private Task<int> CountAsync() => _factory.WithDbAsync(db => db.Initiatives.CountAsync());

    [Theory]
    [InlineData(DemoUsers.Partner)]
    [InlineData(DemoUsers.CoordinatorGuinea)]
    public async Task The_leads_member_and_the_coordinator_of_Guinea_edit_and_the_change_is_audited(string email)
    {
        var initiative = await _data.InitiativeAsync();
        using var client = await PortalClient.SignedInAsync(_factory, email);
        Assert.Contains("Edit initiative", await client.GetStringAsync($"/Initiatives/Details/{initiative.Id}"));
        var form = (await FormAsync(client, $"/Initiatives/Edit/{initiative.Id}")).Set("Form.Title", "Community bakery and flour mill");
        var response = await form.PostAsync(client, $"/Initiatives/Edit/{initiative.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Initiatives/Details/{initiative.Id}", response.Headers.Location!.OriginalString);
        var stored = await _data.StoredAsync(initiative.Id);
        Assert.Equal("Community bakery and flour mill", stored.Title);
        Assert.Equal(initiative.Reference, stored.Reference);
        Assert.Single(stored.Partners);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "initiative.updated" && a.EntityId == initiative.Id.ToString()));
        Assert.Equal(email, audit.UserName);
        Assert.Contains("flour mill", audit.Changes);
    }

    [Fact]
    public async Task Members_of_other_organisations_and_coordinators_of_other_countries_are_refused_and_nothing_changes()
    {
        var initiative = await _data.InitiativeAsync();
        var senegalCoordinator = await AgreementSteps.CoordinatorOfAsync(_factory, "SN");
        foreach (var email in new[] { DemoUsers.LocalAuthority, senegalCoordinator })
        {
            using var client = await PortalClient.SignedInAsync(_factory, email);
            Assert.DoesNotContain("Edit initiative", await client.GetStringAsync($"/Initiatives/Details/{initiative.Id}"));
            Assert.Contains("AccessDenied", (await client.GetAsync($"/Initiatives/Edit/{initiative.Id}")).Headers.Location!.OriginalString);

            // The token comes from the user's own (new initiative) form; only the id in the address changes.
            var form = (await FormAsync(client, "/Initiatives/Edit")).Set("Form.Title", "Taken over");
            var post = await form.PostAsync(client, $"/Initiatives/Edit/{initiative.Id}");
            Assert.Contains("AccessDenied", post.Headers.Location!.OriginalString);
        }
        var stored = await _data.StoredAsync(initiative.Id);
        Assert.Equal(initiative.Title, stored.Title);
        Assert.Equal(initiative.Version, stored.Version);
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "initiative.updated")));
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync("/Initiatives/Edit/999999")).StatusCode);
    }

    [Fact]
    public async Task A_member_creates_an_initiative_for_its_own_organisation_and_gets_the_next_reference()
    {
        var type = await _data.TermIdAsync(Taxonomy.InitiativeType, "cooperative");
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        Assert.Contains("New initiative", await client.GetStringAsync("/Initiatives"));
        var ids = new List<int>();
        foreach (var title in new[] { "Rice cooperative of Kindia", "Poultry cooperative of Kindia" })
        {
            var form = (await FormAsync(client, "/Initiatives/Edit")).Set("Form.Title", title).Set("Form.TypeId", type.ToString());
            var response = await form.PostAsync(client, "/Initiatives/Edit");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            ids.Add(int.Parse(response.Headers.Location!.OriginalString.Split('/').Last()));
        }
        var first = await _data.StoredAsync(ids[0]);
        var second = await _data.StoredAsync(ids[1]);
        // The next number of the country and year, after the demo's own initiatives.
        var year = DateTime.UtcNow.Year;
        var taken = (await _factory.WithDbAsync(db => db.Initiatives.Where(i => i.Reference.StartsWith($"CBI-GN-{year}-") && !ids.Contains(i.Id))
            .Select(i => i.Reference).ToListAsync())).Select(r => int.Parse(r[^3..])).DefaultIfEmpty(0).Max();
        Assert.Equal($"CBI-GN-{year}-{taken + 1:000}", first.Reference);
        Assert.Equal(first.Reference[..^3] + $"{taken + 2:000}", second.Reference);
        var partnerOrg = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Partner).Select(u => u.OrganisationId).SingleAsync());
        Assert.Equal(partnerOrg, first.LeadOrganisationId);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "initiative.created" && a.EntityId == ids[0].ToString())));
        Assert.Contains(first.Reference, WebUtility.HtmlDecode(await client.GetStringAsync($"/Initiatives/Details/{ids[0]}")));
    }

    [Fact]
    public async Task Each_broken_rule_is_shown_next_to_its_field_and_nothing_is_saved()
    {
        var collective = await _data.TermIdAsync(Taxonomy.InitiativeType, InitiativeRules.CollectiveIncomeGeneratingActivity);
        var (senegalArea, otherOrg) = await _factory.WithDbAsync(async db => (
            await db.AdministrativeAreas.Where(a => a.CountryCode == "SN").Select(a => a.Id).FirstAsync(),
            await db.Users.Where(u => u.Email == DemoUsers.LocalAuthority).Select(u => u.OrganisationId).SingleAsync()));
        var before = await CountAsync();
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var form = (await FormAsync(client, "/Initiatives/Edit")).Set("Form.Title", "Soap makers").Set("Form.TypeId", collective.ToString())
            .Set("Form.StartDate", "2026-05-01").Set("Form.EndDate", "2026-01-31").Set("Form.ReturneesMale", "-3").Set("Form.Currency", "euro")
            .Set("Form.Budget", "1000").Set("Form.AdministrativeAreaId", senegalArea.ToString()).Set("Form.Partners[0].OrganisationId", "999999");
        var html = await (await form.PostAsync(client, "/Initiatives/Edit")).Content.ReadAsStringAsync();
        AssertNextToField(html, "SkillsTransferPlan", "A collective income-generating activity without a skilled mentor must say how the skills will be transferred.");
        AssertNextToField(html, "EndDate", "The end date must not come before the start date.");
        AssertNextToField(html, "ReturneesMale", "A count cannot be negative.");
        AssertNextToField(html, "Currency", "three-letter ISO 4217 code");
        AssertNextToField(html, "AdministrativeAreaId", "Choose an area of the country chosen above.");
        AssertNextToField(html, "Partners", "Choose partners from the list.");
        Assert.Equal(before, await CountAsync());

        // A member cannot make another organisation the lead.
        form.Set("Form.LeadOrganisationId", otherOrg.ToString());
        html = await (await form.PostAsync(client, "/Initiatives/Edit")).Content.ReadAsStringAsync();
        AssertNextToField(html, "LeadOrganisationId", "You can record initiatives led by your own organisation");

        // A coordinator may leave the lead open, but not once the initiative is in implementation.
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var open = (await FormAsync(coordinator, "/Initiatives/Edit")).Set("Form.Title", "Water point").Set("Form.TypeId", collective.ToString())
            .Add("Form.HasSkilledMentor", "true").Set("Form.LeadOrganisationId", "").Set("Form.Status", "Implementation");
        html = await (await open.PostAsync(coordinator, "/Initiatives/Edit")).Content.ReadAsStringAsync();
        AssertNextToField(html, "LeadOrganisationId", "An initiative in implementation needs a lead implementer.");
        Assert.Equal(before, await CountAsync());

        // Fixed, it saves.
        var fixedUp = await open.Set("Form.Status", "Pipeline").PostAsync(coordinator, "/Initiatives/Edit");
        Assert.Equal(HttpStatusCode.Redirect, fixedUp.StatusCode);
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_a_message()
    {
        var initiative = await _data.InitiativeAsync();
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var first = (await FormAsync(client, $"/Initiatives/Edit/{initiative.Id}")).Set("Form.Title", "First save");
        var second = (await FormAsync(client, $"/Initiatives/Edit/{initiative.Id}")).Set("Form.Title", "Second save");
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(client, $"/Initiatives/Edit/{initiative.Id}")).StatusCode);
        var stale = await second.PostAsync(client, $"/Initiatives/Edit/{initiative.Id}");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else saved this initiative after you opened it", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.Equal("First save", (await _data.StoredAsync(initiative.Id)).Title);
    }

    [Fact]
    public async Task Add_another_gives_one_more_partner_row_without_saving()
    {
        var initiative = await _data.InitiativeAsync();
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var form = (await FormAsync(client, $"/Initiatives/Edit/{initiative.Id}")).Set("Form.Partners[1].Role", "Funding").Add("add", "partner");
        form.Set("Form.Partners[1].OrganisationId", initiative.LeadOrganisationId!.Value.ToString());
        var html = await (await form.PostAsync(client, $"/Initiatives/Edit/{initiative.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("name=\"Form.Partners[2].OrganisationId\"", html);
        Assert.Single((await _data.StoredAsync(initiative.Id)).Partners);

        // Choosing another country swaps the area list (htmx) for that country's areas.
        var senegalArea = await _factory.WithDbAsync(db => db.AdministrativeAreas.Where(a => a.CountryCode == "SN").Select(a => a.Name).FirstAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Initiatives/Edit?handler=Areas&Form.CountryCode=SN");
        request.Headers.Add("HX-Request", "true");
        var areas = await client.Http.SendAsync(request);
        var options = WebUtility.HtmlDecode(await areas.Content.ReadAsStringAsync());
        Assert.Contains(senegalArea, options);
        Assert.DoesNotContain("Friguiagbé", options);
        Assert.Contains("HX-Request", areas.Headers.Vary);
    }

    public void Dispose() => _factory.Dispose();
}
