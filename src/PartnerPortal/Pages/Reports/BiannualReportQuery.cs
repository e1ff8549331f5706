using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;

namespace PartnerPortal.Pages.Reports;

/// <summary>
/// The one place that computes a biannual report's figures (PRODUCT §7) for a scope and half-year, as
/// /work/report-definitions.md defines them: everything as of the end of the period, the key figures
/// also as of the end of the previous one (same functions, another cut-off).
/// </summary>
/// <remarks>
/// Built for a network of tens of thousands of services: counts and groupings run in SQL, only small
/// projections (areas, agreement versions, initiatives, grouped counts) come into memory, and no
/// aggregate touches a decimal column (SQLite cannot add or sort them).
/// </remarks>
public sealed partial class BiannualReportQuery(PortalDbContext db, TimeProvider clock)
{

    public async Task<BiannualReport> ComputeAsync(ReportScope scope, ReportingPeriod period, CancellationToken ct = default)
    {
        var generatedAt = clock.GetUtcNow().UtcDateTime;
        var current = new ReportCut(period);
        var previous = new ReportCut(period.Previous);
        var place = await ScopePlacesAsync(scope, current, ct);

        var regions = await RegionsAsync(place, current, ct);
        var stakeholders = await StakeholdersAsync(place, current, regions, ct);
        var services = await ServicesAsync(place, current, regions, ct);
        var staleServices = await StaleServicesAsync(place, current, ct);
        var versions = await AgreementVersionsAsync(place, current, ct);
        var agreements = await AgreementFiguresAsync(place, versions, current, ct);
        var initiativeRows = await InitiativeRowsAsync(place, current, ct);
        var reports = await PeriodReportsAsync(place, current, ct);
        var initiatives = await InitiativeFiguresAsync(place, initiativeRows, reports, current, ct);

        var now = new KeyCounts(
            stakeholders.Organisations, services.ActiveServices, services.ShareVerified, services.OpenGaps.Count,
            AgreementSummary.Of(versions, current),
            InitiativeSummary.Of(initiativeRows, reports, current.Period));
        var before = await KeyCountsAsync(place, previous, ct);
        var byCountry = await ByCountryAsync(place, current, regions, versions, initiativeRows, reports, ct);

        return new BiannualReport
        {
            Scope = scope,
            ScopeName = place.Name,
            Period = period,
            GeneratedAtUtc = generatedAt,
            Countries = place.CountryNames,
            KeyFigures = KeyFigures(now, before),
            ByCountry = byCountry,
            Stakeholders = stakeholders,
            Services = services,
            Agreements = agreements,
            Initiatives = initiatives,
            DataQuality = new DataQualityAnnex(
                services.ActiveServices - services.VerifiedInLast180Days, staleServices,
                initiatives.Progress.InProgress + initiatives.Progress.Missing, MissingProgress(place, initiativeRows, reports, current.Period)),
        };
    }

    /// <summary>The headline numbers at one cut-off; the previous half-year's come from the same functions as the report's.</summary>
    private sealed record KeyCounts(int Organisations, int ActiveServices, double ShareVerified, int OpenGaps,
        AgreementSummary Agreements, InitiativeSummary Initiatives);

    private async Task<KeyCounts> KeyCountsAsync(ScopePlaces place, ReportCut cut, CancellationToken ct)
    {
        var organisations = await Organisations(place, cut).CountAsync(ct);
        var active = await ActiveServices(place, cut).CountAsync(ct);
        var verified = await ActiveServices(place, cut).Where(Verified(cut)).CountAsync(ct);
        var gaps = await OpenGaps(place, cut).CountAsync(ct);
        var versions = await AgreementVersionsAsync(place, cut, ct);
        var initiatives = await InitiativeRowsAsync(place, cut, ct);
        var reports = await PeriodReportsAsync(place, cut, ct);
        return new KeyCounts(organisations, active, active == 0 ? 0 : (double)verified / active, gaps,
            AgreementSummary.Of(versions, cut), InitiativeSummary.Of(initiatives, reports, cut.Period));
    }

    private static List<KeyFigure> KeyFigures(KeyCounts now, KeyCounts before) =>
    [
        new("Organisations", now.Organisations, before.Organisations),
        new("Active services", now.ActiveServices, before.ActiveServices),
        new("Services verified in the last 180 days", now.ShareVerified, before.ShareVerified, FigureFormat.Percent),
        new("Open coverage gaps", now.OpenGaps, before.OpenGaps),
        new("Agreements in force", now.Agreements.InForce, before.Agreements.InForce),
        new("Agreements signed in the half-year", now.Agreements.Signed.Count, before.Agreements.Signed.Count),
        new("Initiatives running", now.Initiatives.Running.Count, before.Initiatives.Running.Count),
        new("Participants", now.Initiatives.Participants.Total, before.Initiatives.Participants.Total),
        new("Returnees taking part", now.Initiatives.Participants.Returnees, before.Initiatives.Participants.Returnees),
        new("Progress reports submitted", now.Initiatives.Progress.Submitted, before.Initiatives.Progress.Submitted),
    ];

    /// <summary>
    /// The cut-off of a half-year: records stamped before the day after its last day (UTC) count.
    /// "Verified in the last 180 days" means from <see cref="VerifiedFrom"/> to the as-of day, both included.
    /// </summary>
    private sealed record ReportCut(ReportingPeriod Period)
    {
        public DateOnly AsOf => Period.End;
        public DateTime AsOfUtc => Utc(Period.End.AddDays(1));
        public DateTime StartUtc => Utc(Period.Start);
        public DateOnly VerifiedFrom => AsOf.AddDays(-179);
        public DateTime VerifiedFromUtc => Utc(VerifiedFrom);

        private static DateTime Utc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    }

    private sealed record AreaInfo(int Id, string Name, string CountryCode, string Path, int RegionId);

    /// <summary>
    /// Where the scope is: its country (null for the network), the names of its countries and every
    /// administrative area in them, each with its region (the first id of its materialised path).
    /// </summary>
    private sealed class ScopePlaces
    {
        public required string? CountryCode { get; init; }
        public required string Name { get; init; }
        public required IReadOnlyList<string> CountryNames { get; init; }
        public required IReadOnlyList<string> CountryCodes { get; init; }
        public required IReadOnlyDictionary<string, string> AllCountryNames { get; init; }
        public required IReadOnlyDictionary<int, AreaInfo> Areas { get; init; }
        /// <summary>Ids of the areas of the country scope (unused for the network, which filters nothing).</summary>
        public required List<int> AreaIds { get; init; }

        public string CountryName(string code) => AllCountryNames.GetValueOrDefault(code, code);
        public AreaInfo? RegionOf(int areaId) => Areas.TryGetValue(areaId, out var a) ? Areas.GetValueOrDefault(a.RegionId) : null;
    }

    private async Task<ScopePlaces> ScopePlacesAsync(ReportScope scope, ReportCut cut, CancellationToken ct)
    {
        var countryNames = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var asOfUtc = cut.AsOfUtc;
        // A country scope is that country alone.
        var codes = scope.CountryCode is { } code ? [code] : await ReportNetwork.CountryCodes(db, asOfUtc).ToListAsync(ct);
        var areaQuery = db.AdministrativeAreas.AsNoTracking();
        if (scope.CountryCode is { } only) areaQuery = areaQuery.Where(a => a.CountryCode == only);
        var areas = (await areaQuery.Select(a => new { a.Id, a.Name, a.CountryCode, a.Path }).ToListAsync(ct))
            .Select(a => new AreaInfo(a.Id, a.Name, a.CountryCode, a.Path, RegionIdOf(a.Path, a.Id)))
            .ToDictionary(a => a.Id);
        return new ScopePlaces
        {
            CountryCode = scope.CountryCode,
            Name = scope.CountryCode is { } c ? countryNames.GetValueOrDefault(c, c) : ReportNetwork.Name,
            CountryNames = codes.Select(x => countryNames.GetValueOrDefault(x, x)).Order(NameOrder).ToList(),
            CountryCodes = codes,
            AllCountryNames = countryNames,
            Areas = areas,
            AreaIds = scope.IsNetwork ? [] : areas.Keys.ToList(),
        };
    }

    /// <summary>The top-level ancestor of an area: the first id of its path ("/3/17/42/" → 3).</summary>
    private static int RegionIdOf(string path, int id)
    {
        var first = path.Trim('/').Split('/', 2)[0];
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var region) ? region : id;
    }

    /// <summary>Names in the reader's alphabetical order, the same on every machine.</summary>
    private static readonly StringComparer NameOrder = StringComparer.InvariantCulture;
}
