using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>
/// The registry of community-based initiatives. Signed-in users see every initiative with its lead and
/// reference; the public sees the summary of published initiatives only (<see cref="PublicSummary"/>).
/// </summary>
[AllowAnonymous]
public class IndexModel(PortalDbContext db, CurrentUser current) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(int Id, string Reference, string Title, string Type, string Country, string? Area, string? Locality,
        int? LeadId, string? Lead, ActivityStatus Status, int Returnees, int CommunityMembers)
    {
        public string Place => InitiativeNames.Place(Country, Area, Locality);
    }

    public InitiativeFilter Filter { get; private set; } = new();
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public bool SignedIn { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public List<PublicSummary> PublicRows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    public List<SelectListItem> Countries { get; private set; } = [];
    public List<SelectListItem> Areas { get; private set; } = [];
    public List<SelectListItem> Types { get; private set; } = [];
    public List<SelectListItem> Themes { get; private set; } = [];
    public List<SelectListItem> Goals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.Vary = "HX-Request";
        SignedIn = await current.GetScopeAsync() is not null;
        Filter = InitiativeFilter.From(Request.Query);
        // The public never sees, counts or finds an unpublished initiative.
        var visible = SignedIn ? db.Initiatives.AsNoTracking() : db.Initiatives.AsNoTracking().Where(i => i.IsPublished);
        var q = await Filter.ApplyAsync(visible, db);
        Total = await q.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = q.OrderBy(i => i.Title).ThenBy(i => i.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize);
        if (SignedIn)
            Rows = await page.Select(i => new Row(i.Id, i.Reference, i.Title, i.Type!.Name, i.Country!.Name,
                i.AdministrativeArea != null ? i.AdministrativeArea.Name : null, i.Locality, i.LeadOrganisationId,
                i.LeadOrganisation != null ? i.LeadOrganisation.Name : null, i.Status,
                i.ReturneesFemale + i.ReturneesMale, i.CommunityMembersFemale + i.CommunityMembersMale)).ToListAsync();
        else
            PublicRows = await page.Select(PublicSummary.Projection).AsSplitQuery().ToListAsync();
        if (Request.WantsFragment()) return Partial("_Results", this);
        await LoadChoicesAsync(visible);
        return Page();
    }

    /// <summary>Only values that occur among the visible initiatives; areas with the areas above them, so a region finds its villages.</summary>
    private async Task LoadChoicesAsync(IQueryable<Initiative> visible)
    {
        Countries = await db.Countries.AsNoTracking().Where(c => visible.Any(i => i.CountryCode == c.Code) || c.Code == Filter.Country)
            .OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Code, c.Code == Filter.Country)).ToListAsync();
        var usedPaths = await visible.Where(i => i.AdministrativeArea != null).Select(i => i.AdministrativeArea!.Path).Distinct().ToListAsync();
        var areaIds = usedPaths.SelectMany(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).ToHashSet();
        if (Filter.Area is { } chosen) areaIds.Add(chosen);
        var areas = await db.AdministrativeAreas.AsNoTracking().Where(a => areaIds.Contains(a.Id))
            .OrderBy(a => a.Country!.Name).ThenBy(a => a.Path).Select(a => new { a.Id, a.Name, a.Path, Country = a.Country!.Name }).ToListAsync();
        Areas = areas.Select(a => new SelectListItem(
            $"{new string('\u00a0', (a.Path.Count(ch => ch == '/') - 2) * 3)}{a.Name} ({a.Country})", a.Id.ToString(), a.Id == Filter.Area)).ToList();
        var terms = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.InitiativeType || t.Taxonomy == Taxonomy.ThematicArea)
            .OrderBy(t => t.Name).ToListAsync();
        Types = terms.Where(t => t.Taxonomy == Taxonomy.InitiativeType).Select(t => new SelectListItem(t.Name, t.Id.ToString(), t.Id == Filter.Type)).ToList();
        Themes = terms.Where(t => t.Taxonomy == Taxonomy.ThematicArea).Select(t => new SelectListItem(t.Name, t.Id.ToString(), t.Id == Filter.Theme)).ToList();
        Goals = await db.SdgGoals.AsNoTracking().OrderBy(g => g.Number)
            .Select(g => new SelectListItem($"{g.Number}. {g.ShortEn}", g.Number.ToString(), g.Number == Filter.Sdg)).ToListAsync();
    }

    /// <summary>The filter as a query string, with a page number when one is given; shared by paging and the CSV link.</summary>
    public string QueryFor(int? page = null)
    {
        var values = Filter.RouteValues();
        if (page is { } p) values["page"] = p.ToString();
        return QueryString.Create(values.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
    }
}
