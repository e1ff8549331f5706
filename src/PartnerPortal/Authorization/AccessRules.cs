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

    /// <summary>
    /// A service: administrators; members of the providing organisation; a local authority when any of
    /// the service's locations lies in its jurisdiction; coordinators of a country the service is in
    /// (its organisation's country or a location's).
    /// </summary>
    public static bool CanEditService(UserScope user, ServiceFacts service) =>
        user.IsAdministrator
        || IsMemberOf(user, service.OrganisationId)
        || service.LocationAreaPaths.Any(path => IsInJurisdiction(user, path))
        || service.CountryCodes.Any(country => CanActInCountry(user, country));

    /// <summary>Gaps are recorded by those who keep the directory of that area true.</summary>
    public static bool CanRecordGap(UserScope user, string areaPath, string areaCountry) =>
        IsInJurisdiction(user, areaPath) || CanActInCountry(user, areaCountry);

    /// <summary>
    /// A programme: members of its owner organisation, coordinators of any of its countries, administrators.
    /// Asked of the stored programme, never of what an edit form claims.
    /// </summary>
    public static bool CanEditProgramme(UserScope user, int ownerOrganisationId, IEnumerable<string> countryCodes) =>
        IsMemberOf(user, ownerOrganisationId) || user.IsAdministrator || countryCodes.Any(c => CanActInCountry(user, c));

    /// <summary>
    /// Whose programme a user may record: any member for their own organisation; coordinators for the
    /// organisations of their countries; administrators for any.
    /// </summary>
    public static bool CanOwnProgrammeAs(UserScope user, int organisationId, string organisationCountry) =>
        IsMemberOf(user, organisationId) || CanActInCountry(user, organisationCountry);

    /// <summary>
    /// Starting a draft agreement from a synergy candidate: a coordinator of the agreement's country or a
    /// member of either owner. Administrators do not act in agreements (<see cref="Domain.Agreements.AgreementLifecycle"/>).
    /// </summary>
    public static bool CanStartSynergyDraft(UserScope user, string countryCode, int firstOwnerId, int secondOwnerId) =>
        Domain.Agreements.AgreementLifecycle.IsCoordinatorOf(user, countryCode)
        || IsMemberOf(user, firstOwnerId) || IsMemberOf(user, secondOwnerId);
}

/// <summary>What the service permission depends on, loaded with the service.</summary>
public sealed record ServiceFacts(int OrganisationId, IReadOnlyCollection<string> CountryCodes, IReadOnlyCollection<string> LocationAreaPaths);
