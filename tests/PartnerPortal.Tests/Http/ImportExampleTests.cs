using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>
/// Round trips: the HSDS 3.0 examples (copied with their licence into <c>Hsds/examples/</c>) and our
/// own data package import, and the API then gives back the fields we store.
/// </summary>
/// <remarks>
/// The examples describe a counselling service in "MyState", US, whose category is a term of someone
/// else's taxonomy. The test gives them something to map to, as an administrator would: an
/// administrative area named "MyState" in the United States, and a service category whose HSDS id is
/// the example term's id (3f7b145d-…).
///
/// Fields of the examples that PartnerPortal does not store, and so does not give back:
/// service: wait_time, fees, accreditations, licenses, program, last_modified (the import's time instead),
/// metadata (our own history of the import instead); the service area (its name is a sentence, not one of
/// our areas); schedule: valid_from, valid_to, dtstart, timezone, until, count, wkst, interval, byweekno,
/// bymonthday, byyearday, schedule_link, attending_type, notes; phone: languages; contact: its phone's id,
/// extension, type and description (one number is kept); service_at_location: contacts, phones, schedules;
/// location: alternate_name, external_identifier(_type), languages, contacts, schedules; address: id,
/// attention, address_2 and address_type (one physical address per place); accessibility: id, url;
/// cost_option: valid_from, valid_to; organization: tax_status, tax_id, year_incorporated, legal_status,
/// logo, uri, parent_organization_id (no such organisation), funding, contacts, programs,
/// organization_identifiers; attributes other than category, target groups and returnee fields.
/// </remarks>
public class ImportExampleTests : IDisposable
{
    private const string ExampleServiceId = "ac148810-d857-441c-9679-408f346de14b";
    private const string ExampleTermId = "3f7b145d-84af-42d7-8fae-eaca714b02b2";
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Hsds", "examples");
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task<JsonObject> ApiServiceAsync(PortalFactory factory, string id)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/api/hsds/services/{id}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        await HsdsSchemas.AssertValidAsync("service", JsonDocument.Parse(body).RootElement, $"service {id}");
        return JsonNode.Parse(body)!.AsObject();
    }

    private async Task GiveTheExamplesSomethingToMapToAsync() => await _factory.WithDbAsync(async db =>
    {
        var state = new AdministrativeArea { CountryCode = "US", Name = "MyState", Level = AreaLevel.Region };
        db.AdministrativeAreas.Add(state);
        db.TaxonomyTerms.Add(new TaxonomyTerm
        {
            HsdsId = Guid.Parse(ExampleTermId), Taxonomy = Taxonomy.ServiceCategory, Code = "hsds-example-counselling", Name = "Counselling (HSDS example)",
        });
        await db.SaveChangesAsync();
        state.Path = AdministrativeArea.ChildPath("/", state.Id);
        return await db.SaveChangesAsync();
    });

    /// <summary>Asserts that each path of <paramref name="expected"/> has the same JSON value in <paramref name="actual"/>.</summary>
    private static void AssertSame(JsonNode expected, JsonNode actual, params string[] paths)
    {
        foreach (var path in paths)
        {
            var (e, a) = (At(expected, path), At(actual, path));
            Assert.True(e is not null, $"The example has no {path}");
            Assert.True(JsonNode.DeepEquals(e, a), $"{path}: expected {e?.ToJsonString()}, got {a?.ToJsonString()}");
        }
    }

    private static JsonNode? At(JsonNode node, string path)
    {
        JsonNode? current = node;
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[');
            current = bracket < 0 ? current?[part] : current?[part[..bracket]]?[int.Parse(part[(bracket + 1)..^1])];
        }
        return current;
    }

    private static readonly string[] StoredServiceFields =
    [
        "id", "name", "alternate_name", "description", "url", "email", "status", "interpretation_services", "application_process",
        "fees_description", "eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email", "alert",
        "organization.id", "organization.name", "organization.alternate_name", "organization.description", "organization.email", "organization.website",
    ];

    private static readonly string[] StoredCollectionFields =
    [
        "phones[0].id", "phones[0].number", "phones[0].extension", "phones[0].type", "phones[0].description",
        "schedules[0].id", "schedules[0].freq", "schedules[0].byday", "schedules[0].description", "schedules[0].opens_at", "schedules[0].closes_at",
        "languages[0].id", "languages[0].name", "languages[0].code", "languages[0].note",
        "funding[0].source",
        "cost_options[0].id", "cost_options[0].option", "cost_options[0].currency", "cost_options[0].amount", "cost_options[0].amount_description",
        "required_documents[0].id", "required_documents[0].document", "required_documents[0].uri",
        "contacts[0].id", "contacts[0].name", "contacts[0].title", "contacts[0].department", "contacts[0].email", "contacts[0].phones[0].number",
        "service_at_locations[0].id", "service_at_locations[0].description",
        "service_at_locations[0].location.id", "service_at_locations[0].location.location_type", "service_at_locations[0].location.url",
        "service_at_locations[0].location.name", "service_at_locations[0].location.description", "service_at_locations[0].location.transportation",
        "service_at_locations[0].location.latitude", "service_at_locations[0].location.longitude",
        "service_at_locations[0].location.addresses[0].address_1", "service_at_locations[0].location.addresses[0].city",
        "service_at_locations[0].location.addresses[0].region", "service_at_locations[0].location.addresses[0].state_province",
        "service_at_locations[0].location.addresses[0].postal_code", "service_at_locations[0].location.addresses[0].country",
        "service_at_locations[0].location.accessibility[0].description", "service_at_locations[0].location.accessibility[0].details",
        "service_at_locations[0].location.phones[0].number", "service_at_locations[0].location.phones[0].extension",
        "service_at_locations[0].location.phones[0].type", "service_at_locations[0].location.phones[0].description",
    ];

    [Fact]
    public async Task The_hsds_examples_import_and_the_api_gives_back_what_we_store()
    {
        await GiveTheExamplesSomethingToMapToAsync();
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var full = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Examples, "service_full.json")))!;

        // The fully nested service.
        var preview = await ImportPage.PreviewAsync(admin, "service_full.json", await File.ReadAllBytesAsync(Path.Combine(Examples, "service_full.json")));
        Assert.Empty(preview.Errors);
        Assert.Equal("create", preview.Action(ExampleServiceId));
        Assert.Equal("create", preview.Action("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"));
        Assert.Equal("create", preview.Action("3a19ff88-4620-4d17-9830-ac1d859eb5d5"));
        Assert.Contains("service_areas[0].name", preview.Text);
        Assert.Contains("parent_organization_id", preview.Text);
        Assert.Contains("1 service(s) created", await ImportPage.ImportAsync(admin, "service_full.json",
            await File.ReadAllBytesAsync(Path.Combine(Examples, "service_full.json"))));

        var exported = await ApiServiceAsync(_factory, ExampleServiceId);
        AssertSame(full, exported, StoredServiceFields);
        AssertSame(full, exported, StoredCollectionFields);
        Assert.Contains(exported["attributes"]!.AsArray(), a => (string?)a!["taxonomy_term_id"] == ExampleTermId && (string?)a["link_type"] == "category");
        var organisation = await _factory.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.HsdsId == Guid.Parse("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")));
        Assert.Equal(("US", "\"+44 1234 234567\""), (organisation.CountryCode, organisation.Phone));

        // The list example (one-to-one fields only) updates it and leaves its collections alone.
        var list = await ImportPage.PreviewAsync(admin, "service_list.json", await File.ReadAllBytesAsync(Path.Combine(Examples, "service_list.json")));
        Assert.Empty(list.Errors);
        Assert.Equal("update", list.Action(ExampleServiceId));
        Assert.Equal("unchanged", list.Action("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"));
        Assert.Contains("1 updated", await ImportPage.ImportAsync(admin, "service_list.json",
            await File.ReadAllBytesAsync(Path.Combine(Examples, "service_list.json"))));
        exported = await ApiServiceAsync(_factory, ExampleServiceId);
        AssertSame(full, exported, StoredServiceFields);
        AssertSame(full, exported, StoredCollectionFields);

        // The tabular example, zipped with the HSDS descriptor, updates the same records.
        var zip = TabularExampleZip();
        var tabular = await ImportPage.PreviewAsync(admin, "tabular.zip", zip);
        Assert.Empty(tabular.Errors);
        Assert.Equal("update", tabular.Action(ExampleServiceId));
        Assert.Contains("1 updated", await ImportPage.ImportAsync(admin, "tabular.zip", zip));
        exported = await ApiServiceAsync(_factory, ExampleServiceId);
        AssertSame(full, exported, StoredServiceFields);
        // The tabular example repeats one phone id for the service, its location and its contact: the
        // service keeps it, the location's phone gets an id of its own.
        AssertSame(full, exported, StoredCollectionFields.Where(f => f != "service_at_locations[0].location.phones[0].id").ToArray());
    }

    [Fact]
    public async Task The_organization_example_with_its_nested_service_imports_as_one_file()
    {
        await GiveTheExamplesSomethingToMapToAsync();
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var content = await File.ReadAllBytesAsync(Path.Combine(Examples, "organization_full.json"));
        var preview = await ImportPage.PreviewAsync(admin, "organization_full.json", content);
        Assert.Empty(preview.Errors);
        Assert.Equal(["create", "create", "create"],
            new[] { "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "3a19ff88-4620-4d17-9830-ac1d859eb5d5", ExampleServiceId }.Select(preview.Action));
        Assert.Contains("1 service(s) created", await ImportPage.ImportAsync(admin, "organization_full.json", content));

        var full = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Examples, "service_full.json")))!;
        var exported = await ApiServiceAsync(_factory, ExampleServiceId);
        AssertSame(full, exported, StoredServiceFields);
    }

    /// <summary>The example's CSV files and the HSDS 3.0 descriptor (the example's own datapackage.json only points at it).</summary>
    private static byte[] TabularExampleZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntryFromFile(Path.Combine(RepositoryRoot.Path, "src/PartnerPortal/ReferenceData/hsds/datapackage.json"), "datapackage.json");
            foreach (var csv in Directory.GetFiles(Path.Combine(Examples, "csv"), "*.csv")) zip.CreateEntryFromFile(csv, Path.GetFileName(csv));
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task A_data_package_exported_by_the_api_imports_into_another_directory_and_exports_the_same()
    {
        var data = new HsdsTestData(_factory);
        var org = await data.OrganisationAsync("Round Trip NGO", description: "Exported, then imported");
        var rich = await data.RichServiceAsync(org);
        using var anonymous = _factory.CreateClient();
        var package = await anonymous.GetByteArrayAsync("/api/hsds/datapackage.zip");
        var original = await ApiServiceAsync(_factory, rich.Id.ToString("D"));

        await using var other = new PortalFactory();
        using var admin = await PortalClient.SignedInAsync(other, DemoUsers.Administrator);
        var preview = await ImportPage.PreviewAsync(admin, "hsds-datapackage.zip", package);
        Assert.True(preview.Errors.Count == 0, string.Join("\n", preview.Errors));
        Assert.Equal("create", preview.Action(rich.Id.ToString("D")));
        Assert.Equal("create", preview.Action(org.HsdsId.ToString("D")));
        // The demo organisations are already there, the same.
        Assert.All(preview.Records.Where(r => r.Type == "Organisation" && r.Id != org.HsdsId.ToString("D")), r => Assert.Equal("unchanged", r.Action));
        Assert.Contains("1 service(s) created", await ImportPage.ImportAsync(admin, "hsds-datapackage.zip", package));

        var imported = await ApiServiceAsync(other, rich.Id.ToString("D"));
        foreach (var copy in new[] { original, imported })
        {
            copy.Remove("last_modified");
            copy.Remove("metadata");
        }
        Assert.True(JsonNode.DeepEquals(original, imported), $"Exported:\n{original.ToJsonString()}\nImported:\n{imported.ToJsonString()}");
    }
}
