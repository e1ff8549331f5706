using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Pages.Agreements;

namespace PartnerPortal.Jobs;

/// <summary>
/// The agreement jobs of PRODUCT §5, run daily: remind signatories who have not signed, warn the parties
/// before the end date, and expire agreements whose end date has passed. Each notice is marked in
/// <see cref="AgreementNotice"/> (unique per version and key), so running a job again sends nothing twice.
/// Each version is saved on its own: one that cannot be saved does not hold back the others.
/// </summary>
public sealed class AgreementJobs(PortalDbContext db, AgreementNotifier notifier, TimeProvider clock, ILogger<AgreementJobs> log)
{
    public const string SignatureReminderId = "agreement-signature-reminders";
    public const string EndDateWarningId = "agreement-end-date-warnings";
    public const string ExpireId = "agreement-expiry";
    public const int RemindAfterDays = 7;
    public const int FirstWarningDays = 60;
    public const int LastWarningDays = 14;

    /// <summary>Signatories of parties that have not signed a text frozen 7 or more days ago hear once per freeze.</summary>
    [DisableConcurrentExecution(600)]
    public async Task RemindSignatoriesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var frozenBefore = now.AddDays(-RemindAfterDays);
        var ids = await db.AgreementVersions.Where(v => v.Status == AgreementStatus.ReadyForSignature && v.FrozenAtUtc <= frozenBefore)
            .Select(v => v.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            var v = await LoadAsync(id, ct);
            var sent = await SentKeysAsync(id, ct);
            var unsigned = v.Parties.OrderBy(p => p.Position).Where(p => v.ValidSignatures.All(s => s.PartyId != p.Id)).ToList();
            // Signing in order: only the party whose turn it is can act on a reminder.
            if (v.SigningOrder == SigningOrder.Sequential) unsigned = unsigned.Take(1).ToList();
            foreach (var party in unsigned)
            {
                var key = $"sign-reminder:{v.FrozenAtUtc!.Value.Ticks.ToString(CultureInfo.InvariantCulture)}:{party.OrganisationId.ToString(CultureInfo.InvariantCulture)}";
                if (sent.Contains(key)) continue;
                var days = (int)(now - v.FrozenAtUtc.Value).TotalDays;
                var reached = await notifier.NotifyAsync(v.Agreement!, v, AgreementNotifier.Audience.Signatories, "your signature is awaited",
                    $"The text of this agreement was frozen for signature on {Day(v.FrozenAtUtc.Value)}, {days} days ago, and " +
                    $"{party.Organisation?.Name ?? "your organisation"} has not signed it yet. Please read it and sign, or decline with a reason.",
                    [party.OrganisationId], ct);
                // Nobody to remind (no signatory yet): try again tomorrow rather than mark it sent.
                if (reached == 0) continue;
                Mark(v, key, now);
                AgreementLifecycle.Record(v, AgreementActor.Portal, AgreementEventKind.SignatureReminderSent, now,
                    $"Reminded the signatories of {party.Organisation?.Name} ({reached}).");
            }
            await SaveAsync(id, ct);
        }
    }

    /// <summary>Members of the parties of an Active version hear 60 and 14 days before its end date (the nearer one only, if both are due).</summary>
    [DisableConcurrentExecution(600)]
    public async Task WarnBeforeEndDateAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var horizon = today.AddDays(FirstWarningDays);
        var ids = await db.AgreementVersions.Where(v => v.Status == AgreementStatus.Active && v.EndDate != null && v.EndDate >= today && v.EndDate <= horizon)
            .Select(v => v.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            var v = await LoadAsync(id, ct);
            var daysLeft = v.EndDate!.Value.DayNumber - today.DayNumber;
            var key = daysLeft <= LastWarningDays ? $"end-warning-{LastWarningDays}" : $"end-warning-{FirstWarningDays}";
            if ((await SentKeysAsync(id, ct)).Contains(key)) continue;
            await notifier.NotifyAsync(v.Agreement!, v, AgreementNotifier.Audience.Members, $"ends on {AgreementReadable.Date(v.EndDate)}",
                $"This agreement ends on {AgreementReadable.Date(v.EndDate)}, {(daysLeft == 0 ? "today" : $"in {daysLeft} days")}. To continue working " +
                "together, amend it (a new version with a later end date) and sign the amendment before then; otherwise it expires on its own.", ct: ct);
            Mark(v, key, now);
            AgreementLifecycle.Record(v, AgreementActor.Portal, AgreementEventKind.EndDateWarningSent, now,
                $"Warned the parties: {daysLeft} days before the end date.");
            await SaveAsync(id, ct);
        }
    }

    /// <summary>Active versions whose end date is before today expire; the parties' members are told.</summary>
    [DisableConcurrentExecution(600)]
    public async Task ExpireAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var ids = await db.AgreementVersions.Where(v => v.Status == AgreementStatus.Active && v.EndDate != null && v.EndDate < today)
            .Select(v => v.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            var v = await LoadAsync(id, ct);
            var result = AgreementLifecycle.Expire(v, today, now);
            if (!result.Succeeded)
            {
                log.LogWarning("Agreement version {Id} was not expired: {Reason}", id, result.Error);
                continue;
            }
            await notifier.NotifyAsync(v.Agreement!, v, AgreementNotifier.Audience.Members, "the agreement has expired",
                $"Its end date, {AgreementReadable.Date(v.EndDate)}, has passed: the agreement is no longer in force. " +
                "The signed PDF stays available on the agreement's page.", ct: ct);
            await SaveAsync(id, ct);
        }
    }

    private async Task<AgreementVersion> LoadAsync(int versionId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.AgreementVersions.Where(v => v.Id == versionId)
            .Include(v => v.Agreement).Include(v => v.Parties).ThenInclude(p => p.Organisation).Include(v => v.Signatures)
            .AsSplitQuery().SingleAsync(ct);
    }

    private async Task<HashSet<string>> SentKeysAsync(int versionId, CancellationToken ct) =>
        (await db.AgreementNotices.Where(n => n.VersionId == versionId).Select(n => n.Key).ToListAsync(ct)).ToHashSet();

    private void Mark(AgreementVersion v, string key, DateTime now) =>
        db.AgreementNotices.Add(new AgreementNotice { VersionId = v.Id, Key = key, SentAtUtc = now });

    /// <summary>A version changed meanwhile (signed, terminated) is left for the next run.</summary>
    private async Task SaveAsync(int versionId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            log.LogWarning(ex, "Agreement version {Id} changed while a job worked on it; the next run will see it again", versionId);
            db.ChangeTracker.Clear();
        }
    }

    private static string Day(DateTime utc) => utc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
