using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Programmes;

/// <summary>
/// Records a programme (no id) or edits one. Editing: members of the owner, coordinators of any of its
/// countries, administrators. Recording: any member for their own organisation, coordinators for the
/// organisations of their countries.
/// </summary>
[Authorize]
public class EditModel(PortalDbContext db, CurrentUser current, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public ProgrammeForm Form { get; set; } = new();
    public ProgrammeFormChoices Choices { get; private set; } = new();
    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        var scope = (await current.GetScopeAsync())!;
        Id = id;
        if (id is not null)
        {
            var programme = await LoadAsync(id.Value);
            if (programme is null) return NotFound();
            if (!MayEdit(scope, programme)) return Forbid();
            Form = ProgrammeForm.From(programme);
        }
        else
        {
            var own = await db.Organisations.AsNoTracking().Where(o => o.Id == scope.OrganisationId).Select(o => o.CountryCode).SingleAsync();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            Form = new ProgrammeForm { OwnerOrganisationId = scope.OrganisationId, CountryCodes = [own], StartDate = today, EndDate = today.AddYears(3) };
        }
        Choices = await ProgrammeFormChoices.LoadAsync(db, scope, Form, Id is null ? null : Form.OwnerOrganisationId);
        return Page();
    }

    /// <summary>The area picker for the ticked countries (htmx), keeping the areas already chosen.</summary>
    public async Task<IActionResult> OnGetAreasAsync([FromQuery(Name = "Form.CountryCodes")] List<string> countries, [FromQuery(Name = "Form.AreaIds")] List<int> areas)
    {
        Response.Headers.Vary = "HX-Request";
        return Partial("_AreaOptions", await ProgrammeFormChoices.AreaGroupsAsync(db, countries, areas));
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var scope = (await current.GetScopeAsync())!;
        Id = id;
        var programme = id is null ? null : await LoadAsync(id.Value);
        if (id is not null && programme is null) return NotFound();
        // Permission is checked against the stored programme, never against what the form claims.
        if (programme is not null && !MayEdit(scope, programme)) return Forbid();

        await Form.ValidateAsync(db, ModelState, scope, programme?.OwnerOrganisationId, nameof(Form));
        if (programme is not null && programme.Version != Form.Version)
            ModelState.AddModelError("", "Someone else saved this programme after you opened it. Your changes were not saved. "
                + "Reload the page to see the current version, then make your changes again.");
        if (!ModelState.IsValid)
        {
            Choices = await ProgrammeFormChoices.LoadAsync(db, scope, Form, programme?.OwnerOrganisationId);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var storedOwner = programme?.OwnerOrganisationId;
        var before = programme is null ? new Dictionary<string, string?>() : ProgrammeForm.Snapshot(programme);
        programme ??= db.Programmes.Add(new Programme { Name = Form.Name, CreatedAtUtc = now }).Entity;
        Form.ApplyTo(programme, now);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two saves raced between the version check and the write.
            ModelState.AddModelError("", "Someone else saved this programme at the same moment. Reload the page and try again.");
            Choices = await ProgrammeFormChoices.LoadAsync(db, scope, Form, storedOwner);
            return Page();
        }
        audit.Record(id is null ? "programme.created" : "programme.updated", nameof(Programme), programme.Id.ToString(),
            AuditLog.Diff(before, ProgrammeForm.Snapshot(programme)));
        await db.SaveChangesAsync();
        TempData["Flash"] = $"{programme.Name} was saved.";
        return Redirect($"/Programmes/Details/{programme.Id}");
    }

    private static bool MayEdit(UserScope scope, Programme p) =>
        AccessRules.CanEditProgramme(scope, p.OwnerOrganisationId, p.Countries.Select(c => c.CountryCode));

    private Task<Programme?> LoadAsync(int id) =>
        db.Programmes.AsSplitQuery().Include(p => p.Partners).Include(p => p.Countries).Include(p => p.Areas)
            .Include(p => p.Terms).ThenInclude(t => t.Term).Include(p => p.SdgTargets).SingleOrDefaultAsync(p => p.Id == id);
}
