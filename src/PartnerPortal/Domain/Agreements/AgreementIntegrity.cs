namespace PartnerPortal.Domain.Agreements;

public enum IntegrityState
{
    /// <summary>Not frozen yet: there is nothing to compare.</summary>
    NotFrozen,
    Intact,
    /// <summary>The stored terms no longer produce the fingerprint that was frozen or signed.</summary>
    Altered,
}

/// <summary>
/// Detects any change to frozen terms, however it was made (through the portal, by an administrator
/// or directly in the database): the canonical form is computed again from what is stored now and
/// compared with the frozen fingerprint and with the fingerprint every valid signature recorded.
/// </summary>
public static class AgreementIntegrity
{
    public static IntegrityState Check(AgreementVersion v)
    {
        if (v.Fingerprint is null) return v.FrozenAtUtc is null && !v.ValidSignatures.Any() ? IntegrityState.NotFrozen : IntegrityState.Altered;
        var now = AgreementClauses.Fingerprint(v.Agreement!.ReferenceNumber, v);
        return now == v.Fingerprint && v.ValidSignatures.All(s => s.Fingerprint == v.Fingerprint)
            ? IntegrityState.Intact
            : IntegrityState.Altered;
    }
}
