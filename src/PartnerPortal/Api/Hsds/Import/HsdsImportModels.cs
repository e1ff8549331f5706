namespace PartnerPortal.Api.Hsds.Import;

/// <summary>Limits on what an upload may hold (settings <c>Import:*</c>).</summary>
public sealed record ImportLimits
{
    /// <summary>The largest file accepted, in bytes (<c>Import:MaxBytes</c>, 10 MB by default).</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;
    /// <summary>The most a data package may unpack to, in bytes (<c>Import:MaxUncompressedBytes</c>).</summary>
    public long MaxUncompressedBytes { get; init; } = 100 * 1024 * 1024;
    /// <summary>The most files a data package may hold (<c>Import:MaxZipEntries</c>).</summary>
    public int MaxZipEntries { get; init; } = 100;

    public static ImportLimits From(IConfiguration config)
    {
        var defaults = new ImportLimits();
        var section = config.GetSection("Import");
        return new ImportLimits
        {
            MaxBytes = section.GetValue("MaxBytes", defaults.MaxBytes),
            MaxUncompressedBytes = section.GetValue("MaxUncompressedBytes", defaults.MaxUncompressedBytes),
            MaxZipEntries = section.GetValue("MaxZipEntries", defaults.MaxZipEntries),
        };
    }
}

/// <summary>
/// One problem with the file: which record (its type and its id, or its position when it has no
/// usable id), which field (an HSDS path such as "service_at_locations[0].location.name"), and why.
/// Record type "file" stands for the file as a whole.
/// </summary>
public sealed record ImportIssue(string RecordType, string Record, string Field, string Message)
{
    public static ImportIssue File(string message) => new("file", "", "", message);
}

/// <summary>What the import would do to one record.</summary>
public enum ImportAction { Create, Update, Unchanged, Use }

/// <summary>A line of the preview: a record of the file and what would happen to it.</summary>
public sealed record ImportRecordPlan(string RecordType, string Id, string Name, ImportAction Action, string? Note = null);

/// <summary>An HSDS object read from the file, before validation: "service" or "organization".</summary>
public sealed record SourceRecord(string Type, string Label, System.Text.Json.Nodes.JsonObject Json);

/// <summary>What the reader found in the file: the records, or why the file cannot be read.</summary>
public sealed class SourceFile
{
    public required string Format { get; init; }
    public List<SourceRecord> Records { get; } = [];
    public List<ImportIssue> Errors { get; } = [];
}

/// <summary>The outcome of validating a file: the records with their actions, the errors and the warnings.</summary>
public sealed class ImportPreview
{
    public string Format { get; init; } = "";
    public List<ImportRecordPlan> Records { get; } = [];
    public List<ImportIssue> Errors { get; } = [];
    /// <summary>What will not be stored or was assumed; never blocks the import.</summary>
    public List<ImportIssue> Warnings { get; } = [];
    public bool CanApply => Errors.Count == 0 && Records.Count > 0;

    public int Count(string type, ImportAction action) => Records.Count(r => r.RecordType == type && r.Action == action);
}
