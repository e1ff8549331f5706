using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Organisations;

/// <summary>Administrators and coordinators add organisations in the countries they act in.</summary>
[Authorize(Policy = Policies.CoordinatorOrAdministrator)]
public class CreateModel(PortalDbContext db, CurrentUser current, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public OrganisationForm Form { get; set; } = new();
    public OrganisationFormChoices Choices { get; private set; } = new();

    public async Task OnGetAsync(string? country)
    {
        var scope = (await current.GetScopeAsync())!;
        if (country is not null && AccessRules.CanActInCountry(scope, country)) Form.CountryCode = country;
        Form.AddBlankRows();
        Choices = await OrganisationFormChoices.LoadAsync(db, scope, Form, null);
        // A coordinator of a single country has nothing to choose: start there, with its areas loaded.
        if (Form.CountryCode is null && Choices.Countries.Count == 1)
        {
            Form.CountryCode = Choices.Countries[0].Value;
            Choices = await OrganisationFormChoices.LoadAsync(db, scope, Form, null);
        }
    }

    /// <summary>The jurisdiction options of a country, for the htmx refresh when the country changes.</summary>
    public async Task<IActionResult> OnGetAreasAsync([FromQuery(Name = "Form.CountryCode")] string? country)
    {
        var scope = (await current.GetScopeAsync())!;
        var choices = await OrganisationFormChoices.LoadAsync(db, scope, new OrganisationForm { CountryCode = country }, null);
        return Partial("_AreaOptions", (choices.Areas, (int?)null));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var scope = (await current.GetScopeAsync())!;
        if (Form.CountryCode is not null && !AccessRules.CanCreateOrganisationIn(scope, Form.CountryCode))
            ModelState.AddModelError("Form.CountryCode", "You can add organisations only in the countries you coordinate.");
        await Form.ValidateAsync(db, ModelState, null, nameof(Form));
        if (!ModelState.IsValid)
        {
            Choices = await OrganisationFormChoices.LoadAsync(db, scope, Form, null);
            Form.AddBlankRows();
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation { Name = Form.Name, CountryCode = Form.CountryCode!, CreatedAtUtc = now };
        Form.ApplyTo(organisation, now);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        audit.Record("organisation.created", nameof(Organisation), organisation.Id.ToString(),
            AuditLog.Diff(new Dictionary<string, string?>(), OrganisationForm.Snapshot(organisation)));
        await db.SaveChangesAsync();
        TempData["Flash"] = $"{organisation.Name} was added. Invite its first manager from the members page.";
        return RedirectToPage("Details", new { id = organisation.Id });
    }
}
