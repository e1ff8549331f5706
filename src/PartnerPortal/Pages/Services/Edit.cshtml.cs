using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Services;

[Authorize]
public class EditModel(PortalDbContext db, CurrentUser current, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public ServiceForm Form { get; set; } = new();
    /// <summary>The version the editor started from; a save against a newer version is refused.</summary>
    [BindProperty] public Guid Version { get; set; }
    public Guid Id { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public bool Conflict { get; private set; }
    public List<TaxonomyTerm> Categories { get; private set; } = [];
    public List<TaxonomyTerm> TargetGroups { get; private set; } = [];
    /// <summary>The areas a service area may name: those of the service's countries, and any it already names.</summary>
    public List<AdministrativeArea> Areas { get; private set; } = [];
    private IReadOnlyCollection<string> _countries = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await AuthorizeAsync(id) is { } refused) return refused;
        var service = await LoadAsync(id);
        Form = ServiceForm.From(service);
        Version = service.Version;
        await LoadAreasAsync(service);
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await AuthorizeAsync(id) is { } refused) return refused;
        var service = await LoadAsync(id);
        await LoadAreasAsync(service);
        await Form.ValidateAsync(db, ModelState, nameof(Form), Areas.Select(a => a.Id).ToHashSet());
        if (service.Version != Version)
        {
            Conflict = true;
            ModelState.AddModelError("", "Someone else saved this service after you opened it. Your changes were not saved. " +
                "Reload to see the current version, then make your changes again.");
        }
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }
        var me = (await users.GetUserAsync(User))!;
        var changed = Form.ApplyAndRecord(service, db, audit, me.Email!, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = true;
            ModelState.AddModelError("", "Someone else saved this service at the same moment. Reload and try again.");
            await LoadChoicesAsync();
            return Page();
        }
        TempData["Flash"] = changed == 0 ? "Nothing had changed." : "The service was saved.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> AuthorizeAsync(Guid id)
    {
        Id = id;
        if (await ServiceAccess.LoadFactsAsync(db, id) is not { } facts) return NotFound();
        _countries = facts.CountryCodes;
        return AccessRules.CanEditService((await current.GetScopeAsync())!, facts) ? null : Forbid();
    }

    private async Task<Service> LoadAsync(Guid id)
    {
        var service = await db.Services.AsSplitQuery().Include(s => s.TargetGroups).Include(s => s.Phones).Include(s => s.Organisation)
            .Include(s => s.Schedules).Include(s => s.Languages).Include(s => s.Contacts).Include(s => s.CostOptions)
            .Include(s => s.RequiredDocuments).Include(s => s.ServiceAreas).Include(s => s.ServiceAtLocations).ThenInclude(x => x.Location)
            .SingleAsync(s => s.Id == id);
        OrganisationName = service.Organisation!.Name;
        return service;
    }

    private async Task LoadAreasAsync(Service service)
    {
        var named = service.ServiceAreas.Select(a => a.AdministrativeAreaId).ToList();
        Areas = await db.AdministrativeAreas.AsNoTracking().Where(a => _countries.Contains(a.CountryCode) || named.Contains(a.Id))
            .OrderBy(a => a.CountryCode).ThenBy(a => a.Name).ToListAsync();
    }

    private async Task LoadChoicesAsync()
    {
        var terms = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Taxonomy == Taxonomy.ServiceCategory || t.Taxonomy == Taxonomy.TargetGroup).OrderBy(t => t.Name).ToListAsync();
        Categories = terms.Where(t => t.Taxonomy == Taxonomy.ServiceCategory && (!t.IsRetired || t.Id == Form.CategoryId)).ToList();
        TargetGroups = terms.Where(t => t.Taxonomy == Taxonomy.TargetGroup && (!t.IsRetired || Form.TargetGroupIds.Contains(t.Id))).ToList();
        // Always offer one empty row per list for adding.
        OfferBlankRow(Form.Phones);
        OfferBlankRow(Form.Schedules);
        OfferBlankRow(Form.Languages);
        OfferBlankRow(Form.Contacts);
        OfferBlankRow(Form.CostOptions);
        OfferBlankRow(Form.RequiredDocuments);
        OfferBlankRow(Form.ServiceAreas);
    }

    private static void OfferBlankRow<TRow>(List<TRow> rows) where TRow : IServiceFormRow, new()
    {
        if (rows.All(r => r.Id is not null)) rows.Add(new TRow());
    }
}
