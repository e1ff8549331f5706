using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Jobs;

namespace PartnerPortal.Tests.Support;

/// <summary>
/// Test-only report run queue: runs <see cref="ReportRunJob"/> in a new DI scope on a background task, after a
/// Task.Delay for scheduled runs. Stopping the app cancels what is still waiting or running, as a stopped process would.
/// </summary>
public sealed class InProcessReportRunQueue(IServiceScopeFactory scopes, TimeProvider clock) : IReportRunQueue, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public void Enqueue(int runId) => Start(runId, TimeSpan.Zero);

    public void Schedule(int runId, DateTime atUtc) => Start(runId, atUtc - clock.GetUtcNow().UtcDateTime);

    private void Start(int runId, TimeSpan delay)
    {
        // Like a Hangfire worker, the job must not see the HTTP request that queued it.
        using (ExecutionContext.SuppressFlow()) _ = Task.Run(() => RunAsync(runId, delay));
    }

    private async Task RunAsync(int runId, TimeSpan delay)
    {
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, _stopping.Token);
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ReportRunJob>().RunAsync(runId, _stopping.Token);
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
            // The app stopped under the job: what it left behind is start-up recovery's to pick up.
        }
    }

    public void Dispose() => _stopping.Cancel();
}
