using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;
using PartnerPortal.Pages.Services;

namespace PartnerPortal.Pages.Directory;

/// <summary>The public service directory: no sign-in, full-text search and filters, shareable URLs.</summary>
[AllowAnonymous]
public class IndexModel(PortalDbContext db, TimeProvider clock, IMemoryCache cache, DirectoryCache directoryCache) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "category")] public int? CategoryId { get; set; }
    [BindProperty(SupportsGet = true, Name = "area")] public int? AreaId { get; set; }
    [BindProperty(SupportsGet = true, Name = "group")] public int? TargetGroupId { get; set; }
    [BindProperty(SupportsGet = true, Name = "language")] public string? Language { get; set; }
    [BindProperty(SupportsGet = true, Name = "mainstream")] public bool MainstreamOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public sealed record Result(Guid Id, string Name, string Organisation, string Category, bool IsMainstream, ServiceStatus Status,
        string? Place, string? Phone, DateOnly? AssuredDate);

    public sealed record AreaChoice(int Id, string Label, string Country);

    public List<Result> Results { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public List<TaxonomyTerm> Categories { get; private set; } = [];
    public List<TaxonomyTerm> TargetGroups { get; private set; } = [];
    public List<AreaChoice> Areas { get; private set; } = [];
    public List<string> Languages { get; private set; } = [];
    /// <summary>The printable guide of the area being browsed, when an area is chosen.</summary>
    public ReferralGuideQuery.GuideLink? ReferralGuide { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.Vary = "HX-Request";
        var q = db.Services.AsNoTracking().PubliclyVisible();
        if (ServiceSearchQuery.ToMatchExpression(Query) is { } match) q = q.Matching(db, match);
        if (CategoryId is not null) q = q.Where(s => s.CategoryId == CategoryId || s.Category!.ParentId == CategoryId);
        if (AreaId is not null)
        {
            var area = await db.AdministrativeAreas.Where(a => a.Id == AreaId).Select(a => new { a.Path, a.Name }).SingleOrDefaultAsync();
            if (area is null) return NotFound();
            q = await q.ServingAreaAsync(db, area.Path);
            ReferralGuide = new(AreaId.Value, area.Name, await ReferralGuideQuery.CountAsync(db, directoryCache, AreaId.Value, area.Path));
        }
        if (TargetGroupId is not null) q = q.Where(s => s.TargetGroups.Any(t => t.TermId == TargetGroupId));
        if (!string.IsNullOrWhiteSpace(Language)) q = q.Where(s => s.Languages.Any(l => l.Name == Language));
        if (MainstreamOnly) q = q.Where(s => s.IsMainstream);

        Total = await directoryCache.GetOrAddAsync("directory-search:" + PageLink(0), () => q.CountAsync());
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Results = await q.OrderBy(s => s.Name)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new Result(s.Id, s.Name, s.Organisation!.Name, s.Category!.Name, s.IsMainstream, s.Status,
                s.ServiceAtLocations.Select(x => x.Location!.City ?? x.Location.AdministrativeArea!.Name).FirstOrDefault(),
                s.Phones.OrderBy(p => p.Number).Select(p => p.Number).FirstOrDefault(), s.AssuredDate))
            .ToListAsync();
        if (Request.WantsFragment()) return Partial("_DirectoryResults", this);

        var terms = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => (t.Taxonomy == Taxonomy.ServiceCategory && t.ParentId == null) || t.Taxonomy == Taxonomy.TargetGroup)
            .Where(t => !t.IsRetired).OrderBy(t => t.Name).ToListAsync();
        Categories = terms.Where(t => t.Taxonomy == Taxonomy.ServiceCategory).ToList();
        TargetGroups = terms.Where(t => t.Taxonomy == Taxonomy.TargetGroup).ToList();
        var areas = await db.AdministrativeAreas.AsNoTracking().Where(a => a.Level != AreaLevel.Municipality)
            .OrderBy(a => a.Country!.Name).ThenBy(a => a.Path).Select(a => new { a.Id, a.Name, a.Level, Country = a.Country!.Name }).ToListAsync();
        Areas = areas.Select(a => new AreaChoice(a.Id, (a.Level == AreaLevel.District ? "\u00a0\u00a0\u00a0" : "") + a.Name, a.Country)).ToList();
        Languages = (await cache.GetOrCreateAsync("directory-languages", entry =>
        {
            // The list of languages changes rarely; recomputing it on every visit would scan every language row.
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return db.ServiceLanguages.AsNoTracking().Select(l => l.Name).Distinct().OrderBy(n => n).ToListAsync();
        }))!;
        return Page();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query, ["category"] = CategoryId?.ToString(), ["area"] = AreaId?.ToString(), ["group"] = TargetGroupId?.ToString(),
        ["language"] = Language, ["mainstream"] = MainstreamOnly ? "true" : null, ["page"] = page.ToString(),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
