using System.Linq.Expressions;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Infrastructure.Pdf;

namespace PartnerPortal.Domain.Reports;

/// <summary>Settings of report runs (configuration section "Reports").</summary>
public sealed class ReportRunOptions
{
    /// <summary>Waits before the retry after the 1st, 2nd, 3rd failure; null means <see cref="ReportRunRules.DefaultRetryDelays"/>.</summary>
    public TimeSpan[]? RetryDelays { get; set; }
    public TimeSpan LeaseDuration { get; set; } = ReportRunRules.DefaultLeaseDuration;
    /// <summary>When set, PDFs are written to this folder (relative to the content root) instead of the database.</summary>
    public string? Folder { get; set; }
}

/// <summary>
/// How a report run is retried and held. A worker claims a run by taking a lease that it renews while it
/// renders; a lease that is not renewed (the process stopped) expires, and the run can then be claimed again.
/// </summary>
public static class ReportRunRules
{
    /// <summary>The first render and up to three retries.</summary>
    public const int MaxAttempts = 4;
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays = [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10)];
    public static readonly TimeSpan DefaultLeaseDuration = TimeSpan.FromMinutes(2);
    /// <summary>The network's data starts then; earlier half-years would be empty reports.</summary>
    public static readonly ReportingPeriod FirstPeriod = new(2020, 1);
    public const int PeriodsOffered = 6;
    public const string BrowserMissingError = "The PDF printer (Chromium) is not installed on the server: an administrator must install it.";

    /// <summary>The wait after the <paramref name="failures"/>-th failure (1-based); past the list, its last delay.</summary>
    public static TimeSpan RetryDelay(int failures, IReadOnlyList<TimeSpan>? delays = null)
    {
        var list = delays is { Count: > 0 } ? delays : DefaultRetryDelays;
        return list[Math.Clamp(failures, 1, list.Count) - 1];
    }

    public static bool MayRetry(int attempts) => attempts < MaxAttempts;

    /// <summary>Renewing three times per lease leaves room for two missed renewals before another worker may take over.</summary>
    public static TimeSpan RenewalInterval(TimeSpan lease) => lease / 3;

    /// <summary>
    /// A run a worker may start now: queued and due, or running under a lease that has run out (its worker stopped).
    /// An expression, so that the claim is one conditional UPDATE in the database.
    /// </summary>
    public static Expression<Func<ReportRun, bool>> ClaimableAt(DateTime nowUtc) => r =>
        (r.State == ReportRunState.Queued && (r.NextAttemptAtUtc == null || r.NextAttemptAtUtc <= nowUtc))
        || (r.State == ReportRunState.Running && (r.LeaseExpiresAtUtc == null || r.LeaseExpiresAtUtc <= nowUtc));

    public static bool IsClaimable(ReportRun run, DateTime nowUtc) => ClaimableAt(nowUtc).Compile()(run);

    /// <summary>When a run that cannot be claimed now should be looked at again; null when it is finished.</summary>
    public static DateTime? NextLook(ReportRun run, DateTime nowUtc) => run.State switch
    {
        ReportRunState.Running => run.LeaseExpiresAtUtc is { } expiry && expiry > nowUtc ? expiry : nowUtc,
        ReportRunState.Queued => run.NextAttemptAtUtc is { } at && at > nowUtc ? at : nowUtc,
        _ => null,
    };

    public static bool IsLive(ReportRunState state) => state is ReportRunState.Queued or ReportRunState.Running;

    /// <summary>Only a half-year that has ended has final figures; none before <see cref="FirstPeriod"/>.</summary>
    public static bool MayRequest(ReportingPeriod period, DateOnly today) =>
        period.Half is 1 or 2 && period.CompareTo(FirstPeriod) >= 0 && period.HasEndedOn(today);

    /// <summary>The last ended half-years, newest first, as the request form offers them.</summary>
    public static IReadOnlyList<ReportingPeriod> OfferedPeriods(DateOnly today)
    {
        var periods = new List<ReportingPeriod>();
        for (var p = ReportingPeriod.LastEndedOn(today); periods.Count < PeriodsOffered && MayRequest(p, today); p = p.Previous) periods.Add(p);
        return periods;
    }

    /// <summary>A failure in words a coordinator can act on (or pass on to an administrator).</summary>
    public static string DescribeError(Exception exception) => exception switch
    {
        TimeoutException timeout => timeout.Message,
        PdfBrowserNotFoundException => BrowserMissingError,
        _ => "Unexpected error while preparing the report: " + exception.Message,
    };

    public static string DescribeState(ReportRun run) => run.State switch
    {
        ReportRunState.Queued when run.Attempts > 0 => $"Queued for another try (attempt {run.Attempts + 1} of {MaxAttempts})",
        ReportRunState.Queued => "Queued",
        ReportRunState.Running => "Running",
        ReportRunState.Succeeded => "Succeeded",
        _ => "Failed",
    };
}
