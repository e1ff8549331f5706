using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;
using PartnerPortal.Pages.Services;

namespace PartnerPortal.Pages.Directory;

/// <summary>
/// What the printed referral guide of an area lists: the active services the public directory shows for
/// the area (same area rule as its filter), grouped by top-level service category.
/// </summary>
public static class ReferralGuideQuery
{
    /// <summary>More than this makes a guide nobody prints; the visitor is asked to choose a smaller area.</summary>
    public const int MaxServices = 500;

    /// <param name="Description">The area with its parents and country: "Kindia — Kindia region, Guinea".</param>
    public sealed record GuideArea(int Id, string Name, string Path, string Description, string Slug);

    /// <param name="Locations">Its places of delivery in the area; or, for a service that only covers the area, all of them.</param>
    public sealed record Entry(Service Service, string? Subcategory, IReadOnlyList<Location> Locations, bool DeliveredHere);

    public sealed record Category(string Name, string Anchor, IReadOnlyList<Entry> Services);

    public sealed record Guide(GuideArea Area, DateOnly PrintedOn, IReadOnlyList<Category> Categories)
    {
        public int ServiceCount => Categories.Sum(c => c.Services.Count);
    }

    /// <summary>A link to an area's guide as the directory offers it, with the number of services it would list.</summary>
    public sealed record GuideLink(int AreaId, string AreaName, int ServiceCount)
    {
        public bool TooLarge => ServiceCount > MaxServices;
    }

    /// <summary>Published services of public organisations that are open now (not temporarily closed or inactive).</summary>
    private static IQueryable<Service> Listed(PortalDbContext db) =>
        db.Services.AsNoTracking().PubliclyVisible().Where(s => s.Status == ServiceStatus.Active);

    public static async Task<GuideArea?> FindAreaAsync(PortalDbContext db, int areaId)
    {
        var area = await db.AdministrativeAreas.AsNoTracking().Where(a => a.Id == areaId)
            .Select(a => new { a.Id, a.Name, a.Path, Country = a.Country!.Name }).SingleOrDefaultAsync();
        if (area is null) return null;
        var ancestorIds = area.Path.Trim('/').Split('/').Select(int.Parse).Where(id => id != areaId).ToList();
        var ancestors = await db.AdministrativeAreas.AsNoTracking().Where(a => ancestorIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Name, a.Level }).ToListAsync();
        var parents = ancestors.OrderByDescending(a => ancestorIds.IndexOf(a.Id)).Select(a => $"{a.Name} {a.Level.ToString().ToLowerInvariant()}");
        var description = $"{area.Name} — {string.Join(", ", parents.Append(area.Country))}";
        return new GuideArea(area.Id, area.Name, area.Path, description, Slugs.Of(area.Name) is { Length: > 0 } slug ? slug : "area");
    }

    /// <summary>How many services the area's guide lists; cached with the directory's other counts.</summary>
    public static Task<int> CountAsync(PortalDbContext db, DirectoryCache cache, int areaId, string areaPath) =>
        cache.GetOrAddAsync($"referral-guide-count:{areaId}", async () => await (await Listed(db).ServingAreaAsync(db, areaPath)).CountAsync());

    public static async Task<Guide> LoadAsync(PortalDbContext db, GuideArea area, DateOnly today)
    {
        var services = await (await Listed(db).ServingAreaAsync(db, area.Path)).AsSplitQuery()
            .Include(s => s.Organisation).Include(s => s.Category).ThenInclude(c => c!.Parent)
            .Include(s => s.TargetGroups).ThenInclude(t => t.Term)
            .Include(s => s.ServiceAtLocations).ThenInclude(x => x.Location).ThenInclude(l => l!.AdministrativeArea)
            .Include(s => s.Phones).Include(s => s.Contacts).Include(s => s.Schedules).Include(s => s.Languages)
            .Include(s => s.CostOptions).Include(s => s.RequiredDocuments)
            .OrderBy(s => s.Name).Take(MaxServices)
            .ToListAsync();

        var categories = services
            .Select(s =>
            {
                var locations = s.ServiceAtLocations.Select(x => x.Location!).ToList();
                var here = locations.Where(l => l.AdministrativeArea?.Path.StartsWith(area.Path) == true).ToList();
                return (Top: s.Category!.Parent ?? s.Category, Entry: new Entry(s, s.Category.Parent is null ? null : s.Category.Name,
                    here.Count > 0 ? here : locations, here.Count > 0));
            })
            .GroupBy(x => x.Top.Id)
            .Select(g => new Category(g.First().Top.Name, $"category-{g.Key}",
                g.Select(x => x.Entry).OrderBy(e => e.Subcategory ?? "", StringComparer.CurrentCulture)
                    .ThenBy(e => e.Service.Name, StringComparer.CurrentCulture).ToList()))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
        return new Guide(area, today, categories);
    }
}
