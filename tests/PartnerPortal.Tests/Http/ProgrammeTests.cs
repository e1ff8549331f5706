using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The programme register: reading, filtering, recording and editing programmes, and who may do what.</summary>
public class ProgrammeTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    private Task<Programme> ProgrammeAsync(string acronymOrName) => _factory.WithDbAsync(db => db.Programmes.AsNoTracking()
        .Include(p => p.Countries).Include(p => p.Areas).Include(p => p.Terms).ThenInclude(t => t.Term).Include(p => p.Partners).Include(p => p.SdgTargets)
        .SingleAsync(p => p.Acronym == acronymOrName || p.Name.StartsWith(acronymOrName)));

    private Task<int> OrganisationOfAsync(string email) =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId).SingleAsync());

    /// <summary>The fields of a valid edit form for the programme, with the name changed.</summary>
    private static Dictionary<string, string> Fields(Programme p, string name, Guid? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = name, ["Form.Acronym"] = p.Acronym ?? "", ["Form.Kind"] = p.Kind.ToString(), ["Form.Status"] = p.Status.ToString(),
            ["Form.OwnerOrganisationId"] = p.OwnerOrganisationId.ToString(), ["Form.StartDate"] = p.StartDate.ToString("yyyy-MM-dd"),
            ["Form.EndDate"] = p.EndDate.ToString("yyyy-MM-dd"), ["Form.Budget"] = p.Budget?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["Form.Currency"] = p.Currency ?? "", ["Form.Version"] = (version ?? p.Version).ToString(),
        };
        // Everything else the form would post back unchanged.
        void List<T>(string name, IEnumerable<T> values)
        {
            var i = 0;
            foreach (var v in values) fields[$"Form.{name}[{i++}]"] = v!.ToString()!;
        }
        List("CountryCodes", p.Countries.Select(c => c.CountryCode));
        List("AreaIds", p.Areas.Select(a => a.AdministrativeAreaId));
        List("TargetGroupIds", p.Terms.Where(t => t.Term!.Taxonomy == Taxonomy.TargetGroup).Select(t => t.TermId));
        List("SectorIds", p.Terms.Where(t => t.Term!.Taxonomy == Taxonomy.Sector).Select(t => t.TermId));
        List("SupportIds", p.Terms.Where(t => t.Term!.Taxonomy == Taxonomy.ServiceCategory).Select(t => t.TermId));
        List("ImplementerIds", p.Partners.Where(x => x.Role == ProgrammePartnerRole.Implementer).Select(x => x.OrganisationId));
        List("DonorIds", p.Partners.Where(x => x.Role == ProgrammePartnerRole.Donor).Select(x => x.OrganisationId));
        List("SdgTargetCodes", p.SdgTargets.Select(t => t.TargetCode));
        return fields;
    }

    [Fact]
    public async Task Every_role_reads_the_register_and_a_programme_with_its_owner_partners_and_synergies()
    {
        var integra = await ProgrammeAsync("INTEGRA");
        foreach (var email in DemoUsers.All)
        {
            using var client = await PortalClient.SignedInAsync(_factory, email);
            var list = WebUtility.HtmlDecode(await client.GetStringAsync("/Programmes"));
            Assert.Contains("INTEGRA – Youth employment and entrepreneurship in Guinea", list);
            var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/Programmes/Details/{integra.Id}"));
            Assert.Contains("EUR 65,000,000", details);
            Assert.Contains($"/Organisations/Details/{integra.OwnerOrganisationId}", details);
            foreach (var partner in integra.Partners) Assert.Contains($"/Organisations/Details/{partner.OrganisationId}", details);
            Assert.Contains("8.5", details);
            Assert.Contains("Possible synergies", details);
            Assert.Contains("Both serve returning migrants", details);
        }
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_htmx_gets_only_the_results()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var nepal = WebUtility.HtmlDecode(await client.GetStringAsync("/Programmes?country=NP&kind=Reintegration"));
        Assert.Contains("Returnee Enterprise and Skills Recognition in Lumbini", nepal);
        Assert.DoesNotContain("Butwal Youth Employment", nepal);
        Assert.Contains("1 programme<", nepal);
        var closed = WebUtility.HtmlDecode(await client.GetStringAsync("/Programmes?status=Closed&q=samriddhi"));
        Assert.Contains("Rural Enterprises and Remittances (Samriddhi)", closed);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Programmes?q=Tekki");
        request.Headers.Add("HX-Request", "true");
        var fragment = await client.Http.SendAsync(request);
        var html = await fragment.Content.ReadAsStringAsync();
        Assert.Contains("Tekki Fii", html);
        Assert.DoesNotContain("<html", html);
        Assert.Contains("HX-Request", fragment.Headers.Vary);
    }

    [Fact]
    public async Task A_member_edits_its_own_organisations_programme_and_the_change_is_audited()
    {
        var own = await ProgrammeAsync("Retour Digne");
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        Assert.Contains("Edit programme", await client.GetStringAsync($"/Programmes/Details/{own.Id}"));
        var response = await client.PostFormAsync($"/Programmes/Edit/{own.Id}", $"/Programmes/Edit/{own.Id}", Fields(own, own.Name + " (phase 2)"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(own.Name + " (phase 2)", WebUtility.HtmlDecode(await client.GetStringAsync($"/Programmes/Details/{own.Id}")));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "programme.updated" && a.EntityId == own.Id.ToString()));
        Assert.Equal(DemoUsers.Partner, audit.UserName);
        Assert.Contains("phase 2", audit.Changes);
    }

    [Fact]
    public async Task Another_organisations_programme_cannot_be_edited_by_changing_the_id()
    {
        var own = await ProgrammeAsync("Retour Digne");
        var other = await ProgrammeAsync("PDL Kindia");
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        Assert.DoesNotContain("Edit programme", await client.GetStringAsync($"/Programmes/Details/{other.Id}"));
        Assert.Contains("AccessDenied", (await client.GetAsync($"/Programmes/Edit/{other.Id}")).Headers.Location!.OriginalString);

        // The token comes from the member's own edit form; only the id in the URL changes.
        var fields = Fields(other, "Taken over");
        fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync($"/Programmes/Edit/{own.Id}");
        var post = await client.Http.PostAsync($"/Programmes/Edit/{other.Id}", new FormUrlEncodedContent(fields));
        Assert.Contains("AccessDenied", post.Headers.Location!.OriginalString);
        Assert.Equal(other.Name, (await ProgrammeAsync("PDL Kindia")).Name);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Programmes/Edit/999999")).StatusCode);
    }

    [Fact]
    public async Task A_coordinator_edits_programmes_of_its_country_only()
    {
        var guinea = await ProgrammeAsync("JI Guinea");
        var senegal = await ProgrammeAsync("Migration and Youth Employment in Food Systems");
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var saved = await client.PostFormAsync($"/Programmes/Edit/{guinea.Id}", $"/Programmes/Edit/{guinea.Id}", Fields(guinea, guinea.Name + " – second phase"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("AccessDenied", (await client.GetAsync($"/Programmes/Edit/{senegal.Id}")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_a_message_and_changes_nothing()
    {
        var own = await ProgrammeAsync("Retour Digne");
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var first = await client.PostFormAsync($"/Programmes/Edit/{own.Id}", $"/Programmes/Edit/{own.Id}", Fields(own, "First save"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var stale = await client.PostFormAsync($"/Programmes/Edit/{own.Id}", $"/Programmes/Edit/{own.Id}", Fields(own, "Second save", own.Version));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else saved this programme after you opened it", await stale.Content.ReadAsStringAsync());
        Assert.Equal("First save", (await _factory.WithDbAsync(db => db.Programmes.SingleAsync(p => p.Id == own.Id))).Name);
    }

    [Fact]
    public async Task Bad_input_is_explained_next_to_each_field_and_saves_nothing()
    {
        var own = await ProgrammeAsync("Retour Digne");
        var senegalRegion = await _factory.WithDbAsync(db => db.AdministrativeAreas.Where(a => a.CountryCode == "SN" && a.ParentId == null).Select(a => a.Id).FirstAsync());
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var fields = Fields(own, "");
        fields["Form.EndDate"] = own.StartDate.AddDays(-1).ToString("yyyy-MM-dd");
        fields["Form.Budget"] = "-5";
        fields["Form.Currency"] = "EURO";
        fields["Form.AreaIds[0]"] = senegalRegion.ToString();
        var page = WebUtility.HtmlDecode(await (await client.PostFormAsync($"/Programmes/Edit/{own.Id}", $"/Programmes/Edit/{own.Id}", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Enter the programme's name.", page);
        Assert.Contains("The end date must come after the start date.", page);
        Assert.Contains("The budget cannot be negative.", page);
        Assert.Contains("Enter the currency as its three-letter ISO 4217 code", page);
        Assert.Contains("Each area must lie in one of the countries chosen above.", page);

        fields = Fields(own, own.Name);
        fields.Remove("Form.CountryCodes[0]");
        fields["Form.Currency"] = "";
        page = WebUtility.HtmlDecode(await (await client.PostFormAsync($"/Programmes/Edit/{own.Id}", $"/Programmes/Edit/{own.Id}", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Choose at least one country where the programme works.", page);
        Assert.Contains("Give the currency of the budget.", page);
        var stored = await ProgrammeAsync("Retour Digne");
        Assert.Equal((own.Name, own.EndDate, own.Version), (stored.Name, stored.EndDate, stored.Version));
    }

    [Fact]
    public async Task A_member_records_a_programme_for_its_own_organisation_but_not_for_another()
    {
        var own = await OrganisationOfAsync(DemoUsers.Partner);
        var iom = await _factory.WithDbAsync(db => db.Organisations.Where(o => o.Name == "IOM Guinea").Select(o => o.Id).SingleAsync());
        var returnees = await _factory.WithDbAsync(db => db.TaxonomyTerms.Where(t => t.Code == "returning-migrants").Select(t => t.Id).SingleAsync());
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var form = await client.GetStringAsync("/Programmes/Edit");
        Assert.Contains("Add a programme", form);
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Peer mentors for returnees in Conakry", ["Form.Kind"] = "Reintegration", ["Form.Status"] = "Pipeline",
            ["Form.OwnerOrganisationId"] = iom.ToString(), ["Form.CountryCodes"] = "GN", ["Form.StartDate"] = "2027-01-01",
            ["Form.EndDate"] = "2028-12-31", ["Form.TargetGroupIds"] = returnees.ToString(), ["Form.Budget"] = "120000", ["Form.Currency"] = "eur",
        };
        var refused = await client.PostFormAsync("/Programmes/Edit", "/Programmes/Edit", fields);
        Assert.Contains("You can record programmes of your own organisation", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.False(await _factory.WithDbAsync(db => db.Programmes.AnyAsync(p => p.Name == fields["Form.Name"])));

        fields["Form.OwnerOrganisationId"] = own.ToString();
        var created = await client.PostFormAsync("/Programmes/Edit", "/Programmes/Edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var stored = await _factory.WithDbAsync(db => db.Programmes.Include(p => p.Terms).SingleAsync(p => p.Name == fields["Form.Name"]));
        Assert.Equal((own, "EUR", ProgrammeStatus.Pipeline), (stored.OwnerOrganisationId, stored.Currency, stored.Status));
        Assert.Equal([returnees], stored.Terms.Select(t => t.TermId));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "programme.created" && a.EntityId == stored.Id.ToString())));
    }

    [Fact]
    public async Task The_area_picker_offers_the_areas_of_the_ticked_countries()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var options = WebUtility.HtmlDecode(await client.GetStringAsync("/Programmes/Edit?handler=Areas&Form.CountryCodes=GE"));
        Assert.Contains("Kakheti", options);
        Assert.DoesNotContain("Kindia", options);
    }

    public void Dispose() => _factory.Dispose();
}
