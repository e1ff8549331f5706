using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.CoordinationBodies;

/// <summary>Adds (no id) or edits a coordination body; coordinators of its country and administrators only.</summary>
[Authorize(Policy = Policies.CoordinatorOrAdministrator)]
public class EditModel(PortalDbContext db, CurrentUser current, AuditLog audit) : PageModel
{
    public sealed class BodyForm
    {
        [Required(ErrorMessage = "Enter the body's name.")] [StringLength(200)] public string Name { get; set; } = "";
        public CoordinationBodyKind Kind { get; set; } = CoordinationBodyKind.SteeringCommittee;
        [Required(ErrorMessage = "Choose the country.")] [Display(Name = "Country")] public string? CountryCode { get; set; }
        [Display(Name = "Lead organisation")] public int? LeadOrganisationId { get; set; }
        public List<int> MemberIds { get; set; } = [];
        [Url(ErrorMessage = "Enter a full web address starting with https://.")] [StringLength(300)] [Display(Name = "Terms of reference (link)")]
        public string? TermsOfReferenceUrl { get; set; }
        [StringLength(100)] [Display(Name = "Meets")] public string? MeetingFrequency { get; set; }
        [StringLength(2000)] public string? Description { get; set; }
        public Guid? Version { get; set; }
    }

    [BindProperty] public BodyForm Form { get; set; } = new();
    public int? Id { get; private set; }
    public List<Country> Countries { get; private set; } = [];
    public List<(int Id, string Name)> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, string? country)
    {
        var scope = (await current.GetScopeAsync())!;
        Id = id;
        if (id is not null)
        {
            var body = await db.CoordinationBodies.AsNoTracking().Include(b => b.Members).SingleOrDefaultAsync(b => b.Id == id);
            if (body is null) return NotFound();
            if (!AccessRules.CanActInCountry(scope, body.CountryCode)) return Forbid();
            Form = new BodyForm
            {
                Name = body.Name, Kind = body.Kind, CountryCode = body.CountryCode, LeadOrganisationId = body.LeadOrganisationId,
                MemberIds = body.Members.Select(m => m.OrganisationId).ToList(), TermsOfReferenceUrl = body.TermsOfReferenceUrl,
                MeetingFrequency = body.MeetingFrequency, Description = body.Description, Version = body.Version,
            };
        }
        else if (country is not null && AccessRules.CanActInCountry(scope, country)) Form.CountryCode = country;
        await LoadChoicesAsync(scope);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var scope = (await current.GetScopeAsync())!;
        Id = id;
        var body = id is null ? null : await db.CoordinationBodies.Include(b => b.Members).SingleOrDefaultAsync(b => b.Id == id);
        if (id is not null && body is null) return NotFound();
        // Both the stored country and the chosen one must be the user's.
        if (body is not null && !AccessRules.CanActInCountry(scope, body.CountryCode)) return Forbid();
        if (Form.CountryCode is not null && !AccessRules.CanActInCountry(scope, Form.CountryCode))
            ModelState.AddModelError("Form.CountryCode", "Choose a country you coordinate.");
        if (!Enum.IsDefined(Form.Kind)) ModelState.AddModelError("Form.Kind", "Choose a kind from the list.");
        var wanted = Form.MemberIds.Append(Form.LeadOrganisationId ?? 0).Where(x => x != 0).Distinct().ToList();
        if (await db.Organisations.CountAsync(o => wanted.Contains(o.Id) && o.CountriesOfOperation.Any(c => c.CountryCode == Form.CountryCode)) != wanted.Count)
            ModelState.AddModelError("Form.MemberIds", "Members and lead must be organisations working in the body's country.");
        if (body is not null && body.Version != Form.Version)
            ModelState.AddModelError("", "Someone else saved this coordination body after you opened it. Reload to see the current version.");
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(scope);
            return Page();
        }

        body ??= db.CoordinationBodies.Add(new CoordinationBody { Name = Form.Name, CountryCode = Form.CountryCode! }).Entity;
        body.Name = Form.Name.Trim();
        body.Kind = Form.Kind;
        body.CountryCode = Form.CountryCode!;
        body.LeadOrganisationId = Form.LeadOrganisationId;
        body.TermsOfReferenceUrl = string.IsNullOrWhiteSpace(Form.TermsOfReferenceUrl) ? null : Form.TermsOfReferenceUrl.Trim();
        body.MeetingFrequency = string.IsNullOrWhiteSpace(Form.MeetingFrequency) ? null : Form.MeetingFrequency.Trim();
        body.Description = string.IsNullOrWhiteSpace(Form.Description) ? null : Form.Description.Trim();
        body.Members.RemoveAll(m => !Form.MemberIds.Contains(m.OrganisationId));
        foreach (var orgId in Form.MemberIds.Distinct().Where(o => body.Members.All(m => m.OrganisationId != o)))
            body.Members.Add(new CoordinationBodyMember { OrganisationId = orgId });
        body.Version = Guid.NewGuid();
        await db.SaveChangesAsync();
        audit.Record(id is null ? "coordination-body.created" : "coordination-body.updated", nameof(CoordinationBody), body.Id.ToString(), detail: body.Name);
        await db.SaveChangesAsync();
        TempData["Flash"] = $"{body.Name} was saved.";
        return Redirect($"/CoordinationBodies?country={body.CountryCode}");
    }

    private async Task LoadChoicesAsync(UserScope scope)
    {
        Countries = (await db.Countries.AsNoTracking().OrderBy(c => c.Name).ToListAsync()).Where(c => AccessRules.CanActInCountry(scope, c.Code)).ToList();
        Form.CountryCode ??= Countries.Count == 1 ? Countries[0].Code : null;
        Organisations = Form.CountryCode is null ? []
            : (await db.Organisations.AsNoTracking().Where(o => o.CountriesOfOperation.Any(c => c.CountryCode == Form.CountryCode))
                .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync()).Select(o => (o.Id, o.Name)).ToList();
    }
}
