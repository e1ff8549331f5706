using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain.Reports;

namespace PartnerPortal.Pages.Reports;

/// <summary>The PDF of a succeeded run. A run of a scope the user may not use is not found, so other countries' runs stay unseen.</summary>
[Authorize(Policy = Policies.CoordinatorOrAdministrator)]
public class DownloadModel(PortalDbContext db, CurrentUser current, ReportRunFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var run = await db.ReportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (run is null || !ReportScope.TryParse(run.Scope, out var scope) || !ReportAccess.CanUse((await current.GetScopeAsync(ct))!, scope)
            || run.State != ReportRunState.Succeeded)
            return NotFound();
        var pdf = await files.ReadAsync(run, ct);
        if (pdf is null) return NotFound();
        return File(pdf, "application/pdf", $"partnerportal-report-{scope.Key}-{run.Period}.pdf");
    }
}
