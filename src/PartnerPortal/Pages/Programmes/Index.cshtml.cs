using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Programmes;

/// <summary>The programme register: every signed-in user reads it and filters by country, kind, status and text.</summary>
[Authorize]
public class IndexModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "country")] public string? Country { get; set; }
    [BindProperty(SupportsGet = true, Name = "kind")] public ProgrammeKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public ProgrammeStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Id, string Name, string? Acronym, ProgrammeKind Kind, ProgrammeStatus Status, int OwnerId, string Owner,
        List<string> Countries, DateOnly Start, DateOnly End);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public List<SelectListItem> Countries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.Vary = "HX-Request";
        await SearchAsync();
        if (Request.WantsFragment()) return Partial("_Results", this);
        Countries = await db.Countries.AsNoTracking().Where(c => db.Programmes.Any(p => p.Countries.Any(x => x.CountryCode == c.Code)))
            .OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Code)).ToListAsync();
        return Page();
    }

    private async Task SearchAsync()
    {
        var q = db.Programmes.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var text = Query.Trim().ToLower();
            q = q.Where(p => p.Name.ToLower().Contains(text) || (p.Acronym != null && p.Acronym.ToLower().Contains(text))
                || (p.Description != null && p.Description.ToLower().Contains(text)) || p.OwnerOrganisation!.Name.ToLower().Contains(text));
        }
        if (!string.IsNullOrWhiteSpace(Country)) q = q.Where(p => p.Countries.Any(c => c.CountryCode == Country));
        if (Kind is { } kind) q = q.Where(p => p.Kind == kind);
        if (Status is { } status) q = q.Where(p => p.Status == status);

        Total = await q.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await q.OrderBy(p => p.Name).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.Name, p.Acronym, p.Kind, p.Status, p.OwnerOrganisationId, p.OwnerOrganisation!.Name,
                p.Countries.OrderBy(c => c.Country!.Name).Select(c => c.Country!.Name).ToList(), p.StartDate, p.EndDate))
            .ToListAsync();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query, ["country"] = Country, ["kind"] = Kind?.ToString(), ["status"] = Status?.ToString(), ["page"] = page.ToString(),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
