using Hangfire;

namespace PartnerPortal.Jobs;

/// <summary>Hands report runs to background workers. The run's row decides what happens; the queue only wakes a worker.</summary>
public interface IReportRunQueue
{
    void Enqueue(int runId);
    void Schedule(int runId, DateTime atUtc);
}

/// <summary>Report runs as Hangfire jobs. Its storage is in memory, so start-up re-enqueues live runs (<see cref="ReportRunRecovery"/>).</summary>
public sealed class HangfireReportRunQueue(IBackgroundJobClient jobs) : IReportRunQueue
{
    public void Enqueue(int runId) => jobs.Enqueue<ReportRunJob>(j => j.RunAsync(runId, CancellationToken.None));

    public void Schedule(int runId, DateTime atUtc) =>
        jobs.Schedule<ReportRunJob>(j => j.RunAsync(runId, CancellationToken.None), new DateTimeOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc)));
}
