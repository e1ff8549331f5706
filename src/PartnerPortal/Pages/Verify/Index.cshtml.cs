using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Infrastructure;
using PartnerPortal.Pages.Agreements;
using UglyToad.PdfPig;

namespace PartnerPortal.Pages.Verify;

/// <summary>
/// The public check of a signed agreement (PRODUCT §5, /verify): by its verification code, or by
/// uploading the PDF, which is genuine only if it is byte for byte the document the portal issued.
/// It shows what the certificate states and the agreement's standing today, never anything of a
/// version that was not signed by every party.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Verification)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public class IndexModel(PortalDbContext db, AgreementCertificates certificates, ILogger<IndexModel> log) : PageModel
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const long MaxRequestBytes = MaxFileBytes + UploadLimits.MultipartOverhead;
    /// <summary>A certificate is the last page of a short document; reading further only costs time.</summary>
    private const int MaxPagesRead = 200;
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);

    public enum Outcome { None, CodeFound, CodeUnknown, Genuine, Modified, NotIssued }

    /// <summary>What the portal holds for an issued version: the certificate, its standing today and whether the stored terms still match.</summary>
    public sealed record Verified(AgreementCertificate Certificate, string Status, bool TermsIntact);

    public Outcome Result { get; private set; }
    public Verified? Agreement { get; private set; }
    public string? Code { get; private set; }
    public string? FileName { get; private set; }

    public async Task OnGetAsync(string? code, bool tooLarge, CancellationToken ct)
    {
        if (tooLarge) ModelState.AddModelError("file", TooLarge);
        if (code is null) return;
        Code = code.Trim();
        if (AgreementCertificates.NormaliseCode(code) is null)
        {
            ModelState.AddModelError("code", "A verification code has twelve letters and digits, like ABCD-EFGH-JK23.");
            return;
        }
        Agreement = await VerifiedAsync(await certificates.LoadByCodeAsync(code, ct), ct);
        Result = Agreement is null ? Outcome.CodeUnknown : Outcome.CodeFound;
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) ModelState.AddModelError("file", "Choose the PDF file to check.");
        else if (file.Length > MaxFileBytes) ModelState.AddModelError("file", TooLarge);
        else if (!string.Equals(file.ContentType, "application/pdf", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError("file", "Only PDF files can be checked: choose the .pdf file of the signed agreement.");
        if (!ModelState.IsValid) return Page();

        FileName = Path.GetFileName(file!.FileName);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (!bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            ModelState.AddModelError("file", "This file is not a PDF.");
            return Page();
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var issuedVersionId = await db.SignedAgreementDocuments.Where(d => d.Sha256 == sha256).Select(d => (int?)d.VersionId).FirstOrDefaultAsync(ct);
        if (issuedVersionId is { } versionId && await VerifiedAsync(await certificates.LoadIssuedAsync(versionId, ct), ct) is { } genuine)
        {
            (Result, Agreement) = (Outcome.Genuine, genuine);
            return Page();
        }
        // Not the issued bytes: does it claim to be one of ours? The code printed on it says which.
        foreach (var code in await CodesPrintedInAsync(bytes, ct))
        {
            if (await VerifiedAsync(await certificates.LoadByCodeAsync(code, ct), ct) is not { } claimed) continue;
            (Result, Agreement) = (Outcome.Modified, claimed);
            return Page();
        }
        Result = Outcome.NotIssued;
        return Page();
    }

    private const string TooLarge = "The file is larger than 10 MB. A PDF issued by PartnerPortal is much smaller: check that you chose the right file.";

    private async Task<Verified?> VerifiedAsync(AgreementVersion? version, CancellationToken ct) =>
        version is null ? null
            : new Verified(AgreementCertificates.Of(version), await certificates.StatusAsync(version, ct),
                AgreementIntegrity.Check(version) == IntegrityState.Intact);

    /// <summary>Verification codes in the PDF's text; none when it cannot be read in time (an unreadable file is simply not ours).</summary>
    private async Task<IReadOnlyList<string>> CodesPrintedInAsync(byte[] bytes, CancellationToken ct)
    {
        try
        {
            return await Task.Run(() =>
            {
                using var pdf = PdfDocument.Open(bytes);
                return pdf.GetPages().Take(MaxPagesRead).SelectMany(p => AgreementCertificates.CodesIn(p.Text)).Distinct().Take(10).ToList();
            }, ct).WaitAsync(ReadTimeout, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogInformation(ex, "An uploaded PDF could not be read for a verification code");
            return [];
        }
    }
}
