using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Admin;

/// <summary>Administrators keep the vocabularies: add terms, rename, re-parent, retire. Codes never change.</summary>
[Authorize(Policy = Policies.Administrator)]
public partial class TaxonomiesModel(PortalDbContext db, AuditLog audit) : PageModel
{
    public sealed class TermForm
    {
        [Required(ErrorMessage = "Enter a code.")]
        [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use lower-case letters, digits and single hyphens, e.g. vocational-training.")]
        [StringLength(80)]
        public string Code { get; set; } = "";
        [Required(ErrorMessage = "Enter the English name.")]
        [StringLength(200)]
        public string Name { get; set; } = "";
        [StringLength(200)]
        [Display(Name = "French name")]
        public string? NameFr { get; set; }
        [Display(Name = "Parent term")]
        public int? ParentId { get; set; }
        public bool IsRetired { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Taxonomy Taxonomy { get; set; } = Taxonomy.OrganisationType;
    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }
    [BindProperty] public TermForm Form { get; set; } = new();
    public List<TaxonomyTerm> Terms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Enum.IsDefined(Taxonomy)) return NotFound();
        Response.Headers.Vary = "HX-Request";
        await LoadTermsAsync();
        return Page();
    }

    /// <summary>One row, read-only (htmx: cancel an inline edit).</summary>
    public async Task<IActionResult> OnGetRowAsync(int id) =>
        await LoadForTermAsync(id) is { } term ? Partial("_TermRow", (this, term, false)) : NotFound();

    /// <summary>One row as an inline form (htmx: start editing).</summary>
    public async Task<IActionResult> OnGetEditRowAsync(int id) =>
        await LoadForTermAsync(id) is { } term ? Partial("_TermRow", (this, term, true)) : NotFound();

    private async Task<TaxonomyTerm?> LoadForTermAsync(int id)
    {
        if (await db.TaxonomyTerms.AsNoTracking().Where(t => t.Id == id).Select(t => (Taxonomy?)t.Taxonomy).SingleOrDefaultAsync() is not { } taxonomy)
            return null;
        Taxonomy = taxonomy;
        await LoadTermsAsync();
        return Terms.Single(t => t.Id == id);
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!Enum.IsDefined(Taxonomy)) return NotFound();
        await LoadTermsAsync();
        if (Terms.Any(t => t.Code == Form.Code))
            ModelState.AddModelError("Form.Code", "This code is already used in this taxonomy.");
        ValidateParent(null);
        if (!ModelState.IsValid) return Page();
        var term = new TaxonomyTerm
        {
            Taxonomy = Taxonomy, Code = Form.Code, Name = Form.Name.Trim(), NameFr = Blank(Form.NameFr), ParentId = Form.ParentId,
        };
        db.TaxonomyTerms.Add(term);
        await db.SaveChangesAsync();
        audit.Record("taxonomy.term-added", nameof(TaxonomyTerm), term.Id.ToString(), detail: $"{Taxonomy}: {term.Code} {term.Name}");
        await db.SaveChangesAsync();
        TempData["Flash"] = $"\u201c{term.Name}\u201d was added.";
        return RedirectToPage(new { Taxonomy });
    }

    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        var term = await db.TaxonomyTerms.SingleOrDefaultAsync(t => t.Id == id);
        if (term is null) return NotFound();
        Taxonomy = term.Taxonomy;
        ModelState.Remove("Form.Code");
        ValidateParent(id);
        if (Form.ParentId is not null && !await db.TaxonomyTerms.AnyAsync(t => t.Id == Form.ParentId && t.Taxonomy == term.Taxonomy))
            ModelState.AddModelError("Form.ParentId", "Choose a parent from the same taxonomy.");
        if (Form.ParentId is not null && await IsDescendantAsync(Form.ParentId.Value, id))
            ModelState.AddModelError("Form.ParentId", "A term cannot sit under one of its own sub-terms.");
        if (!ModelState.IsValid)
        {
            await LoadTermsAsync();
            Edit = id;
            return Request.WantsFragment() ? Partial("_TermRow", (this, Terms.Single(t => t.Id == id), true)) : Page();
        }
        var before = Snapshot(term);
        term.Name = Form.Name.Trim();
        term.NameFr = Blank(Form.NameFr);
        term.ParentId = Form.ParentId;
        term.IsRetired = Form.IsRetired;
        audit.Record("taxonomy.term-updated", nameof(TaxonomyTerm), id.ToString(), AuditLog.Diff(before, Snapshot(term)));
        await db.SaveChangesAsync();
        if (Request.WantsFragment())
        {
            await LoadTermsAsync();
            return Partial("_TermRow", (this, Terms.Single(t => t.Id == id), false));
        }
        return RedirectToPage(new { Taxonomy });
    }

    public string ParentName(int? id) => id is null ? "" : Terms.FirstOrDefault(t => t.Id == id)?.Name ?? "";

    private void ValidateParent(int? self)
    {
        if (Form.ParentId is not null && Form.ParentId == self)
            ModelState.AddModelError("Form.ParentId", "A term cannot be its own parent.");
    }

    private async Task<bool> IsDescendantAsync(int candidate, int ancestor)
    {
        int? cursor = candidate;
        var seen = new HashSet<int>();
        while (cursor is { } c && seen.Add(c))
        {
            if (c == ancestor) return true;
            cursor = await db.TaxonomyTerms.Where(t => t.Id == c).Select(t => t.ParentId).SingleOrDefaultAsync();
        }
        return false;
    }

    private async Task LoadTermsAsync() =>
        Terms = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy).OrderBy(t => t.Name).ToListAsync();

    private static Dictionary<string, string?> Snapshot(TaxonomyTerm t) => new()
    {
        ["Name"] = t.Name, ["NameFr"] = t.NameFr, ["ParentId"] = t.ParentId?.ToString(), ["IsRetired"] = t.IsRetired.ToString(),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static string Label(Taxonomy t) => SplitWords().Replace(t.ToString(), " $1").Trim();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex SplitWords();
}
