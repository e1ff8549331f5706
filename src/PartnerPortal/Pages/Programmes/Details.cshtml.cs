using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Pages.Synergies;

namespace PartnerPortal.Pages.Programmes;

/// <summary>A programme in full, with the programmes it could work with (the synergy finder) and one-click drafts.</summary>
[Authorize]
public class DetailsModel(PortalDbContext db, CurrentUser current, SynergyWorkspace synergies) : PageModel
{
    public sealed record Named(int Id, string Name);
    public sealed record Place(string Country, string? Area, AreaLevel? Level);

    public sealed record View(int Id, string Name, string? Acronym, ProgrammeKind Kind, ProgrammeStatus Status, string? Description,
        Named Owner, List<Named> Implementers, List<Named> Donors, List<Place> Places, DateOnly Start, DateOnly End,
        List<string> TargetGroups, List<string> Sectors, List<string> Support, decimal? Budget, string? Currency,
        List<(string Code, string Title)> SdgTargets, DateTime UpdatedAtUtc);

    public View Programme { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public List<CandidateCard> Candidates { get; private set; } = [];
    public string? DraftError { get; private set; }
    public bool Ended => Programme.End < synergies.Today;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>One click: a draft agreement between this programme and a candidate, then on to its edit page.</summary>
    public async Task<IActionResult> OnPostStartDraftAsync(int id, int programmeA, int programmeB, string? country)
    {
        if (programmeA != id && programmeB != id) return NotFound();
        var result = await synergies.StartDraftAsync(programmeA, programmeB, country, (await current.GetScopeAsync())!);
        switch (result.Outcome)
        {
            case DraftOutcome.Created: return Redirect($"/Agreements/Edit/{result.AgreementId}");
            case DraftOutcome.NotFound: return NotFound();
            case DraftOutcome.Forbidden: return Forbid();
        }
        DraftError = SynergyWorkspace.NoLongerCandidate;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var p = await db.Programmes.AsNoTracking().Where(x => x.Id == id).Select(x => new
        {
            x.Id, x.Name, x.Acronym, x.Kind, x.Status, x.Description, x.OwnerOrganisationId, Owner = x.OwnerOrganisation!.Name,
            Partners = x.Partners.Select(pp => new { pp.Role, pp.OrganisationId, pp.Organisation!.Name }).ToList(),
            Countries = x.Countries.Select(c => new { c.CountryCode, c.Country!.Name }).ToList(),
            Areas = x.Areas.Select(a => new { a.AdministrativeArea!.CountryCode, a.AdministrativeArea.Name, a.AdministrativeArea.Level, a.AdministrativeArea.Path }).ToList(),
            Terms = x.Terms.Select(t => new { t.Term!.Taxonomy, t.Term.Name }).ToList(),
            Sdg = x.SdgTargets.Select(t => new { t.TargetCode, t.Target!.TitleEn, t.Target.GoalNumber, t.Target.SortOrder }).ToList(),
            x.StartDate, x.EndDate, x.Budget, x.Currency, x.UpdatedAtUtc,
        }).AsSplitQuery().SingleOrDefaultAsync();
        if (p is null) return false;

        List<Named> Partners(ProgrammePartnerRole role) => p.Partners.Where(x => x.Role == role).OrderBy(x => x.Name).Select(x => new Named(x.OrganisationId, x.Name)).ToList();
        List<string> Terms(Taxonomy taxonomy) => p.Terms.Where(t => t.Taxonomy == taxonomy).Select(t => t.Name).Order().ToList();
        var places = p.Countries.OrderBy(c => c.Name).SelectMany(c =>
        {
            var areas = p.Areas.Where(a => a.CountryCode == c.CountryCode).OrderBy(a => a.Path).ToList();
            return areas.Count == 0 ? [new Place(c.Name, null, null)] : areas.Select(a => new Place(c.Name, a.Name, a.Level));
        }).ToList();
        Programme = new View(p.Id, p.Name, p.Acronym, p.Kind, p.Status, p.Description, new Named(p.OwnerOrganisationId, p.Owner),
            Partners(ProgrammePartnerRole.Implementer), Partners(ProgrammePartnerRole.Donor), places, p.StartDate, p.EndDate,
            Terms(Taxonomy.TargetGroup), Terms(Taxonomy.Sector), Terms(Taxonomy.ServiceCategory), p.Budget, p.Currency,
            p.Sdg.OrderBy(t => t.GoalNumber).ThenBy(t => t.SortOrder).Select(t => (t.TargetCode, t.TitleEn)).ToList(), p.UpdatedAtUtc);

        var scope = (await current.GetScopeAsync())!;
        CanEdit = AccessRules.CanEditProgramme(scope, p.OwnerOrganisationId, p.Countries.Select(c => c.CountryCode));
        Candidates = (await synergies.CandidatesForAsync(id) ?? []).Select(c => new CandidateCard(c, id,
            AccessRules.CanStartSynergyDraft(scope, c.CountryCode, c.First.OwnerOrganisationId, c.Second.OwnerOrganisationId),
            $"/Programmes/Details/{id}?handler=StartDraft")).ToList();
        return true;
    }
}
