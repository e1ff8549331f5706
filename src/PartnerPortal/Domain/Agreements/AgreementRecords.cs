namespace PartnerPortal.Domain.Agreements;

/// <summary>
/// A party's signature of one frozen version. Voided (never deleted) when a signatory declines or the
/// text returns to negotiation, so that the history of who signed what stays readable.
/// </summary>
public class AgreementSignature
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public int PartyId { get; set; }
    public int OrganisationId { get; set; }
    public required string UserId { get; set; }
    /// <summary>The full name as the signatory typed it.</summary>
    public required string SignerName { get; set; }
    public string? SignerEmail { get; set; }
    public DateTime SignedAtUtc { get; set; }
    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
    /// <summary>The fingerprint of the text the signatory saw and signed.</summary>
    public required string Fingerprint { get; set; }
    public DateTime? VoidedAtUtc { get; set; }
    public string? VoidReason { get; set; }
}

public enum AgreementEventKind
{
    Created = 1, Edited = 2, Commented = 3, NegotiationStarted = 4, Frozen = 5, Viewed = 6, Signed = 7, Declined = 8,
    ReturnedToNegotiation = 9, Activated = 10, Amended = 11, Terminated = 12, Expired = 13, Withdrawn = 14, Superseded = 15,
    SignatureReminderSent = 16, EndDateWarningSent = 17,
}

/// <summary>The agreement's append-only event log (PRODUCT §5), shown on the agreement.</summary>
public class AgreementEvent
{
    public long Id { get; set; }
    public int AgreementId { get; set; }
    public int VersionNumber { get; set; }
    public AgreementEventKind Kind { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>Null for the portal's own jobs (reminders, expiry).</summary>
    public string? UserId { get; set; }
    public required string ActorName { get; set; }
    public string? OrganisationName { get; set; }
    public string? Detail { get; set; }
}

/// <summary>A party's comment on one clause while the terms are negotiated.</summary>
public class AgreementComment
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    /// <summary>One of <see cref="AgreementClauses"/>' keys.</summary>
    public required string ClauseKey { get; set; }
    public required string UserId { get; set; }
    public required string AuthorName { get; set; }
    public required string OrganisationName { get; set; }
    public required string Text { get; set; }
    public DateTime AtUtc { get; set; }
}

/// <summary>
/// Marks a notice a job has sent (a signature reminder, an end-date warning) so that running the job
/// again sends nothing twice; unique per version and key.
/// </summary>
public class AgreementNotice
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public required string Key { get; set; }
    public DateTime SentAtUtc { get; set; }
}

/// <summary>
/// The signed PDF as issued when the version became Active. Stored once so that every download is the
/// same file and the verify page can recognise an unchanged copy by its SHA-256.
/// </summary>
public class SignedAgreementDocument
{
    public int VersionId { get; set; }
    public required byte[] Pdf { get; set; }
    public required string Sha256 { get; set; }
    public int PageCount { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
