using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Pdf;

namespace PartnerPortal.Pages.Organisations;

/// <summary>A one-page PDF about an organisation, printed from the same Razor view as its HTML preview.</summary>
[Authorize]
public class FactSheetModel(PortalDbContext db, RazorHtmlRenderer html, PdfRenderer pdf, TimeProvider clock,
    ILogger<FactSheetModel> log) : PageModel
{
    public const string DocumentView = "/Pages/Organisations/_FactSheetDocument.cshtml";

    public sealed record Document(OrganisationProfile Profile, string? CountryRegions, DateTime GeneratedAtUtc);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id) is not { } document) return NotFound();
        var markup = await html.RenderAsync(DocumentView, document);
        try
        {
            var bytes = await pdf.RenderAsync(markup, new PdfDocumentOptions($"Fact sheet: {document.Profile.Name}",
                $"{document.Profile.Name} · fact sheet · {document.GeneratedAtUtc:yyyy-MM-dd}"), ct);
            var file = $"fact-sheet-{Slugs.Of(document.Profile.Acronym ?? document.Profile.Name)}.pdf";
            return File(bytes, "application/pdf", file);
        }
        catch (Exception ex) when (ex is PdfBrowserNotFoundException or TimeoutException)
        {
            log.LogError(ex, "Fact sheet {Id} could not be printed", id);
            return StatusCode(StatusCodes.Status503ServiceUnavailable, ex.Message);
        }
    }

    private async Task<Document?> LoadAsync(int id)
    {
        if (await OrganisationProfile.LoadAsync(db, id) is not { } profile) return null;
        var regions = await db.AdministrativeAreas.AsNoTracking()
            .Where(a => a.CountryCode == profile.CountryCode && a.ParentId == null).OrderBy(a => a.Name).Select(a => a.Name).ToListAsync();
        return new Document(profile, regions.Count > 0 ? string.Join(", ", regions) : null, clock.GetUtcNow().UtcDateTime);
    }
}
