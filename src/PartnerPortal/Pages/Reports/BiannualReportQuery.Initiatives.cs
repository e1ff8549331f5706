using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Pages.Reports;

// Community-based initiatives: status, type, theme, participants, SDG goals, indicators and progress.
public sealed partial class BiannualReportQuery
{
    /// <summary>The few columns of an initiative the report reads (thousands fit in memory).</summary>
    private sealed record InitiativeRow(int Id, string Reference, string Title, string CountryCode, string? LeadOrganisation, string Type,
        ActivityStatus Status, DateOnly? StartDate, DateOnly? EndDate,
        int ReturneesFemale, int ReturneesMale, int CommunityMembersFemale, int CommunityMembersMale)
    {
        /// <summary>Running in the period, so progress is due: the registry's own rule.</summary>
        public bool IsExpected(ReportingPeriod period) => ProgressRules.IsExpected(
            new Initiative { Reference = Reference, Title = Title, CountryCode = CountryCode, Status = Status, StartDate = StartDate, EndDate = EndDate },
            period);
    }

    /// <summary>An initiative's progress report for the report's period: its state, and the status the implementer reported.</summary>
    private sealed record PeriodReport(ProgressState State, ActivityStatus Status);

    private IQueryable<Initiative> ScopedInitiatives(ScopePlaces place, ReportCut cut)
    {
        var asOfUtc = cut.AsOfUtc;
        var q = db.Initiatives.AsNoTracking().Where(i => i.CreatedAtUtc < asOfUtc);
        if (place.CountryCode is { } c) q = q.Where(i => i.CountryCode == c);
        return q;
    }

    private Task<List<InitiativeRow>> InitiativeRowsAsync(ScopePlaces place, ReportCut cut, CancellationToken ct) =>
        ScopedInitiatives(place, cut)
            .Select(i => new InitiativeRow(i.Id, i.Reference, i.Title, i.CountryCode, i.LeadOrganisation != null ? i.LeadOrganisation.Name : null,
                i.Type!.Name, i.Status, i.StartDate, i.EndDate,
                i.ReturneesFemale, i.ReturneesMale, i.CommunityMembersFemale, i.CommunityMembersMale))
            .ToListAsync(ct);

    /// <summary>Progress reports for the cut's period, as they stand now (they are due after the period ends).</summary>
    private Task<Dictionary<int, PeriodReport>> PeriodReportsAsync(ScopePlaces place, ReportCut cut, CancellationToken ct)
    {
        var (year, half) = (cut.Period.Year, cut.Period.Half);
        var initiatives = ScopedInitiatives(place, cut).Select(i => i.Id);
        return db.ProgressReports.AsNoTracking().Where(r => r.Year == year && r.Half == half && initiatives.Contains(r.InitiativeId))
            .ToDictionaryAsync(r => r.InitiativeId, r => new PeriodReport(r.State, r.Status), ct);
    }

    /// <summary>The initiatives running in a period, their participants and the state of their progress.</summary>
    private sealed record InitiativeSummary(IReadOnlyList<InitiativeRow> Running, ParticipantFigures Participants, ProgressFigures Progress)
    {
        public static InitiativeSummary Of(IReadOnlyList<InitiativeRow> initiatives, IReadOnlyDictionary<int, PeriodReport> reports, ReportingPeriod period)
        {
            var running = initiatives.Where(i => i.IsExpected(period)).ToList();
            var participants = new ParticipantFigures(running.Sum(i => i.ReturneesFemale), running.Sum(i => i.ReturneesMale),
                running.Sum(i => i.CommunityMembersFemale), running.Sum(i => i.CommunityMembersMale));
            var states = running.Select(i => reports.GetValueOrDefault(i.Id)?.State).ToList();
            var progress = new ProgressFigures(running.Count,
                states.Count(s => s == ProgressState.Submitted),
                states.Count(s => s is ProgressState.Draft or ProgressState.Reopened),
                states.Count(s => s is null));
            return new InitiativeSummary(running, participants, progress);
        }
    }

    private async Task<InitiativeFigures> InitiativeFiguresAsync(ScopePlaces place, IReadOnlyList<InitiativeRow> initiatives,
        IReadOnlyDictionary<int, PeriodReport> reports, ReportCut cut, CancellationToken ct)
    {
        var summary = InitiativeSummary.Of(initiatives, reports, cut.Period);
        // The status the period's submitted progress recorded, else the status today.
        var byStatus = initiatives
            .GroupBy(i => reports.GetValueOrDefault(i.Id) is { State: ProgressState.Submitted } r ? r.Status : i.Status)
            .OrderBy(g => g.Key).Select(g => new CountRow(g.Key.ToString(), g.Count())).ToList();
        var byType = initiatives.GroupBy(i => i.Type).Select(g => new CountRow(g.Key, g.Count())).OrderBy(r => r, CountRowOrder).ToList();

        var scoped = ScopedInitiatives(place, cut);
        var byTheme = (await scoped.SelectMany(i => i.Themes).GroupBy(t => t.Term!.Name).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(x => new CountRow(x.Key, x.Count)).OrderBy(r => r, CountRowOrder).ToList();

        var ids = scoped.Select(i => i.Id);
        var perGoal = await db.Set<InitiativeSdgTarget>().Where(t => ids.Contains(t.InitiativeId))
            .Select(t => new { t.InitiativeId, t.Target!.GoalNumber }).Distinct()
            .GroupBy(x => x.GoalNumber).Select(g => new { Goal = g.Key, Initiatives = g.Count() }).ToListAsync(ct);
        var goalNames = await db.SdgGoals.AsNoTracking().ToDictionaryAsync(g => g.Number, g => g.ShortEn, ct);
        var sdgGoals = perGoal.OrderBy(x => x.Goal).Select(x => new SdgCoverageRow(x.Goal, goalNames.GetValueOrDefault(x.Goal, $"Goal {x.Goal}"), x.Initiatives)).ToList();

        return new InitiativeFigures(initiatives.Count, byStatus, byType, byTheme, summary.Participants, sdgGoals,
            await IndicatorTotalsAsync(place, scoped, cut, ct), summary.Progress);
    }

    /// <summary>
    /// Actual values of library indicators in the period's submitted reports, added up in SQL (doubles, never
    /// decimals). Amounts in local currency are added up per country: francs and dalasis do not add up.
    /// </summary>
    private async Task<List<IndicatorTotalRow>> IndicatorTotalsAsync(ScopePlaces place, IQueryable<Initiative> scoped, ReportCut cut, CancellationToken ct)
    {
        var (year, half) = (cut.Period.Year, cut.Period.Half);
        var submitted = from r in db.ProgressReports
                        join i in scoped on r.InitiativeId equals i.Id
                        where r.Year == year && r.Half == half && r.State == ProgressState.Submitted
                        select new { r.Id, i.CountryCode };
        var totals = await (from v in db.IndicatorValues.AsNoTracking()
                            join r in submitted on v.ProgressReportId equals r.Id
                            where v.Measure == IndicatorMeasure.Actual && v.Indicator!.InitiativeId == null
                            group v by new { v.IndicatorId, r.CountryCode } into g
                            select new
                            {
                                g.Key.IndicatorId, g.Key.CountryCode, Reports = g.Count(),
                                ReturneeFemale = g.Sum(v => v.ReturneeFemale), ReturneeMale = g.Sum(v => v.ReturneeMale),
                                CommunityFemale = g.Sum(v => v.CommunityFemale), CommunityMale = g.Sum(v => v.CommunityMale),
                            })
            .ToListAsync(ct);
        var library = await db.Indicators.AsNoTracking().Where(i => i.InitiativeId == null)
            .Select(i => new { i.Id, i.Code, i.Name, i.Unit, i.SortOrder }).ToDictionaryAsync(i => i.Id, ct);
        var countries = totals.Select(t => t.CountryCode).Distinct().Count();
        return totals
            .GroupBy(t => (t.IndicatorId, Country: library[t.IndicatorId].Unit == Indicator.LocalCurrency && countries > 1 ? t.CountryCode : null))
            .Select(g => (Indicator: library[g.Key.IndicatorId], g.Key.Country, Rows: g.ToList()))
            .OrderBy(x => x.Indicator.SortOrder).ThenBy(x => x.Indicator.Code, StringComparer.Ordinal)
            .ThenBy(x => x.Country is null ? "" : x.Country, StringComparer.Ordinal)
            .Select(x => new IndicatorTotalRow(x.Indicator.Code,
                x.Country is { } code ? $"{x.Indicator.Name} ({place.CountryName(code)})" : x.Indicator.Name,
                x.Indicator.Unit, x.Rows.Sum(r => r.Reports),
                x.Rows.Sum(r => r.ReturneeFemale), x.Rows.Sum(r => r.ReturneeMale), x.Rows.Sum(r => r.CommunityFemale), x.Rows.Sum(r => r.CommunityMale)))
            .ToList();
    }
}
