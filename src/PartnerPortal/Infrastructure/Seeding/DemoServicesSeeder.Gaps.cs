using PartnerPortal.Domain;
using static PartnerPortal.Infrastructure.Seeding.DemoServiceTexts;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Recorded gaps: in every local authority's territory, a few (sub-area, top-level category) cells of its
/// coverage matrix that have no active service, reported by the authority (or a coordinator when it has no
/// user); plus a few closed gaps where a service has since opened.
/// </summary>
internal sealed partial class DemoServicesSeeder
{
    private static readonly Dictionary<string, string> Capitals = new()
    {
        ["GN"] = "Conakry", ["SN"] = "Dakar", ["GM"] = "Banjul", ["CI"] = "Abidjan", ["GE"] = "Tbilisi", ["NP"] = "Kathmandu",
    };

    /// <summary>Open gaps per jurisdiction (by area key); the others get one each.</summary>
    private static readonly Dictionary<string, int> OpenGapQuota = new() { ["GN|Kindia|Kindia"] = 4, ["SN|Tambacounda|Tambacounda"] = 2 };

    private static readonly string[] Basic = ["health-care", "legal-documentation", "reception-counselling", "education"];

    /// <summary>Jurisdictions with one closed gap.</summary>
    private static readonly string[] ClosedGapIn = ["GN|Kindia|Kindia", "SN|Tambacounda|Tambacounda", "GM|Kanifing"];

    public int OpenGaps { get; private set; }
    public int ClosedGaps { get; private set; }

    private void SeedGaps()
    {
        var active = _placed.Where(p => p.Service.Status == ServiceStatus.Active).ToList();
        var categoryById = _terms.Values.Where(t => t.Taxonomy == Taxonomy.ServiceCategory).ToDictionary(t => t.Id);
        string TopCode(int categoryId) =>
            categoryById[categoryId].ParentId is { } parent ? categoryById[parent].Code : categoryById[categoryId].Code;

        foreach (var authority in _providers.Where(p => p.Org.JurisdictionAreaId != null))
        {
            var key = authority.Reach[0];
            var depth = key.Count(c => c == '|') + 1;
            var rows = _areas.Keys.Where(k => k.StartsWith(key + "|", StringComparison.Ordinal) && k.Count(c => c == '|') == depth)
                .Order(StringComparer.Ordinal).ToList();
            if (rows.Count == 0) rows = [key];
            var main = DemoPlaces.All.Where(p => authority.Reaches(p.Key)).MaxBy(p => p.Services)!;
            string Hub(string row) => main.Key == row || main.Key.StartsWith(row + "|", StringComparison.Ordinal) ? Capitals[main.CountryCode] : main.City;

            var covered = rows.ToDictionary(r => r, r => active
                .Where(p => p.Places.Any(pl => pl.Key == r || pl.Key.StartsWith(r + "|", StringComparison.Ordinal)))
                .Select(p => TopCode(p.Service.CategoryId)).ToHashSet());
            var reporter = ReporterFor(authority.Org);

            // A main town lacks specialised services rather than basic ones.
            var missing = rows.SelectMany(r => GapReasons.Keys.Where(c => !covered[r].Contains(c) && (Hub(r) != Capitals[main.CountryCode] || !Basic.Contains(c)))
                    .Select(c => (Row: r, Code: c)))
                .OrderBy(_ => rng.Next()).ToList();
            var quota = OpenGapQuota.GetValueOrDefault(key, 1);
            var taken = new List<(string Row, string Code)>();
            foreach (var cell in missing)
                if (taken.Count < quota && taken.Count(x => x.Row == cell.Row) < 2) taken.Add(cell);
            foreach (var (row, code) in taken) AddGap(row, code, Hub(row), reporter, closed: false);

            if (!ClosedGapIn.Contains(key)) continue;
            var served = rows.SelectMany(r => covered[r].Where(GapReasons.ContainsKey).Select(c => (Row: r, Code: c))).ToList();
            if (served.Count > 0)
            {
                var (row, code) = served[rng.Next(served.Count)];
                AddGap(row, code, Hub(row), reporter, closed: true);
            }
        }
    }

    private DemoUser ReporterFor(Organisation authority)
    {
        var own = _users.Where(u => u.OrganisationId == authority.Id).ToList();
        if (own.Count > 0) return own[0];
        var coordinator = authority.CountryCode == "GN" ? DemoDataSeeder.GuineaCoordinatorEmail : DemoDataSeeder.GlobalCoordinatorEmail;
        return _users.Single(u => u.Email == coordinator);
    }

    private void AddGap(string row, string code, string hub, DemoUser reporter, bool closed)
    {
        var area = _areas[row];
        var reported = _now.AddDays(-(closed ? rng.Next(300, 520) : rng.Next(5, 240))).Date.AddHours(9 + rng.Next(8));
        var gap = new ServiceGap
        {
            AdministrativeAreaId = area.Id, CategoryId = _terms[$"{Taxonomy.ServiceCategory}:{code}"].Id,
            Description = GapReasons[code].Replace("{area}", area.Name).Replace("{hub}", hub),
            ReportedByUserId = reporter.Id, ReportedByName = reporter.FullName, ReportedAtUtc = reported,
        };
        if (closed)
        {
            gap.ClosedAtUtc = reported.AddDays(rng.Next(60, 200));
            gap.ClosedByName = reporter.FullName;
            gap.ClosingNote = Pick(ClosingNotes);
            ClosedGaps++;
        }
        else OpenGaps++;
        db.ServiceGaps.Add(gap);
    }
}
