using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>Editing a service's opening hours, languages, contacts, costs, documents and service areas in the edit form.</summary>
public class ServiceCollectionsTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly HsdsTestData _data;

    public ServiceCollectionsTests() => _data = new HsdsTestData(_factory);

    private Task<Organisation> PartnerOrganisationAsync() => _data.OrganisationOfAsync(DemoUsers.Partner);

    private Task<Service> LoadAsync(Guid id) =>
        _factory.WithDbAsync(db => db.Services.AsNoTracking().AsSplitQuery().Include(s => s.Schedules).Include(s => s.Languages)
            .Include(s => s.Contacts).Include(s => s.CostOptions).Include(s => s.RequiredDocuments).Include(s => s.ServiceAreas)
            .SingleAsync(s => s.Id == id));

    /// <summary>A partner service in Guinea with one record in every collection (two languages).</summary>
    private async Task<(Service Service, AdministrativeArea Area)> PartnerServiceAsync(string name)
    {
        var organisation = await PartnerOrganisationAsync();
        var area = await _data.AreaAsync("GN");
        var service = await _data.ServiceAsync(organisation, name, s =>
        {
            s.Schedules.Add(new Schedule { ByDay = "MO,TU", OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(17, 0) });
            s.Languages.Add(new ServiceLanguage { Name = "French", Code = "fr" });
            s.Languages.Add(new ServiceLanguage { Name = "Susu", Code = "sus" });
            s.Contacts.Add(new Contact { Name = "Aïssata Camara", Title = "Adviser", Email = "aissata@example.org" });
            s.CostOptions.Add(new CostOption { Option = "Materials", Currency = "GNF", Amount = 20000m });
            s.RequiredDocuments.Add(new RequiredDocument { Document = "Return certificate" });
            s.ServiceAreas.Add(new ServiceArea { AdministrativeAreaId = area.Id, Description = "Whole district" });
        });
        await _data.BareLocationAsync(organisation, service, "Office of " + name, area);
        return (service, area);
    }

    private static Dictionary<string, string> RowFields(Service s, AdministrativeArea area) => new(ServiceDirectoryTests.EditFields(s, s.Name))
    {
        ["Form.Schedules[0].Id"] = s.Schedules[0].Id.ToString(),
        ["Form.Schedules[0].Days[0]"] = "MO", ["Form.Schedules[0].Days[1]"] = "WE",
        ["Form.Schedules[0].OpensAt"] = "08:30", ["Form.Schedules[0].ClosesAt"] = "17:00",
        ["Form.Schedules[1].Days[0]"] = "SA", ["Form.Schedules[1].OpensAt"] = "10:00", ["Form.Schedules[1].ClosesAt"] = "12:00",
        ["Form.Schedules[1].Description"] = "Women only",
        ["Form.Languages[0].Id"] = s.Languages.Single(l => l.Name == "French").Id.ToString(),
        ["Form.Languages[0].Name"] = "French", ["Form.Languages[0].Code"] = "fr", ["Form.Languages[0].Note"] = "Written material only",
        ["Form.Languages[1].Id"] = s.Languages.Single(l => l.Name == "Susu").Id.ToString(), ["Form.Languages[1].Name"] = "", ["Form.Languages[1].Code"] = "",
        ["Form.Languages[2].Name"] = "Pular", ["Form.Languages[2].Code"] = "ff",
        ["Form.Contacts[0].Id"] = s.Contacts[0].Id.ToString(), ["Form.Contacts[0].Name"] = "Aïssata Camara",
        ["Form.Contacts[0].Title"] = "Adviser", ["Form.Contacts[0].Email"] = "a.camara@example.org",
        ["Form.Contacts[1].Name"] = "Mamadou Diallo", ["Form.Contacts[1].Phone"] = "+224 622 00 00 02",
        ["Form.CostOptions[0].Id"] = s.CostOptions[0].Id.ToString(),
        ["Form.CostOptions[1].Option"] = "Registration", ["Form.CostOptions[1].Currency"] = "gnf", ["Form.CostOptions[1].Amount"] = "50000",
        ["Form.RequiredDocuments[0].Id"] = s.RequiredDocuments[0].Id.ToString(), ["Form.RequiredDocuments[0].Document"] = "Return certificate",
        ["Form.RequiredDocuments[0].Uri"] = "https://example.org/certificate",
        ["Form.RequiredDocuments[1].Document"] = "Identity card",
        ["Form.ServiceAreas[0].Id"] = s.ServiceAreas[0].Id.ToString(), ["Form.ServiceAreas[0].AdministrativeAreaId"] = area.Id.ToString(),
        ["Form.ServiceAreas[0].Description"] = "Every sub-prefecture",
    };

    [Fact]
    public async Task A_partner_member_adds_changes_and_removes_rows_and_the_history_and_details_show_them()
    {
        var (service, area) = await PartnerServiceAsync("Kindia tailoring course");
        var place = await _factory.WithDbAsync(db => db.ServiceAtLocations.Where(x => x.ServiceId == service.Id).Select(x => x.Location!).SingleAsync());
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var page = $"/Services/Edit/{service.Id}";
        var form = WebUtility.HtmlDecode(await partner.GetStringAsync(page));
        Assert.Contains("<span class=\"visually-hidden\"> of language 3</span>", form); // two languages and a blank row for adding
        Assert.Contains("value=\"French\"", form);
        Assert.Contains("name=\"Form.Location.Address1\"", form);

        var fields = RowFields(service, area);
        fields["Form.Location.Id"] = place.Id.ToString();
        fields["Form.Location.City"] = place.City ?? "";
        fields["Form.Location.Address1"] = "Route de Mamou";
        fields["Form.Location.Transportation"] = "Minibus from the market";
        var response = await partner.PostFormAsync(page, page, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var saved = await LoadAsync(service.Id);
        Assert.Equal(["MO,WE 08:30-17:00", "SA 10:00-12:00"], saved.Schedules.Select(x => $"{x.ByDay} {x.OpensAt:HH:mm}-{x.ClosesAt:HH:mm}").Order());
        Assert.Equal(["French:Written material only", "Pular:"], saved.Languages.Select(l => $"{l.Name}:{l.Note}").Order());
        Assert.Equal(["a.camara@example.org", "+224 622 00 00 02"], saved.Contacts.OrderBy(c => c.Name).Select(c => c.Email ?? c.Phone));
        Assert.Equal(("Registration", "GNF", 50000m), saved.CostOptions.Select(c => (c.Option, c.Currency, c.Amount!.Value)).Single());
        Assert.Equal(["Identity card", "Return certificate"], saved.RequiredDocuments.Select(d => d.Document).Order());
        Assert.Equal("Every sub-prefecture", Assert.Single(saved.ServiceAreas).Description);
        Assert.NotEqual(service.Version, saved.Version);

        var history = await _factory.WithDbAsync(db => db.ServiceChanges.Where(c => c.ServiceId == service.Id).ToListAsync());
        Assert.All(history, c => Assert.Equal(DemoUsers.Partner, c.UpdatedBy));
        Assert.Contains(history, c => c is { ResourceType: "schedule", ActionType: "update", FieldName: "byday", PreviousValue: "MO,TU", ReplacementValue: "MO,WE" });
        Assert.Contains(history, c => c is { ResourceType: "schedule", ActionType: "update", FieldName: "opens_at", PreviousValue: "09:00", ReplacementValue: "08:30" });
        Assert.Contains(history, c => c is { ResourceType: "schedule", ActionType: "create", FieldName: "description", ReplacementValue: "Women only" });
        Assert.Contains(history, c => c is { ResourceType: "language", ActionType: "update", FieldName: "note", PreviousValue: null, ReplacementValue: "Written material only" });
        Assert.Contains(history, c => c is { ResourceType: "language", ActionType: "delete", FieldName: "name", PreviousValue: "Susu", ReplacementValue: null });
        Assert.Contains(history, c => c is { ResourceType: "language", ActionType: "create", FieldName: "code", ReplacementValue: "ff" });
        Assert.Contains(history, c => c is { ResourceType: "contact", ActionType: "update", FieldName: "email", PreviousValue: "aissata@example.org", ReplacementValue: "a.camara@example.org" });
        Assert.Contains(history, c => c is { ResourceType: "contact", ActionType: "create", FieldName: "phone", ReplacementValue: "+224 622 00 00 02" });
        Assert.Contains(history, c => c is { ResourceType: "cost_option", ActionType: "delete", FieldName: "amount", PreviousValue: "20000" });
        Assert.Contains(history, c => c is { ResourceType: "cost_option", ActionType: "create", FieldName: "currency", ReplacementValue: "GNF" });
        Assert.Contains(history, c => c is { ResourceType: "required_document", ActionType: "update", FieldName: "uri", ReplacementValue: "https://example.org/certificate" });
        Assert.Contains(history, c => c is { ResourceType: "required_document", ActionType: "create", FieldName: "document", ReplacementValue: "Identity card" });
        Assert.Contains(history, c => c is { ResourceType: "service_area", ActionType: "update", FieldName: "description", PreviousValue: "Whole district" });
        Assert.DoesNotContain(history, c => c is { ResourceType: "contact", ActionType: "update", FieldName: "name" or "title" });
        Assert.Contains(history, c => c is { ResourceType: "location", ActionType: "update", FieldName: "address_1", PreviousValue: null, ReplacementValue: "Route de Mamou" });
        Assert.DoesNotContain(history, c => c is { ResourceType: "location", FieldName: "city" }); // unchanged fields are not recorded

        var details = WebUtility.HtmlDecode(await partner.GetStringAsync($"/Services/Details/{service.Id}"));
        Assert.Contains("Mon, Wed: 08:30–17:00", details);
        Assert.Contains("Sat: 10:00–12:00 (Women only)", details);
        Assert.Contains("a.camara@example.org", details);
        Assert.Contains("Registration: 50000 GNF", details);
        Assert.Contains("Identity card", details);
        Assert.Contains("Route de Mamou", details);
        Assert.Contains("Minibus from the market", details);
        var languages = System.Text.RegularExpressions.Regex.Match(details, "<dt class=\"col-sm-4\">Languages</dt><dd class=\"col-sm-8\">(.*?)</dd>").Groups[1].Value;
        Assert.Equal(["French (Written material only)", "Pular"], languages.Split(", ").Order());
    }

    [Fact]
    public async Task Bad_rows_are_explained_next_to_the_field_and_nothing_changes()
    {
        var (service, area) = await PartnerServiceAsync("Kindia carpentry course");
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var fields = RowFields(service, area);
        fields["Form.Schedules[1].OpensAt"] = "14:00";
        fields["Form.Schedules[1].ClosesAt"] = "09:00";
        fields["Form.Contacts[1].Email"] = "not an address";
        fields["Form.CostOptions[1].Amount"] = "-5";
        fields["Form.Languages[2].Name"] = "";
        fields["Form.Languages[2].Note"] = "Spoken by the caretaker";
        var page = $"/Services/Edit/{service.Id}";
        var response = await partner.PostFormAsync(page, page, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        void NextTo(string inputId, string message)
        {
            var at = html.IndexOf($"id=\"{inputId}\"", StringComparison.Ordinal);
            Assert.True(at >= 0, inputId);
            Assert.Contains(message, html.Substring(at, 600));
        }
        NextTo("sched-closes-1", "The closing time must be after the opening time.");
        NextTo("contact-email-1", "Enter an email address like info@example.org.");
        NextTo("cost-amount-1", "Enter an amount of 0 or more.");
        NextTo("lang-name-2", "Enter the language's name.");

        var after = await LoadAsync(service.Id);
        Assert.Equal(service.Version, after.Version);
        Assert.Equal(["French", "Susu"], after.Languages.Select(l => l.Name).Order());
        Assert.Equal("MO,TU", Assert.Single(after.Schedules).ByDay);
        Assert.Equal("aissata@example.org", Assert.Single(after.Contacts).Email);
        Assert.Equal(20000m, Assert.Single(after.CostOptions).Amount);
        Assert.Single(after.RequiredDocuments);
        Assert.False(await _factory.WithDbAsync(db => db.ServiceChanges.AnyAsync(c => c.ServiceId == service.Id)));
    }

    [Fact]
    public async Task Someone_who_may_not_edit_the_service_is_refused_and_nothing_changes()
    {
        var (service, area) = await PartnerServiceAsync("Kindia soap making");
        var senegalOrg = await _data.OrganisationAsync("Dakar Training Hub", countryCode: "SN");
        var foreign = await _data.ServiceAsync(senegalOrg, "Dakar welding course");
        await _data.BareLocationAsync(senegalOrg, foreign, "Dakar workshop", await _data.AreaAsync("SN"));

        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var token = await partner.AntiforgeryTokenAsync($"/Services/Edit/{service.Id}");
        var fields = RowFields(service, area);
        foreach (var key in fields.Keys.Where(k => k.EndsWith(".Id", StringComparison.Ordinal)).ToList()) fields.Remove(key);
        fields["Version"] = foreign.Version.ToString();
        fields["__RequestVerificationToken"] = token;
        var refused = await partner.Http.PostAsync($"/Services/Edit/{foreign.Id}", new FormUrlEncodedContent(fields));
        Assert.Contains("AccessDenied", refused.Headers.Location!.OriginalString);

        var after = await LoadAsync(foreign.Id);
        Assert.Equal(foreign.Version, after.Version);
        Assert.Empty(after.Schedules);
        Assert.Empty(after.Languages);
        Assert.Empty(after.Contacts);
        Assert.Empty(after.CostOptions);
        Assert.Empty(after.RequiredDocuments);
        Assert.Empty(after.ServiceAreas);
        Assert.False(await _factory.WithDbAsync(db => db.ServiceChanges.AnyAsync(c => c.ServiceId == foreign.Id)));
    }

    public void Dispose() => _factory.Dispose();
}
