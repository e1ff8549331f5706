using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Api.Hsds;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;
using Xunit.Abstractions;

namespace PartnerPortal.Tests.Http;

/// <summary>The read-only HSDS 3.0 API and its Tabular Data Package export, as an anonymous client sees them.</summary>
public class HsdsApiTests : IDisposable
{
    private const string Api = "/api/hsds";
    private readonly PortalFactory _factory = new();
    private readonly HsdsTestData _data;
    private readonly HttpClient _client;
    private readonly ITestOutputHelper _output;

    public HsdsApiTests(ITestOutputHelper output)
    {
        _output = output;
        _data = new HsdsTestData(_factory);
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("public", response.Headers.CacheControl?.ToString());
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private Task<JsonElement> GetJsonAsync(string url) => GetJsonAsync(_client, url);

    private async Task<JsonElement> PageAsync(string itemSchema, string url)
    {
        var page = await GetJsonAsync(url);
        await HsdsSchemas.AssertValidPageAsync(itemSchema, page, url);
        return page;
    }

    private async Task<List<string>> IdsAsync(string url) =>
        (await PageAsync(url.Contains("service_at_locations") ? "service_at_location" : "service", url))
            .GetProperty("contents").EnumerateArray().Select(x => x.GetProperty("id").GetString()!).ToList();

    private static string Id(Guid id) => id.ToString("D");

    private static string[] Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    private static JsonElement Single(JsonElement array, string property, string value) =>
        array.EnumerateArray().Single(x => x.TryGetProperty(property, out var v) && v.GetString() == value);

    // ------------------------------------------------------------------ shape and schema validity

    [Fact]
    public async Task The_root_names_the_hsds_version_profile_and_openapi()
    {
        var root = await GetJsonAsync(Api + "/");
        var schema = await HsdsSchemas.OpenApiSchemaAsync(o =>
            o["paths"]!["/"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.DeepClone());
        Assert.Empty(schema.Validate(root.GetRawText()));
        Assert.Equal("3.0", root.GetProperty("version").GetString());
        Assert.True(Uri.IsWellFormedUriString(root.GetProperty("profile").GetString(), UriKind.Absolute));
        Assert.EndsWith("openapi.json", root.GetProperty("openapi_url").GetString());
        // The same without the trailing slash.
        Assert.Equal(root.GetRawText(), (await GetJsonAsync(Api)).GetRawText());
    }

    [Fact]
    public async Task Every_endpoint_answers_json_that_validates_against_the_hsds_schemas()
    {
        var parent = await _data.OrganisationAsync("Hsds Parent Network", description: "An umbrella of NGOs");
        var org = await _data.OrganisationAsync("Hsds Validation NGO", description: null, parent: parent);
        var rich = await _data.RichServiceAsync(org);
        var minimal = await _data.ServiceAsync(org, "Minimal drop-in");
        var bare = await _data.BareLocationAsync(org, minimal, "Bare room");
        var orgId = Id(org.HsdsId);
        var richSal = await _factory.WithDbAsync(db => db.ServiceAtLocations.Where(x => x.ServiceId == rich.Id).Select(x => x.Id).SingleAsync());

        // Lists: one-to-one fields, and fully nested; scoped to the test organisation and unscoped.
        foreach (var url in new[]
                 {
                     $"{Api}/services?organization_id={orgId}", $"{Api}/services?organization_id={orgId}&full=true",
                     $"{Api}/services?per_page=500", $"{Api}/services?per_page=500&full=true",
                 })
            Assert.NotEmpty((await PageAsync("service", url)).GetProperty("contents").EnumerateArray());
        foreach (var url in new[] { $"{Api}/service_at_locations?organization_id={orgId}", $"{Api}/service_at_locations?full=true&per_page=500" })
            Assert.NotEmpty((await PageAsync("service_at_location", url)).GetProperty("contents").EnumerateArray());
        foreach (var url in new[] { $"{Api}/organizations", $"{Api}/organizations?per_page=500&full=true", $"{Api}/organizations?search=Hsds&full_service=true" })
            Assert.NotEmpty((await PageAsync("organization", url)).GetProperty("contents").EnumerateArray());
        var taxonomies = (await PageAsync("taxonomy", $"{Api}/taxonomies")).GetProperty("contents");
        var terms = (await PageAsync("taxonomy_term", $"{Api}/taxonomy_terms?per_page=500")).GetProperty("contents");

        // Items.
        var richJson = await GetJsonAsync($"{Api}/services/{Id(rich.Id)}");
        await HsdsSchemas.AssertValidAsync("service", richJson, "rich service");
        var minimalJson = await GetJsonAsync($"{Api}/services/{Id(minimal.Id)}");
        await HsdsSchemas.AssertValidAsync("service", minimalJson, "minimal service");
        var salJson = await GetJsonAsync($"{Api}/service_at_locations/{Id(richSal)}");
        await HsdsSchemas.AssertValidAsync("service_at_location", salJson, "service_at_location");
        var bareJson = await GetJsonAsync($"{Api}/service_at_locations/{Id(bare.Id)}");
        await HsdsSchemas.AssertValidAsync("service_at_location", bareJson, "bare service_at_location");
        var orgJson = await GetJsonAsync($"{Api}/organizations/{orgId}");
        await HsdsSchemas.AssertValidAsync("organization", orgJson, "organization");
        var orgFullJson = await GetJsonAsync($"{Api}/organizations/{orgId}?full_service=true");
        await HsdsSchemas.AssertValidAsync("organization", orgFullJson, "organization with full services");
        foreach (var taxonomy in taxonomies.EnumerateArray())
            await HsdsSchemas.AssertValidAsync("taxonomy", await GetJsonAsync($"{Api}/taxonomies/{taxonomy.GetProperty("id").GetString()}"), "taxonomy");
        var extensionTerm = HsdsTaxonomies.ExtensionFields[0].TermId;
        var storedTerm = await _data.TermAsync(Taxonomy.ServiceCategory, "business-grants");
        foreach (var termId in new[] { storedTerm.HsdsId, extensionTerm })
            await HsdsSchemas.AssertValidAsync("taxonomy_term", await GetJsonAsync($"{Api}/taxonomy_terms/{Id(termId)}"), "taxonomy term");

        // The rich service carries every collection, with our values in HSDS form.
        foreach (var collection in new[] { "phones", "schedules", "service_areas", "service_at_locations", "languages", "funding", "cost_options",
                     "required_documents", "contacts", "attributes", "metadata" })
            Assert.True(richJson.TryGetProperty(collection, out var items) && items.GetArrayLength() > 0, $"The rich service has no {collection}");
        Assert.Equal("active", richJson.GetProperty("status").GetString());
        Assert.Equal(HsdsTestData.TrickyText, richJson.GetProperty("description").GetString());
        Assert.Equal(orgId, richJson.GetProperty("organization_id").GetString());
        Assert.Equal(Id(parent.HsdsId), richJson.GetProperty("organization").GetProperty("parent_organization_id").GetString());
        Assert.Equal(rich.AssuredDate!.Value.ToString("yyyy-MM-dd"), richJson.GetProperty("assured_date").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", richJson.GetProperty("last_modified").GetString());
        Assert.Equal(18, richJson.GetProperty("minimum_age").GetInt32());
        var weekdays = Single(richJson.GetProperty("schedules"), "byday", "MO,TU,WE,TH,FR");
        Assert.Equal(("WEEKLY", "08:30:00", "16:00:00"),
            (weekdays.GetProperty("freq").GetString(), weekdays.GetProperty("opens_at").GetString(), weekdays.GetProperty("closes_at").GetString()));
        var reception = Single(richJson.GetProperty("phones"), "number", "+224 620 00 00 01");
        Assert.Equal(12, reception.GetProperty("extension").GetInt32());
        var cell = Single(richJson.GetProperty("phones"), "number", "+224 620 00 00 02");
        Assert.False(cell.TryGetProperty("extension", out _));
        Assert.Contains("ask for Mariama", cell.GetProperty("description").GetString());
        Assert.Equal("Two advisers speak Pular", Single(richJson.GetProperty("languages"), "code", "ff").GetProperty("note").GetString());
        Assert.Equal(10000.50m, richJson.GetProperty("cost_options")[0].GetProperty("amount").GetDecimal());
        Assert.Equal("EU Trust Fund", richJson.GetProperty("funding")[0].GetProperty("source").GetString());
        Assert.Equal("+224 620 00 00 03", richJson.GetProperty("contacts")[0].GetProperty("phones")[0].GetProperty("number").GetString());
        var location = richJson.GetProperty("service_at_locations")[0].GetProperty("location");
        var address = location.GetProperty("addresses")[0];
        Assert.Equal(("Route du Marché", "Kindia", "BP 120", "GN", "physical"), (address.GetProperty("address_1").GetString(),
            address.GetProperty("city").GetString(), address.GetProperty("postal_code").GetString(), address.GetProperty("country").GetString(),
            address.GetProperty("address_type").GetString()));
        Assert.Equal("Step-free entrance", location.GetProperty("accessibility")[0].GetProperty("description").GetString());
        Assert.Equal("+224 620 00 00 09", location.GetProperty("phones")[0].GetProperty("number").GetString());
        Assert.Equal(10.0569, location.GetProperty("latitude").GetDouble());
        var created = Single(richJson.GetProperty("metadata"), "last_action_type", "create");
        Assert.Equal(("", "name", "Test Editor"), (created.GetProperty("previous_value").GetString(), created.GetProperty("field_name").GetString(),
            created.GetProperty("updated_by").GetString()));
        Assert.Equal("location", Single(richJson.GetProperty("metadata"), "field_name", "address_1").GetProperty("resource_type").GetString());

        // Attributes: the category, each target group, and the returnee extensions with their values.
        var attributes = richJson.GetProperty("attributes");
        var category = Single(attributes, "link_type", "category");
        Assert.Equal(Id(storedTerm.HsdsId), category.GetProperty("taxonomy_term_id").GetString());
        Assert.Equal("business-grants", category.GetProperty("taxonomy_term").GetProperty("code").GetString());
        Assert.Equal(2, attributes.EnumerateArray().Count(a => a.GetProperty("link_type").GetString() == "target_group"));
        string? Extension(string code) => attributes.EnumerateArray().Where(a => a.GetProperty("link_type").GetString() == code)
            .Select(a => a.GetProperty("value").GetString()).SingleOrDefault();
        Assert.Equal("false", Extension("is_mainstream"));
        Assert.Equal("referral_only", Extension("referral_method"));
        Assert.Equal("true", Extension("referral_required"));
        Assert.Equal("economic", Extension("dimension"));
        Assert.Equal("individual", Extension("level"));
        Assert.Equal("documentation,distance", Extension("access_barriers"));
        Assert.Equal("2027-06-30", Extension("funding_end_date"));
        Assert.Equal(rich.ReturneeCategories, Extension("returnee_categories"));
        Assert.All(HsdsTaxonomies.ExtensionFields, f => Assert.NotNull(Extension(f.Code)));
        foreach (var attribute in attributes.EnumerateArray())
            Assert.Contains(terms.EnumerateArray(), t => t.GetProperty("id").GetString() == attribute.GetProperty("taxonomy_term_id").GetString());

        // The minimal service leaves every optional value out.
        Assert.Equal(["attributes", "id", "last_modified", "name", "organization", "organization_id", "service_at_locations", "status"], Keys(minimalJson));
        // Dimension and level always have a value (economic and individual unless set).
        Assert.Equal(["category", "dimension", "is_mainstream", "level", "referral_method", "referral_required"],
            minimalJson.GetProperty("attributes").EnumerateArray().Select(a => a.GetProperty("link_type").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(["id", "location", "location_id", "service_id"], Keys(minimalJson.GetProperty("service_at_locations")[0]));
        Assert.Equal(["id", "location_type", "name", "organization_id"], Keys(minimalJson.GetProperty("service_at_locations")[0].GetProperty("location")));
        // An organisation without a description still has the required property, empty.
        Assert.Equal("", orgJson.GetProperty("description").GetString());

        // Nested shapes of the other endpoints.
        Assert.Equal(Id(rich.Id), salJson.GetProperty("service").GetProperty("id").GetString());
        Assert.False(salJson.GetProperty("service").TryGetProperty("service_at_locations", out _));
        Assert.True(salJson.GetProperty("location").TryGetProperty("addresses", out _));
        Assert.Equal(new[] { Id(minimal.Id), Id(rich.Id) }.Order(), orgJson.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order());
        Assert.False(orgJson.GetProperty("services")[0].TryGetProperty("phones", out _));
        Assert.Contains(orgFullJson.GetProperty("services").EnumerateArray(), s => s.TryGetProperty("phones", out _));
        Assert.Equal(["Bare room", "Kindia grants office"], orgJson.GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("name").GetString()!));
        Assert.Equal("organization_type", orgJson.GetProperty("attributes")[0].GetProperty("link_type").GetString());
        Assert.Equal(7, taxonomies.GetArrayLength());
        Assert.Equal(HsdsTaxonomies.ExtensionFields.Count + await _factory.WithDbAsync(db => db.TaxonomyTerms.CountAsync()), terms.GetArrayLength());
        var child = Single(terms, "code", "business-grants");
        Assert.Equal(Id((await _data.TermAsync(Taxonomy.ServiceCategory, "business-support")).HsdsId), child.GetProperty("parent_id").GetString());
        Assert.Equal(Id(HsdsIds.Taxonomy(Taxonomy.ServiceCategory)), child.GetProperty("taxonomy_id").GetString());
    }

    // ------------------------------------------------------------------ exposure

    [Fact]
    public async Task Unpublished_and_defunct_services_and_those_of_private_organisations_are_hidden()
    {
        var org = await _data.OrganisationAsync("Hsds Exposure NGO");
        var hiddenOrg = await _data.OrganisationAsync("Hsds Private NGO", isPublic: false);
        var shown = await _data.ServiceAsync(org, "Shown service");
        var inactive = await _data.ServiceAsync(org, "Inactive service", s => s.Status = ServiceStatus.Inactive);
        var closed = await _data.ServiceAsync(org, "Temporarily closed service", s => s.Status = ServiceStatus.TemporarilyClosed);
        var unpublished = await _data.ServiceAsync(org, "Unpublished service", s => s.IsPublished = false);
        var defunct = await _data.ServiceAsync(org, "Defunct service", s => s.Status = ServiceStatus.Defunct);
        var ofPrivate = await _data.ServiceAsync(hiddenOrg, "Service of a private organisation");
        var links = new Dictionary<Guid, Guid>();
        foreach (var s in new[] { shown, inactive, closed, unpublished, defunct, ofPrivate })
            links[s.Id] = (await _data.BareLocationAsync(s.OrganisationId == org.Id ? org : hiddenOrg, s, "Room of " + s.Name)).Id;
        var hidden = new[] { unpublished, defunct, ofPrivate };
        var visible = new[] { shown, inactive, closed };

        var all = await IdsAsync($"{Api}/services?per_page=500");
        var allLinks = await IdsAsync($"{Api}/service_at_locations?per_page=500");
        Assert.All(visible, s => Assert.Contains(Id(s.Id), all));
        Assert.All(visible, s => Assert.Contains(Id(links[s.Id]), allLinks));
        Assert.All(hidden, s => Assert.DoesNotContain(Id(s.Id), all));
        Assert.All(hidden, s => Assert.DoesNotContain(Id(links[s.Id]), allLinks));
        Assert.Empty(await IdsAsync($"{Api}/services?organization_id={Id(hiddenOrg.HsdsId)}"));
        foreach (var s in hidden)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Api}/services/{Id(s.Id)}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Api}/service_at_locations/{Id(links[s.Id])}")).StatusCode);
        }
        var statuses = (await GetJsonAsync($"{Api}/services?organization_id={Id(org.HsdsId)}")).GetProperty("contents").EnumerateArray()
            .Select(s => s.GetProperty("status").GetString()).Order();
        Assert.Equal(["active", "inactive", "temporarily closed"], statuses);

        // The private organisation itself, its location and its services are nowhere.
        var orgs = (await PageAsync("organization", $"{Api}/organizations?per_page=500")).GetProperty("contents").EnumerateArray()
            .Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Contains(Id(org.HsdsId), orgs);
        Assert.DoesNotContain(Id(hiddenOrg.HsdsId), orgs);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Api}/organizations/{Id(hiddenOrg.HsdsId)}")).StatusCode);
        var orgJson = await GetJsonAsync($"{Api}/organizations/{Id(org.HsdsId)}");
        Assert.Equal(visible.Select(s => Id(s.Id)).Order(), orgJson.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order());
        Assert.Equal(visible.Select(s => "Room of " + s.Name).Order(), orgJson.GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("name").GetString()!).Order());

        // A non-public parent is not named.
        var child = await _data.OrganisationAsync("Hsds Child NGO", parent: hiddenOrg);
        Assert.False((await GetJsonAsync($"{Api}/organizations/{Id(child.HsdsId)}")).TryGetProperty("parent_organization_id", out _));
    }

    [Fact]
    public async Task Unknown_ids_are_404_in_json()
    {
        foreach (var path in new[] { "services", "service_at_locations", "organizations", "taxonomies", "taxonomy_terms" })
        foreach (var id in new[] { Guid.NewGuid().ToString(), "not-a-uuid" })
        {
            var response = await _client.GetAsync($"{Api}/{path}/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var unknownPath = await _client.GetAsync($"{Api}/programs");
        Assert.Equal(HttpStatusCode.NotFound, unknownPath.StatusCode);
        Assert.Equal("application/problem+json", unknownPath.Content.Headers.ContentType?.MediaType);
    }

    // ------------------------------------------------------------------ filters and pages

    [Fact]
    public async Task Filters_and_pages_select_the_right_services()
    {
        var org = await _data.OrganisationAsync("Hsds Filter NGO");
        var other = await _data.OrganisationAsync("Hsds Other NGO");
        var t0 = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        var youth = await _data.TermAsync(Taxonomy.TargetGroup, "youth");
        var s1 = await _data.ServiceAsync(org, "Carpentry apprenticeship", categoryCode: "apprenticeship", lastModifiedUtc: t0);
        var s2 = await _data.ServiceAsync(org, "Tailoring apprenticeship", categoryCode: "apprenticeship", lastModifiedUtc: t0.AddDays(1),
            configure: s => s.TargetGroups = [new ServiceTargetGroup { TermId = youth.Id }]);
        var s3 = await _data.ServiceAsync(org, "Job fair", s => s.Description = "Meet employers: 100% of stands hiring", lastModifiedUtc: t0.AddDays(2));
        var s4 = await _data.ServiceAsync(org, "Micro_loans desk", categoryCode: "microcredit", lastModifiedUtc: t0.AddDays(3),
            configure: s => s.TargetGroups = [new ServiceTargetGroup { TermId = youth.Id }]);
        var s5 = await _data.ServiceAsync(org, "CV clinic", lastModifiedUtc: t0.AddDays(4));
        var s6 = await _data.ServiceAsync(other, "Apprenticeship of another NGO", categoryCode: "apprenticeship", lastModifiedUtc: t0);
        foreach (var s in new[] { s1, s2, s3, s4, s5, s6 }) await _data.BareLocationAsync(s.OrganisationId == org.Id ? org : other, s, "Site of " + s.Name);
        string[] Ids(params Service[] services) => services.Select(s => Id(s.Id)).Order().ToArray();
        var scope = $"organization_id={Id(org.HsdsId)}";

        Assert.Equal(Ids(s1, s2, s3, s4, s5), (await IdsAsync($"{Api}/services?{scope}")).Order());
        Assert.Equal(Ids(s6), (await IdsAsync($"{Api}/services?organization_id={Id(other.HsdsId)}")).Order());
        // By category, or by target group; the filter combines with the organisation.
        var apprenticeship = await _data.TermAsync(Taxonomy.ServiceCategory, "apprenticeship");
        Assert.Equal(Ids(s1, s2), (await IdsAsync($"{Api}/services?{scope}&taxonomy_term_id={Id(apprenticeship.HsdsId)}")).Order());
        Assert.Equal(Ids(s1, s2, s6), (await IdsAsync($"{Api}/services?taxonomy_term_id={Id(apprenticeship.HsdsId)}&per_page=500"))
            .Where(Ids(s1, s2, s3, s4, s5, s6).Contains).Order());
        Assert.Equal(Ids(s2, s4), (await IdsAsync($"{Api}/services?{scope}&taxonomy_term_id={Id(youth.HsdsId)}")).Order());
        Assert.Equal(Ids(s2, s4), (await IdsAsync($"{Api}/services?{scope}&taxonomy_id={Id(HsdsIds.Taxonomy(Taxonomy.TargetGroup))}")).Order());
        Assert.Empty(await IdsAsync($"{Api}/services?{scope}&taxonomy_id={Id(HsdsIds.Taxonomy(Taxonomy.Sector))}"));
        Assert.Empty(await IdsAsync($"{Api}/services?{scope}&taxonomy_term_id={Guid.NewGuid()}"));
        // Modified on or after an instant.
        Assert.Equal(Ids(s3, s4, s5), (await IdsAsync($"{Api}/services?{scope}&modified_after=2025-03-03T12:00:00Z")).Order());
        Assert.Equal(Ids(s4, s5), (await IdsAsync($"{Api}/services?{scope}&modified_after=2025-03-03T12:00:01%2B00:00")).Order());
        Assert.Equal(Ids(s1, s2, s3, s4, s5), (await IdsAsync($"{Api}/services?{scope}&modified_after=2025-03-01")).Order());
        // Full-text search (the public directory's index): words and word beginnings, any case; punctuation separates words.
        Assert.Equal(Ids(s1, s2), (await IdsAsync($"{Api}/services?{scope}&search=APPRENTICESHIP")).Order());
        Assert.Equal(Ids(s3), (await IdsAsync($"{Api}/services?{scope}&search=employers")).Order());
        Assert.Equal(Ids(s3), (await IdsAsync($"{Api}/services?{scope}&search=100%25")).Order());
        Assert.Equal(Ids(s4), (await IdsAsync($"{Api}/services?{scope}&search=loans")).Order());
        Assert.Equal(Ids(s1, s2), (await IdsAsync($"{Api}/services?{scope}&search=appren")).Order());
        Assert.Empty(await IdsAsync($"{Api}/services?{scope}&search=%25%25nothing"));
        // The same filters on service_at_locations.
        var links = await _factory.WithDbAsync(db => db.ServiceAtLocations.Where(x => x.ServiceId == s2.Id || x.ServiceId == s4.Id)
            .Select(x => x.Id).ToListAsync());
        Assert.Equal(links.Select(Id).Order(), (await IdsAsync($"{Api}/service_at_locations?{scope}&taxonomy_term_id={Id(youth.HsdsId)}")).Order());
        Assert.Equal(5, (await GetJsonAsync($"{Api}/service_at_locations?{scope}")).GetProperty("total_items").GetInt32());

        // Pages of two: 2 + 2 + 1, every service once, then an empty page.
        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var json = await PageAsync("service", $"{Api}/services?{scope}&per_page=2&page={page}");
            Assert.Equal((5, 3, page, page == 3 ? 1 : 2, page == 1, page == 3, false),
                (json.GetProperty("total_items").GetInt32(), json.GetProperty("total_pages").GetInt32(), json.GetProperty("page_number").GetInt32(),
                    json.GetProperty("size").GetInt32(), json.GetProperty("first_page").GetBoolean(), json.GetProperty("last_page").GetBoolean(),
                    json.GetProperty("empty").GetBoolean()));
            seen.AddRange(json.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
        }
        Assert.Equal(Ids(s1, s2, s3, s4, s5), seen.Order());
        var beyond = await PageAsync("service", $"{Api}/services?{scope}&per_page=2&page=4");
        Assert.True(beyond.GetProperty("empty").GetBoolean());
        Assert.Equal(5, beyond.GetProperty("total_items").GetInt32());
        // per_page defaults to 50 and may go up to 500.
        Assert.Equal(Math.Min(50, (await GetJsonAsync($"{Api}/taxonomy_terms?per_page=500")).GetProperty("total_items").GetInt32()),
            (await GetJsonAsync($"{Api}/taxonomy_terms")).GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task Taxonomy_terms_filter_by_taxonomy_parent_and_search_across_stored_and_extension_terms()
    {
        var categories = await _factory.WithDbAsync(db => db.TaxonomyTerms.CountAsync(t => t.Taxonomy == Taxonomy.ServiceCategory));
        var byTaxonomy = await PageAsync("taxonomy_term", $"{Api}/taxonomy_terms?per_page=500&taxonomy_id={Id(HsdsIds.Taxonomy(Taxonomy.ServiceCategory))}");
        Assert.Equal(categories, byTaxonomy.GetProperty("total_items").GetInt32());
        var extensions = await PageAsync("taxonomy_term", $"{Api}/taxonomy_terms?taxonomy_id={Id(HsdsIds.ExtensionTaxonomy)}");
        Assert.Equal(HsdsTaxonomies.ExtensionFields.Select(f => f.Code), extensions.GetProperty("contents").EnumerateArray().Select(t => t.GetProperty("code").GetString()!));
        var parent = await _data.TermAsync(Taxonomy.ServiceCategory, "business-support");
        var children = await PageAsync("taxonomy_term", $"{Api}/taxonomy_terms?parent_id={Id(parent.HsdsId)}");
        Assert.Equal(["business-grants", "business-mentoring", "business-training"],
            children.GetProperty("contents").EnumerateArray().Select(t => t.GetProperty("code").GetString()!).Order());
        var top = await PageAsync("taxonomy_term", $"{Api}/taxonomy_terms?top_only=true&per_page=500&taxonomy_id={Id(HsdsIds.Taxonomy(Taxonomy.ServiceCategory))}");
        Assert.All(top.GetProperty("contents").EnumerateArray(), t => Assert.False(t.TryGetProperty("parent_id", out _)));
        Assert.Contains(top.GetProperty("contents").EnumerateArray(), t => t.GetProperty("code").GetString() == "business-support");
        // A page that straddles the stored terms and the extension terms.
        var total = (await GetJsonAsync($"{Api}/taxonomy_terms")).GetProperty("total_items").GetInt32();
        var stored = total - HsdsTaxonomies.ExtensionFields.Count;
        var straddling = await PageAsync("taxonomy_term", $"{Api}/taxonomy_terms?per_page={stored - 1}&page=2");
        Assert.Equal(Math.Min(stored - 1, total - (stored - 1)), straddling.GetProperty("size").GetInt32());
        Assert.Equal("is_mainstream", straddling.GetProperty("contents")[1].GetProperty("code").GetString());
        var search = await PageAsync("taxonomy_term", $"{Api}/taxonomy_terms?search=referral");
        Assert.Contains(search.GetProperty("contents").EnumerateArray(), t => t.GetProperty("code").GetString() == "referral_method");
        Assert.Contains(search.GetProperty("contents").EnumerateArray(), t => t.GetProperty("code").GetString() == "information-referral");
        var taxonomies = await PageAsync("taxonomy", $"{Api}/taxonomies?per_page=2&page=4");
        Assert.Equal((7, 4, 1, true), (taxonomies.GetProperty("total_items").GetInt32(), taxonomies.GetProperty("total_pages").GetInt32(),
            taxonomies.GetProperty("size").GetInt32(), taxonomies.GetProperty("last_page").GetBoolean()));
    }

    [Fact]
    public async Task Invalid_query_values_are_400_with_a_json_problem()
    {
        foreach (var query in new[]
                 {
                     "services?per_page=0", "services?per_page=501", "services?per_page=ten", "services?page=0", "services?page=-1",
                     "services?modified_after=yesterday", "services?organization_id=42", "services?taxonomy_term_id=x", "services?full=maybe",
                     "services?postcode=BP120", "services?format=ndjson", "service_at_locations?per_page=1000", "organizations?per_page=0",
                     "taxonomies?page=x", "taxonomy_terms?parent_id=nope", "services?page=1&page=2",
                 })
        {
            var response = await _client.GetAsync($"{Api}/{query}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query} → {(int)response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var name = query.Split('?')[1].Split('=')[0];
            Assert.Contains($"'{name}'", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
        }
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"{Api}/services?per_page=500&format=json")).StatusCode);
    }

    // ------------------------------------------------------------------ access

    [Fact]
    public async Task The_api_is_anonymous_read_only_and_open_to_any_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/services");
        request.Headers.Add("Origin", "https://someone-else.example.org");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, $"{Api}/organizations");
        preflight.Headers.Add("Origin", "https://someone-else.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var preflightResponse = await _client.SendAsync(preflight);
        Assert.True(preflightResponse.IsSuccessStatusCode, $"Preflight answered {(int)preflightResponse.StatusCode}");
        Assert.Equal("*", preflightResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());

        foreach (var path in new[] { "", "/services", "/organizations", "/taxonomies", "/taxonomy_terms", "/service_at_locations", "/datapackage.zip" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(Api + path)).StatusCode);
            using var head = new HttpRequestMessage(HttpMethod.Head, Api + path);
            var headResponse = await _client.SendAsync(head);
            // (Kestrel drops the body of a HEAD answer; the test server does not, so only the status is checked.)
            Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
            foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
            {
                using var write = new HttpRequestMessage(method, Api + path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
                var refused = await _client.SendAsync(write);
                Assert.True(refused.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {Api + path} answered {(int)refused.StatusCode}");
                Assert.Equal(["GET", "HEAD"], refused.Content.Headers.Allow);
            }
        }
    }

    // ------------------------------------------------------------------ efficiency

    [Fact]
    public async Task Lists_use_a_fixed_number_of_queries_whatever_the_page_size()
    {
        var counter = new CommandCounter();
        using var counted = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(counter))));
        var data = new HsdsTestData(counted.Services);
        var small = await data.OrganisationAsync("Hsds Small NGO");
        var large = await data.OrganisationAsync("Hsds Large NGO");
        for (var i = 0; i < 2; i++) await data.RichServiceAsync(small, $"Small service {i}");
        for (var i = 0; i < 8; i++) await data.RichServiceAsync(large, $"Large service {i}");
        using var client = counted.CreateClient();

        async Task<int> QueriesAsync(string url)
        {
            counter.Reset();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
            return counter.Commands.Count;
        }

        var report = new List<string>();
        foreach (var list in new[] { "services", "services?full=true", "service_at_locations", "service_at_locations?full=true", "organizations?full=true&search=Hsds" })
        {
            var separator = list.Contains('?') ? '&' : '?';
            var filter = list.StartsWith("organizations") ? "" : $"{separator}organization_id=";
            var forSmall = await QueriesAsync($"{Api}/{list}{filter}{(filter == "" ? "" : Id(small.HsdsId))}");
            var forLarge = await QueriesAsync($"{Api}/{list}{filter}{(filter == "" ? "" : Id(large.HsdsId))}");
            Assert.True(forSmall == forLarge, $"{list}: {forSmall} queries for 2 services, {forLarge} for 8");
            report.Add($"{list}: {forLarge}");
        }
        _output.WriteLine("SQL statements per list request: " + string.Join("; ", report));
        var fullList = await QueriesAsync($"{Api}/services?full=true&organization_id={Id(large.HsdsId)}");
        Assert.True(fullList <= 16, $"A fully nested page took {fullList} queries:\n" + string.Join("\n", counter.Commands));
        Assert.True(await QueriesAsync($"{Api}/services?organization_id={Id(large.HsdsId)}") <= 3, string.Join("\n", report));
    }

    // ------------------------------------------------------------------ data package

    [Fact]
    public async Task The_data_package_holds_a_csv_per_hsds_table_with_the_descriptor_fields_as_header()
    {
        var org = await _data.OrganisationAsync("Hsds Package NGO", description: HsdsTestData.TrickyText);
        var rich = await _data.RichServiceAsync(org);
        var hidden = await _data.ServiceAsync(org, "Unpublished in the package", s => s.IsPublished = false);

        var response = await _client.GetAsync($"{Api}/datapackage.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);

        using var descriptor = JsonDocument.Parse(zip.GetEntry("datapackage.json")!.Open());
        Assert.Equal("tabular-data-package", descriptor.RootElement.GetProperty("profile").GetString());
        var resources = descriptor.RootElement.GetProperty("resources").EnumerateArray().ToList();
        using var specification = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src/PartnerPortal/ReferenceData/hsds/datapackage.json")));
        Assert.Equal(specification.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()),
            resources.Select(r => r.GetProperty("name").GetString()));
        foreach (var expected in new[] { "organizations.csv", "services.csv", "locations.csv", "addresses.csv", "service_at_location.csv", "phones.csv",
                     "schedules.csv", "languages.csv", "cost_options.csv", "required_documents.csv", "service_areas.csv", "contacts.csv", "funding.csv",
                     "accessibility.csv", "taxonomies.csv", "taxonomy_terms.csv", "attributes.csv", "metadata.csv" })
            Assert.Contains(resources, r => r.GetProperty("path").GetString() == expected);

        var tables = new Dictionary<string, List<Dictionary<string, string>>>();
        foreach (var resource in resources)
        {
            Assert.Equal("tabular-data-resource", resource.GetProperty("profile").GetString());
            var path = resource.GetProperty("path").GetString()!;
            var entry = zip.GetEntry(path);
            Assert.True(entry is not null, $"{path} is missing from the zip");
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToArray();
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            using var csv = CsvReader.FromText(text);
            var rows = new List<Dictionary<string, string>>();
            for (var more = csv.Read(); more; more = csv.Read())
                rows.Add(fields.Select((f, i) => (f, csv.GetString(i))).ToDictionary(x => x.f, x => x.Item2));
            Assert.Equal(fields, csv.Headers.ToArray());
            tables[resource.GetProperty("name").GetString()!] = rows;
        }

        // A value with a comma, a quote and a line break comes back unchanged.
        var service = tables["service"].Single(r => r["id"] == Id(rich.Id));
        Assert.Equal(HsdsTestData.TrickyText, service["description"]);
        Assert.Equal(HsdsTestData.TrickyText, tables["organization"].Single(r => r["id"] == Id(org.HsdsId))["description"]);
        Assert.Equal(("active", "18", Id(org.HsdsId)), (service["status"], service["minimum_age"], service["organization_id"]));
        Assert.DoesNotContain(tables["service"], r => r["id"] == Id(hidden.Id));
        // The rows of the rich service's collections are all there.
        foreach (var (table, count) in new[] { ("phone", 2), ("schedule", 2), ("language", 2), ("cost_option", 1), ("required_document", 2),
                     ("service_area", 2), ("contact", 1), ("funding", 1), ("service_at_location", 1) })
            Assert.Equal(count, tables[table].Count(r => r["service_id"] == Id(rich.Id)));
        Assert.Equal("12", tables["phone"].Single(r => r["number"] == "+224 620 00 00 01")["extension"]);
        Assert.Single(tables["phone"], r => r["number"] == "+224 620 00 00 03" && r["contact_id"] != "");
        Assert.Single(tables["phone"], r => r["number"] == "+224 620 00 00 09" && r["location_id"] != "");
        Assert.Equal(10000.50m, decimal.Parse(tables["cost_option"].Single(r => r["service_id"] == Id(rich.Id))["amount"], System.Globalization.CultureInfo.InvariantCulture));
        var locationId = tables["service_at_location"].Single(r => r["service_id"] == Id(rich.Id))["location_id"];
        Assert.Single(tables["location"], r => r["id"] == locationId);
        Assert.Equal("Route du Marché", tables["address"].Single(r => r["location_id"] == locationId)["address_1"]);
        Assert.Single(tables["accessibility"], r => r["location_id"] == locationId);
        Assert.Equal(3, tables["metadata"].Count(r => r["resource_id"] == Id(rich.Id) || r["resource_id"] == locationId));
        var attributes = tables["attribute"].Where(r => r["link_id"] == Id(rich.Id)).ToList();
        Assert.Equal(3 + HsdsTaxonomies.ExtensionFields.Count, attributes.Count);
        Assert.Equal("referral_only", attributes.Single(a => a["link_type"] == "referral_method")["value"]);
        // Every reference points at a row of the package.
        var termIds = tables["taxonomy_term"].Select(t => t["id"]).ToHashSet();
        Assert.All(tables["attribute"], a => Assert.Contains(a["taxonomy_term_id"], termIds));
        var taxonomyIds = tables["taxonomy"].Select(t => t["id"]).ToHashSet();
        Assert.All(tables["taxonomy_term"], t => Assert.Contains(t["taxonomy_id"], taxonomyIds));
        var serviceIds = tables["service"].Select(s => s["id"]).ToHashSet();
        var organizationIds = tables["organization"].Select(o => o["id"]).ToHashSet();
        Assert.All(tables["service"], s => Assert.Contains(s["organization_id"], organizationIds));
        foreach (var table in new[] { "service_at_location", "schedule", "language", "cost_option", "required_document", "service_area", "contact", "funding" })
            Assert.All(tables[table], r => Assert.Contains(r["service_id"], serviceIds));
        Assert.Empty(tables["program"]);
    }

    [Fact]
    public async Task The_schema_check_rejects_what_hsds_does_not_allow()
    {
        // So that the validation above cannot pass by accident (say, with references that do not resolve).
        var invalid = new Dictionary<string, string>
        {
            ["service without status"] = """{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x"}""",
            ["status outside the enum"] = """{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"open"}""",
            ["id that is not a uuid"] = """{"id":"42","name":"x","status":"active"}""",
            ["phone extension as text, nested"] = """{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"active","phones":[{"id":"ac148810-d857-441c-9679-408f346de14b","number":"1","extension":"12"}]}""",
            ["address without city, deeply nested"] = """{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"active","service_at_locations":[{"id":"ac148810-d857-441c-9679-408f346de14b","location":{"id":"ac148810-d857-441c-9679-408f346de14b","location_type":"physical","addresses":[{"id":"ac148810-d857-441c-9679-408f346de14b","address_1":"a","state_province":"s","postal_code":"p","country":"GN","address_type":"physical"}]}}]}""",
            ["term of an attribute without a name"] = """{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"active","attributes":[{"id":"ac148810-d857-441c-9679-408f346de14b","taxonomy_term":{"id":"ac148810-d857-441c-9679-408f346de14b","description":""}}]}""",
            ["undeclared property"] = """{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"active","is_mainstream":true}""",
            ["null optional value"] = """{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"active","url":null}""",
            ["empty collection"] = """{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"active","phones":[]}""",
        };
        foreach (var (what, json) in invalid)
        {
            var rejected = await Record.ExceptionAsync(() => HsdsSchemas.AssertValidAsync("service", JsonDocument.Parse(json).RootElement, what));
            Assert.True(rejected is not null, $"The schema check accepted a {what}");
        }
        await HsdsSchemas.AssertValidAsync("service", JsonDocument.Parse("""{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"active"}""").RootElement, "valid");
    }

    [Fact]
    public void Name_based_ids_follow_rfc_9562()
    {
        // The RFC's own example: the DNS namespace and "www.example.com".
        Assert.Equal(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"),
            HsdsIds.NameBased(Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
        Assert.Equal(HsdsIds.Taxonomy(Taxonomy.ServiceCategory), HsdsIds.Taxonomy(Taxonomy.ServiceCategory));
        Assert.Equal(HsdsTaxonomies.All.Count, HsdsTaxonomies.All.Select(t => t.Id).Distinct().Count());
    }
}
