using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Pages.Agreements;

namespace PartnerPortal.Pages.Reports;

// Synergy agreements: status on the as-of date, signed in the period, ending in the next half-year.
public sealed partial class BiannualReportQuery
{
    /// <summary>The few columns of an agreement version the report reads (a thousand agreements fit in memory).</summary>
    private sealed record VersionRow(int AgreementId, string Reference, string CountryCode, int VersionId, int Number, AgreementStatus Status,
        string Title, DateTime? FrozenAtUtc, DateTime? ActivatedAtUtc, DateTime? EndedAtUtc, DateOnly? StartDate, DateOnly? EndDate)
    {
        /// <summary>"SA-GN-2026-001", or "SA-GN-2026-001 v2" for an amendment.</summary>
        public string Label => Number > 1 ? $"{Reference} v{Number}" : Reference;
    }

    /// <summary>Versions created before the as-of date of agreements created before it, in the scope's country.</summary>
    private async Task<List<VersionRow>> AgreementVersionsAsync(ScopePlaces place, ReportCut cut, CancellationToken ct)
    {
        var asOfUtc = cut.AsOfUtc;
        var q = db.AgreementVersions.AsNoTracking().Where(v => v.CreatedAtUtc < asOfUtc && v.Agreement!.CreatedAtUtc < asOfUtc);
        if (place.CountryCode is { } c) q = q.Where(v => v.Agreement!.CountryCode == c);
        return await q.Select(v => new VersionRow(v.AgreementId, v.Agreement!.ReferenceNumber, v.Agreement.CountryCode, v.Id, v.Number, v.Status,
                v.Title, v.FrozenAtUtc, v.ActivatedAtUtc, v.EndedAtUtc, v.StartDate, v.EndDate))
            .ToListAsync(ct);
    }

    /// <summary>
    /// A version's status on the as-of date, derived from its timestamps (statuses keep no history):
    /// activated and not ended then → Active; activated and ended → how it ended; never activated by then →
    /// Withdrawn if ended, Ready for signature if frozen, otherwise still being drafted or negotiated.
    /// </summary>
    internal static AgreementStatus StatusOn(AgreementStatus current, DateTime? frozenAtUtc, DateTime? activatedAtUtc, DateTime? endedAtUtc, DateTime asOfUtc)
    {
        if (activatedAtUtc < asOfUtc)
            return endedAtUtc is null || endedAtUtc >= asOfUtc ? AgreementStatus.Active
                : current is AgreementStatus.Expired or AgreementStatus.Terminated or AgreementStatus.Superseded ? current : AgreementStatus.Expired;
        if (endedAtUtc < asOfUtc) return AgreementStatus.Withdrawn;
        if (frozenAtUtc < asOfUtc) return AgreementStatus.ReadyForSignature;
        return current is AgreementStatus.Draft or AgreementStatus.InNegotiation ? current : AgreementStatus.InNegotiation;
    }

    /// <summary>The agreements at one cut-off: one counted version per agreement, versions signed in the period, versions ending next.</summary>
    private sealed record AgreementSummary(IReadOnlyList<AgreementStatus> Counted, IReadOnlyList<VersionRow> Signed, IReadOnlyList<VersionRow> Expiring)
    {
        public int InForce => Counted.Count(s => s == AgreementStatus.Active);

        public static AgreementSummary Of(IReadOnlyList<VersionRow> versions, ReportCut cut)
        {
            var asOfUtc = cut.AsOfUtc;
            var withStatus = versions.Select(v => (Version: v, Status: StatusOn(v.Status, v.FrozenAtUtc, v.ActivatedAtUtc, v.EndedAtUtc, asOfUtc))).ToList();
            // The Active version counts for its agreement; otherwise the latest one (a superseded version never
            // counts when its successor was in force).
            var counted = withStatus.GroupBy(x => x.Version.AgreementId)
                .Select(g => g.Where(x => x.Status == AgreementStatus.Active).Select(x => (AgreementStatus?)x.Status).FirstOrDefault()
                             ?? g.MaxBy(x => x.Version.Number).Status)
                .ToList();
            var startUtc = cut.StartUtc;
            var signed = versions.Where(v => v.ActivatedAtUtc >= startUtc && v.ActivatedAtUtc < asOfUtc)
                .OrderBy(v => v.ActivatedAtUtc).ThenBy(v => v.Label, StringComparer.Ordinal).ToList();
            var next = cut.Period.Next;
            var expiring = withStatus.Where(x => x.Status == AgreementStatus.Active && x.Version.EndDate >= next.Start && x.Version.EndDate <= next.End)
                .Select(x => x.Version).OrderBy(v => v.EndDate).ThenBy(v => v.Label, StringComparer.Ordinal).ToList();
            return new AgreementSummary(counted, signed, expiring);
        }
    }

    private async Task<AgreementFigures> AgreementFiguresAsync(ScopePlaces place, IReadOnlyList<VersionRow> versions, ReportCut cut, CancellationToken ct)
    {
        var summary = AgreementSummary.Of(versions, cut);
        var byStatus = summary.Counted.GroupBy(s => s).OrderBy(g => LifecycleOrder(g.Key))
            .Select(g => new CountRow(AgreementReadable.StatusName(g.Key), g.Count())).ToList();

        var listed = summary.Signed.Concat(summary.Expiring).Select(v => v.VersionId).Distinct().ToList();
        var parties = (await db.AgreementParties.AsNoTracking().Where(p => listed.Contains(p.VersionId))
                .Select(p => new { p.VersionId, p.Position, p.Id, p.Organisation!.Name, p.Organisation.Acronym }).ToListAsync(ct))
            .GroupBy(p => p.VersionId)
            .ToDictionary(g => g.Key, g => string.Join(" · ", g.OrderBy(p => p.Position).ThenBy(p => p.Id)
                .Select(p => string.IsNullOrWhiteSpace(p.Acronym) ? p.Name : p.Acronym)));
        AgreementRow Row(VersionRow v) => new(v.Label, v.Title, place.CountryName(v.CountryCode), parties.GetValueOrDefault(v.VersionId, ""),
            v.ActivatedAtUtc is { } signedAt ? DateOnly.FromDateTime(signedAt) : null, v.StartDate, v.EndDate);
        return new AgreementFigures(byStatus, summary.Signed.Select(Row).ToList(), summary.Expiring.Select(Row).ToList());
    }

    /// <summary>Lifecycle order of PRODUCT §5; Superseded (rarely the counted version) last.</summary>
    private static int LifecycleOrder(AgreementStatus status) => status == AgreementStatus.Superseded ? int.MaxValue : (int)status;
}
