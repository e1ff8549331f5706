using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Domain;

/// <summary>An administrative area as the finder sees it; <see cref="Path"/> is the materialised ancestor path.</summary>
public sealed record AreaFact(int Id, string Name, AreaLevel Level, string Path, string CountryCode);

/// <summary>A taxonomy term (target group, sector, kind of support) by id and display name.</summary>
public sealed record TermFact(int Id, string Name);

/// <summary>What the finder needs to know about one programme, loaded by the page that asks.</summary>
public sealed record ProgrammeFacts
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public string? Acronym { get; init; }
    public required int OwnerOrganisationId { get; init; }
    public required string OwnerName { get; init; }
    public ProgrammeKind Kind { get; init; }
    public ProgrammeStatus Status { get; init; } = ProgrammeStatus.Implementation;
    public IReadOnlyCollection<string> CountryCodes { get; init; } = [];
    /// <summary>A country of <see cref="CountryCodes"/> with no area here means the whole country.</summary>
    public IReadOnlyCollection<AreaFact> Areas { get; init; } = [];
    public DateOnly Start { get; init; }
    public DateOnly End { get; init; }
    public IReadOnlyCollection<TermFact> TargetGroups { get; init; } = [];
    public IReadOnlyCollection<TermFact> Sectors { get; init; } = [];
    public IReadOnlyCollection<TermFact> SupportOffered { get; init; } = [];
}

/// <summary>Two programme ids in a fixed order, so that (a, b) and (b, a) are the same pair.</summary>
public readonly record struct ProgrammePair(int First, int Second)
{
    public static ProgrammePair Of(int a, int b) => a < b ? new(a, b) : new(b, a);
}

/// <summary>One agreement version: its status and the programmes its parties bring.</summary>
public sealed record AgreementLink(AgreementStatus Status, IReadOnlyCollection<int> ProgrammeIds);

/// <summary>
/// Two programmes that should talk: where and when they overlap, whom and what they share, a score
/// to rank by and the reasons in words. <see cref="SharedAreas"/> empty means the whole country.
/// </summary>
public sealed record SynergyCandidate(ProgrammeFacts First, ProgrammeFacts Second, string CountryCode,
    IReadOnlyList<AreaFact> SharedAreas, DateOnly OverlapStart, DateOnly OverlapEnd,
    IReadOnlyList<TermFact> SharedTargetGroups, IReadOnlyList<TermFact> SharedSectors, int Score, IReadOnlyList<string> Reasons)
{
    public bool Involves(int programmeId) => First.Id == programmeId || Second.Id == programmeId;
    public ProgrammeFacts Other(int programmeId) => First.Id == programmeId ? Second : First;
}

/// <summary>
/// The synergy finder of PRODUCT §5: pairs of programmes of different owners that overlap in
/// geography, in period, and in target groups or sectors, and are not yet parties to a live agreement
/// together. Plain code over facts, so that the rules are unit-tested without a database.
/// </summary>
public sealed class SynergyFinder(IReadOnlyDictionary<string, string>? countryNames = null)
{
    /// <summary>An agreement in these statuses links its programmes; a withdrawn, expired or terminated one no longer does.</summary>
    public static readonly IReadOnlySet<AgreementStatus> LiveStatuses = new HashSet<AgreementStatus>
    {
        AgreementStatus.Draft, AgreementStatus.InNegotiation, AgreementStatus.ReadyForSignature, AgreementStatus.Active,
    };

    /// <summary>Every pair of programmes that are parties together to a live agreement version.</summary>
    public static IReadOnlySet<ProgrammePair> LinkedPairs(IEnumerable<AgreementLink> versions)
    {
        var pairs = new HashSet<ProgrammePair>();
        foreach (var v in versions.Where(v => LiveStatuses.Contains(v.Status)))
        {
            var ids = v.ProgrammeIds.Distinct().ToList();
            for (var i = 0; i < ids.Count; i++)
                for (var j = i + 1; j < ids.Count; j++) pairs.Add(ProgrammePair.Of(ids[i], ids[j]));
        }
        return pairs;
    }

    /// <summary>
    /// All candidate pairs among the programmes, best first. With <paramref name="today"/>, overlaps that ended
    /// before it are left out; with <paramref name="inCountry"/>, only overlaps in that country count.
    /// </summary>
    public IReadOnlyList<SynergyCandidate> Find(IReadOnlyList<ProgrammeFacts> programmes, IReadOnlySet<ProgrammePair> linked,
        DateOnly? today = null, string? inCountry = null)
    {
        var found = new List<SynergyCandidate>();
        for (var i = 0; i < programmes.Count; i++)
            for (var j = i + 1; j < programmes.Count; j++)
                if (Pair(programmes[i], programmes[j], linked, today, inCountry) is { } c) found.Add(c);
        return Rank(found);
    }

    /// <summary>The candidates of one programme, best first.</summary>
    public IReadOnlyList<SynergyCandidate> FindFor(ProgrammeFacts programme, IEnumerable<ProgrammeFacts> others,
        IReadOnlySet<ProgrammePair> linked, DateOnly? today = null) =>
        Rank(others.Where(o => o.Id != programme.Id).Select(o => Pair(programme, o, linked, today)).OfType<SynergyCandidate>());

    /// <summary>The pair as a candidate, or null when it is not one.</summary>
    public SynergyCandidate? Pair(ProgrammeFacts a, ProgrammeFacts b, IReadOnlySet<ProgrammePair> linked, DateOnly? today = null, string? inCountry = null)
    {
        if (a.Id == b.Id || a.OwnerOrganisationId == b.OwnerOrganisationId || linked.Contains(ProgrammePair.Of(a.Id, b.Id))) return null;
        var start = a.Start > b.Start ? a.Start : b.Start;
        var end = a.End < b.End ? a.End : b.End;
        if (start > end || (today is { } t && end < t)) return null;
        var groups = Shared(a.TargetGroups, b.TargetGroups);
        var sectors = Shared(a.Sectors, b.Sectors);
        if (groups.Count == 0 && sectors.Count == 0) return null;
        if (SharedGeography(a, b, inCountry) is not { } place) return null;

        // The reintegration side first, so that the parties of a draft read "reintegration × development".
        var (first, second) = KindOrder(a.Kind) <= KindOrder(b.Kind) ? (a, b) : (b, a);
        var reasons = new List<string> { GeographyReason(place), start.Year == end.Year ? $"Both run in {start.Year}" : $"Both run in {start.Year}–{end.Year}" };
        if (groups.Count > 0) reasons.Add("Both serve " + Words(groups.Select(g => Lower(g.Name))));
        if (sectors.Count > 0) reasons.Add("Both are active in " + Words(sectors.Select(s => Lower(s.Name))));
        var kinds = KindComplement(first.Kind, second.Kind);
        if (kinds > 0) reasons.Add($"One is {Article(KindName(first.Kind))}, the other {Article(KindName(second.Kind))}");
        var firstOnly = first.SupportOffered.ExceptBy(second.SupportOffered.Select(s => s.Id), s => s.Id).OrderBy(s => s.Name).ToList();
        var secondOnly = second.SupportOffered.ExceptBy(first.SupportOffered.Select(s => s.Id), s => s.Id).OrderBy(s => s.Name).ToList();
        var complementary = firstOnly.Count > 0 && secondOnly.Count > 0;
        if (complementary)
            reasons.Add($"One offers {Lower(firstOnly[0].Name)}, the other {Lower(secondOnly[0].Name)}");

        var score = place.Specificity * 10 + 10
            + Math.Min(36, (end.DayNumber - start.DayNumber + 1) / 30) / 2
            + Math.Min(3, groups.Count) * 10
            + Math.Min(3, sectors.Count) * 4
            + kinds
            + (complementary ? 8 : 0);
        return new SynergyCandidate(first, second, place.CountryCode, place.Areas, start, end, groups, sectors, score, reasons);
    }

    private static List<SynergyCandidate> Rank(IEnumerable<SynergyCandidate> candidates) =>
        candidates.OrderByDescending(c => c.Score).ThenBy(c => c.First.Name, StringComparer.Ordinal).ThenBy(c => c.Second.Name, StringComparer.Ordinal).ToList();

    private sealed record Place(string CountryCode, IReadOnlyList<AreaFact> Areas, int Specificity);

    /// <summary>
    /// The most specific place both work in: for each shared country, the intersection of their areas
    /// (an area and its sub-areas overlap; a country without areas covers all of it). Specificity:
    /// 0 for the whole country, otherwise the deepest shared area's level.
    /// </summary>
    private static Place? SharedGeography(ProgrammeFacts a, ProgrammeFacts b, string? inCountry)
    {
        Place? best = null;
        foreach (var country in a.CountryCodes.Intersect(b.CountryCodes).Where(c => inCountry is null || c == inCountry).Order(StringComparer.Ordinal))
        {
            var mine = Coverage(a, country);
            var theirs = Coverage(b, country);
            List<AreaFact> shared;
            if (mine.Count == 0) shared = theirs;
            else if (theirs.Count == 0) shared = mine;
            else
                shared = mine.SelectMany(x => theirs.Select(y => Within(y, x) ? y : Within(x, y) ? x : null)).OfType<AreaFact>()
                    .DistinctBy(x => x.Id).ToList();
            if (mine.Count > 0 && theirs.Count > 0 && shared.Count == 0) continue;
            var ordered = shared.OrderByDescending(x => x.Level).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
            var place = new Place(country, ordered, ordered.Count == 0 ? 0 : (int)ordered[0].Level);
            if (best is null || place.Specificity > best.Specificity) best = place;
        }
        return best;
    }

    /// <summary>The programme's areas in the country, without those already covered by another of them.</summary>
    private static List<AreaFact> Coverage(ProgrammeFacts p, string country)
    {
        var areas = p.Areas.Where(x => x.CountryCode == country).ToList();
        return areas.Where(x => !areas.Any(y => y.Id != x.Id && Within(x, y))).ToList();
    }

    private static bool Within(AreaFact inner, AreaFact outer) => inner.Path.StartsWith(outer.Path, StringComparison.Ordinal);

    private static List<TermFact> Shared(IEnumerable<TermFact> a, IEnumerable<TermFact> b) =>
        a.IntersectBy(b.Select(t => t.Id), t => t.Id).DistinctBy(t => t.Id).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    private string GeographyReason(Place place)
    {
        if (place.Areas.Count == 0) return "Both work across " + (countryNames?.GetValueOrDefault(place.CountryCode) ?? place.CountryCode);
        var shown = place.Areas.Take(4).ToList();
        var more = place.Areas.Count - shown.Count;
        // "Kindia and Labé districts" rather than "Kindia district and Labé district".
        var named = shown.Count > 1 && shown.All(a => a.Level == shown[0].Level && !SaysWhatItIs(a))
            ? [Words(shown.Select(a => a.Name)) + " " + Plural(shown[0].Level)]
            : shown.Select(AreaLabel).ToList();
        return "Both work in " + (more > 0 ? string.Join(", ", named) + $" and {more} more area{(more == 1 ? "" : "s")}" : Words(named));
    }

    private static string Plural(AreaLevel level) => level == AreaLevel.Municipality ? "municipalities" : level.ToString().ToLowerInvariant() + "s";

    private static bool SaysWhatItIs(AreaFact area) => LevelWords.Contains(area.Name.Split(' ')[^1]);

    private static readonly HashSet<string> LevelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "region", "province", "district", "municipality", "city", "commune", "zone", "town", "prefecture", "department",
    };

    /// <summary>"Kindia region", "Coyah district"; names that already say what they are stay as they are.</summary>
    public static string AreaLabel(AreaFact area) => SaysWhatItIs(area) ? area.Name : $"{area.Name} {area.Level.ToString().ToLowerInvariant()}";

    /// <summary>Reintegration and development are the complement the paper is about; the hybrid kind half-completes either.</summary>
    private static int KindComplement(ProgrammeKind x, ProgrammeKind y) =>
        x == y ? 0 : x == ProgrammeKind.DevelopmentOrientedReintegration || y == ProgrammeKind.DevelopmentOrientedReintegration ? 8 : 15;

    private static int KindOrder(ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Reintegration => 0, ProgrammeKind.DevelopmentOrientedReintegration => 1, _ => 2,
    };

    public static string KindName(ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Reintegration => "reintegration programme",
        ProgrammeKind.Development => "development programme",
        ProgrammeKind.DevelopmentOrientedReintegration => "development-oriented reintegration programme",
        _ => "programme",
    };

    private static string Article(string noun) => ("aeiou".Contains(noun[0]) ? "an " : "a ") + noun;

    /// <summary>Lower-cases a term name's first letter for use inside a sentence, but leaves acronyms alone.</summary>
    private static string Lower(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    /// <summary>"a", "a and b", "a, b and c"; names that contain "and" themselves are only separated by commas.</summary>
    private static string Words(IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count <= 1 || list.Any(x => x.Contains(" and ", StringComparison.Ordinal))) return string.Join(", ", list);
        return string.Join(", ", list[..^1]) + " and " + list[^1];
    }
}
