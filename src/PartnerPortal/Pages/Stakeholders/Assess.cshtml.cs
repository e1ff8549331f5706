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

namespace PartnerPortal.Pages.Stakeholders;

/// <summary>A coordinator of the organisation's country records or updates its stakeholder assessment.</summary>
[Authorize(Policy = Policies.CoordinatorOrAdministrator)]
public class AssessModel(PortalDbContext db, CurrentUser current, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class AssessmentForm
    {
        [Range(1, 5, ErrorMessage = "Score capacity from 1 to 5.")] public int Capacity { get; set; } = 3;
        [Range(1, 5, ErrorMessage = "Score interest from 1 to 5.")] [Display(Name = "Interest / willingness")] public int Interest { get; set; } = 3;
        [Range(1, 5, ErrorMessage = "Score influence from 1 to 5.")] public int Influence { get; set; } = 3;
        [Display(Name = "Partnership potential")] public PartnershipPotential PartnershipPotential { get; set; } = PartnershipPotential.Medium;
        [StringLength(2000)] public string? Needs { get; set; }
        [Display(Name = "Trusted intermediary (returnees and communities trust it)")] public bool IsTrustedIntermediary { get; set; }
        [StringLength(4000)] public string? Notes { get; set; }
        public Guid? Version { get; set; }
    }

    [BindProperty] public AssessmentForm Form { get; set; } = new();
    public Organisation Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (await db.StakeholderAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.OrganisationId == id) is { } a)
            Form = new AssessmentForm
            {
                Capacity = a.Capacity, Interest = a.Interest, Influence = a.Influence, PartnershipPotential = a.PartnershipPotential,
                Needs = a.Needs, IsTrustedIntermediary = a.IsTrustedIntermediary, Notes = a.Notes, Version = a.Version,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!Enum.IsDefined(Form.PartnershipPotential)) ModelState.AddModelError("Form.PartnershipPotential", "Choose a potential from the list.");
        var assessment = await db.StakeholderAssessments.SingleOrDefaultAsync(a => a.OrganisationId == id);
        if (assessment?.Version != Form.Version)
            ModelState.AddModelError("", "Someone else saved an assessment of this organisation after you opened the page. Reload to see it.");
        if (!ModelState.IsValid) return Page();

        var me = (await users.GetUserAsync(User))!;
        var before = assessment is null ? new Dictionary<string, string?>() : Snapshot(assessment);
        assessment ??= db.StakeholderAssessments.Add(new StakeholderAssessment { OrganisationId = id, AssessedByName = me.FullName }).Entity;
        assessment.Capacity = Form.Capacity;
        assessment.Interest = Form.Interest;
        assessment.Influence = Form.Influence;
        assessment.PartnershipPotential = Form.PartnershipPotential;
        assessment.Needs = string.IsNullOrWhiteSpace(Form.Needs) ? null : Form.Needs.Trim();
        assessment.IsTrustedIntermediary = Form.IsTrustedIntermediary;
        assessment.Notes = string.IsNullOrWhiteSpace(Form.Notes) ? null : Form.Notes.Trim();
        assessment.AssessedByName = me.FullName;
        assessment.AssessedAtUtc = clock.GetUtcNow().UtcDateTime;
        assessment.Version = Guid.NewGuid();
        audit.Record("stakeholder.assessed", nameof(Organisation), id.ToString(), AuditLog.Diff(before, Snapshot(assessment)));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException or DbUpdateException)
        {
            ModelState.AddModelError("", "Someone else saved an assessment of this organisation at the same moment. Reload to see it.");
            return Page();
        }
        TempData["Flash"] = $"The assessment of {Organisation.Name} was saved.";
        return Redirect($"/Stakeholders?country={Organisation.CountryCode}");
    }

    private static Dictionary<string, string?> Snapshot(StakeholderAssessment a) => new()
    {
        ["Capacity"] = a.Capacity.ToString(), ["Interest"] = a.Interest.ToString(), ["Influence"] = a.Influence.ToString(),
        ["PartnershipPotential"] = a.PartnershipPotential.ToString(), ["Needs"] = a.Needs,
        ["IsTrustedIntermediary"] = a.IsTrustedIntermediary.ToString(), ["Notes"] = a.Notes,
    };

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null) return NotFound();
        if (!AccessRules.CanActInCountry((await current.GetScopeAsync())!, organisation.CountryCode)) return Forbid();
        Organisation = organisation;
        return null;
    }
}
