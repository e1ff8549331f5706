using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Pages.Reports;

// The data-quality annex: stale services and missing progress, each list capped at DataQualityAnnex.RowLimit rows.
public sealed partial class BiannualReportQuery
{
    /// <summary>An active service not verified in the 180 days before the as-of date, with the area of its first location in the scope.</summary>
    private sealed class StaleCandidate
    {
        public required string Service { get; init; }
        public required string Organisation { get; init; }
        public required string Seat { get; init; }
        public DateOnly? AssuredDate { get; init; }
        public int? FirstAreaId { get; init; }
    }

    private IQueryable<StaleCandidate> StaleCandidates(ScopePlaces place, ReportCut cut)
    {
        Expression<Func<ServiceAtLocation, bool>> located = x => x.Location!.AdministrativeAreaId != null;
        if (place.CountryCode is not null)
        {
            var areaIds = place.AreaIds;
            located = x => x.Location!.AdministrativeAreaId != null && areaIds.Contains(x.Location.AdministrativeAreaId.Value);
        }
        return ActiveServices(place, cut).Where(NotVerified(cut)).Select(s => new StaleCandidate
        {
            Service = s.Name,
            Organisation = s.Organisation!.Name,
            Seat = s.Organisation.CountryCode,
            AssuredDate = s.AssuredDate,
            FirstAreaId = s.ServiceAtLocations.AsQueryable().Where(located)
                .OrderBy(x => x.Location!.Name).ThenBy(x => x.LocationId).Select(x => x.Location!.AdministrativeAreaId).FirstOrDefault(),
        });
    }

    /// <summary>
    /// The first <see cref="DataQualityAnnex.RowLimit"/> stale services by country, region and name. Fifty
    /// thousand services cannot be sorted by region in memory, nor by region name in portable SQL: the
    /// stale ones are first counted per area, then read region by region (services located nowhere last
    /// in their country) until the list is full.
    /// </summary>
    private async Task<List<StaleServiceRow>> StaleServicesAsync(ScopePlaces place, ReportCut cut, CancellationToken ct)
    {
        var candidates = StaleCandidates(place, cut);
        var counts = await candidates.GroupBy(c => new { c.FirstAreaId, c.Seat })
            .Select(g => new { g.Key.FirstAreaId, g.Key.Seat, Count = g.Count() }).ToListAsync(ct);
        var buckets = counts
            .Select(c => c.FirstAreaId is { } areaId && place.RegionOf(areaId) is { } region
                ? new StaleBucket(place.CountryName(region.CountryCode), region.Name, region.Id, null)
                : new StaleBucket(place.CountryName(c.Seat), "", null, c.Seat))
            .Distinct()
            .OrderBy(b => b.Country, NameOrder).ThenBy(b => b.RegionId is null).ThenBy(b => b.Area, NameOrder);

        var rows = new List<StaleServiceRow>();
        foreach (var bucket in buckets)
        {
            var wanted = DataQualityAnnex.RowLimit - rows.Count;
            if (wanted <= 0) break;
            IQueryable<StaleCandidate> inBucket;
            if (bucket.RegionId is { } regionId)
            {
                var areaIds = place.Areas.Values.Where(a => a.RegionId == regionId).Select(a => a.Id).ToList();
                inBucket = candidates.Where(c => c.FirstAreaId != null && areaIds.Contains(c.FirstAreaId.Value));
            }
            else
            {
                var seat = bucket.Seat;
                inBucket = candidates.Where(c => c.FirstAreaId == null && c.Seat == seat);
            }
            rows.AddRange((await inBucket.OrderBy(c => c.Service).Take(wanted).ToListAsync(ct))
                .Select(c => new StaleServiceRow(c.Service, c.Organisation, bucket.Area, bucket.Country, c.AssuredDate)));
        }
        return rows;
    }

    /// <summary>Stale services of one region, or of one country's services located nowhere (Seat set, Area empty).</summary>
    private sealed record StaleBucket(string Country, string Area, int? RegionId, string? Seat);

    /// <summary>Expected progress not submitted: "Missing" (no report), "Draft" or "Reopened", by country and reference.</summary>
    private static List<MissingProgressRow> MissingProgress(ScopePlaces place, IReadOnlyList<InitiativeRow> initiatives,
        IReadOnlyDictionary<int, PeriodReport> reports, ReportingPeriod period) =>
        initiatives.Where(i => i.IsExpected(period))
            .Select(i => (Initiative: i, Report: reports.GetValueOrDefault(i.Id)))
            .Where(x => x.Report is not { State: ProgressState.Submitted })
            .Select(x => new MissingProgressRow(x.Initiative.Reference, x.Initiative.Title, x.Initiative.LeadOrganisation ?? "",
                place.CountryName(x.Initiative.CountryCode), x.Report is null ? "Missing" : x.Report.State.ToString()))
            .OrderBy(r => r.Country, NameOrder).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .Take(DataQualityAnnex.RowLimit)
            .ToList();
}
