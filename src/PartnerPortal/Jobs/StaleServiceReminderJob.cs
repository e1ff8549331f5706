using System.Globalization;
using System.Text;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Jobs;

/// <summary>
/// Weekly: tells each editor which of the services they keep are stale (not verified for 180 days).
/// Editors are the managers of the providing organisation and the staff of local authorities whose
/// jurisdiction holds one of the service's locations. Running twice in a week sends nothing new.
/// </summary>
public sealed class StaleServiceReminderJob(PortalDbContext db, Outbox outbox, PublicLinks links, TimeProvider clock)
{
    public const string RecurringId = "stale-service-reminders";
    public const int MaxListed = 30;

    [DisableConcurrentExecution(600)]
    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var freshSince = Service.FreshSince(today);
        var stale = await db.Services.AsNoTracking()
            .Where(s => s.Status != ServiceStatus.Defunct && (s.AssuredDate == null || s.AssuredDate < freshSince))
            .Select(s => new { s.Id, s.Name, s.OrganisationId, s.AssuredDate,
                Paths = s.ServiceAtLocations.Select(x => x.Location!.AdministrativeArea!.Path).ToList() })
            .ToListAsync(ct);
        if (stale.Count == 0) return;

        var editors = await db.Users.AsNoTracking().Where(u => !u.IsDeactivated && u.Email != null)
            .Where(u => u.IsOrganisationManager || u.Organisation!.JurisdictionAreaId != null)
            .Select(u => new { u.Email, u.FullName, u.OrganisationId, u.IsOrganisationManager,
                Jurisdiction = u.Organisation!.Type!.Code == OrganisationTypeCodes.LocalGovernment && u.Organisation.JurisdictionArea != null
                    ? u.Organisation.JurisdictionArea.Path : null })
            .ToListAsync(ct);

        var week = ISOWeek.GetWeekOfYear(now);
        var subject = $"Services to verify this week (week {week}, {ISOWeek.GetYear(now)})";
        var alreadySent = (await db.OutboxMessages.Where(m => m.Subject == subject).Select(m => m.ToAddress).ToListAsync(ct)).ToHashSet();

        foreach (var editor in editors)
        {
            if (alreadySent.Contains(editor.Email!)) continue;
            var theirs = stale.Where(s => (editor.IsOrganisationManager && s.OrganisationId == editor.OrganisationId)
                    || (editor.Jurisdiction is { } root && s.Paths.Any(p => p.StartsWith(root, StringComparison.Ordinal))))
                .OrderBy(s => s.AssuredDate).ThenBy(s => s.Name).ToList();
            if (theirs.Count == 0) continue;

            var body = new StringBuilder();
            body.AppendLine($"Hello {editor.FullName},").AppendLine();
            body.AppendLine($"{theirs.Count} service record(s) you keep have not been confirmed for more than 180 days. " +
                            "Returnees and caseworkers rely on them: please check each one and press \"Verify\", or correct it.").AppendLine();
            foreach (var s in theirs.Take(MaxListed))
                body.AppendLine($"- {s.Name} (last verified: {(s.AssuredDate is { } d ? d.ToString("yyyy-MM-dd") : "never")}): {links.To($"/Services/Details/{s.Id}")}");
            if (theirs.Count > MaxListed) body.AppendLine($"- … and {theirs.Count - MaxListed} more: {links.To("/Services?stale=true&editable=true")}");
            outbox.Enqueue(editor.Email!, subject, body.ToString());
        }
        await db.SaveChangesAsync(ct);
    }
}
