using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Organisations;

[Authorize]
public class EditModel(PortalDbContext db, CurrentUser current, IAuthorizationService authorization, AuditLog audit,
    TimeProvider clock) : PageModel
{
    [BindProperty] public OrganisationForm Form { get; set; } = new();
    /// <summary>The version the user started from; a save against a newer version is refused.</summary>
    [BindProperty] public Guid Version { get; set; }
    public OrganisationFormChoices Choices { get; private set; } = new();
    public int Id { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var organisation = await LoadAsync(id);
        if (organisation is null) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, organisation, Operations.EditOrganisation)).Succeeded) return Forbid();
        Form = OrganisationForm.From(organisation);
        Form.AddBlankRows();
        Version = organisation.Version;
        Choices = await OrganisationFormChoices.LoadAsync(db, (await current.GetScopeAsync())!, Form, id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var organisation = await LoadAsync(id);
        if (organisation is null) return NotFound();
        // Permission is checked against the stored record, never against what the form claims.
        if (!(await authorization.AuthorizeAsync(User, organisation, Operations.EditOrganisation)).Succeeded) return Forbid();
        var scope = (await current.GetScopeAsync())!;

        if (Form.CountryCode != organisation.CountryCode && Form.CountryCode is not null && !AccessRules.CanActInCountry(scope, Form.CountryCode))
            ModelState.AddModelError("Form.CountryCode", "Only a coordinator of the new country can move the organisation there.");
        await Form.ValidateAsync(db, ModelState, id, nameof(Form));
        if (organisation.Version != Version)
        {
            Conflict = true;
            ModelState.AddModelError("", "Someone else saved this organisation after you opened it. " +
                "Your changes were not saved. Reload to see the current version, then make your changes again.");
        }
        if (!ModelState.IsValid)
        {
            Choices = await OrganisationFormChoices.LoadAsync(db, scope, Form, id);
            Form.AddBlankRows();
            return Page();
        }

        var before = OrganisationForm.Snapshot(organisation);
        Form.ApplyTo(organisation, clock.GetUtcNow().UtcDateTime);
        organisation.Version = Guid.NewGuid();
        audit.Record("organisation.updated", nameof(Organisation), id.ToString(), AuditLog.Diff(before, OrganisationForm.Snapshot(organisation)));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two saves raced between our version check and the write.
            Conflict = true;
            ModelState.AddModelError("", "Someone else saved this organisation at the same moment. Reload and try again.");
            Choices = await OrganisationFormChoices.LoadAsync(db, scope, Form, id);
            return Page();
        }
        TempData["Flash"] = "The organisation profile was saved.";
        return RedirectToPage("Details", new { id });
    }

    private Task<Organisation?> LoadAsync(int id)
    {
        Id = id;
        return db.Organisations.AsSplitQuery().Include(o => o.CountriesOfOperation).Include(o => o.AreasOfOperation)
            .Include(o => o.Sectors).Include(o => o.Identifiers).Include(o => o.FocalPoints).SingleOrDefaultAsync(o => o.Id == id);
    }
}
