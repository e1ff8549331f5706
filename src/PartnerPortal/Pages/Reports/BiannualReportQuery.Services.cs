using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Reports;

// Stakeholders, operational presence and the service directory.
public sealed partial class BiannualReportQuery
{
    /// <summary>HSDS last_action_type of a verification (ServiceVerification.Verify).</summary>
    private const string VerifyAction = "verify";

    /// <summary>Organisations existing on the as-of date, seated in the scope's country or operating there.</summary>
    private IQueryable<Organisation> Organisations(ScopePlaces place, ReportCut cut)
    {
        var asOfUtc = cut.AsOfUtc;
        var q = db.Organisations.AsNoTracking().Where(o => o.CreatedAtUtc < asOfUtc);
        if (place.CountryCode is { } c) q = q.Where(o => o.CountryCode == c || o.CountriesOfOperation.Any(x => x.CountryCode == c));
        return q;
    }

    /// <summary>
    /// Services existing on the as-of date: in a country scope, delivered at a location in one of its areas,
    /// or located nowhere and run by an organisation seated there.
    /// </summary>
    private IQueryable<Service> ScopedServices(ScopePlaces place, ReportCut cut)
    {
        var asOfUtc = cut.AsOfUtc;
        var q = db.Services.AsNoTracking().Where(s => s.CreatedAtUtc < asOfUtc);
        if (place.CountryCode is not { } c) return q;
        return q.Where(s =>
            s.ServiceAtLocations.Any(x => x.Location!.AdministrativeArea!.CountryCode == c)
            || (!s.ServiceAtLocations.Any(x => x.Location!.AdministrativeAreaId != null) && s.Organisation!.CountryCode == c));
    }

    /// <summary>The directory keeps no status history: "active" is the status today (a caveat of the report).</summary>
    private IQueryable<Service> ActiveServices(ScopePlaces place, ReportCut cut) =>
        ScopedServices(place, cut).Where(s => s.Status == ServiceStatus.Active);

    /// <summary>
    /// Verified in the 180 days up to the as-of day: the assured date falls in the window, or a "verify"
    /// change does (a later re-verification overwrote the assured date but not the history).
    /// </summary>
    private Expression<Func<Service, bool>> Verified(ReportCut cut)
    {
        DateOnly? from = cut.VerifiedFrom, asOf = cut.AsOf;
        DateTime fromUtc = cut.VerifiedFromUtc, asOfUtc = cut.AsOfUtc;
        return s => (s.AssuredDate >= from && s.AssuredDate <= asOf)
            || db.ServiceChanges.Any(c => c.ServiceId == s.Id && c.ActionType == VerifyAction && c.AtUtc >= fromUtc && c.AtUtc < asOfUtc);
    }

    private Expression<Func<Service, bool>> NotVerified(ReportCut cut)
    {
        var verified = Verified(cut);
        return Expression.Lambda<Func<Service, bool>>(Expression.Not(verified.Body), verified.Parameters);
    }

    /// <summary>Gaps reported before the as-of date and still open then, in an area of the scope.</summary>
    private IQueryable<ServiceGap> OpenGaps(ScopePlaces place, ReportCut cut)
    {
        var asOfUtc = cut.AsOfUtc;
        var q = db.ServiceGaps.AsNoTracking().Where(g => g.ReportedAtUtc < asOfUtc && (g.ClosedAtUtc == null || g.ClosedAtUtc >= asOfUtc));
        if (place.CountryCode is { } c) q = q.Where(g => g.AdministrativeArea!.CountryCode == c);
        return q;
    }

    private async Task<StakeholderFigures> StakeholdersAsync(ScopePlaces place, ReportCut cut, IReadOnlyList<RegionTally> regions, CancellationToken ct)
    {
        var byType = (await Organisations(place, cut).GroupBy(o => o.Type!.Name).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(x => new CountRow(x.Key, x.Count)).OrderBy(r => r, CountRowOrder).ToList();
        var presence = regions
            .OrderBy(r => place.CountryName(r.Region.CountryCode), NameOrder)
            .ThenByDescending(r => r.Organisations.Count).ThenBy(r => r.Region.Name, NameOrder)
            .Select(r => new PresenceRow(r.Region.Name, place.CountryName(r.Region.CountryCode), r.Organisations.Count, r.ActiveServices))
            .ToList();
        return new StakeholderFigures(byType.Sum(r => r.Count), byType, presence);
    }

    private async Task<ServiceFigures> ServicesAsync(ScopePlaces place, ReportCut cut, IReadOnlyList<RegionTally> regions, CancellationToken ct)
    {
        var services = await ScopedServices(place, cut).CountAsync(ct);
        var active = ActiveServices(place, cut);
        var activeCount = await active.CountAsync(ct);
        var verified = await active.Where(Verified(cut)).CountAsync(ct);
        var perCategory = await active.GroupBy(s => s.CategoryId).Select(g => new { CategoryId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var categoryIds = perCategory.Select(x => x.CategoryId).ToList();
        var categoryNames = await db.TaxonomyTerms.AsNoTracking().Where(t => categoryIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var byCategory = perCategory.Select(x => new CountRow(categoryNames[x.CategoryId], x.Count)).OrderBy(r => r, CountRowOrder).ToList();

        var byArea = regions.Where(r => r.ActiveServices > 0)
            .OrderBy(r => place.CountryName(r.Region.CountryCode), NameOrder).ThenBy(r => r.Region.Name, NameOrder)
            .Select(r => new AreaServiceRow(r.Region.Name, place.CountryName(r.Region.CountryCode), r.ActiveServices, r.Categories.Count, byCategory.Count))
            .ToList();

        var gaps = (await OpenGaps(place, cut)
                .Select(g => new { Area = g.AdministrativeArea!.Name, g.AdministrativeArea.CountryCode, Category = g.Category!.Name, g.Description, g.ReportedAtUtc })
                .ToListAsync(ct))
            .Select(g => new GapRow(g.Area, place.CountryName(g.CountryCode), g.Category, g.Description, DateOnly.FromDateTime(g.ReportedAtUtc)))
            .OrderBy(g => g.Country, NameOrder).ThenBy(g => g.Area, NameOrder).ThenBy(g => g.ReportedOn)
            .ToList();
        return new ServiceFigures(services, activeCount, verified, byCategory, byArea, gaps);
    }

    /// <summary>What a region (top-level area) holds: organisations working there, active services delivered there and their categories.</summary>
    private sealed class RegionTally(AreaInfo region)
    {
        public AreaInfo Region { get; } = region;
        public HashSet<int> Organisations { get; } = [];
        public HashSet<Guid> Services { get; } = [];
        public int ActiveServices => Services.Count;
        public HashSet<int> Categories { get; } = [];
    }

    /// <summary>
    /// Tallies the regions of the scope from one read of where active services are delivered (a few ints per
    /// place): each service counts once per region however many of its places lie there, and makes its
    /// organisation present there; organisations also declare areas of operation.
    /// </summary>
    private async Task<IReadOnlyList<RegionTally>> RegionsAsync(ScopePlaces place, ReportCut cut, CancellationToken ct)
    {
        var active = ActiveServices(place, cut).Select(s => s.Id);
        var located = await db.ServiceAtLocations.Where(x => x.Location!.AdministrativeAreaId != null && active.Contains(x.ServiceId))
            .Select(x => new { x.ServiceId, AreaId = x.Location!.AdministrativeAreaId!.Value, x.Service!.CategoryId, x.Service.OrganisationId })
            .ToListAsync(ct);
        var asOfUtc = cut.AsOfUtc;
        var operating = await db.OrganisationAreas.AsNoTracking()
            .Where(a => db.Organisations.Any(o => o.Id == a.OrganisationId && o.CreatedAtUtc < asOfUtc))
            .Select(a => new { AreaId = a.AdministrativeAreaId, a.OrganisationId }).ToListAsync(ct);

        var tallies = new Dictionary<int, RegionTally>();
        RegionTally? TallyOf(int areaId)
        {
            if (place.RegionOf(areaId) is not { } region) return null; // an area outside the scope's countries
            if (!tallies.TryGetValue(region.Id, out var tally)) tallies[region.Id] = tally = new RegionTally(region);
            return tally;
        }
        foreach (var service in located.GroupBy(x => x.ServiceId))
        {
            var first = service.First();
            foreach (var tally in service.Select(x => TallyOf(x.AreaId)).OfType<RegionTally>().Distinct())
            {
                tally.Services.Add(service.Key);
                tally.Categories.Add(first.CategoryId);
                tally.Organisations.Add(first.OrganisationId);
            }
        }
        foreach (var row in operating) TallyOf(row.AreaId)?.Organisations.Add(row.OrganisationId);
        return tallies.Values.ToList();
    }

    /// <summary>Count rows: largest first, then by name.</summary>
    private static readonly Comparer<CountRow> CountRowOrder = Comparer<CountRow>.Create((a, b) =>
        a.Count != b.Count ? b.Count.CompareTo(a.Count) : NameOrder.Compare(a.Label, b.Label));
}
