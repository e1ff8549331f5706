namespace PartnerPortal.Authorization;

/// <summary>
/// The permission rules of PRODUCT §1 as plain functions, so that unit tests can call them without
/// HTTP and every page asks the same questions. Authorization handlers and page queries delegate here.
/// </summary>
public static class AccessRules
{
    /// <summary>Administrators everywhere; coordinators in their countries (or all).</summary>
    public static bool CanActInCountry(UserScope user, string countryCode) =>
        user.IsAdministrator
        || (user.IsCoordinator && (user.CoordinatesAllCountries || user.CoordinatedCountries.Contains(countryCode)));

    /// <summary>True when the area is the user's jurisdiction or one of its descendants.</summary>
    public static bool IsInJurisdiction(UserScope user, string areaPath) =>
        user.JurisdictionPath is { } root && areaPath.StartsWith(root, StringComparison.Ordinal);

    public static bool IsMemberOf(UserScope user, int organisationId) => user.OrganisationId == organisationId;

    /// <summary>The profile: the organisation's managers, coordinators of its country, administrators.</summary>
    public static bool CanEditOrganisation(UserScope user, int organisationId, string organisationCountry) =>
        CanActInCountry(user, organisationCountry)
        || (user.IsOrganisationManager && IsMemberOf(user, organisationId));

    /// <summary>Inviting and removing members: the organisation's managers and administrators.</summary>
    public static bool CanManageMembers(UserScope user, int organisationId) =>
        user.IsAdministrator || (user.IsOrganisationManager && IsMemberOf(user, organisationId));

    /// <summary>New organisations join the network through administrators or a coordinator of the country.</summary>
    public static bool CanCreateOrganisationIn(UserScope user, string countryCode) => CanActInCountry(user, countryCode);

    /// <summary>Only an administrator may grant the administrator or coordinator role.</summary>
    public static bool CanGrantNetworkRoles(UserScope user) => user.IsAdministrator;

    public static bool CanManageReferenceData(UserScope user) => user.IsAdministrator;
}
