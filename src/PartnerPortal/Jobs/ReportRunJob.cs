using System.Security.Cryptography;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Data;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Infrastructure;
using PartnerPortal.Pages.Reports;

namespace PartnerPortal.Jobs;

/// <summary>
/// Renders one report run. The run's row is the truth, not the job: the job claims the run with one conditional
/// UPDATE (so two workers never render the same run at once), renews its lease while printing, and writes the
/// outcome only while it still holds the lease. Hangfire must not retry on its own: retries follow
/// <see cref="ReportRunRules"/> and are recorded on the run.
/// </summary>
public sealed class ReportRunJob(PortalDbContext db, IBiannualReportPrinter printer, IReportRunQueue queue, ReportRuns runs,
    ReportRunFiles files, AuditLog audit, IServiceScopeFactory scopes, IOptions<ReportRunOptions> options, TimeProvider clock,
    ILogger<ReportRunJob> log)
{
    private const string Actor = "PartnerPortal";
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private TimeSpan LeaseDuration => options.Value.LeaseDuration;

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(int runId, CancellationToken ct)
    {
        var lease = Guid.NewGuid();
        if (!await ClaimAsync(runId, lease, ct))
        {
            await LookAgainLaterAsync(runId, ct);
            return;
        }
        var run = await db.ReportRuns.AsNoTracking().SingleAsync(r => r.Id == runId, ct);

        RenderedReport rendered;
        using (var printing = CancellationTokenSource.CreateLinkedTokenSource(ct))
        using (var stopRenewing = new CancellationTokenSource())
        {
            var renewal = RenewLeaseAsync(runId, lease, printing, stopRenewing.Token);
            try
            {
                rendered = await printer.PrintAsync(run.ReportScope, run.Period, printing.Token);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await ReleaseAsync(run, lease);
                throw;
            }
            catch (Exception ex)
            {
                await stopRenewing.CancelAsync();
                await renewal;
                await FailAsync(run, lease, ex, ct);
                return;
            }
            await stopRenewing.CancelAsync();
            await renewal;
        }
        await SucceedAsync(run, lease, rendered.Pdf, rendered.PageCount, ct);
    }

    private async Task<bool> ClaimAsync(int runId, Guid lease, CancellationToken ct)
    {
        var now = Now;
        var expires = now + LeaseDuration;
        var version = Guid.NewGuid();
        var claimed = await db.ReportRuns.Where(r => r.Id == runId).Where(ReportRunRules.ClaimableAt(now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, ReportRunState.Running)
                .SetProperty(r => r.LeaseId, lease)
                .SetProperty(r => r.LeaseExpiresAtUtc, expires)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1)
                .SetProperty(r => r.StartedAtUtc, now)
                .SetProperty(r => r.NextAttemptAtUtc, (DateTime?)null)
                .SetProperty(r => r.Version, version), ct);
        return claimed == 1;
    }

    /// <summary>Another worker holds the run, or its retry is not due: come back when that changes (a stopped worker's lease expires).</summary>
    private async Task LookAgainLaterAsync(int runId, CancellationToken ct)
    {
        var run = await db.ReportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is not null && ReportRunRules.NextLook(run, Now) is { } at) queue.Schedule(runId, at);
    }

    /// <summary>The run, only while this worker's lease holds it.</summary>
    private static IQueryable<ReportRun> Held(PortalDbContext context, int runId, Guid lease) =>
        context.ReportRuns.Where(r => r.Id == runId && r.LeaseId == lease && r.State == ReportRunState.Running);

    private async Task RenewLeaseAsync(int runId, Guid lease, CancellationTokenSource printing, CancellationToken stop)
    {
        var interval = ReportRunRules.RenewalInterval(LeaseDuration);
        try
        {
            while (true)
            {
                await Task.Delay(interval, clock, stop);
                // Its own context: the printer may be using the job's context at this moment.
                using var scope = scopes.CreateScope();
                var expires = Now + LeaseDuration;
                var renewed = await Held(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), runId, lease)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseExpiresAtUtc, expires), stop);
                if (renewed == 1) continue;
                log.LogWarning("Report run {RunId} lost its lease while printing; another worker has it now", runId);
                await printing.CancelAsync();
                return;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }

    private async Task SucceedAsync(ReportRun run, Guid lease, byte[] pdf, int pageCount, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var storedFileName = await files.WriteToFolderAsync(run.Id, sha, pdf, ct);
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var done = await Held(db, run.Id, lease).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, ReportRunState.Succeeded)
            .SetProperty(r => r.FileSize, pdf.LongLength)
            .SetProperty(r => r.PageCount, pageCount)
            .SetProperty(r => r.Sha256, sha)
            .SetProperty(r => r.StoredFileName, storedFileName)
            .SetProperty(r => r.FinishedAtUtc, now)
            .SetProperty(r => r.Error, (string?)null)
            .SetProperty(r => r.LeaseId, (Guid?)null)
            .SetProperty(r => r.LeaseExpiresAtUtc, (DateTime?)null)
            .SetProperty(r => r.Version, Guid.NewGuid()), ct);
        if (done == 0)
        {
            log.LogWarning("Report run {RunId} printed but lost its lease; the result is dropped", run.Id);
            return;
        }
        if (storedFileName is null) db.ReportRunFiles.Add(new ReportRunFile { ReportRunId = run.Id, Content = pdf });
        audit.Record("report-run.succeeded", nameof(ReportRun), run.Id.ToString(), userName: Actor,
            detail: $"{run.Scope} {run.Period}: {pageCount} pages, {pdf.LongLength} bytes, attempt {run.Attempts}");
        await runs.NotifySucceededAsync(run, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task FailAsync(ReportRun run, Guid lease, Exception exception, CancellationToken ct)
    {
        var error = ReportRunRules.DescribeError(exception);
        if (error.Length > 2000) error = error[..2000];
        var retry = ReportRunRules.MayRetry(run.Attempts);
        log.LogError(exception, "Report run {RunId} ({Scope} {Period}) failed on attempt {Attempt} of {Max}",
            run.Id, run.Scope, run.Period, run.Attempts, ReportRunRules.MaxAttempts);
        var now = Now;
        var nextAttempt = now + ReportRunRules.RetryDelay(run.Attempts, options.Value.RetryDelays);
        var updated = await Held(db, run.Id, lease).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, retry ? ReportRunState.Queued : ReportRunState.Failed)
            .SetProperty(r => r.NextAttemptAtUtc, retry ? nextAttempt : null)
            .SetProperty(r => r.FinishedAtUtc, retry ? null : now)
            .SetProperty(r => r.Error, error)
            .SetProperty(r => r.LeaseId, (Guid?)null)
            .SetProperty(r => r.LeaseExpiresAtUtc, (DateTime?)null)
            .SetProperty(r => r.Version, Guid.NewGuid()), ct);
        if (updated == 0) return;
        audit.Record(retry ? "report-run.retry-scheduled" : "report-run.failed", nameof(ReportRun), run.Id.ToString(), userName: Actor,
            detail: $"{run.Scope} {run.Period}, attempt {run.Attempts}: {error}");
        await db.SaveChangesAsync(ct);
        if (retry) queue.Schedule(run.Id, nextAttempt);
    }

    /// <summary>The app is stopping: give the run back, without counting the interrupted attempt, for start-up to enqueue again.</summary>
    private async Task ReleaseAsync(ReportRun run, Guid lease)
    {
        await Held(db, run.Id, lease).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, ReportRunState.Queued)
            .SetProperty(r => r.Attempts, r => r.Attempts - 1)
            .SetProperty(r => r.LeaseId, (Guid?)null)
            .SetProperty(r => r.LeaseExpiresAtUtc, (DateTime?)null)
            .SetProperty(r => r.Version, Guid.NewGuid()), CancellationToken.None);
    }
}
