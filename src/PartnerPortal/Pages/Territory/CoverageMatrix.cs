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

        // One row per (service, place, top-level category) in the subtree; grouped in memory by sub-area prefix.
        var located = await db.ServiceAtLocations.AsNoTracking()
            .Where(x => x.Service!.Status == ServiceStatus.Active && x.Location!.AdministrativeArea!.Path.StartsWith(area.Path))
            .Select(x => new { x.ServiceId, x.Location!.AdministrativeArea!.Path, Category = x.Service!.Category!.ParentId ?? x.Service.CategoryId })
            .ToListAsync();
        var counts = new Dictionary<(int, int), int>();
        foreach (var row in rows)
            foreach (var group in located.Where(l => l.Path.StartsWith(row.Path, StringComparison.Ordinal)).GroupBy(l => l.Category))
                counts[(row.Id, group.Key)] = group.Select(l => l.ServiceId).Distinct().Count();

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
