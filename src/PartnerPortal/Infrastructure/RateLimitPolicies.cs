namespace PartnerPortal.Infrastructure;

public static class RateLimitPolicies
{
    /// <summary>Sign-in, password-reset and invitation-acceptance submissions, per client address.</summary>
    public const string Authentication = "authentication";

    /// <summary>Whole-directory exports (the HSDS data package), per client address.</summary>
    public const string BulkExport = "bulk-export";

    /// <summary>Verification-code look-ups and PDF uploads on the public verify page, per client address.</summary>
    public const string Verification = "verification";
}
