using PartnerPortal.Authorization;

namespace PartnerPortal.Domain.Reports;

/// <summary>
/// Who may request, list, view and download biannual reports of a scope: administrators any scope;
/// coordinators a country they coordinate, and the whole network only when they coordinate all countries.
/// Requesting and reading follow the same rule, so a report is never visible to someone who could not ask for it.
/// </summary>
public static class ReportAccess
{
    public static bool CanUse(UserScope user, ReportScope scope) =>
        user.IsAdministrator
        || (user.IsCoordinator && (user.CoordinatesAllCountries || (scope.CountryCode is { } code && user.CoordinatedCountries.Contains(code))));

    /// <summary>The scopes to offer the user in a request form, network first.</summary>
    public static IEnumerable<ReportScope> ScopesFor(UserScope user, IEnumerable<string> networkCountries)
    {
        if (user.IsAdministrator || user.CoordinatesAllCountries) yield return ReportScope.Network;
        foreach (var code in networkCountries.Order(StringComparer.Ordinal))
            if (CanUse(user, ReportScope.Country(code))) yield return ReportScope.Country(code);
    }
}
