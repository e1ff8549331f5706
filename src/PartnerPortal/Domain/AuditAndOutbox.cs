namespace PartnerPortal.Domain;

/// <summary>Append-only record of a change or a security event. Rows are never updated or deleted.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    /// <summary>What happened, e.g. "organisation.updated" or "security.sign-in-failed".</summary>
    public required string Action { get; set; }
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    /// <summary>JSON list of {field, before, after}, or free detail for security events.</summary>
    public string? Changes { get; set; }
    public string? IpAddress { get; set; }
}

/// <summary>A notification waiting to be (or already) delivered.</summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public required string ToAddress { get; set; }
    public required string Subject { get; set; }
    public required string BodyText { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
