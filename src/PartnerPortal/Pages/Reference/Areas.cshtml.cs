using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Reference;

/// <summary>Countries and their administrative-area trees; administrators add areas.</summary>
[Authorize]
public class AreasModel(PortalDbContext db, CurrentUser current, AuditLog audit) : PageModel
{
    public sealed class AreaForm
    {
        [Required(ErrorMessage = "Enter the area's name.")]
        [StringLength(200)]
        public string Name { get; set; } = "";
        [Display(Name = "Inside (parent area)")]
        public int? ParentId { get; set; }
        [StringLength(50)]
        [Display(Name = "Official code (e.g. P-code)")]
        public string? Code { get; set; }
    }

    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty] public AreaForm Form { get; set; } = new();
    public List<Country> Countries { get; private set; } = [];
    public List<AdministrativeArea> Areas { get; private set; } = [];
    public bool CanManage { get; private set; }
    public string? HighlightPath { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var scope = (await current.GetScopeAsync())!;
        if (!AccessRules.CanManageReferenceData(scope)) return Forbid();
        if (Country is null || !await db.Countries.AnyAsync(c => c.Code == Country)) return NotFound();
        var parent = Form.ParentId is null ? null
            : await db.AdministrativeAreas.SingleOrDefaultAsync(a => a.Id == Form.ParentId && a.CountryCode == Country);
        if (Form.ParentId is not null && parent is null) ModelState.AddModelError("Form.ParentId", "Choose a parent area of this country.");
        if (parent is { Level: AreaLevel.Municipality }) ModelState.AddModelError("Form.ParentId", "A municipality is the lowest level; choose a region or district.");
        if (ModelState.IsValid && await db.AdministrativeAreas.AnyAsync(a => a.CountryCode == Country && a.ParentId == Form.ParentId && a.Name == Form.Name.Trim()))
            ModelState.AddModelError("Form.Name", "An area with this name already exists at this place in the tree.");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        var area = new AdministrativeArea
        {
            CountryCode = Country, ParentId = parent?.Id, Name = Form.Name.Trim(), Code = string.IsNullOrWhiteSpace(Form.Code) ? null : Form.Code.Trim(),
            Level = parent is null ? AreaLevel.Region : parent.Level + 1,
        };
        db.AdministrativeAreas.Add(area);
        await db.SaveChangesAsync();
        area.Path = AdministrativeArea.ChildPath(parent?.Path ?? "/", area.Id);
        audit.Record("area.added", nameof(AdministrativeArea), area.Id.ToString(), detail: $"{Country}: {area.Name} ({area.Level})");
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        TempData["Flash"] = $"{area.Name} was added.";
        return RedirectToPage(new { country = Country });
    }

    private async Task LoadAsync()
    {
        var scope = (await current.GetScopeAsync())!;
        CanManage = AccessRules.CanManageReferenceData(scope);
        HighlightPath = scope.JurisdictionPath;
        Countries = await db.Countries.AsNoTracking().OrderBy(c => c.Name).ToListAsync();
        Country ??= scope.OrganisationCountryCode;
        Areas = await db.AdministrativeAreas.AsNoTracking().Where(a => a.CountryCode == Country).OrderBy(a => a.Name).ToListAsync();
    }

    public IEnumerable<AdministrativeArea> ChildrenOf(int? parentId) => Areas.Where(a => a.ParentId == parentId);
}
