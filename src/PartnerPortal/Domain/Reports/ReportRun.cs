namespace PartnerPortal.Domain.Reports;

public enum ReportRunState { Queued = 1, Running = 2, Succeeded = 3, Failed = 4 }

/// <summary>
/// The scope of a biannual report: the whole network, or one country (ISO 3166-1 alpha-2).
/// Its key ("network" or "GN") is what runs, addresses and the unique index store.
/// </summary>
public readonly record struct ReportScope(string? CountryCode)
{
    public const string NetworkKey = "network";
    public static readonly ReportScope Network = new(null);

    public bool IsNetwork => CountryCode is null;
    public string Key => CountryCode ?? NetworkKey;

    public static ReportScope Country(string countryCode) => new(countryCode.ToUpperInvariant());

    /// <summary>"network" or a two-letter country code; anything else is not a scope.</summary>
    public static bool TryParse(string? key, out ReportScope scope)
    {
        scope = Network;
        if (string.Equals(key, NetworkKey, StringComparison.OrdinalIgnoreCase)) return true;
        if (key is not { Length: 2 } || !char.IsAsciiLetter(key[0]) || !char.IsAsciiLetter(key[1])) return false;
        scope = Country(key);
        return true;
    }

    public override string ToString() => Key;
}

/// <summary>
/// One request for a biannual report and what became of it. Rows of ours, not Hangfire's: they survive
/// a restart (the in-memory job store does not), and start-up re-enqueues runs left queued or running.
/// </summary>
public class ReportRun
{
    public int Id { get; set; }
    /// <summary><see cref="ReportScope.Key"/>: "network" or a country code.</summary>
    public required string Scope { get; set; }
    public int Year { get; set; }
    public int Half { get; set; }
    public ReportRunState State { get; set; } = ReportRunState.Queued;

    /// <summary>Null when the half-yearly schedule asked for it.</summary>
    public string? RequestedByUserId { get; set; }
    public required string RequestedByName { get; set; }
    public DateTime RequestedAtUtc { get; set; }

    /// <summary>Renders started so far (the first and each retry).</summary>
    public int Attempts { get; set; }
    /// <summary>A retry after a failure waits until then.</summary>
    public DateTime? NextAttemptAtUtc { get; set; }
    /// <summary>The worker rendering it now holds the run until this time and renews it while it works.</summary>
    public Guid? LeaseId { get; set; }
    public DateTime? LeaseExpiresAtUtc { get; set; }
    public DateTime? StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    /// <summary>The last failure, in words a coordinator can act on.</summary>
    public string? Error { get; set; }

    public long? FileSize { get; set; }
    public int? PageCount { get; set; }
    public string? Sha256 { get; set; }
    /// <summary>Where the PDF is when reports are stored in a folder (Reports:Folder); otherwise in <see cref="ReportRunFile"/>.</summary>
    public string? StoredFileName { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public Initiatives.ReportingPeriod Period => new(Year, Half);
    public ReportScope ReportScope => ReportScope.TryParse(Scope, out var s) ? s : throw new InvalidOperationException($"Bad report scope '{Scope}'.");
}

/// <summary>The PDF of a succeeded run, apart from the run so that listing runs never loads files.</summary>
public class ReportRunFile
{
    public int ReportRunId { get; set; }
    public required byte[] Content { get; set; }
}
