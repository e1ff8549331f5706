using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace PartnerPortal.Tests.Support;

/// <summary>
/// Validates API output against the HSDS 3.0 JSON schemas (the app's embedded copies, copied to the test output as
/// <c>Hsds/schema/</c>, next to their licence), so that CI needs nothing outside the repository.
/// </summary>
public static class HsdsSchemas
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Hsds", "schema");

    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Cache = new();

    /// <summary>Properties that the openapi's responses carry beyond the object schemas (which allow additional properties).</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> NestedExtras = new()
    {
        ["organization"] = new() { ["services"] = "service" },
        ["service_at_location"] = new() { ["service"] = "service" },
    };

    /// <summary>A schema file, loaded from its path so that its relative <c>$ref</c>s resolve to the sibling files.</summary>
    public static Task<JsonSchema> SchemaAsync(string name) =>
        Cache.GetOrAdd(name, n => new Lazy<Task<JsonSchema>>(() => JsonSchema.FromFileAsync(Path.Combine(Folder, n + ".json")))).Value;

    /// <summary>A schema embedded in openapi.json, such as the page envelope or the answer of <c>/</c>.</summary>
    public static Task<JsonSchema> OpenApiSchemaAsync(Func<JsonNode, JsonNode> select) =>
        JsonSchema.FromJsonAsync(select(JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "openapi.json")))!).ToJsonString());

    /// <summary>
    /// Asserts that <paramref name="element"/> is valid against the schema <paramref name="schemaName"/>,
    /// and more than the schema alone asks: no property that the schema does not declare (apart from
    /// the openapi's nested services), no null and no empty array (optional values are omitted).
    /// </summary>
    public static async Task AssertValidAsync(string schemaName, JsonElement element, string where)
    {
        var schema = await SchemaAsync(schemaName);
        var problems = schema.Validate(element.GetRawText()).Select(e => $"{where}: {e}").ToList();
        CheckDeclared(schema, schemaName, element, where, problems);
        foreach (var (property, nestedSchema) in NestedExtras.GetValueOrDefault(schemaName) ?? [])
        {
            if (!element.TryGetProperty(property, out var nested)) continue;
            if (nested.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in nested.EnumerateArray()) await AssertValidAsync(nestedSchema, item, $"{where}.{property}[{i++}]");
            }
            else await AssertValidAsync(nestedSchema, nested, $"{where}.{property}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + element.GetRawText());
    }

    /// <summary>Validates a list answer: the page envelope (openapi.json's Page, every field present) and each item.</summary>
    public static async Task<JsonElement> AssertValidPageAsync(string itemSchema, JsonElement page, string where)
    {
        var pageSchema = await OpenApiSchemaAsync(openapi => openapi["components"]!["schemas"]!["Page"]!.DeepClone());
        var errors = pageSchema.Validate(page.GetRawText());
        Assert.True(errors.Count == 0, $"{where}: " + string.Join("\n", errors));
        foreach (var field in new[] { "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents" })
            Assert.True(page.TryGetProperty(field, out _), $"{where}: the page has no {field}");
        var contents = page.GetProperty("contents");
        Assert.Equal(JsonValueKind.Array, contents.ValueKind);
        Assert.Equal(page.GetProperty("size").GetInt32(), contents.GetArrayLength());
        Assert.Equal(contents.GetArrayLength() == 0, page.GetProperty("empty").GetBoolean());
        var i = 0;
        foreach (var item in contents.EnumerateArray()) await AssertValidAsync(itemSchema, item, $"{where} contents[{i++}]");
        return contents;
    }

    private static void CheckDeclared(JsonSchema schema, string? schemaName, JsonElement element, string where, List<string> problems)
    {
        schema = schema.ActualSchema;
        if (element.ValueKind != JsonValueKind.Object) return;
        var extras = schemaName is null ? null : NestedExtras.GetValueOrDefault(schemaName);
        foreach (var property in element.EnumerateObject())
        {
            var path = $"{where}.{property.Name}";
            if (property.Value.ValueKind == JsonValueKind.Null) problems.Add($"{path} is null: an optional value without a value must be omitted");
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() == 0)
                problems.Add($"{path} is an empty array: it must be omitted");
            if (extras?.ContainsKey(property.Name) == true) continue;
            if (!schema.ActualProperties.TryGetValue(property.Name, out var declared))
            {
                problems.Add($"{path} is not a property of the HSDS schema");
                continue;
            }
            var propertySchema = declared.ActualSchema;
            if (property.Value.ValueKind == JsonValueKind.Object)
                CheckDeclared(propertySchema, property.Name, property.Value, path, problems);
            else if (property.Value.ValueKind == JsonValueKind.Array && propertySchema.Item is { } itemSchema)
            {
                var i = 0;
                foreach (var item in property.Value.EnumerateArray())
                    CheckDeclared(itemSchema.ActualSchema, null, item, $"{path}[{i++}]", problems);
            }
        }
    }
}
