using PartnerPortal.Authorization;

namespace PartnerPortal.Tests.Unit;

public class RoleSummaryTests
{
    [Fact]
    public void Describes_every_role_a_user_holds()
    {
        var scope = new UserScope
        {
            UserId = "u", OrganisationId = 1, IsCoordinator = true, CoordinatedCountries = new HashSet<string> { "SN", "GN" },
            IsOrganisationManager = true, IsSignatory = true,
        };
        Assert.Equal("Coordinator (GN, SN) · Organisation manager · Signatory", RoleSummary.Describe(scope));
    }

    [Fact]
    public void A_user_without_flags_is_a_member() =>
        Assert.Equal("Member", RoleSummary.Describe(new UserScope { UserId = "u", OrganisationId = 1 }));
}
