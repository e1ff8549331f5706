using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.CoordinationBodies;

/// <summary>Steering committees, working groups and case-management committees; everyone signed in reads them.</summary>
[Authorize]
public class IndexModel(PortalDbContext db, CurrentUser current) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? Country { get; set; }
    public List<CoordinationBody> Bodies { get; private set; } = [];
    public List<Country> Countries { get; private set; } = [];
    public UserScope Scope { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Scope = (await current.GetScopeAsync())!;
        Countries = await db.Countries.AsNoTracking().Where(c => db.Organisations.Any(o => o.CountryCode == c.Code)).OrderBy(c => c.Name).ToListAsync();
        var q = db.CoordinationBodies.AsNoTracking().AsSplitQuery().Include(b => b.Country).Include(b => b.LeadOrganisation)
            .Include(b => b.Members).ThenInclude(m => m.Organisation).AsQueryable();
        if (!string.IsNullOrWhiteSpace(Country)) q = q.Where(b => b.CountryCode == Country);
        Bodies = await q.OrderBy(b => b.Country!.Name).ThenBy(b => b.Name).ToListAsync();
    }

    public static string Describe(CoordinationBodyKind kind) => kind switch
    {
        CoordinationBodyKind.SteeringCommittee => "Steering committee",
        CoordinationBodyKind.TechnicalWorkingGroup => "Technical working group",
        CoordinationBodyKind.CaseManagementCommittee => "Case-management committee",
        _ => "Other coordination body",
    };
}
