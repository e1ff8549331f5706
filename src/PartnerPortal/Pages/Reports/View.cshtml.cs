using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;

namespace PartnerPortal.Pages.Reports;

/// <summary>
/// A biannual report read in the portal before its PDF is requested: the same body template as the PDF,
/// inside the normal layout. Only for half-years that have ended, and scopes the user may report on.
/// </summary>
[Authorize]
public class ViewModel(BiannualReportQuery query, CurrentUser current, PortalDbContext db, TimeProvider clock) : PageModel
{
    public BiannualReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? scope, string? period, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!ReportScope.TryParse(scope, out var reportScope) || !ReportingPeriod.TryParse(period, out var half)
            || !ReportRunRules.MayRequest(half, today))
            return NotFound();
        if (reportScope.CountryCode is { } code && !await IsNetworkCountryAsync(code, ct)) return NotFound();
        if (await current.GetScopeAsync(ct) is not { } user || !ReportAccess.CanUse(user, reportScope)) return Forbid();

        Report = await query.ComputeAsync(reportScope, half, ct);
        return Page();
    }

    private Task<bool> IsNetworkCountryAsync(string code, CancellationToken ct) => ReportNetwork.CountryCodes(db).ContainsAsync(code, ct);
}
