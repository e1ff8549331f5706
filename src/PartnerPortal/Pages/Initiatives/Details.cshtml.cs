using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>
/// One initiative. The public reads the summary of a published one (an unpublished one does not exist for
/// them); signed-in users read every field, the progress history and the indicator chart.
/// </summary>
[AllowAnonymous]
public class DetailsModel(PortalDbContext db, CurrentUser current) : PageModel
{
    /// <summary>A linked agreement: its title only for those who may read the agreement.</summary>
    public sealed record LinkedAgreement(int Id, string Reference, string? Title);
    public sealed record ProgressRow(ReportingPeriod Period, ProgressState State, ActivityStatus Status, DateTime? SubmittedAtUtc);

    public PublicSummary? Summary { get; private set; }
    public Initiative Initiative { get; private set; } = null!;
    public List<LinkedAgreement> Agreements { get; private set; } = [];
    public List<ProgressRow> Progress { get; private set; } = [];
    public IndicatorChart Chart { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var scope = await current.GetScopeAsync();
        if (scope is null)
        {
            Summary = await db.Initiatives.AsNoTracking().Where(i => i.Id == id && i.IsPublished).Select(PublicSummary.Projection)
                .AsSplitQuery().SingleOrDefaultAsync();
            return Summary is null ? NotFound() : Page();
        }

        var initiative = await db.Initiatives.AsNoTracking().AsSplitQuery()
            .Include(i => i.Type).Include(i => i.Sector).Include(i => i.Country).Include(i => i.AdministrativeArea).Include(i => i.LeadOrganisation)
            .Include(i => i.Partners).ThenInclude(p => p.Organisation).Include(i => i.Programmes).ThenInclude(p => p.Programme)
            .Include(i => i.OtherGroups).ThenInclude(g => g.Term).Include(i => i.Themes).ThenInclude(t => t.Term)
            .Include(i => i.SdgTargets).ThenInclude(t => t.Target).Include(i => i.GcmObjectives).ThenInclude(o => o.Objective)
            .Include(i => i.Agreements)
            .SingleOrDefaultAsync(i => i.Id == id);
        if (initiative is null) return NotFound();
        Initiative = initiative;
        CanEdit = InitiativeRules.CanEdit(scope, initiative.LeadOrganisationId, initiative.CountryCode);

        var agreementIds = initiative.Agreements.Select(a => a.AgreementId).ToList();
        var agreements = await db.SynergyAgreements.AsNoTracking().AsSplitQuery().Where(a => agreementIds.Contains(a.Id))
            .Include(a => a.Versions).ThenInclude(v => v.Parties).OrderBy(a => a.ReferenceNumber).ToListAsync();
        Agreements = agreements.Select(a => new LinkedAgreement(a.Id, a.ReferenceNumber,
            AgreementLifecycle.CanRead(scope, a) ? a.Versions.MaxBy(v => v.Number)?.Title : null)).ToList();

        Progress = (await db.ProgressReports.AsNoTracking().Where(r => r.InitiativeId == id)
                .Select(r => new { r.Year, r.Half, r.State, r.Status, r.SubmittedAtUtc }).ToListAsync())
            .Select(r => new ProgressRow(new ReportingPeriod(r.Year, r.Half), r.State, r.Status, r.SubmittedAtUtc))
            .OrderByDescending(r => r.Period).ToList();
        Chart = await IndicatorChart.LoadAsync(db, id);
        return Page();
    }
}
