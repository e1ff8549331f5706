using Hangfire;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Pages.Initiatives;

namespace PartnerPortal.Jobs;

/// <summary>
/// Daily: two weeks after a half-year ends (<see cref="ReportingPeriod.ReminderDue"/>), writes to the lead
/// implementer's members of every initiative whose progress for that period is expected but not submitted.
/// Each initiative is reminded once per period: a ReminderSent event marks it, so running again sends nothing;
/// an initiative whose lead has no member to write to is looked at again the next day.
/// </summary>
public sealed class ProgressReminderJob(PortalDbContext db, ProgressNotices notices, TimeProvider clock)
{
    public const string RecurringId = "progress-reminders";

    [DisableConcurrentExecution(600)]
    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        // The last ended period's reminder is due within the half-year that follows it, so this is the only one to check.
        var period = ReportingPeriod.LastEndedOn(today);
        if (today < period.ReminderDue) return;

        var candidates = await db.Initiatives.AsNoTracking()
            .Where(i => i.LeadOrganisationId != null && i.StartDate != null && i.StartDate <= period.End
                && i.Status != ActivityStatus.Pipeline && i.Status != ActivityStatus.Cancelled)
            .Where(i => !db.ProgressReports.Any(r => r.InitiativeId == i.Id && r.Year == period.Year && r.Half == period.Half && r.State == ProgressState.Submitted))
            .Where(i => !db.ProgressEvents.Any(e => e.InitiativeId == i.Id && e.Year == period.Year && e.Half == period.Half && e.Kind == ProgressEventKind.ReminderSent))
            .OrderBy(i => i.Id).ToListAsync(ct);
        foreach (var initiative in candidates.Where(i => ProgressRules.IsExpected(i, period)))
        {
            var written = await notices.MissingAsync(initiative, period, ct);
            // Nobody to write to yet (the lead has no active member): try again tomorrow, as signature reminders do.
            if (written == 0) continue;
            db.ProgressEvents.Add(new ProgressEvent
            {
                InitiativeId = initiative.Id, Year = period.Year, Half = period.Half, Kind = ProgressEventKind.ReminderSent,
                AtUtc = now, ActorName = "PartnerPortal", Detail = $"{written} member(s) written to",
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
