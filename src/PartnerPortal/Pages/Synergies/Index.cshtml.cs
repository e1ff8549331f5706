using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Synergies;

/// <summary>
/// The coordinators' synergy finder: every candidate pair of programmes in one of their countries, ranked,
/// with the reasons, and one click to start a draft agreement. Administrators read it for every country.
/// </summary>
[Authorize(Policy = Policies.CoordinatorOrAdministrator)]
public class IndexModel(PortalDbContext db, CurrentUser current, SynergyWorkspace synergies) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    public List<Country> Countries { get; private set; } = [];
    public Country? Selected { get; private set; }
    public List<CandidateCard> Candidates { get; private set; } = [];
    public string? DraftError { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.Vary = "HX-Request";
        if (await LoadAsync() is { } refused) return refused;
        return Request.WantsFragment() ? Partial("_Candidates", this) : Page();
    }

    public async Task<IActionResult> OnPostStartDraftAsync(int programmeA, int programmeB)
    {
        var scope = (await current.GetScopeAsync())!;
        if (string.IsNullOrEmpty(Country) || !AccessRules.CanActInCountry(scope, Country)) return Forbid();
        var result = await synergies.StartDraftAsync(programmeA, programmeB, Country, scope);
        switch (result.Outcome)
        {
            case DraftOutcome.Created: return Redirect($"/Agreements/Edit/{result.AgreementId}");
            case DraftOutcome.NotFound: return NotFound();
            case DraftOutcome.Forbidden: return Forbid();
        }
        DraftError = SynergyWorkspace.NoLongerCandidate;
        return await LoadAsync() ?? Page();
    }

    /// <summary>Loads the countries the user may see and the chosen country's candidates; a result when the request is refused.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var scope = (await current.GetScopeAsync())!;
        Countries = (await db.Countries.AsNoTracking().Where(c => db.Programmes.Any(p => p.Countries.Any(x => x.CountryCode == c.Code)))
            .OrderBy(c => c.Name).ToListAsync()).Where(c => AccessRules.CanActInCountry(scope, c.Code)).ToList();
        Country ??= Countries.FirstOrDefault(c => scope.CoordinatedCountries.Contains(c.Code))?.Code ?? Countries.FirstOrDefault()?.Code;
        if (Country is null) return null;
        if (!AccessRules.CanActInCountry(scope, Country)) return Forbid();
        Selected = Countries.SingleOrDefault(c => c.Code == Country);
        if (Selected is null) return null;
        Candidates = (await synergies.CandidatesInAsync(Country)).Select(c => new CandidateCard(c, null,
            AccessRules.CanStartSynergyDraft(scope, c.CountryCode, c.First.OwnerOrganisationId, c.Second.OwnerOrganisationId),
            $"/Synergies?handler=StartDraft&country={Uri.EscapeDataString(Country)}")).ToList();
        return null;
    }
}
