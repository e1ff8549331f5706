using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.References;
using NJsonSchema.Validation;

namespace PartnerPortal.Api.Hsds.Import;

/// <summary>
/// Validates imported HSDS objects against the HSDS 3.0 JSON schemas embedded from
/// <c>ReferenceData/hsds/schema/</c>. The schemas refer to each other by file name ("organization.json");
/// those references resolve to the embedded siblings, never to the file system or the network.
/// </summary>
public static class HsdsSchemaValidator
{
    private const string ResourcePrefix = "PartnerPortal.ReferenceData.hsds.schema.";
    /// <summary>A virtual folder for the schemas' document paths, so that relative references combine as file names.</summary>
    private const string VirtualFolder = "/hsds-schema/";

    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Schemas = new();

    /// <summary>The schema of an HSDS object such as "service" or "organization".</summary>
    public static Task<JsonSchema> SchemaAsync(string name) =>
        Schemas.GetOrAdd(name, n => new Lazy<Task<JsonSchema>>(() => LoadAsync(n + ".json"))).Value;

    /// <summary>Every place where <paramref name="item"/> breaks the schema, as (path, message), the path in the form "phones[0].number".</summary>
    public static async Task<List<(string Path, string Message)>> ValidateAsync(string schemaName, JsonNode item)
    {
        var schema = await SchemaAsync(schemaName);
        var problems = new List<(string, string)>();
        foreach (var error in schema.Validate(item.ToJsonString())) Flatten(error, problems);
        return problems.Distinct().ToList();
    }

    private static void Flatten(ValidationError error, List<(string, string)> into)
    {
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            foreach (var nested in child.Errors.Values.SelectMany(e => e)) Flatten(nested, into);
            return;
        }
        into.Add((PathOf(error), Describe(error)));
    }

    /// <summary>"#/phones[0].number" becomes "phones[0].number"; a missing property is named in the path.</summary>
    private static string PathOf(ValidationError error)
    {
        var path = (error.Path ?? "").TrimStart('#', '/');
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } property && !path.EndsWith(property, StringComparison.Ordinal))
            path = path.Length == 0 ? property : $"{path}.{property}";
        return path.Length == 0 ? "(object)" : path;
    }

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => "is required by the HSDS schema",
        ValidationErrorKind.StringExpected => "must be a string",
        ValidationErrorKind.IntegerExpected => "must be a whole number",
        ValidationErrorKind.NumberExpected => "must be a number",
        ValidationErrorKind.BooleanExpected => "must be true or false",
        ValidationErrorKind.ArrayExpected => "must be a list",
        ValidationErrorKind.ObjectExpected => "must be an object",
        ValidationErrorKind.NotInEnumeration => "is not one of the values the HSDS schema allows",
        ValidationErrorKind.GuidExpected => "must be a UUID",
        ValidationErrorKind.EmailExpected => "must be an email address",
        ValidationErrorKind.UriExpected => "must be an absolute URI",
        ValidationErrorKind.DateExpected => "must be a date (YYYY-MM-DD)",
        ValidationErrorKind.DateTimeExpected => "must be a date and time",
        ValidationErrorKind.TimeExpected => "must be a time (HH:MM:SS)",
        _ => $"breaks the HSDS schema ({error.Kind})",
    };

    private static Task<JsonSchema> LoadAsync(string fileName) =>
        JsonSchema.FromJsonAsync(Read(fileName), VirtualFolder + fileName, schema => new EmbeddedReferenceResolver(schema), CancellationToken.None);

    internal static string Read(string fileName)
    {
        using var stream = typeof(HsdsSchemaValidator).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The HSDS schema {fileName} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Resolves "organization.json" and the like to the embedded schema of that name.</summary>
    private sealed class EmbeddedReferenceResolver(JsonSchema root)
        : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        public override async Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            await JsonSchema.FromJsonAsync(Read(Path.GetFileName(filePath)), VirtualFolder + Path.GetFileName(filePath), _ => this, cancellationToken);
    }
}
