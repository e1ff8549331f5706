namespace PartnerPortal.Authorization;

/// <summary>
/// What a signed-in user may reach: their organisation and flags, coordinator countries and, for
/// local-authority staff, the path of their jurisdiction. Loaded fresh from the database on each
/// request so that a role change takes effect at once.
/// </summary>
public sealed record UserScope
{
    public required string UserId { get; init; }
    public required int OrganisationId { get; init; }
    public bool IsAdministrator { get; init; }
    public bool IsCoordinator { get; init; }
    public bool CoordinatesAllCountries { get; init; }
    public IReadOnlySet<string> CoordinatedCountries { get; init; } = new HashSet<string>();
    public bool IsOrganisationManager { get; init; }
    public bool IsSignatory { get; init; }
    /// <summary>Materialised path of the user's organisation's jurisdiction, when it is a local authority.</summary>
    public string? JurisdictionPath { get; init; }
    public string? OrganisationCountryCode { get; init; }

    public bool IsLocalAuthority => JurisdictionPath is not null;
}
