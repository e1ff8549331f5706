using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Infrastructure;
using PartnerPortal.Jobs;

namespace PartnerPortal.Pages.Reports;

/// <summary>
/// Requests report runs (one live run per scope and half-year), re-enqueues live runs at start-up, and tells
/// the coordinators of a scope when its report is ready. Callers check <see cref="ReportAccess"/> first.
/// </summary>
public sealed class ReportRuns(PortalDbContext db, IReportRunQueue queue, AuditLog audit, Outbox outbox, PublicLinks links,
    TimeProvider clock, ILogger<ReportRuns> log)
{

    /// <summary>The live run of the scope and period when there is one (created false); otherwise a new queued run.</summary>
    public async Task<(ReportRun Run, bool Created)> RequestAsync(ReportScope scope, ReportingPeriod period, string? userId, string requestedByName,
        CancellationToken ct = default)
    {
        if (await LiveRunAsync(scope, period, ct) is { } live) return (live, false);
        var run = new ReportRun
        {
            Scope = scope.Key, Year = period.Year, Half = period.Half, State = ReportRunState.Queued,
            RequestedByUserId = userId, RequestedByName = requestedByName, RequestedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ReportRuns.Add(run);
        audit.Record("report-run.requested", nameof(ReportRun), null, detail: $"{scope.Key} {period}", userId: userId, userName: requestedByName);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent request won the unique index IX_ReportRuns_LiveScopePeriod: its run is the one. Asked of
            // the data rather than of the provider's error code, so it holds on any database; anything else rethrows.
            db.ChangeTracker.Clear();
            if (await LiveRunAsync(scope, period, ct) is { } winner) return (winner, false);
            throw;
        }
        queue.Enqueue(run.Id);
        return (run, true);
    }

    private Task<ReportRun?> LiveRunAsync(ReportScope scope, ReportingPeriod period, CancellationToken ct) =>
        db.ReportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope.Key && r.Year == period.Year && r.Half == period.Half
            && (r.State == ReportRunState.Queued || r.State == ReportRunState.Running), ct);

    /// <summary>
    /// Runs left queued or running when the process stopped get a worker again. A running one's job decides:
    /// an expired lease is claimed, a live one (another process) is looked at again when it expires.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var live = await db.ReportRuns.AsNoTracking()
            .Where(r => r.State == ReportRunState.Queued || r.State == ReportRunState.Running)
            .Select(r => new { r.Id, r.State, r.NextAttemptAtUtc }).ToListAsync(ct);
        foreach (var run in live)
        {
            if (run.State == ReportRunState.Queued && run.NextAttemptAtUtc is { } at && at > now) queue.Schedule(run.Id, at);
            else queue.Enqueue(run.Id);
        }
        if (live.Count > 0) log.LogInformation("Re-enqueued {Count} report runs left queued or running", live.Count);
        return live.Count;
    }

    public Task<List<string>> NetworkCountriesAsync(CancellationToken ct = default) =>
        ReportNetwork.CountryCodes(db).OrderBy(c => c).ToListAsync(ct);

    /// <summary>Country names by code, to name scopes.</summary>
    public Task<Dictionary<string, string>> CountryNamesAsync(CancellationToken ct = default) =>
        db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);

    public static string ScopeName(ReportScope scope, IReadOnlyDictionary<string, string> countryNames) =>
        scope.CountryCode is { } code ? countryNames.GetValueOrDefault(code, code) : ReportNetwork.Name;

    /// <summary>Adds an outbox message for each coordinator of the scope (a country's, or of all countries); saved by the caller.</summary>
    public async Task NotifySucceededAsync(ReportRun run, CancellationToken ct)
    {
        var scope = run.ReportScope;
        var code = scope.CountryCode;
        var recipients = await db.Users.AsNoTracking()
            .Where(u => u.IsCoordinator && !u.IsDeactivated && u.Email != null)
            .Where(u => u.CoordinatesAllCountries || (code != null && u.CoordinatedCountries.Any(c => c.CountryCode == code)))
            .Select(u => new { u.Email, u.FullName }).ToListAsync(ct);
        var name = ScopeName(scope, await CountryNamesAsync(ct));
        var subject = $"Biannual report ready: {name}, {run.Period.Label}";
        foreach (var r in recipients)
            outbox.Enqueue(r.Email!, subject,
                $"Hello {r.FullName},\n\nThe biannual report for {name}, {run.Period.Label}, is ready. " +
                $"Download the PDF from the reports page: {links.To("/Reports")}\n");
    }
}
