using System.Security.Cryptography;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// Issues the signed PDF of an activated version: the agreement's text, then a signature certificate
/// page. It is printed once and stored with its SHA-256, so every download is the same file and the
/// verify page can recognise an unchanged copy. A background job prints it right after activation;
/// a download before that prints it on the spot.
/// </summary>
public sealed class SignedAgreementPdf(PortalDbContext db, AgreementCertificates certificates, RazorHtmlRenderer html, PdfRenderer pdf,
    TimeProvider clock)
{
    public const string DocumentView = "/Pages/Agreements/_SignedAgreementDocument.cshtml";

    /// <summary>What the document view prints.</summary>
    public sealed record Document(AgreementCertificate Certificate, IReadOnlyList<ReadableClause> Clauses, string? CountryName, string VerifyUrl);

    /// <summary>
    /// One print per version at a time in this process (a version's id picks its stripe); across
    /// processes the primary key on VersionId keeps the first document stored.
    /// </summary>
    private static readonly SemaphoreSlim[] Stripes = Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>The background job enqueued when a version becomes Active.</summary>
    [AutomaticRetry(Attempts = 3)]
    public Task IssueAsync(int versionId, string verifyUrl) => GetOrIssueAsync(versionId, verifyUrl, CancellationToken.None);

    /// <summary>The stored document, printed and stored first if needed; null when the version was never activated.</summary>
    public async Task<SignedAgreementDocument?> GetOrIssueAsync(int versionId, string verifyUrl, CancellationToken ct)
    {
        if (await StoredAsync(versionId, ct) is { } stored) return stored;
        var stripe = Stripes[versionId % Stripes.Length];
        await stripe.WaitAsync(ct);
        try
        {
            if (await StoredAsync(versionId, ct) is { } printedMeanwhile) return printedMeanwhile;
            if (await certificates.LoadIssuedAsync(versionId, ct) is not { } version) return null;
            var bytes = await PrintAsync(version, verifyUrl, ct);
            int pages;
            using (var parsed = PdfDocument.Open(bytes)) pages = parsed.NumberOfPages;
            var document = new SignedAgreementDocument
            {
                VersionId = versionId, Pdf = bytes, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), PageCount = pages,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.SignedAgreementDocuments.Add(document);
            try
            {
                await db.SaveChangesAsync(ct);
                return document;
            }
            catch (DbUpdateException)
            {
                // Another process stored its print first: that one is the document, ours is discarded.
                db.ChangeTracker.Clear();
                if (await StoredAsync(versionId, ct) is { } first) return first;
                throw;
            }
        }
        finally
        {
            stripe.Release();
        }
    }

    private Task<SignedAgreementDocument?> StoredAsync(int versionId, CancellationToken ct) =>
        db.SignedAgreementDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.VersionId == versionId, ct);

    private async Task<byte[]> PrintAsync(AgreementVersion version, string verifyUrl, CancellationToken ct)
    {
        var certificate = AgreementCertificates.Of(version);
        var country = await db.Countries.Where(c => c.Code == version.Agreement!.CountryCode).Select(c => c.Name).SingleOrDefaultAsync(ct);
        var markup = await html.RenderAsync(DocumentView, new Document(certificate, AgreementReadable.Of(version), country, verifyUrl));
        return await pdf.RenderAsync(markup, new PdfDocumentOptions($"{certificate.ReferenceNumber} version {certificate.VersionNumber}: {certificate.Title}",
            $"{certificate.ReferenceNumber} · version {certificate.VersionNumber} · verification code {certificate.VerificationCode}"), ct);
    }

    public static string FileName(string referenceNumber, int versionNumber) => $"{referenceNumber}-v{versionNumber}.pdf";
}
