using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Admin;

/// <summary>
/// The standard indicator library: administrators add indicators, reword them and retire them. Codes never
/// change, because reports add values up by code; a retired indicator stays on the reports that used it.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public class IndicatorsModel(PortalDbContext db, AuditLog audit) : PageModel
{
    public sealed class IndicatorForm
    {
        [Required(ErrorMessage = "Enter a code.")]
        [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use lower-case letters, digits and single hyphens, e.g. wells-built.")]
        [StringLength(80)]
        public string Code { get; set; } = "";
        [Required(ErrorMessage = "Enter the name.")] [StringLength(200)]
        public string Name { get; set; } = "";
        [Required(ErrorMessage = "Enter what is counted, e.g. people or hectares.")] [StringLength(50)]
        public string Unit { get; set; } = "";
        [StringLength(1000)]
        public string? Description { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }
    [BindProperty] public IndicatorForm Form { get; set; } = new();
    public List<Indicator> Library { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Response.Headers.Vary = "HX-Request";
        await LoadAsync();
    }

    /// <summary>One row, read-only (htmx: cancel an inline edit).</summary>
    public async Task<IActionResult> OnGetRowAsync(int id) => await RowAsync(id, editing: false);

    /// <summary>One row as an inline form (htmx: start editing).</summary>
    public async Task<IActionResult> OnGetEditRowAsync(int id) => await RowAsync(id, editing: true);

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await db.Indicators.AnyAsync(i => i.InitiativeId == null && i.Code == Form.Code))
            ModelState.AddModelError("Form.Code", "This code is already used in the library; choose another one.");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var last = await db.Indicators.Where(i => i.InitiativeId == null).MaxAsync(i => (int?)i.SortOrder) ?? 0;
        var indicator = new Indicator
        {
            Code = Form.Code, Name = Form.Name.Trim(), Unit = Form.Unit.Trim(), Description = Blank(Form.Description), SortOrder = last + 10,
        };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        audit.Record("indicator.added", nameof(Indicator), indicator.Id.ToString(), detail: $"{indicator.Code}: {indicator.Name} ({indicator.Unit})");
        await db.SaveChangesAsync();
        TempData["Flash"] = $"\u201c{indicator.Name}\u201d was added to the library.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id && i.InitiativeId == null);
        if (indicator is null) return NotFound();
        // The code is fixed once created; only the wording changes.
        ModelState.Remove("Form.Code");
        if (!ModelState.IsValid)
        {
            Edit = id;
            return Request.WantsFragment() ? RowFragment(indicator, editing: true) : await ReloadPageAsync();
        }
        var before = Snapshot(indicator);
        indicator.Name = Form.Name.Trim();
        indicator.Unit = Form.Unit.Trim();
        indicator.Description = Blank(Form.Description);
        audit.Record("indicator.updated", nameof(Indicator), id.ToString(), AuditLog.Diff(before, Snapshot(indicator)));
        await db.SaveChangesAsync();
        return Request.WantsFragment() ? RowFragment(indicator, editing: false) : RedirectToPage();
    }

    /// <summary>Retires an indicator (no longer offered on progress forms) or brings it back.</summary>
    public async Task<IActionResult> OnPostRetireAsync(int id, bool retire)
    {
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id && i.InitiativeId == null);
        if (indicator is null) return NotFound();
        if (indicator.IsRetired != retire)
        {
            indicator.IsRetired = retire;
            audit.Record(retire ? "indicator.retired" : "indicator.unretired", nameof(Indicator), id.ToString(), detail: indicator.Code);
            await db.SaveChangesAsync();
        }
        if (Request.WantsFragment()) return RowFragment(indicator, editing: false);
        TempData["Flash"] = retire ? $"\u201c{indicator.Name}\u201d is retired." : $"\u201c{indicator.Name}\u201d is offered again.";
        return RedirectToPage();
    }

    private async Task<IActionResult> RowAsync(int id, bool editing) =>
        await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.InitiativeId == null) is { } indicator
            ? RowFragment(indicator, editing) : NotFound();

    private PartialViewResult RowFragment(Indicator indicator, bool editing) => Partial("_IndicatorRow", (this, indicator, editing));

    private async Task<IActionResult> ReloadPageAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Library = await db.Indicators.AsNoTracking().Where(i => i.InitiativeId == null).OrderBy(i => i.IsRetired).ThenBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync();

    private static Dictionary<string, string?> Snapshot(Indicator i) => new()
    {
        ["Name"] = i.Name, ["Unit"] = i.Unit, ["Description"] = i.Description,
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
