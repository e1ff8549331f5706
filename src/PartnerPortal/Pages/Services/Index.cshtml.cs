using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Services;

/// <summary>The signed-in service directory: every service, with filters; "editable" narrows to those the user keeps.</summary>
[Authorize]
public class IndexModel(PortalDbContext db, CurrentUser current, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "country")] public string? Country { get; set; }
    [BindProperty(SupportsGet = true, Name = "category")] public int? CategoryId { get; set; }
    [BindProperty(SupportsGet = true, Name = "stale")] public bool StaleOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "editable")] public bool EditableOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public sealed record Row(Guid Id, string Name, string Organisation, string Category, ServiceStatus Status, DateOnly? AssuredDate, string? Place);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public List<Country> Countries { get; private set; } = [];
    public List<TaxonomyTerm> Categories { get; private set; } = [];
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    /// <summary>Administrators and coordinators may import HSDS files.</summary>
    public bool CanImport { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.Vary = "HX-Request";
        var scope = (await current.GetScopeAsync())!;
        CanImport = scope.IsAdministrator || scope.IsCoordinator;
        var q = db.Services.AsNoTracking();
        if (EditableOnly) q = q.EditableBy(scope);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var text = Query.Trim().ToLower();
            q = q.Where(s => s.Name.ToLower().Contains(text) || (s.Description != null && s.Description.ToLower().Contains(text))
                || s.Organisation!.Name.ToLower().Contains(text));
        }
        if (!string.IsNullOrWhiteSpace(Country))
            q = q.Where(s => s.Organisation!.CountryCode == Country || s.ServiceAtLocations.Any(x => x.Location!.CountryCode == Country));
        if (CategoryId is not null) q = q.Where(s => s.CategoryId == CategoryId || s.Category!.ParentId == CategoryId);
        var freshSince = Service.FreshSince(Today);
        if (StaleOnly) q = q.Where(s => s.AssuredDate == null || s.AssuredDate < freshSince);

        Total = await q.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await q.OrderBy(s => s.Name).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new Row(s.Id, s.Name, s.Organisation!.Name, s.Category!.Name, s.Status, s.AssuredDate,
                s.ServiceAtLocations.Select(x => x.Location!.AdministrativeArea!.Name).FirstOrDefault()))
            .ToListAsync();
        if (Request.WantsFragment()) return Partial("_ServiceResults", this);

        Countries = await db.Countries.AsNoTracking().Where(c => db.Organisations.Any(o => o.CountryCode == c.Code)).OrderBy(c => c.Name).ToListAsync();
        Categories = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.ServiceCategory && t.ParentId == null).OrderBy(t => t.Name).ToListAsync();
        return Page();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query, ["country"] = Country, ["category"] = CategoryId?.ToString(), ["stale"] = StaleOnly ? "true" : null,
        ["editable"] = EditableOnly ? "true" : null, ["page"] = page.ToString(),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
