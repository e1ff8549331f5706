using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Territory;

/// <summary>
/// Active services counted per sub-area and top-level category. A cell with no service is a gap;
/// a gap somebody has recorded (and not closed) is marked as such.
/// </summary>
public sealed class CoverageMatrix
{
    public required List<AdministrativeArea> Areas { get; init; }
    public required List<TaxonomyTerm> Categories { get; init; }
    public required Dictionary<(int AreaId, int CategoryId), int> Counts { get; init; }
    public required HashSet<(int AreaId, int CategoryId)> RecordedGaps { get; init; }

    public int Count(int areaId, int categoryId) => Counts.GetValueOrDefault((areaId, categoryId));
    public bool IsRecordedGap(int areaId, int categoryId) => RecordedGaps.Contains((areaId, categoryId));
    public int GapCount => Areas.Sum(a => Categories.Count(c => Count(a.Id, c.Id) == 0));

    /// <summary>Rows are the area's children (or the area itself when it has none); columns the top-level categories.</summary>
    public static async Task<CoverageMatrix> BuildAsync(PortalDbContext db, AdministrativeArea area)
    {
        var children = await db.AdministrativeAreas.AsNoTracking().Where(a => a.ParentId == area.Id).OrderBy(a => a.Name).ToListAsync();
        var rows = children.Count > 0 ? children : [area];
        var categories = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Taxonomy == Taxonomy.ServiceCategory && t.ParentId == null && !t.IsRetired).OrderBy(t => t.Name).ToListAsync();

        // Every area of the subtree, mapped to the matrix row it belongs to.
        var subtree = await db.AdministrativeAreas.AsNoTracking().Where(a => a.Path.StartsWith(area.Path)).Select(a => new { a.Id, a.Path }).ToListAsync();
        var rowOf = subtree.ToDictionary(a => a.Id, a => rows.FirstOrDefault(r => a.Path.StartsWith(r.Path, StringComparison.Ordinal))?.Id);
        var areaIds = subtree.Select(a => (int?)a.Id).ToList();
        var categoryOf = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.ServiceCategory)
            .ToDictionaryAsync(t => t.Id, t => t.ParentId ?? t.Id);

        // One row per (service, area, category) in the subtree, read through the index on locations' areas.
        var located = await db.ServiceAtLocations.AsNoTracking()
            .Where(x => areaIds.Contains(x.Location!.AdministrativeAreaId) && x.Service!.Status == ServiceStatus.Active)
            .Select(x => new { x.ServiceId, AreaId = x.Location!.AdministrativeAreaId!.Value, x.Service!.CategoryId })
            .Distinct().ToListAsync();
        var counts = located
            .Where(l => rowOf[l.AreaId] is not null)
            .GroupBy(l => (rowOf[l.AreaId]!.Value, categoryOf[l.CategoryId]))
            .ToDictionary(g => g.Key, g => g.Select(l => l.ServiceId).Distinct().Count());

        var rowIds = rows.Select(r => r.Id).ToList();
        var gaps = await db.ServiceGaps.AsNoTracking().Where(g => g.ClosedAtUtc == null && rowIds.Contains(g.AdministrativeAreaId))
            .Select(g => new { g.AdministrativeAreaId, g.CategoryId }).ToListAsync();
        return new CoverageMatrix
        {
            Areas = rows, Categories = categories, Counts = counts,
            RecordedGaps = gaps.Select(g => (g.AdministrativeAreaId, g.CategoryId)).ToHashSet(),
        };
    }
}
