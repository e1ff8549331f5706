using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerPortal.Api.Hsds.Import;

/// <summary>
/// Reads an uploaded file into HSDS objects: a JSON file (one service, a list of services or
/// organizations, or an HSDS page with <c>contents</c>), or a Tabular Data Package zip, whose CSV rows
/// are put back together into the same nested objects the API returns (see <see cref="HsdsPackageAssembler"/>).
/// Nothing is written anywhere; a file that cannot be read comes back with its errors and no records.
/// </summary>
public static class HsdsImportReader
{
    public const string JsonFormat = "HSDS JSON";
    public const string PackageFormat = "HSDS data package";

    /// <summary>Organization-only properties: an object with one of them (and no status) is an organization.</summary>
    private static readonly string[] OrganizationMarkers =
        ["services", "locations", "organization_identifiers", "programs", "website", "parent_organization_id", "year_incorporated",
         "legal_status", "tax_status", "tax_id", "logo"];

    public static SourceFile Read(byte[] content, ImportLimits limits)
    {
        if (content.Length == 0) return Failed(JsonFormat, "The file is empty.");
        if (content.LongLength > limits.MaxBytes)
            return Failed(JsonFormat, $"The file is {Size(content.LongLength)}; the largest file accepted is {Size(limits.MaxBytes)}.");
        return content is [(byte)'P', (byte)'K', 3, 4, ..] ? ReadPackage(content, limits) : ReadJson(content);
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };

    private static SourceFile Failed(string format, string message)
    {
        var file = new SourceFile { Format = format };
        file.Errors.Add(ImportIssue.File(message));
        return file;
    }

    // ------------------------------------------------------------------ JSON

    private static SourceFile ReadJson(byte[] content)
    {
        var file = new SourceFile { Format = JsonFormat };
        JsonNode? root;
        try
        {
            var bytes = content.AsMemory();
            if (bytes.Span is [0xEF, 0xBB, 0xBF, ..]) bytes = bytes[3..];
            root = JsonNode.Parse(bytes.Span, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1})" : "";
            file.Errors.Add(ImportIssue.File($"The file is not valid JSON{where}: {FirstSentence(ex.Message)}"));
            return file;
        }

        IEnumerable<JsonNode?> items = root switch
        {
            JsonArray array => array,
            JsonObject o when o["contents"] is JsonArray contents => contents,
            JsonObject o => [o],
            _ => [],
        };
        var index = 0;
        foreach (var item in items.ToList())
        {
            index++;
            if (item is not JsonObject obj)
            {
                file.Errors.Add(new ImportIssue("record", $"#{index}", "", "is not a JSON object: each record must be an HSDS service or organization."));
                continue;
            }
            // Detach from the parent so that the record can be changed and validated on its own.
            var record = (JsonObject)obj.DeepClone();
            if (IsOrganization(record)) AddOrganization(file, record, index);
            else file.Records.Add(new SourceRecord("service", Label(record, index), record));
        }
        if (file.Errors.Count == 0 && file.Records.Count == 0)
            file.Errors.Add(ImportIssue.File("The file holds no HSDS service or organization: give one service object, a list of them, or an HSDS page with \"contents\"."));
        return file;
    }

    private static bool IsOrganization(JsonObject o) =>
        !o.ContainsKey("status") && OrganizationMarkers.Any(o.ContainsKey);

    /// <summary>An organization; its nested services become records of their own that name it as their organization.</summary>
    private static void AddOrganization(SourceFile file, JsonObject org, int index)
    {
        var services = org["services"] as JsonArray;
        org.Remove("services");
        file.Records.Add(new SourceRecord("organization", Label(org, index), org));
        if (services is null) return;
        var i = 0;
        foreach (var service in services.ToList())
        {
            i++;
            if (service is not JsonObject s)
            {
                file.Errors.Add(new ImportIssue("organization", Label(org, index), $"services[{i - 1}]", "is not a JSON object."));
                continue;
            }
            var copy = (JsonObject)s.DeepClone();
            if (!copy.ContainsKey("organization_id") && org["id"] is JsonValue id) copy["organization_id"] = id.DeepClone();
            file.Records.Add(new SourceRecord("service", Label(copy, i), copy));
        }
    }

    /// <summary>A record's id when it has one, else its position ("#3").</summary>
    public static string Label(JsonObject o, int index) =>
        o["id"] is JsonValue v && v.TryGetValue<string>(out var id) && !string.IsNullOrWhiteSpace(id) ? id : $"#{index}";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    // ------------------------------------------------------------------ data package

    private static SourceFile ReadPackage(byte[] content, ImportLimits limits)
    {
        var file = new SourceFile { Format = PackageFormat };
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                file.Errors.Add(ImportIssue.File($"The zip holds {zip.Entries.Count} files; a data package may hold at most {limits.MaxZipEntries}."));
                return file;
            }
            var budget = new UnpackBudget(limits.MaxUncompressedBytes);
            var tables = new HsdsPackageAssembler.Tables();
            if (!HsdsPackageAssembler.ReadTables(zip, budget, tables, file.Errors)) return file;
            HsdsPackageAssembler.Assemble(tables, file);
            if (file.Errors.Count == 0 && file.Records.Count == 0)
                file.Errors.Add(ImportIssue.File("The data package holds no organization and no service."));
        }
        catch (InvalidDataException ex)
        {
            file.Errors.Add(ImportIssue.File($"The file is not a readable zip: {ex.Message}"));
        }
        catch (UnpackBudget.ExceededException)
        {
            file.Records.Clear();
            file.Errors.Add(ImportIssue.File($"The data package unpacks to more than {Size(limits.MaxUncompressedBytes)}, the most accepted."));
        }
        return file;
    }
}

/// <summary>Counts the bytes unpacked from a zip, whatever its entries claim, and stops past the limit (zip bombs).</summary>
public sealed class UnpackBudget(long limit)
{
    private long _used;

    public sealed class ExceededException : Exception;

    /// <summary>Reads an entry whole, within what is left of the budget.</summary>
    public byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            _used += read;
            if (_used > limit) throw new ExceededException();
            output.Write(buffer, 0, read);
        }
        return output.ToArray();
    }
}
