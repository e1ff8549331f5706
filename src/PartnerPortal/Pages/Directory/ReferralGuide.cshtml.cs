using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Pdf;

namespace PartnerPortal.Pages.Directory;

/// <summary>
/// The public referral guide of an area as a PDF: every active service of the area by category, with how to
/// get in, contacts and opening hours. Printing is costly, so the endpoint is rate-limited like the bulk
/// export and the PDF is kept for a few minutes, until the directory changes.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.BulkExport)]
public class ReferralGuideModel(PortalDbContext db, RazorHtmlRenderer html, PdfRenderer pdf, DirectoryCache cache, TimeProvider clock,
    ILogger<ReferralGuideModel> log) : PageModel
{
    public const string DocumentView = "/Pages/Directory/_ReferralGuideDocument.cshtml";
    public static readonly TimeSpan PdfKeptFor = TimeSpan.FromMinutes(5);

    public sealed record SubArea(int Id, string Name);

    public ReferralGuideQuery.GuideArea Area { get; private set; } = null!;
    public int ServiceCount { get; private set; }
    /// <summary>The smaller areas to choose from when the area is too large for one guide.</summary>
    public List<SubArea> SubAreas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? area, CancellationToken ct)
    {
        // A malformed id does not bind and is as unknown as a missing one.
        if (area is not { } areaId || await ReferralGuideQuery.FindAreaAsync(db, areaId) is not { } found) return NotFound();
        Area = found;
        ServiceCount = await ReferralGuideQuery.CountAsync(db, cache, found.Id, found.Path);
        if (ServiceCount > ReferralGuideQuery.MaxServices)
        {
            SubAreas = await db.AdministrativeAreas.AsNoTracking().Where(a => a.ParentId == areaId).OrderBy(a => a.Name)
                .Select(a => new SubArea(a.Id, a.Name)).ToListAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        try
        {
            // The printed date is part of the key: a guide cached before midnight must not carry yesterday's date.
            var bytes = await cache.GetOrAddAsync($"referral-guide-pdf:{found.Id}:{today:yyyy-MM-dd}", async () =>
            {
                var guide = await ReferralGuideQuery.LoadAsync(db, found, today);
                var markup = await html.RenderAsync(DocumentView, guide);
                return await pdf.RenderAsync(markup, new PdfDocumentOptions($"Referral guide: {found.Description}",
                    $"Referral guide · {found.Description}"), ct);
            }, PdfKeptFor);
            return File(bytes, "application/pdf", $"referral-guide-{found.Slug}.pdf");
        }
        catch (Exception ex) when (ex is PdfBrowserNotFoundException or TimeoutException)
        {
            log.LogError(ex, "The referral guide of area {Area} could not be printed", areaId);
            return StatusCode(StatusCodes.Status503ServiceUnavailable, "The referral guide cannot be printed at the moment. Try again in a few minutes.");
        }
    }
}
