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

namespace PartnerPortal.Pages.Services;

/// <summary>
/// Adds a service with its first place of delivery; the full record is completed on the edit page.
/// The new service must be one the user may edit: their own organisation's, located in their
/// jurisdiction, or in a country they coordinate.
/// </summary>
[Authorize]
public class CreateModel(PortalDbContext db, CurrentUser current, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class NewServiceForm
    {
        [Required(ErrorMessage = "Choose the organisation that provides the service.")] [Display(Name = "Provider")]
        public int? OrganisationId { get; set; }
        [Required(ErrorMessage = "Enter the service's name.")] [StringLength(200)] public string Name { get; set; } = "";
        [Required(ErrorMessage = "Choose a category.")] [Display(Name = "Category")] public int? CategoryId { get; set; }
        [StringLength(4000)] public string? Description { get; set; }
        [Display(Name = "Where it is delivered")] public Guid? ExistingLocationId { get; set; }
        [StringLength(200)] [Display(Name = "New place: name")] public string? LocationName { get; set; }
        [StringLength(300)] [Display(Name = "Street address or quarter")] public string? Address1 { get; set; }
        [StringLength(100)] public string? City { get; set; }
        [Display(Name = "Administrative area")] public int? AreaId { get; set; }
    }

    [BindProperty] public NewServiceForm Form { get; set; } = new();
    public List<(int Id, string Name)> Providers { get; private set; } = [];
    public List<TaxonomyTerm> Categories { get; private set; } = [];
    public List<(Guid Id, string Label)> Locations { get; private set; } = [];
    public List<(int Id, string Label)> Areas { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "Form.OrganisationId")] int? organisationId)
    {
        Form.OrganisationId = organisationId;
        await LoadChoicesAsync((await current.GetScopeAsync())!);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var scope = (await current.GetScopeAsync())!;
        await LoadChoicesAsync(scope);
        var organisation = Form.OrganisationId is null ? null : await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == Form.OrganisationId);
        if (Form.OrganisationId is not null && organisation is null) ModelState.AddModelError("Form.OrganisationId", "Choose a provider from the list.");
        if (Form.CategoryId is not null && Categories.All(c => c.Id != Form.CategoryId)) ModelState.AddModelError("Form.CategoryId", "Choose a category from the list.");

        AdministrativeArea? area = null;
        Location? existing = null;
        if (Form.ExistingLocationId is { } locationId)
        {
            existing = await db.Locations.Include(l => l.AdministrativeArea).SingleOrDefaultAsync(l => l.Id == locationId && l.OrganisationId == Form.OrganisationId);
            if (existing is null) ModelState.AddModelError("Form.ExistingLocationId", "Choose one of the provider's places, or describe a new one.");
            area = existing?.AdministrativeArea;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(Form.LocationName)) ModelState.AddModelError("Form.LocationName", "Name the place where the service is delivered.");
            area = Form.AreaId is null ? null : await db.AdministrativeAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == Form.AreaId);
            if (area is null) ModelState.AddModelError("Form.AreaId", "Choose the administrative area of the place.");
        }
        if (ModelState.IsValid && organisation is not null && area is not null)
        {
            var facts = new ServiceFacts(organisation.Id, [organisation.CountryCode, area.CountryCode], [area.Path]);
            if (!AccessRules.CanEditService(scope, facts))
                ModelState.AddModelError("", "You can add services of your own organisation, located in your jurisdiction, or in the countries you coordinate.");
        }
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var me = (await users.GetUserAsync(User))!;
        var location = existing ?? db.Locations.Add(new Location
        {
            OrganisationId = organisation!.Id, Name = Form.LocationName!.Trim(), Address1 = Blank(Form.Address1), City = Blank(Form.City),
            AdministrativeAreaId = area!.Id, CountryCode = area.CountryCode, LastModifiedUtc = now,
        }).Entity;
        var service = new Service
        {
            OrganisationId = organisation!.Id, Name = Form.Name.Trim(), CategoryId = Form.CategoryId!.Value, Description = Blank(Form.Description),
            CreatedAtUtc = now, LastModifiedUtc = now,
        };
        service.ServiceAtLocations.Add(new ServiceAtLocation { Location = location });
        db.Services.Add(service);
        db.ServiceChanges.Add(new ServiceChange
        {
            ServiceId = service.Id, ResourceType = "service", ResourceId = service.Id, AtUtc = now, ActionType = "create",
            FieldName = "name", ReplacementValue = service.Name, UpdatedBy = me.Email!,
        });
        audit.Record("service.created", nameof(Service), service.Id.ToString(), detail: service.Name);
        await db.SaveChangesAsync();
        TempData["Flash"] = "The service was added. Complete how to get in, hours and contacts below.";
        return RedirectToPage("Edit", new { id = service.Id });
    }

    private async Task LoadChoicesAsync(UserScope scope)
    {
        // Providers the user may add for: their own organisation, or any organisation when their role reaches services of others.
        var providers = db.Organisations.AsNoTracking();
        if (!scope.IsAdministrator && !scope.IsLocalAuthority && !(scope.IsCoordinator && scope.CoordinatesAllCountries))
        {
            var countries = scope.IsCoordinator ? scope.CoordinatedCountries.ToList() : [];
            providers = providers.Where(o => o.Id == scope.OrganisationId || countries.Contains(o.CountryCode));
        }
        else if (scope.IsLocalAuthority && !scope.IsAdministrator && !scope.IsCoordinator)
            providers = providers.Where(o => o.Id == scope.OrganisationId || o.CountryCode == scope.OrganisationCountryCode);
        Providers = (await providers.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync()).Select(o => (o.Id, o.Name)).ToList();
        Form.OrganisationId ??= Providers.Any(p => p.Id == scope.OrganisationId) ? scope.OrganisationId : null;
        Categories = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.ServiceCategory && !t.IsRetired).OrderBy(t => t.Name).ToListAsync();
        Locations = Form.OrganisationId is null ? []
            : (await db.Locations.AsNoTracking().Where(l => l.OrganisationId == Form.OrganisationId).OrderBy(l => l.Name)
                .Select(l => new { l.Id, l.Name, l.City }).ToListAsync()).Select(l => (l.Id, l.City is null ? l.Name : $"{l.Name}, {l.City}")).ToList();
        var areaQuery = db.AdministrativeAreas.AsNoTracking();
        if (scope.IsLocalAuthority && !scope.IsAdministrator) areaQuery = areaQuery.Where(a => a.Path.StartsWith(scope.JurisdictionPath!));
        Areas = (await areaQuery.OrderBy(a => a.CountryCode).ThenBy(a => a.Path).Select(a => new { a.Id, a.Name, a.Level, a.CountryCode }).ToListAsync())
            .Select(a => (a.Id, $"{a.CountryCode} · {new string('\u00a0', 3 * ((int)a.Level - 1))}{a.Name}")).ToList();
    }

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}
