using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Infrastructure;
using PartnerPortal.Pages.Agreements;
using PartnerPortal.Pages.Programmes;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>
/// Records an initiative (no id) or edits one. Editing: <see cref="InitiativeRules.CanEdit"/> of the stored
/// initiative. Recording: members for their own organisation as lead, coordinators in their countries,
/// administrators — the same rule asked of what would be saved.
/// </summary>
[Authorize]
public class EditModel(PortalDbContext db, CurrentUser current, AgreementStore agreements, AuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>Tries before giving up when another initiative takes the same reference at the same moment.</summary>
    private const int ReferenceAttempts = 3;

    [BindProperty] public InitiativeForm Form { get; set; } = new();
    public InitiativeFormChoices Choices { get; private set; } = new();
    public int? Id { get; private set; }
    public string? Reference { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        var scope = (await current.GetScopeAsync())!;
        Id = id;
        if (id is not null)
        {
            var initiative = await LoadAsync(id.Value);
            if (initiative is null) return NotFound();
            if (!InitiativeRules.CanEdit(scope, initiative.LeadOrganisationId, initiative.CountryCode)) return Forbid();
            Form = InitiativeForm.From(initiative);
            Reference = initiative.Reference;
        }
        else Form = new InitiativeForm { LeadOrganisationId = scope.OrganisationId, CountryCode = scope.OrganisationCountryCode };
        return await ShowAsync(scope);
    }

    /// <summary>The area picker for the chosen country (htmx).</summary>
    public async Task<IActionResult> OnGetAreasAsync([FromQuery(Name = "Form.CountryCode")] string? country)
    {
        Response.Headers.Vary = "HX-Request";
        var groups = string.IsNullOrWhiteSpace(country) ? [] : await ProgrammeFormChoices.AreaGroupsAsync(db, [country], []);
        return Partial("_AreaPicker", groups);
    }

    /// <summary>Saves, or with <paramref name="add"/> ("partner", "group") shows the form again with one more empty row.</summary>
    public async Task<IActionResult> OnPostAsync(int? id, string? add)
    {
        var scope = (await current.GetScopeAsync())!;
        Id = id;
        var initiative = id is null ? null : await LoadAsync(id.Value);
        if (id is not null && initiative is null) return NotFound();
        // Permission is checked against the stored initiative, never against what the form claims.
        if (initiative is not null && !InitiativeRules.CanEdit(scope, initiative.LeadOrganisationId, initiative.CountryCode)) return Forbid();
        Reference = initiative?.Reference;
        if (add is not null)
        {
            ModelState.Clear();
            if (add == "partner") Form.Partners.Add(new());
            if (add == "group") Form.OtherGroups.Add(new());
            return await ShowAsync(scope);
        }

        await Form.ValidateAsync(db, ModelState, scope, initiative, nameof(Form));
        if (initiative is not null && initiative.Version != Form.Version)
            ModelState.AddModelError("", "Someone else saved this initiative after you opened it. Your changes were not saved. "
                + "Reload the page to see the current version, then make your changes again.");
        if (!ModelState.IsValid) return await ShowAsync(scope);

        var now = clock.GetUtcNow().UtcDateTime;
        var before = initiative is null ? new Dictionary<string, string?>() : InitiativeForm.Snapshot(initiative);
        if (initiative is null)
        {
            initiative = db.Initiatives.Add(new Initiative { Reference = "", Title = Form.Title, CountryCode = Form.CountryCode!, CreatedAtUtc = now }).Entity;
            Form.ApplyTo(initiative, now);
            if (!await SaveNewAsync(initiative, now)) return await ShowAsync(scope);
        }
        else
        {
            Form.ApplyTo(initiative, now);
            try { await db.SaveChangesAsync(); }
            catch (DbUpdateConcurrencyException)
            {
                // Two saves raced between the version check and the write.
                ModelState.AddModelError("", "Someone else saved this initiative at the same moment. Reload the page and try again.");
                return await ShowAsync(scope);
            }
        }
        audit.Record(id is null ? "initiative.created" : "initiative.updated", nameof(Initiative), initiative.Id.ToString(),
            AuditLog.Diff(before, InitiativeForm.Snapshot(initiative)), detail: initiative.Reference);
        await db.SaveChangesAsync();
        TempData["Flash"] = $"{initiative.Reference} {initiative.Title} was saved.";
        return Redirect($"/Initiatives/Details/{initiative.Id}");
    }

    /// <summary>Gives the new initiative the next "CBI-GN-2026-007" of its country and year; tries again if another save took it first.</summary>
    private async Task<bool> SaveNewAsync(Initiative initiative, DateTime now)
    {
        var prefix = $"CBI-{initiative.CountryCode}-{now.Year}-";
        for (var attempt = 1; attempt <= ReferenceAttempts; attempt++)
        {
            var taken = await db.Initiatives.Where(i => i.Reference.StartsWith(prefix)).Select(i => i.Reference).ToListAsync();
            initiative.Reference = $"{prefix}{taken.Select(r => int.TryParse(r[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1:000}";
            try
            {
                await db.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateException)
            {
                // Only a clash on the reference is worth another try; anything else is a real failure.
                if (!await db.Initiatives.AnyAsync(i => i.Reference == initiative.Reference)) throw;
            }
        }
        ModelState.AddModelError("", "The initiative could not be given a reference number just now. Please save again.");
        return false;
    }

    private async Task<IActionResult> ShowAsync(UserScope scope)
    {
        // Always one empty row to fill in, so that adding a partner or a group needs no extra step.
        if (Form.Partners.Count == 0 || Form.Partners[^1].OrganisationId is not null) Form.Partners.Add(new());
        if (Form.OtherGroups.Count == 0 || Form.OtherGroups[^1].TermId is not null) Form.OtherGroups.Add(new());
        Choices = await InitiativeFormChoices.LoadAsync(db, agreements, scope, Form);
        return Page();
    }

    private Task<Initiative?> LoadAsync(int id) =>
        db.Initiatives.AsSplitQuery().Include(i => i.Partners).Include(i => i.Programmes).Include(i => i.Agreements)
            .Include(i => i.OtherGroups).Include(i => i.Themes).Include(i => i.SdgTargets).Include(i => i.GcmObjectives)
            .SingleOrDefaultAsync(i => i.Id == id);
}
