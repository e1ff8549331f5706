using PartnerPortal.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Organisations;

/// <summary>The organisation directory: every signed-in user can search it.</summary>
[Authorize]
public class IndexModel(PortalDbContext db, CurrentUser current) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "country")] public string? Country { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public int? TypeId { get; set; }
    [BindProperty(SupportsGet = true, Name = "area")] public int? AreaId { get; set; }
    [BindProperty(SupportsGet = true, Name = "sector")] public int? SectorId { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Id, string Name, string? Acronym, string Type, string Country, string? Jurisdiction, int Members);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public List<SelectListItem> Countries { get; private set; } = [];
    public List<SelectListItem> Types { get; private set; } = [];
    public List<SelectListItem> Sectors { get; private set; } = [];
    public List<(string Country, List<SelectListItem> Areas)> Areas { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.Vary = "HX-Request";
        await SearchAsync();
        if (Request.WantsFragment()) return Partial("_Results", this);

        var scope = (await current.GetScopeAsync())!;
        CanCreate = scope.IsAdministrator || scope.IsCoordinator;
        Countries = await db.Countries.AsNoTracking().Where(c => db.Organisations.Any(o => o.CountryCode == c.Code))
            .OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Code)).ToListAsync();
        Types = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.OrganisationType)
            .OrderBy(t => t.Name).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToListAsync();
        Sectors = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.Sector)
            .OrderBy(t => t.Name).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToListAsync();
        var areas = await db.AdministrativeAreas.AsNoTracking().Where(a => a.Level != AreaLevel.Municipality)
            .OrderBy(a => a.Path).Select(a => new { a.Id, a.Name, a.Level, Country = a.Country!.Name }).ToListAsync();
        Areas = areas.GroupBy(a => a.Country).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Select(a => new SelectListItem((a.Level == AreaLevel.District ? "\u00a0\u00a0\u00a0" : "") + a.Name, a.Id.ToString())).ToList()))
            .ToList();
        return Page();
    }

    private async Task SearchAsync()
    {
        var q = db.Organisations.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var text = Query.Trim().ToLower();
            q = q.Where(o => o.Name.ToLower().Contains(text) || (o.Acronym != null && o.Acronym.ToLower().Contains(text))
                || (o.Description != null && o.Description.ToLower().Contains(text)));
        }
        if (!string.IsNullOrWhiteSpace(Country)) q = q.Where(o => o.CountryCode == Country || o.CountriesOfOperation.Any(c => c.CountryCode == Country));
        if (TypeId is not null) q = q.Where(o => o.TypeId == TypeId);
        if (SectorId is not null) q = q.Where(o => o.Sectors.Any(x => x.TermId == SectorId));
        if (AreaId is not null && await db.AdministrativeAreas.Where(a => a.Id == AreaId).Select(a => a.Path).SingleOrDefaultAsync() is { } path)
            q = q.Where(o => o.AreasOfOperation.Any(a => a.AdministrativeArea!.Path.StartsWith(path) || path.StartsWith(a.AdministrativeArea.Path))
                || (o.JurisdictionArea != null && (o.JurisdictionArea.Path.StartsWith(path) || path.StartsWith(o.JurisdictionArea.Path)))
                || db.Services.Any(s => s.OrganisationId == o.Id && s.ServiceAtLocations.Any(x => x.Location!.AdministrativeArea!.Path.StartsWith(path))));

        Total = await q.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await q.OrderBy(o => o.Name).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(o => new Row(o.Id, o.Name, o.Acronym, o.Type!.Name, o.Country!.Name,
                o.JurisdictionArea != null ? o.JurisdictionArea.Name : null,
                db.Users.Count(u => u.OrganisationId == o.Id && !u.IsDeactivated)))
            .ToListAsync();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query, ["country"] = Country, ["type"] = TypeId?.ToString(), ["area"] = AreaId?.ToString(), ["sector"] = SectorId?.ToString(),
        ["page"] = page.ToString(),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
