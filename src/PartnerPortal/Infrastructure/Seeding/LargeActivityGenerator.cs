using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Synthetic synergy agreements and community-based initiatives (with four half-years of progress) on top of a
/// large directory, for the report benchmark: `generate-directory --database PATH --agreements 1000 --initiatives 5000`.
/// Parties and implementers are organisations already in the database (the generated ones included), always of
/// the record's own country. Every timestamp is in the past and in lifecycle order, counted back from today, so the
/// same seed gives the same data relative to the day it runs. Inserts in batches with a cleared change tracker.
/// </summary>
public sealed partial class LargeActivityGenerator(PortalDbContext db, TimeProvider clock, ILogger<LargeActivityGenerator> log)
{
    private const int Batch = 500;
    private const string Actor = "Benchmark data generator";

    private readonly Random _random = new(60_000);
    private readonly Dictionary<string, List<int>> _agreementsByCountry = [];
    private HashSet<string> _references = [];
    private HashSet<string> _verificationCodes = [];
    private DateTime _now;
    private DateOnly _today;
    private Dictionary<string, List<int>> _organisationsByCountry = [];
    private Dictionary<string, List<(int Id, string Name)>> _areasByCountry = [];
    private List<string> _countries = [];
    private List<int> _targetGroups = [];
    private List<string> _sdgTargets = [];

    public async Task GenerateAsync(int agreements, int initiatives, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        _now = clock.GetUtcNow().UtcDateTime;
        _today = DateOnly.FromDateTime(_now);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.CountryCode }).ToListAsync(ct);
        var areas = await db.AdministrativeAreas.AsNoTracking().Where(a => a.Level != AreaLevel.Region)
            .Select(a => new { a.Id, a.CountryCode, a.Name }).ToListAsync(ct);
        _areasByCountry = areas.GroupBy(a => a.CountryCode).ToDictionary(g => g.Key, g => g.Select(a => (a.Id, a.Name)).ToList());
        // A country takes part when it has places to work in and organisations enough for a three-party agreement.
        _organisationsByCountry = organisations.Where(o => _areasByCountry.ContainsKey(o.CountryCode)).GroupBy(o => o.CountryCode)
            .Where(g => g.Count() >= 3).ToDictionary(g => g.Key, g => g.Select(o => o.Id).Order().ToList());
        _countries = _organisationsByCountry.Keys.Order(StringComparer.Ordinal).ToList();
        if (_countries.Count == 0) throw new InvalidOperationException("No country has both administrative areas and three organisations.");
        _targetGroups = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.TargetGroup).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        _sdgTargets = await db.SdgTargets.AsNoTracking().OrderBy(t => t.Code).Select(t => t.Code).ToListAsync(ct);
        _references = (await db.SynergyAgreements.AsNoTracking().Select(a => a.ReferenceNumber).ToListAsync(ct))
            .Concat(await db.Initiatives.AsNoTracking().Select(i => i.Reference).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        _verificationCodes = (await db.AgreementVersions.AsNoTracking().Where(v => v.VerificationCode != null).Select(v => v.VerificationCode!)
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        for (var start = 0; start < agreements; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, agreements - start)).Select(_ => NewAgreement(Pick(_countries))).ToList();
            db.SynergyAgreements.AddRange(batch);
            await db.SaveChangesAsync(ct);
            foreach (var a in batch) Listed(_agreementsByCountry, a.CountryCode).Add(a.Id);
            db.ChangeTracker.Clear();
        }
        log.LogInformation("{Count} agreements in {Seconds:0.0} s", agreements, watch.Elapsed.TotalSeconds);

        await GenerateInitiativesAsync(initiatives, ct);
        log.LogInformation("{Count} initiatives with progress in {Seconds:0.0} s", initiatives, watch.Elapsed.TotalSeconds);
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", ct);
    }

    /// <summary>Weights add up to 100: most agreements are in force, the rest spread over the lifecycle.</summary>
    private static readonly (AgreementStatus Status, int Weight)[] AgreementMix =
    [
        (AgreementStatus.Draft, 8), (AgreementStatus.InNegotiation, 10), (AgreementStatus.ReadyForSignature, 7),
        (AgreementStatus.Active, 50), (AgreementStatus.Expired, 12), (AgreementStatus.Terminated, 6), (AgreementStatus.Withdrawn, 7),
    ];

    private SynergyAgreement NewAgreement(string country)
    {
        var status = Weighted(AgreementMix);
        var parties = Distinct(_organisationsByCountry[country], _random.Next(2, 4));
        var area = Pick(_areasByCountry[country]);
        var title = $"Referral and joint support for returnees in {area.Name}";
        DateTime created, frozen = default, activated = default, ended = default;
        DateOnly start, end;
        switch (status)
        {
            case AgreementStatus.Draft or AgreementStatus.InNegotiation or AgreementStatus.ReadyForSignature:
                created = _now.AddDays(-_random.Next(10, 200)).AddMinutes(-_random.Next(600));
                if (status == AgreementStatus.ReadyForSignature) frozen = created.AddDays(_random.Next(1, (int)(_now - created).TotalDays));
                start = _today.AddDays(_random.Next(15, 120));
                end = start.AddDays(_random.Next(365, 1096));
                break;
            case AgreementStatus.Withdrawn:
                created = _now.AddDays(-_random.Next(30, 900)).AddMinutes(-_random.Next(600));
                ended = created.AddDays(_random.Next(3, 26));
                start = DateOnly.FromDateTime(created).AddDays(60);
                end = start.AddDays(730);
                break;
            default:
                if (status == AgreementStatus.Expired)
                {
                    end = _today.AddDays(-_random.Next(2, 700));
                    activated = Morning(end.AddDays(-_random.Next(180, 1000)));
                    ended = Morning(end.AddDays(1)).AddHours(-7); // the nightly expiry job
                }
                else
                {
                    activated = Morning(_today.AddDays(-_random.Next(status == AgreementStatus.Active ? 15 : 60, 1000)));
                    var since = DateOnly.FromDateTime(activated);
                    // A quarter of the agreements in force end within the next half-year.
                    end = status == AgreementStatus.Active
                        ? _today.AddDays(_random.Next(4) == 0 ? _random.Next(1, 184) : _random.Next(184, 1100))
                        : since.AddDays(_random.Next(365, 1096));
                    if (status == AgreementStatus.Terminated)
                        ended = activated.AddDays(_random.Next(20, Math.Min(_today.DayNumber, end.DayNumber) - since.DayNumber));
                }
                frozen = activated.AddDays(-_random.Next(2, 31));
                created = frozen.AddDays(-_random.Next(7, 91));
                start = DateOnly.FromDateTime(activated);
                break;
        }

        var agreement = new SynergyAgreement { ReferenceNumber = NextReference("SA", country, created.Year), CountryCode = country, CreatedAtUtc = created };
        var first = NewVersion(agreement, 1, title, parties, area.Id, start, end, created);
        Event(agreement, first, AgreementEventKind.Created, created);
        var last = first;
        first.Status = status;
        if (status is AgreementStatus.ReadyForSignature or AgreementStatus.Active or AgreementStatus.Expired or AgreementStatus.Terminated)
            Freeze(agreement, first, frozen);
        if (activated != default)
        {
            Activate(agreement, first, activated);
            // Some agreements in force were amended: version 1 was superseded when version 2 took effect.
            if (status == AgreementStatus.Active && _random.Next(7) == 0 && _today.DayNumber - start.DayNumber >= 120)
            {
                var amended = activated.AddDays(_random.Next(60, _today.DayNumber - start.DayNumber - 30));
                last = NewVersion(agreement, 2, title + " (amended)", parties, area.Id, DateOnly.FromDateTime(amended).AddDays(10), end, amended);
                Event(agreement, last, AgreementEventKind.Amended, amended);
                Freeze(agreement, last, amended.AddDays(7));
                Activate(agreement, last, amended.AddDays(10));
                last.Status = AgreementStatus.Active;
                first.Status = AgreementStatus.Superseded;
                End(agreement, first, last.ActivatedAtUtc!.Value, AgreementEventKind.Superseded, "Superseded by version 2.");
            }
        }
        if (status is AgreementStatus.Expired or AgreementStatus.Terminated or AgreementStatus.Withdrawn)
            End(agreement, first, ended, status switch
            {
                AgreementStatus.Expired => AgreementEventKind.Expired,
                AgreementStatus.Terminated => AgreementEventKind.Terminated,
                _ => AgreementEventKind.Withdrawn,
            }, status == AgreementStatus.Expired ? "The end date has passed." : "The parties agreed to end it.");
        agreement.Versions.ForEach(v => v.UpdatedAtUtc = new[] { v.CreatedAtUtc, v.FrozenAtUtc ?? default, v.ActivatedAtUtc ?? default, v.EndedAtUtc ?? default }.Max());
        return agreement;
    }

    private AgreementVersion NewVersion(SynergyAgreement agreement, int number, string title, List<int> parties, int areaId,
        DateOnly start, DateOnly end, DateTime created)
    {
        var v = new AgreementVersion
        {
            Agreement = agreement, Number = number, Title = title, CreatedAtUtc = created, UpdatedAtUtc = created,
            Purpose = "Each party refers returnees to the other's services and shares follow-up data on the people referred.",
            ReferralChannel = ReferralChannel.Formal, Levels = LevelSet.Individual | LevelSet.Community,
            Stage = AgreementStage.Implementation, Commitment = number == 1 ? CommitmentDegree.General : CommitmentDegree.ConditionalMutual,
            StartDate = start, EndDate = end, ReviewDate = start.AddYears(1) < end ? start.AddYears(1) : null,
            CoordinationMechanism = "Joint case conference", MeetingFrequency = "Monthly",
            Parties = parties.Select((id, i) => new AgreementParty
            {
                OrganisationId = id, Position = i + 1, Role = i == 0 ? "Refers returnees" : "Receives referrals and reports back",
                Contributions = [new AgreementContribution { Type = i == 0 ? SupportType.Referral : SupportType.Technical, Description = "Staff time and case follow-up" }],
            }).ToList(),
            Areas = _random.Next(2) == 0 ? [new AgreementArea { AdministrativeAreaId = areaId }] : [],
            TargetGroups = Distinct(_targetGroups, _random.Next(1, 3)).Select(t => new AgreementTargetGroup { TermId = t }).ToList(),
            SdgTargets = Distinct(_sdgTargets, _random.Next(1, 3)).Select(c => new AgreementSdgTarget { TargetCode = c }).ToList(),
        };
        agreement.Versions.Add(v);
        return v;
    }

    private void Freeze(SynergyAgreement agreement, AgreementVersion v, DateTime at)
    {
        v.FrozenAtUtc = at;
        v.Fingerprint = AgreementClauses.Fingerprint(agreement.ReferenceNumber, v);
        Event(agreement, v, AgreementEventKind.Frozen, at);
    }

    private void Activate(SynergyAgreement agreement, AgreementVersion v, DateTime at)
    {
        v.ActivatedAtUtc = at;
        // The portal's format (AgreementLifecycle), drawn from the seeded generator; a second generation on the same database draws the same codes.
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        do
        {
            var code = new string(Enumerable.Range(0, 12).Select(_ => alphabet[_random.Next(alphabet.Length)]).ToArray());
            v.VerificationCode = $"{code[..4]}-{code[4..8]}-{code[8..]}";
        } while (!_verificationCodes.Add(v.VerificationCode));
        Event(agreement, v, AgreementEventKind.Activated, at);
    }

    private static void End(SynergyAgreement agreement, AgreementVersion v, DateTime at, AgreementEventKind kind, string reason)
    {
        v.EndedAtUtc = at;
        v.EndReason = reason;
        Event(agreement, v, kind, at);
    }

    private static void Event(SynergyAgreement agreement, AgreementVersion v, AgreementEventKind kind, DateTime at) =>
        agreement.Events.Add(new AgreementEvent { VersionNumber = v.Number, Kind = kind, AtUtc = at, ActorName = Actor });

    /// <summary>"SA-GN-2025-00042": the next number of the prefix not yet taken (demo records use three digits, these five).</summary>
    private string NextReference(string kind, string country, int year)
    {
        for (var n = 1; ; n++)
        {
            var reference = $"{kind}-{country}-{year}-{n:00000}";
            if (_references.Add(reference)) return reference;
        }
    }

    private static DateTime Morning(DateOnly day) => day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T Weighted<T>((T Value, int Weight)[] mix)
    {
        var roll = _random.Next(mix.Sum(m => m.Weight));
        foreach (var (value, weight) in mix)
            if ((roll -= weight) < 0) return value;
        return mix[^1].Value;
    }

    /// <summary><paramref name="count"/> different items, drawn at random.</summary>
    private List<T> Distinct<T>(IReadOnlyList<T> items, int count)
    {
        var picked = new List<T>(count);
        while (picked.Count < Math.Min(count, items.Count))
        {
            var item = Pick(items);
            if (!picked.Contains(item)) picked.Add(item);
        }
        return picked;
    }

    private static List<int> Listed(Dictionary<string, List<int>> lists, string key) =>
        lists.TryGetValue(key, out var list) ? list : lists[key] = [];
}
