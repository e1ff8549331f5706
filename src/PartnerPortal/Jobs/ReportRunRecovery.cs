using PartnerPortal.Pages.Reports;

namespace PartnerPortal.Jobs;

/// <summary>
/// At start-up, gives every run left queued or running a worker again: Hangfire's storage is in memory, so
/// its jobs did not survive the stop, but our rows did. Registered after the database is initialised.
/// </summary>
public sealed class ReportRunRecovery(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReportRuns>().RecoverAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
