using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Stakeholders;

/// <summary>A country's stakeholder mapping: the influence × interest map and the assessments behind it.</summary>
[Authorize(Policy = Policies.CoordinatorOrAdministrator)]
public class IndexModel(PortalDbContext db, CurrentUser current) : PageModel
{
    public sealed record Point(int OrganisationId, string Name, string Type, int Capacity, int Interest, int Influence,
        PartnershipPotential Potential, bool Trusted, string? Needs, DateTime AssessedAtUtc, string AssessedBy);

    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    public List<Country> Countries { get; private set; } = [];
    public Country? Selected { get; private set; }
    public List<Point> Points { get; private set; } = [];
    public List<(int Id, string Name, string Type)> Unassessed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = (await current.GetScopeAsync())!;
        Countries = (await db.Countries.AsNoTracking().Where(c => db.Organisations.Any(o => o.CountryCode == c.Code)).OrderBy(c => c.Name).ToListAsync())
            .Where(c => AccessRules.CanActInCountry(scope, c.Code)).ToList();
        Country ??= Countries.FirstOrDefault()?.Code;
        if (Country is null) return Page();
        if (!AccessRules.CanActInCountry(scope, Country)) return Forbid();
        Selected = Countries.SingleOrDefault(c => c.Code == Country);
        if (Selected is null) return NotFound();

        Points = await db.StakeholderAssessments.AsNoTracking().Where(a => a.Organisation!.CountryCode == Country)
            .OrderBy(a => a.Organisation!.Name)
            .Select(a => new Point(a.OrganisationId, a.Organisation!.Name, a.Organisation.Type!.Name, a.Capacity, a.Interest, a.Influence,
                a.PartnershipPotential, a.IsTrustedIntermediary, a.Needs, a.AssessedAtUtc, a.AssessedByName))
            .ToListAsync();
        Unassessed = (await db.Organisations.AsNoTracking()
                .Where(o => o.CountryCode == Country && !db.StakeholderAssessments.Any(a => a.OrganisationId == o.Id))
                .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, Type = o.Type!.Name }).ToListAsync())
            .Select(o => (o.Id, o.Name, o.Type)).ToList();
        return Page();
    }
}
