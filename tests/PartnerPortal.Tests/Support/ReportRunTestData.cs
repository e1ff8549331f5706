using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;

namespace PartnerPortal.Tests.Support;

/// <summary>Report runs written straight to the database, as a past request (or a stopped process) left them.</summary>
public static class ReportRunTestData
{
    public static readonly ReportingPeriod Period = new(2025, 2);

    public static ReportRun Run(string scope, ReportRunState state, ReportingPeriod? period = null, DateTime? requestedAtUtc = null) => new()
    {
        Scope = scope, Year = (period ?? Period).Year, Half = (period ?? Period).Half, State = state,
        RequestedByName = "Test requester", RequestedAtUtc = requestedAtUtc ?? DateTime.UtcNow,
    };

    /// <summary>A succeeded run with its PDF in the database; returns its id.</summary>
    public static async Task<int> SucceededAsync(PortalFactory factory, string scope, ReportingPeriod? period = null)
    {
        var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4 report {scope}\n%%EOF");
        return await factory.WithDbAsync(async db =>
        {
            var run = Run(scope, ReportRunState.Succeeded, period);
            (run.Attempts, run.FileSize, run.PageCount, run.Sha256) = (1, pdf.Length, 1, new string('a', 64));
            (run.StartedAtUtc, run.FinishedAtUtc) = (run.RequestedAtUtc, run.RequestedAtUtc.AddSeconds(4));
            db.ReportRuns.Add(run);
            await db.SaveChangesAsync();
            db.ReportRunFiles.Add(new ReportRunFile { ReportRunId = run.Id, Content = pdf });
            await db.SaveChangesAsync();
            return run.Id;
        });
    }

    public static Task<ReportRun> ReloadAsync(PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.ReportRuns.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>Waits until the run is finished (succeeded or failed), or fails the test after <paramref name="timeout"/>.</summary>
    public static async Task<ReportRun> UntilFinishedAsync(PortalFactory factory, int id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var run = await ReloadAsync(factory, id);
            if (run.State is ReportRunState.Succeeded or ReportRunState.Failed) return run;
            Assert.True(DateTime.UtcNow < deadline, $"Report run {id} is still {run.State} (attempts {run.Attempts}, error {run.Error}).");
            await Task.Delay(100);
        }
    }
}
