using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Pages.Agreements;

public sealed record CertificateSigner(string Name, string Organisation, DateTime SignedAtUtc, string? IpAddress);

/// <summary>What the signature certificate of an issued (activated) version states.</summary>
public sealed record AgreementCertificate(string ReferenceNumber, int VersionNumber, string Title, IReadOnlyList<string> Parties,
    IReadOnlyList<CertificateSigner> Signers, string Fingerprint, string VerificationCode, DateTime ActivatedAtUtc);

/// <summary>
/// Issued versions (those that became Active and so carry a verification code) and their certificates,
/// for the signed PDF and the public verify page. Nothing here reaches a version that was never
/// activated, so drafts and texts still in negotiation stay private.
/// </summary>
public sealed partial class AgreementCertificates(PortalDbContext db, AgreementStore store)
{
    public Task<AgreementVersion?> LoadIssuedAsync(int versionId, CancellationToken ct = default) =>
        LoadAsync(db.AgreementVersions.Where(v => v.Id == versionId), ct);

    /// <summary>The issued version with this verification code, typed with or without dashes, in any case.</summary>
    public Task<AgreementVersion?> LoadByCodeAsync(string? typed, CancellationToken ct = default) =>
        NormaliseCode(typed) is { } code ? LoadAsync(db.AgreementVersions.Where(v => v.VerificationCode == code), ct) : Task.FromResult<AgreementVersion?>(null);

    private async Task<AgreementVersion?> LoadAsync(IQueryable<AgreementVersion> query, CancellationToken ct)
    {
        var version = await query.Where(v => v.ActivatedAtUtc != null && v.VerificationCode != null)
            .Include(v => v.Agreement).Include(v => v.Parties).ThenInclude(p => p.Organisation).Include(v => v.Signatures)
            .AsNoTrackingWithIdentityResolution().AsSplitQuery().SingleOrDefaultAsync(ct);
        if (version is not null) await store.LoadTermsAsync(version, tracking: false, ct);
        return version;
    }

    public static AgreementCertificate Of(AgreementVersion v)
    {
        var parties = v.Parties.OrderBy(p => p.Position).ToList();
        var signers = v.ValidSignatures
            .Select(s => new CertificateSigner(s.SignerName, parties.FirstOrDefault(p => p.Id == s.PartyId)?.Organisation?.Name ?? "",
                s.SignedAtUtc, s.IpAddress))
            .OrderBy(s => s.SignedAtUtc).ToList();
        return new AgreementCertificate(v.Agreement!.ReferenceNumber, v.Number, v.Title,
            parties.Select(p => p.Organisation?.Name ?? $"Organisation #{p.OrganisationId}").ToList(), signers,
            v.Fingerprint ?? "", v.VerificationCode ?? "", v.ActivatedAtUtc ?? default);
    }

    /// <summary>The version's standing today in words: "Active since …", "Terminated on …", "Superseded by version 2 on …".</summary>
    public async Task<string> StatusAsync(AgreementVersion v, CancellationToken ct = default)
    {
        var ended = v.EndedAtUtc is { } e ? Day(e) : "an unknown date";
        switch (v.Status)
        {
            case AgreementStatus.Active: return $"Active since {Day(v.ActivatedAtUtc!.Value)}";
            case AgreementStatus.Expired: return $"Expired on {ended}: its end date passed";
            case AgreementStatus.Terminated: return $"Terminated on {ended}";
            case AgreementStatus.Superseded:
                var next = await db.AgreementVersions.Where(x => x.AgreementId == v.AgreementId && x.Number > v.Number && x.ActivatedAtUtc != null)
                    .OrderBy(x => x.Number).Select(x => (int?)x.Number).FirstOrDefaultAsync(ct);
                return next is { } n ? $"Superseded by version {n} on {ended}" : $"Superseded on {ended}";
            default: return v.Status.ToString();
        }
    }

    /// <summary>"abcd efgh-jklm" → "ABCD-EFGH-JKLM"; null unless it has the twelve characters of a code.</summary>
    public static string? NormaliseCode(string? typed)
    {
        var chars = new string((typed ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return chars.Length == 12 ? $"{chars[..4]}-{chars[4..8]}-{chars[8..]}" : null;
    }

    /// <summary>Codes as printed on a certificate, found in extracted PDF text (which may lose or add spaces).</summary>
    public static IEnumerable<string> CodesIn(string text) =>
        PrintedCode().Matches(text).Select(m => $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}").Distinct();

    public static string Day(DateTime utc) => utc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"([A-HJ-NP-Z2-9]{4})\s*-\s*([A-HJ-NP-Z2-9]{4})\s*-\s*([A-HJ-NP-Z2-9]{4})")]
    private static partial Regex PrintedCode();
}
