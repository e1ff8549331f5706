namespace PartnerPortal.Authorization;

public static class RoleSummary
{
    /// <summary>A short, human description of what the user is in the network.</summary>
    public static string Describe(UserScope s)
    {
        var parts = new List<string>();
        if (s.IsAdministrator) parts.Add("Administrator");
        if (s.IsCoordinator)
            parts.Add(s.CoordinatesAllCountries ? "Coordinator (all countries)"
                : $"Coordinator ({string.Join(", ", s.CoordinatedCountries.Order())})");
        if (s.IsLocalAuthority) parts.Add("Local authority");
        if (s.IsOrganisationManager) parts.Add("Organisation manager");
        if (s.IsSignatory) parts.Add("Signatory");
        if (parts.Count == 0) parts.Add("Member");
        return string.Join(" · ", parts);
    }
}
