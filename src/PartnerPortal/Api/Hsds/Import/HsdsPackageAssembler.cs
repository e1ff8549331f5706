using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;

namespace PartnerPortal.Api.Hsds.Import;

/// <summary>
/// Reads the CSV tables of a Tabular Data Package and puts each organization and service back
/// together as the nested HSDS object the API returns, so that a package goes through the same
/// schema and domain validation as a JSON file.
/// </summary>
/// <remarks>
/// The package's <c>datapackage.json</c> (the shallowest one in the zip) names each table's file and
/// its columns' types; a resource it does not describe falls back to the HSDS descriptor. Typed
/// columns (integer, number, boolean) become JSON numbers and booleans; an empty cell is no value.
/// Rows join as HSDS keys say: a service gets the phones, contacts, schedules … whose
/// <c>service_id</c> is its id, its attributes by <c>link_id</c>, and its service_at_locations with
/// their location (and the location's addresses, accessibility and phones); an organization gets its
/// attributes and phones. Tables the import does not use (programs, metadata, identifiers …) are not read.
/// </remarks>
public static class HsdsPackageAssembler
{
    private const string Descriptor = "datapackage.json";

    /// <summary>The HSDS tables the import reads.</summary>
    private static readonly string[] UsedResources =
        ["organization", "service", "attribute", "service_at_location", "location", "phone", "contact", "address", "schedule", "funding",
         "service_area", "required_document", "language", "accessibility", "taxonomy_term", "cost_option"];

    public sealed class Tables
    {
        private readonly Dictionary<string, List<JsonObject>> _rows = [];
        public List<JsonObject> this[string resource] => _rows.TryGetValue(resource, out var rows) ? rows : [];
        public void Set(string resource, List<JsonObject> rows) => _rows[resource] = rows;
    }

    public static bool ReadTables(ZipArchive zip, UnpackBudget budget, Tables tables, List<ImportIssue> errors)
    {
        var descriptorEntry = zip.Entries.Where(e => e.Name == Descriptor).OrderBy(e => e.FullName.Length).FirstOrDefault();
        if (descriptorEntry is null)
        {
            errors.Add(ImportIssue.File("The zip is not a data package: it has no datapackage.json."));
            return false;
        }
        var folder = descriptorEntry.FullName[..^Descriptor.Length];
        JsonObject descriptor;
        try
        {
            descriptor = JsonNode.Parse(budget.ReadAll(descriptorEntry)) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException ex)
        {
            errors.Add(ImportIssue.File($"datapackage.json is not a valid data package descriptor: {ex.Message}"));
            return false;
        }

        var described = (descriptor["resources"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(r => r["name"] is JsonValue && r["path"] is JsonValue)
            .GroupBy(r => (string)r["name"]!).ToDictionary(g => g.Key, g => g.First());
        var specification = HsdsDataPackage.SpecificationResources.ToDictionary(r => (string)r["name"]!);
        foreach (var name in UsedResources)
        {
            var resource = described.GetValueOrDefault(name) ?? specification[name];
            var path = folder + (string)resource["path"]!;
            var entry = zip.GetEntry(path);
            if (entry is null) continue;
            var types = FieldTypes(specification[name]);
            foreach (var (field, type) in FieldTypes(resource)) types[field] = type;
            var rows = ReadCsv(budget.ReadAll(entry), path, types, RequiredFields(specification[name]), errors);
            if (rows is null) return false;
            tables.Set(name, rows);
        }
        return true;
    }

    private static Dictionary<string, string> FieldTypes(JsonObject resource) =>
        (resource["schema"]?["fields"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(f => f["name"] is JsonValue)
            .GroupBy(f => (string)f["name"]!)
            .ToDictionary(g => g.Key, g => g.First()["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : "string");

    /// <summary>
    /// The columns HSDS requires. CSV cannot tell an empty string from no value: an empty cell of a
    /// required text column is the empty string (as the API writes an address without a postal code).
    /// </summary>
    private static HashSet<string> RequiredFields(JsonObject resource) =>
        (resource["schema"]?["fields"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(f => f["constraints"]?["required"] is JsonValue r && r.TryGetValue<bool>(out var required) && required)
            .Select(f => (string)f["name"]!).ToHashSet();

    private static List<JsonObject>? ReadCsv(byte[] content, string path, Dictionary<string, string> types, HashSet<string> required,
        List<ImportIssue> errors)
    {
        var rows = new List<JsonObject>();
        try
        {
            using var csv = CsvReader.Create(content, new CsvReaderOptions
            {
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
            });
            var headers = csv.Headers.ToArray();
            while (csv.Read())
            {
                var row = new JsonObject();
                for (var i = 0; i < headers.Length && i < csv.FieldCount; i++)
                {
                    var text = csv.GetString(i);
                    if (row.ContainsKey(headers[i])) continue;
                    if (string.IsNullOrEmpty(text))
                    {
                        if (required.Contains(headers[i]) && types.GetValueOrDefault(headers[i], "string") == "string") row[headers[i]] = "";
                        continue;
                    }
                    row[headers[i]] = Typed(text, types.GetValueOrDefault(headers[i], "string"));
                }
                rows.Add(row);
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(ImportIssue.File($"{path} is not valid CSV (record {ex.RecordNumber}): {ex.Message}"));
            return null;
        }
        return rows;
    }

    private static JsonNode Typed(string text, string type)
    {
        switch (type)
        {
            case "integer" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole):
                return JsonValue.Create(whole);
            case "number" when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue
                    ? JsonValue.Create((long)number)
                    : JsonValue.Create(number);
            case "boolean" when bool.TryParse(text, out var flag):
                return JsonValue.Create(flag);
            default:
                return JsonValue.Create(text);
        }
    }

    // ------------------------------------------------------------------ nesting

    public static void Assemble(Tables tables, SourceFile file)
    {
        var terms = tables["taxonomy_term"].Where(t => Key(t, "id") is not null).GroupBy(t => Key(t, "id")!).ToDictionary(g => g.Key, g => g.First());
        var attributes = By(tables["attribute"].Select(a =>
        {
            var copy = Copy(a);
            if (Key(a, "taxonomy_term_id") is { } termId && terms.TryGetValue(termId, out var term)) copy["taxonomy_term"] = Copy(term);
            return copy;
        }), "link_id");
        var servicePhones = By(tables["phone"], "service_id");
        var locationPhones = By(tables["phone"], "location_id");
        var organizationPhones = By(tables["phone"], "organization_id");
        var contactPhones = By(tables["phone"], "contact_id");
        var addresses = By(tables["address"], "location_id");
        var accessibility = By(tables["accessibility"], "location_id");
        var locations = tables["location"].Where(l => Key(l, "id") is not null).GroupBy(l => Key(l, "id")!).ToDictionary(g => g.Key, g => g.First());
        var contacts = By(tables["contact"].Select(c => With(Copy(c), "phones", contactPhones[Key(c, "id") ?? ""])), "service_id");
        var serviceAtLocations = By(tables["service_at_location"].Select(x =>
        {
            var copy = Copy(x);
            if (Key(x, "location_id") is { } locationId && locations.TryGetValue(locationId, out var location))
            {
                var nested = Copy(location);
                With(nested, "addresses", addresses[locationId]);
                With(nested, "accessibility", accessibility[locationId]);
                With(nested, "phones", locationPhones[locationId]);
                copy["location"] = nested;
            }
            return copy;
        }), "service_id");
        var byService = new[] { "schedule", "service_area", "language", "funding", "cost_option", "required_document" }
            .ToDictionary(t => t, t => By(tables[t], "service_id"));

        var index = 0;
        foreach (var row in tables["organization"])
        {
            var org = Copy(row);
            var id = Key(row, "id") ?? "";
            With(org, "attributes", attributes[id]);
            With(org, "phones", organizationPhones[id]);
            file.Records.Add(new SourceRecord("organization", HsdsImportReader.Label(org, ++index), org));
        }
        index = 0;
        foreach (var row in tables["service"])
        {
            var service = Copy(row);
            var id = Key(row, "id") ?? "";
            With(service, "phones", servicePhones[id]);
            With(service, "schedules", byService["schedule"][id]);
            With(service, "service_areas", byService["service_area"][id]);
            With(service, "service_at_locations", serviceAtLocations[id]);
            With(service, "languages", byService["language"][id]);
            With(service, "funding", byService["funding"][id]);
            With(service, "cost_options", byService["cost_option"][id]);
            With(service, "required_documents", byService["required_document"][id]);
            With(service, "contacts", contacts[id]);
            With(service, "attributes", attributes[id]);
            file.Records.Add(new SourceRecord("service", HsdsImportReader.Label(service, ++index), service));
        }
    }

    private static string? Key(JsonObject row, string column) =>
        row[column] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    private static ILookup<string, JsonObject> By(IEnumerable<JsonObject> rows, string column) =>
        rows.Where(r => Key(r, column) is not null).ToLookup(r => Key(r, column)!);

    private static JsonObject Copy(JsonObject row) => (JsonObject)row.DeepClone();

    /// <summary>Adds copies of <paramref name="rows"/> as the array <paramref name="property"/>, when there are any.</summary>
    private static JsonObject With(JsonObject target, string property, IEnumerable<JsonObject> rows)
    {
        var array = new JsonArray(rows.Select(r => (JsonNode)Copy(r)).ToArray());
        if (array.Count > 0) target[property] = array;
        return target;
    }
}
