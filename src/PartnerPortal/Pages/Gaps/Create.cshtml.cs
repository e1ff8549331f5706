using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;
using PartnerPortal.Pages.Services;

namespace PartnerPortal.Pages.Gaps;

/// <summary>Record that a kind of service is missing in an area (usually reached from a coverage-matrix cell).</summary>
[Authorize]
public class CreateModel(PortalDbContext db, CurrentUser current, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Area { get; set; }
    [BindProperty(SupportsGet = true)] public int Category { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Say what is missing and who is affected.")]
    [StringLength(2000, MinimumLength = 10, ErrorMessage = "Write between 10 and 2,000 characters.")]
    public string Description { get; set; } = "";

    public AdministrativeArea AreaRecord { get; private set; } = null!;
    public TaxonomyTerm CategoryRecord { get; private set; } = null!;
    public int ActiveServices { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var me = (await users.GetUserAsync(User))!;
        var gap = new ServiceGap
        {
            AdministrativeAreaId = Area, CategoryId = Category, Description = Description.Trim(), ReportedByUserId = me.Id,
            ReportedByName = me.FullName, ReportedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ServiceGaps.Add(gap);
        await db.SaveChangesAsync();
        audit.Record("gap.recorded", nameof(ServiceGap), gap.Id.ToString(), detail: $"{CategoryRecord.Name} in {AreaRecord.Name}");
        await db.SaveChangesAsync();
        TempData["Flash"] = $"The gap was recorded: no {CategoryRecord.Name.ToLowerInvariant()} in {AreaRecord.Name}.";
        return Redirect($"/Gaps?area={Area}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var area = await db.AdministrativeAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == Area);
        var category = await db.TaxonomyTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == Category && t.Taxonomy == Taxonomy.ServiceCategory);
        if (area is null || category is null) return NotFound();
        if (!AccessRules.CanRecordGap((await current.GetScopeAsync())!, area.Path, area.CountryCode)) return Forbid();
        AreaRecord = area;
        CategoryRecord = category;
        ActiveServices = await (await db.Services.LocatedInAsync(db, area.Path))
            .CountAsync(s => s.Status == ServiceStatus.Active && (s.CategoryId == Category || s.Category!.ParentId == Category));
        return null;
    }
}
