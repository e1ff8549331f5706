using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerPortal.Authorization;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Pdf;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// The signed PDF of an activated version (<c>?version=n</c>, the newest by default), for those who may
/// read the agreement. The stored document is returned byte for byte; if it has not been printed yet it
/// is printed now.
/// </summary>
[Authorize]
public class DocumentModel(AgreementStore store, SignedAgreementPdf documents, CurrentUser current, PublicLinks links,
    ILogger<DocumentModel> log) : PageModel
{
    public static readonly AgreementStatus[] Issued =
        [AgreementStatus.Active, AgreementStatus.Expired, AgreementStatus.Terminated, AgreementStatus.Superseded];

    public async Task<IActionResult> OnGetAsync(int id, int? version, CancellationToken ct)
    {
        var user = (await current.GetScopeAsync(ct))!;
        if (await store.LoadAsync(id, version, user, ct: ct) is not { } loaded) return NotFound();
        var (agreement, v) = loaded;
        if (!Issued.Contains(v.Status) || v.ActivatedAtUtc is null) return NotFound();
        try
        {
            var document = await documents.GetOrIssueAsync(v.Id, links.To("/verify"), ct);
            if (document is null) return NotFound();
            return File(document.Pdf, "application/pdf", SignedAgreementPdf.FileName(agreement.ReferenceNumber, v.Number));
        }
        catch (Exception ex) when (ex is PdfBrowserNotFoundException or TimeoutException)
        {
            log.LogError(ex, "The signed PDF of agreement {Id} version {Version} could not be printed", id, v.Number);
            return StatusCode(StatusCodes.Status503ServiceUnavailable, "The signed PDF cannot be printed right now: " + ex.Message);
        }
    }
}
