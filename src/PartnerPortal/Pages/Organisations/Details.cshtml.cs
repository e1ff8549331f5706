using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerPortal.Authorization;
using PartnerPortal.Data;

namespace PartnerPortal.Pages.Organisations;

[Authorize]
public class DetailsModel(PortalDbContext db, CurrentUser current, TimeProvider clock) : PageModel
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    public OrganisationProfile Profile { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanManageMembers { get; private set; }
    /// <summary>Member email addresses are shown to colleagues, managers and coordinators of the country only.</summary>
    public bool CanSeeContacts { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await OrganisationProfile.LoadAsync(db, id) is not { } profile) return NotFound();
        Profile = profile;
        var scope = (await current.GetScopeAsync())!;
        CanEdit = AccessRules.CanEditOrganisation(scope, id, profile.CountryCode);
        CanManageMembers = AccessRules.CanManageMembers(scope, id);
        CanSeeContacts = AccessRules.IsMemberOf(scope, id) || AccessRules.CanActInCountry(scope, profile.CountryCode);
        return Page();
    }
}
