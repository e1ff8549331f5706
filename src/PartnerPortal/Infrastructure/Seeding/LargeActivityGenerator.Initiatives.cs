using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Initiatives with their progress for the four half-years ending with the last ended one: most submitted,
/// some drafts, some missing (more in the latest period, as in real life a few weeks after its end).
/// </summary>
public sealed partial class LargeActivityGenerator
{
    private const string Reporter = "Benchmark reporter";

    private sealed record TypeRow(int Id, string Code);

    private sealed record IndicatorRow(int Id, string Code, string Unit);

    private static readonly (ActivityStatus Status, int Weight)[] InitiativeMix =
    [
        (ActivityStatus.Implementation, 70), (ActivityStatus.Finalisation, 7), (ActivityStatus.Closed, 9),
        (ActivityStatus.Pipeline, 6), (ActivityStatus.Suspended, 4), (ActivityStatus.Cancelled, 4),
    ];

    /// <summary>How far an initiative has come towards its targets at the end of each of the four periods.</summary>
    private static readonly double[] Advance = [0.2, 0.45, 0.7, 0.9];

    private List<TypeRow> _types = [];
    private List<int> _sectors = [];
    private List<int> _themes = [];
    private List<int> _gcmObjectives = [];
    private List<IndicatorRow> _indicators = [];
    private ReportingPeriod[] _periods = [];

    private async Task GenerateInitiativesAsync(int count, CancellationToken ct)
    {
        _types = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.InitiativeType).OrderBy(t => t.Id)
            .Select(t => new TypeRow(t.Id, t.Code)).ToListAsync(ct);
        _sectors = await Terms(Taxonomy.Sector, ct);
        _themes = await Terms(Taxonomy.ThematicArea, ct);
        _gcmObjectives = await db.GcmObjectives.AsNoTracking().OrderBy(o => o.Number).Select(o => o.Number).ToListAsync(ct);
        _indicators = await db.Indicators.AsNoTracking().Where(i => i.InitiativeId == null && !i.IsRetired).OrderBy(i => i.SortOrder)
            .Select(i => new IndicatorRow(i.Id, i.Code, i.Unit)).ToListAsync(ct);
        var last = ReportingPeriod.LastEndedOn(_today);
        _periods = [last.Previous.Previous.Previous, last.Previous.Previous, last.Previous, last];

        for (var start = 0; start < count; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, count - start)).Select(_ => NewInitiative(Pick(_countries))).ToList();
            db.Initiatives.AddRange(batch);
            await db.SaveChangesAsync(ct); // progress events name the initiative by id
            foreach (var initiative in batch) AddProgress(initiative);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private Task<List<int>> Terms(Taxonomy taxonomy, CancellationToken ct) =>
        db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == taxonomy).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);

    private Initiative NewInitiative(string country)
    {
        var status = Weighted(InitiativeMix);
        var first = _periods[0];
        var last = _periods[^1];
        DateOnly start, end;
        switch (status)
        {
            case ActivityStatus.Pipeline:
                start = _today.AddDays(_random.Next(10, 200));
                end = start.AddDays(_random.Next(365, 900));
                break;
            case ActivityStatus.Cancelled:
                start = first.Start.AddDays(_random.Next(0, 400));
                end = start.AddDays(365);
                break;
            case ActivityStatus.Closed:
                start = first.Start.AddDays(-_random.Next(100, 700));
                end = Pick(_periods).End.AddDays(-_random.Next(0, 100));
                break;
            case ActivityStatus.Finalisation:
                start = first.Start.AddDays(-_random.Next(0, 600));
                end = last.End.AddDays(_random.Next(0, 150));
                break;
            default:
                // Most started before the four periods; a fifth started during them.
                start = _random.Next(5) == 0 ? first.Start.AddDays(_random.Next(0, last.End.DayNumber - first.Start.DayNumber))
                    : first.Start.AddDays(-_random.Next(1, 500));
                end = last.End.AddDays(_random.Next(60, 900));
                break;
        }

        var organisations = Distinct(_organisationsByCountry[country], _random.Next(1, 4));
        var area = Pick(_areasByCountry[country]);
        var type = Pick(_types);
        var mentor = _random.Next(5) < 3;
        var created = Morning(start.AddDays(-_random.Next(20, 90)));
        if (created > _now) created = _now.AddDays(-1);
        var (returneesFemale, returneesMale) = (_random.Next(5, 60), _random.Next(5, 60));
        var (communityFemale, communityMale) = (_random.Next(10, 150), _random.Next(10, 150));
        var agreements = _agreementsByCountry.GetValueOrDefault(country);
        return new Initiative
        {
            Reference = NextReference("CBI", country, start.Year), CountryCode = country, AdministrativeAreaId = area.Id, Locality = area.Name,
            Title = $"{(_random.Next(2) == 0 ? "Community" : "Joint")} {type.Code.Replace('-', ' ')} in {area.Name}",
            Summary = "Returnees and community members work together on a shared activity that serves the whole community.",
            TypeId = type.Id, SectorId = Pick(_sectors), Dimensions = (DimensionSet)_random.Next(1, 8),
            LeadOrganisationId = organisations[0], Status = status, StartDate = start, EndDate = end,
            Budget = _random.Next(5, 150) * 1000m, Currency = "EUR",
            ReturneesFemale = returneesFemale, ReturneesMale = returneesMale,
            CommunityMembersFemale = communityFemale, CommunityMembersMale = communityMale,
            HouseholdsReached = _random.Next(20, 400), IndirectBeneficiaries = _random.Next(100, 3000),
            HasSkilledMentor = mentor,
            SkillsTransferPlan = mentor ? null : "Members who completed the training coach the others in pairs for six months.",
            Governance = (GovernanceForm)_random.Next(1, 6), Outcomes = (OutcomeCategories)_random.Next(1, 16), IsPublished = _random.Next(10) > 0,
            CreatedAtUtc = created, UpdatedAtUtc = created,
            Partners = organisations.Select((id, i) => new InitiativePartner
            {
                OrganisationId = id, Role = i == 0 ? ParticipatingRole.Implementing : Pick([ParticipatingRole.Funding, ParticipatingRole.Implementing, ParticipatingRole.Accountable]),
            }).ToList(),
            OtherGroups = _random.Next(3) == 0 ? [new InitiativeGroup { TermId = Pick(_targetGroups), Count = _random.Next(5, 50) }] : [],
            Themes = Distinct(_themes, _random.Next(1, 3)).Select(t => new InitiativeTheme { TermId = t }).ToList(),
            SdgTargets = Distinct(_sdgTargets, _random.Next(1, 4)).Select(c => new InitiativeSdgTarget { TargetCode = c }).ToList(),
            GcmObjectives = Distinct(_gcmObjectives, _random.Next(1, 3)).Select(n => new InitiativeGcmObjective { ObjectiveNumber = n }).ToList(),
            Agreements = agreements is { Count: > 0 } && _random.Next(7) == 0 ? [new InitiativeAgreement { AgreementId = Pick(agreements) }] : [],
        };
    }

    private void AddProgress(Initiative initiative)
    {
        var indicators = Distinct(_indicators, _random.Next(3, 6));
        var targets = indicators.Select(i => (Indicator: i, Baseline: (double)_random.Next(0, 10), Target: Target(i, initiative))).ToList();
        var reported = false;
        for (var p = 0; p < _periods.Length; p++)
        {
            var period = _periods[p];
            if (!ProgressRules.IsExpected(initiative, period)) continue;
            var latest = p == _periods.Length - 1;
            var roll = _random.Next(100);
            if (roll < (latest ? 15 : 8)) continue; // missing
            var state = roll < (latest ? 27 : 14) ? ProgressState.Draft : _random.Next(30) == 0 ? ProgressState.Reopened : ProgressState.Submitted;
            var written = Morning(period.End.AddDays(_random.Next(3, 30)));
            if (written > _now) written = _now.AddHours(-1);
            var report = new ProgressReport
            {
                InitiativeId = initiative.Id, Year = period.Year, Half = period.Half, State = state,
                Status = latest && initiative.Status is ActivityStatus.Finalisation or ActivityStatus.Closed or ActivityStatus.Suspended
                    ? initiative.Status : ActivityStatus.Implementation,
                Narrative = "Activities went ahead as planned; attendance stayed high among returnees and community members.",
                CreatedAtUtc = written, UpdatedAtUtc = written,
            };
            // The first report states baselines and targets; later ones restate them now and then.
            var restate = !reported || _random.Next(10) < 3;
            foreach (var (indicator, baseline, target) in targets)
            {
                var actual = baseline + (target - baseline) * Math.Min(1, Advance[p] + (_random.NextDouble() - 0.5) * 0.2);
                report.Values.Add(Value(indicator, initiative, IndicatorMeasure.Actual, actual));
                if (!restate) continue;
                report.Values.Add(Value(indicator, initiative, IndicatorMeasure.Baseline, baseline));
                report.Values.Add(Value(indicator, initiative, IndicatorMeasure.Target, target));
            }
            reported = true;
            if (state != ProgressState.Draft)
            {
                report.SubmittedAtUtc = written;
                report.SubmittedByName = Reporter;
                db.ProgressEvents.Add(new ProgressEvent
                {
                    InitiativeId = initiative.Id, Year = period.Year, Half = period.Half, Kind = ProgressEventKind.Submitted, AtUtc = written, ActorName = Reporter,
                });
            }
            if (state == ProgressState.Reopened)
                db.ProgressEvents.Add(new ProgressEvent
                {
                    InitiativeId = initiative.Id, Year = period.Year, Half = period.Half, Kind = ProgressEventKind.Reopened,
                    AtUtc = written, ActorName = Actor, Detail = "Figures for women and men do not add up.",
                });
            db.ProgressReports.Add(report);
        }
    }

    /// <summary>A target in the indicator's unit, sized by the initiative's participants.</summary>
    private double Target(IndicatorRow indicator, Initiative i) => indicator.Code switch
    {
        "participants" => i.Participants,
        "returnees-participating" => i.Returnees,
        "community-members-participating" => i.CommunityMembers,
        _ when indicator.Unit == "hectares" => Math.Round(_random.NextDouble() * 40 + 1, 1),
        _ when indicator.Unit == "local currency" => _random.Next(50, 500) * 100,
        _ => 10 + _random.Next(Math.Max(1, i.Participants / 2)),
    };

    /// <summary>The total split between returnee and community women and men in the initiative's proportions; parts add up to it.</summary>
    private static IndicatorValue Value(IndicatorRow indicator, Initiative i, IndicatorMeasure measure, double total)
    {
        double[] weights = indicator.Code switch
        {
            "returnees-participating" => [i.ReturneesFemale, i.ReturneesMale, 0, 0],
            "community-members-participating" => [0, 0, i.CommunityMembersFemale, i.CommunityMembersMale],
            _ => [i.ReturneesFemale, i.ReturneesMale, i.CommunityMembersFemale, i.CommunityMembersMale],
        };
        var step = indicator.Unit == "hectares" ? 0.1 : 1;
        var units = (long)Math.Round(total / step);
        var parts = weights.Select(w => (long)Math.Floor(units * w / weights.Sum())).ToArray();
        parts[Array.IndexOf(weights, weights.Max())] += units - parts.Sum();
        return new IndicatorValue
        {
            IndicatorId = indicator.Id, Measure = measure,
            ReturneeFemale = Math.Round(parts[0] * step, 1), ReturneeMale = Math.Round(parts[1] * step, 1),
            CommunityFemale = Math.Round(parts[2] * step, 1), CommunityMale = Math.Round(parts[3] * step, 1),
        };
    }
}
