using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Api.Hsds;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The HSDS import page: preview, all-or-nothing import, refusals and who may use it.</summary>
public class ImportTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static string Id(Guid id) => id.ToString("D");

    /// <summary>
    /// A service in Guinea as an HSDS file gives it: its new organisation nested, one place whose
    /// address names the Kindia prefecture, a category by code and one returnee field.
    /// </summary>
    public static JsonObject GuineaService(Guid id, Guid orgId, Guid locationId, string name, string stateProvince = "Kindia",
        string orgName = "Import Test NGO") => new()
    {
        ["id"] = Id(id),
        ["name"] = name,
        ["status"] = "active",
        ["description"] = "Job counselling for returnees, imported from a file",
        ["email"] = "desk@import.example.org",
        ["minimum_age"] = 18,
        ["organization"] = new JsonObject { ["id"] = Id(orgId), ["name"] = orgName, ["description"] = "An NGO that arrives by file" },
        ["phones"] = new JsonArray(new JsonObject { ["id"] = Id(Guid.NewGuid()), ["number"] = "+224 620 11 22 33", ["type"] = "voice" }),
        ["service_at_locations"] = new JsonArray(new JsonObject
        {
            ["id"] = Id(Guid.NewGuid()),
            ["location"] = new JsonObject
            {
                ["id"] = Id(locationId),
                ["location_type"] = "physical",
                ["name"] = $"{name} office",
                ["addresses"] = new JsonArray(new JsonObject
                {
                    ["id"] = Id(Guid.NewGuid()), ["address_1"] = "Route du Marché", ["city"] = stateProvince, ["state_province"] = stateProvince,
                    ["postal_code"] = "", ["country"] = "GN", ["address_type"] = "physical",
                }),
            },
        }),
        ["attributes"] = new JsonArray(
            new JsonObject
            {
                ["id"] = Id(Guid.NewGuid()), ["link_type"] = "category", ["link_entity"] = "service",
                ["taxonomy_term"] = new JsonObject
                {
                    ["id"] = Id(Guid.NewGuid()), ["code"] = "business-grants", ["name"] = "Business grants", ["description"] = "", ["taxonomy"] = "Service categories",
                },
            },
            new JsonObject
            {
                ["id"] = Id(Guid.NewGuid()), ["link_type"] = "is_mainstream", ["link_entity"] = "service", ["value"] = "true",
                ["taxonomy_term_id"] = Id(HsdsTaxonomies.ExtensionFields.Single(f => f.Code == "is_mainstream").TermId),
            }),
    };

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private Task<int> ServiceCountAsync() => _factory.WithDbAsync(db => db.Services.CountAsync());

    [Fact]
    public async Task A_valid_file_previews_as_create_imports_with_history_and_audit_and_imports_again_as_update()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var (serviceId, orgId, locationId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var before = await ServiceCountAsync();

        var preview = await ImportPage.PreviewAsync(client, "service.json", Bytes(GuineaService(serviceId, orgId, locationId, "Imported job counselling")));
        Assert.Empty(preview.Errors);
        Assert.Equal("create", preview.Action(Id(serviceId)));
        Assert.Equal("create", preview.Action(Id(orgId)));
        Assert.Equal("create", preview.Action(Id(locationId)));
        Assert.Contains(preview.Records, r => r.Type == "Taxonomy term" && r.Action == "use" && r.Name.StartsWith("Business grants"));
        Assert.NotNull(preview.Token);
        // The preview wrote nothing.
        Assert.Equal(before, await ServiceCountAsync());
        Assert.False(await _factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.HsdsId == orgId)));

        var response = await ImportPage.ApplyAsync(client, preview.Token!);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("1 service(s) created", await client.GetStringAsync(ImportPage.Path));

        var stored = await _factory.WithDbAsync(db => db.Services.AsNoTracking()
            .Include(s => s.Organisation).Include(s => s.Category).Include(s => s.Phones)
            .Include(s => s.ServiceAtLocations).ThenInclude(x => x.Location).ThenInclude(l => l!.AdministrativeArea)
            .SingleAsync(s => s.Id == serviceId));
        Assert.Equal(("Imported job counselling", "GN", "business-grants", true, 18), (stored.Name, stored.Organisation!.CountryCode, stored.Category!.Code, stored.IsMainstream, stored.MinimumAge!.Value));
        Assert.Equal("+224 620 11 22 33", Assert.Single(stored.Phones).Number);
        var area = Assert.Single(stored.ServiceAtLocations).Location!.AdministrativeArea!;
        Assert.Equal(("Kindia", AreaLevel.District), (area.Name, area.Level));
        var history = await _factory.WithDbAsync(db => db.ServiceChanges.AsNoTracking().Where(c => c.ServiceId == serviceId).ToListAsync());
        Assert.Contains(history, c => c is { ActionType: "create", FieldName: "name", ReplacementValue: "Imported job counselling" });
        Assert.All(history, c => Assert.Equal(DemoUsers.CoordinatorGuinea, c.UpdatedBy));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "services.imported" && a.Changes!.Contains("service.json"))));

        // The same records again, with a new name: an update, recorded field by field.
        var again = await ImportPage.PreviewAsync(client, "service.json", Bytes(GuineaService(serviceId, orgId, locationId, "Imported job counselling (renamed)")));
        Assert.Empty(again.Errors);
        Assert.Equal("update", again.Action(Id(serviceId)));
        Assert.Equal("unchanged", again.Action(Id(orgId)));
        var second = await ImportPage.ApplyAsync(client, again.Token!);
        Assert.True(second.StatusCode == HttpStatusCode.Redirect, new ImportPage.Preview(await second.Content.ReadAsStringAsync()).Text);
        var rename = await _factory.WithDbAsync(db => db.ServiceChanges.AsNoTracking()
            .SingleAsync(c => c.ServiceId == serviceId && c.ActionType == "update" && c.FieldName == "name"));
        Assert.Equal(("Imported job counselling", "Imported job counselling (renamed)"), (rename.PreviousValue, rename.ReplacementValue));
        Assert.Equal(before + 1, await ServiceCountAsync());
    }

    [Fact]
    public async Task One_bad_record_stops_the_whole_file_and_is_named_with_its_field()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var (good, bad, badLocation) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var file = new JsonArray(
            GuineaService(good, Guid.NewGuid(), Guid.NewGuid(), "A good service"),
            GuineaService(bad, Guid.NewGuid(), badLocation, "   ", stateProvince: "Atlantis"));
        var before = await ServiceCountAsync();

        var preview = await ImportPage.PreviewAsync(client, "list.json", Bytes(file));
        Assert.Contains($"Service | {Id(bad)} | name | a service needs a name of at most 200 characters", preview.Errors);
        Assert.Contains(preview.Errors, e => e.StartsWith($"Place (location) | {Id(badLocation)} | addresses[0].state_province | no administrative area of GN is named 'Atlantis'"));
        Assert.Contains("Nothing can be imported", preview.Text);
        Assert.Null(preview.Token);
        Assert.Equal(before, await ServiceCountAsync());
    }

    [Fact]
    public async Task The_import_step_checks_again_and_writes_nothing_when_a_record_no_longer_passes()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var areaId = await _factory.WithDbAsync(async db =>
        {
            var kindia = await db.AdministrativeAreas.SingleAsync(a => a.CountryCode == "GN" && a.Name == "Kindia" && a.Level == AreaLevel.District);
            var area = new AdministrativeArea { CountryCode = "GN", ParentId = kindia.Id, Name = "Importville", Level = AreaLevel.Municipality };
            db.AdministrativeAreas.Add(area);
            await db.SaveChangesAsync();
            area.Path = AdministrativeArea.ChildPath(kindia.Path, area.Id);
            await db.SaveChangesAsync();
            return area.Id;
        });
        var (first, second, movedLocation) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var file = new JsonArray(GuineaService(first, Guid.NewGuid(), Guid.NewGuid(), "Stays valid"),
            GuineaService(second, Guid.NewGuid(), movedLocation, "In Importville", stateProvince: "Importville"));
        var preview = await ImportPage.PreviewAsync(client, "two.json", Bytes(file));
        Assert.Empty(preview.Errors);

        // Between the preview and the import, the area is renamed: the second place no longer maps.
        await _factory.WithDbAsync(async db =>
        {
            (await db.AdministrativeAreas.SingleAsync(a => a.Id == areaId)).Name = "Renamedville";
            return await db.SaveChangesAsync();
        });
        var response = await ImportPage.ApplyAsync(client, preview.Token!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = new ImportPage.Preview(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was imported", after.Text);
        Assert.Contains(after.Errors, e => e.StartsWith($"Place (location) | {Id(movedLocation)} | addresses[0].state_province |"));
        Assert.False(await _factory.WithDbAsync(db => db.Services.AnyAsync(s => s.Id == first || s.Id == second)));
    }

    [Fact]
    public async Task Malformed_json_changes_nothing_and_says_why()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var before = await ServiceCountAsync();
        var preview = await ImportPage.PreviewAsync(client, "broken.json", "{ \"id\": \"x\", \"name\": ");
        var error = Assert.Single(preview.Errors);
        Assert.StartsWith("File |  |  | The file is not valid JSON (line 1", error);
        Assert.Null(preview.Token);
        Assert.Equal(before, await ServiceCountAsync());
    }

    [Fact]
    public async Task A_schema_invalid_file_is_refused_with_the_schema_path()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var id = Guid.NewGuid();
        var service = GuineaService(id, Guid.NewGuid(), Guid.NewGuid(), "Schema breaker");
        service["status"] = "open";
        ((JsonObject)service["phones"]![0]!).Remove("number");
        service["minimum_age"] = "eighteen";

        var preview = await ImportPage.PreviewAsync(client, "invalid.json", Bytes(service));
        Assert.Contains(preview.Errors, e => e.StartsWith($"Service | {Id(id)} | status | is not one of the values the HSDS schema allows (HSDS schema service.json)"));
        Assert.Contains(preview.Errors, e => e.StartsWith($"Service | {Id(id)} | phones[0].number | is required by the HSDS schema"));
        Assert.Contains(preview.Errors, e => e.StartsWith($"Service | {Id(id)} | minimum_age |"));
        Assert.Null(preview.Token);
        Assert.False(await _factory.WithDbAsync(db => db.Services.AnyAsync(s => s.Id == id)));
    }

    [Fact]
    public async Task A_coordinator_cannot_import_a_service_of_an_organisation_outside_their_countries()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var senegalese = await _factory.WithDbAsync(db => db.Organisations.AsNoTracking().FirstAsync(o => o.CountryCode == "SN"));
        var (allowed, refused) = (Guid.NewGuid(), Guid.NewGuid());
        var outside = new JsonObject
        {
            ["id"] = Id(refused), ["name"] = "A Dakar service", ["status"] = "active", ["organization_id"] = Id(senegalese.HsdsId),
            ["attributes"] = GuineaService(refused, Guid.NewGuid(), Guid.NewGuid(), "x")["attributes"]!.DeepClone(),
        };
        var file = new JsonArray(GuineaService(allowed, Guid.NewGuid(), Guid.NewGuid(), "A Kindia service"), outside);

        var preview = await ImportPage.PreviewAsync(client, "mixed.json", Bytes(file));
        var error = Assert.Single(preview.Errors);
        Assert.StartsWith($"Service | {Id(refused)} | organization_id | you may import services of organisations in the countries you coordinate", error);
        Assert.Null(preview.Token);
        Assert.False(await _factory.WithDbAsync(db => db.Services.AnyAsync(s => s.Id == allowed || s.Id == refused)));
    }

    [Fact]
    public async Task Only_administrators_and_coordinators_reach_the_page_and_posts_need_the_antiforgery_token()
    {
        using (var anonymous = PortalClient.Anonymous(_factory))
        {
            var get = await anonymous.GetAsync(ImportPage.Path);
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.Contains("/Account/SignIn", get.Headers.Location!.OriginalString);
            using var form = new MultipartFormDataContent { { new ByteArrayContent("{}"u8.ToArray()), "Upload", "a.json" } };
            var post = await anonymous.Http.PostAsync(ImportPage.Path + "?handler=Preview", form);
            Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
            Assert.Contains("/Account/SignIn", post.Headers.Location!.OriginalString);
        }
        foreach (var email in new[] { DemoUsers.Partner, DemoUsers.LocalAuthority })
        {
            using var client = await PortalClient.SignedInAsync(_factory, email);
            var get = await client.GetAsync(ImportPage.Path);
            Assert.True(get.StatusCode == HttpStatusCode.Redirect && get.Headers.Location!.OriginalString.Contains("AccessDenied"), $"{email}: GET {(int)get.StatusCode}");
            var token = await client.AntiforgeryTokenAsync("/Services");
            foreach (var handler in new[] { "Preview", "Apply" })
            {
                using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent("{}"u8.ToArray()), "Upload", "a.json" } };
                var post = await client.Http.PostAsync($"{ImportPage.Path}?handler={handler}", form);
                Assert.True(post.StatusCode == HttpStatusCode.Redirect && post.Headers.Location!.OriginalString.Contains("AccessDenied"),
                    $"{email}: POST {handler} {(int)post.StatusCode}");
            }
        }
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        Assert.Contains("Import HSDS data", await admin.GetStringAsync("/Services"));
        using var withoutToken = new MultipartFormDataContent { { new ByteArrayContent(Bytes(GuineaService(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "No token"))), "Upload", "a.json" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Http.PostAsync(ImportPage.Path + "?handler=Preview", withoutToken)).StatusCode);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        Assert.DoesNotContain("Import HSDS data", await partner.GetStringAsync("/Services"));
    }
}

/// <summary>The size limits: a file, a request and a data package beyond them change nothing and say why.</summary>
public class ImportLimitTests : IDisposable
{
    private readonly PortalFactory _factory = new(settings: new()
    {
        ["Import:MaxBytes"] = "2048",
        ["Import:MaxUncompressedBytes"] = "20000",
        ["Import:MaxZipEntries"] = "5",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_oversized_file_changes_nothing_and_says_why()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var before = await _factory.WithDbAsync(db => db.Services.CountAsync());
        var big = ImportTests.GuineaService(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new string('x', 3000));
        var preview = await ImportPage.PreviewAsync(client, "big.json", Encoding.UTF8.GetBytes(big.ToJsonString()));
        Assert.Contains("the largest file accepted is 2 KB. Nothing was imported.", preview.Text);
        Assert.Null(preview.Token);

        // A request far beyond the limit is turned away before it is read, back to the page that says why.
        var huge = await client.PostFileAsync(ImportPage.Path, ImportPage.Path + "?handler=Preview", "Upload", "huge.json", new byte[200_000]);
        Assert.Equal(HttpStatusCode.SeeOther, huge.StatusCode);
        var page = await client.GetStringAsync(huge.Headers.Location!.OriginalString);
        Assert.Contains("The file was larger than 2 KB, the largest file accepted. Nothing was imported.", page);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Services.CountAsync()));
    }

    [Fact]
    public async Task A_data_package_that_unpacks_too_large_or_holds_too_many_files_is_refused()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        static byte[] Zip(params (string Name, byte[] Content)[] entries)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var (name, content) in entries)
                    using (var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open()) stream.Write(content);
            return buffer.ToArray();
        }
        var bomb = Zip(("datapackage.json", "{\"resources\":[]}"u8.ToArray()), ("services.csv", Encoding.UTF8.GetBytes("id,name\n" + new string('a', 100_000))));
        Assert.True(bomb.Length < 2048);
        var preview = await ImportPage.PreviewAsync(client, "bomb.zip", bomb);
        Assert.Contains("The data package unpacks to more than 19.5 KB, the most accepted.", Assert.Single(preview.Errors));

        var many = Zip(Enumerable.Range(0, 6).Select(i => ($"f{i}.csv", "id\n"u8.ToArray())).ToArray());
        preview = await ImportPage.PreviewAsync(client, "many.zip", many);
        Assert.Contains("a data package may hold at most 5", Assert.Single(preview.Errors));
    }
}
