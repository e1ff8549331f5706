using Hangfire;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Pages.Reports;

namespace PartnerPortal.Jobs;

/// <summary>
/// On 1 January and 1 July, early UTC: the half-year that just ended gets one report run for the whole network
/// and one per network country. Scopes that already have a scheduled run for the period are skipped, so
/// running it again creates nothing new.
/// </summary>
public sealed class ReportScheduleJob(PortalDbContext db, ReportRuns runs, TimeProvider clock)
{
    public const string RecurringId = "biannual-reports";
    public const string Cron = "0 3 1 1,7 *";
    public const string RequestedByName = "Half-yearly schedule";

    [DisableConcurrentExecution(600)]
    public Task RunAsync(CancellationToken ct) =>
        CreateRunsAsync(ReportingPeriod.LastEndedOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), ct);

    /// <summary>Creates the period's scheduled runs; returns how many were new.</summary>
    public async Task<int> CreateRunsAsync(ReportingPeriod period, CancellationToken ct)
    {
        var scheduled = (await db.ReportRuns.AsNoTracking()
            .Where(r => r.Year == period.Year && r.Half == period.Half && r.RequestedByUserId == null)
            .Select(r => r.Scope).ToListAsync(ct)).ToHashSet();
        IEnumerable<ReportScope> scopes = [ReportScope.Network, .. (await runs.NetworkCountriesAsync(ct)).Select(ReportScope.Country)];
        var created = 0;
        foreach (var scope in scopes.Where(s => !scheduled.Contains(s.Key)))
            if ((await runs.RequestAsync(scope, period, null, RequestedByName, ct)).Created) created++;
        return created;
    }
}
