using PartnerPortal.Authorization;

namespace PartnerPortal.Tests.Unit;

public class AccessRulesTests
{
    private const int OwnOrg = 10;
    private const int OtherOrg = 20;

    private static UserScope Member(bool manager = false, bool signatory = false) =>
        new() { UserId = "m", OrganisationId = OwnOrg, IsOrganisationManager = manager, IsSignatory = signatory, OrganisationCountryCode = "GN" };

    private static readonly UserScope Administrator = new() { UserId = "a", OrganisationId = 1, IsAdministrator = true };
    private static readonly UserScope GuineaCoordinator = new() { UserId = "c", OrganisationId = 2, IsCoordinator = true, CoordinatedCountries = new HashSet<string> { "GN" } };
    private static readonly UserScope GlobalCoordinator = new() { UserId = "g", OrganisationId = 2, IsCoordinator = true, CoordinatesAllCountries = true };
    /// <summary>Kindia region is area 3 at /3/; its prefecture 7 at /3/7/.</summary>
    private static readonly UserScope KindiaAuthority = new() { UserId = "l", OrganisationId = 30, JurisdictionPath = "/3/7/" };

    [Fact]
    public void Administrator_acts_everywhere_and_edits_any_organisation()
    {
        Assert.True(AccessRules.CanActInCountry(Administrator, "NP"));
        Assert.True(AccessRules.CanEditOrganisation(Administrator, OtherOrg, "SN"));
        Assert.True(AccessRules.CanManageMembers(Administrator, OtherOrg));
        Assert.True(AccessRules.CanGrantNetworkRoles(Administrator));
        Assert.True(AccessRules.CanManageReferenceData(Administrator));
    }

    [Fact]
    public void Country_coordinator_acts_only_in_its_countries()
    {
        Assert.True(AccessRules.CanActInCountry(GuineaCoordinator, "GN"));
        Assert.False(AccessRules.CanActInCountry(GuineaCoordinator, "SN"));
        Assert.True(AccessRules.CanEditOrganisation(GuineaCoordinator, OtherOrg, "GN"));
        Assert.False(AccessRules.CanEditOrganisation(GuineaCoordinator, OtherOrg, "SN"));
        Assert.True(AccessRules.CanCreateOrganisationIn(GuineaCoordinator, "GN"));
        Assert.False(AccessRules.CanCreateOrganisationIn(GuineaCoordinator, "NP"));
    }

    [Fact]
    public void Coordinator_does_not_manage_members_or_grant_roles()
    {
        Assert.False(AccessRules.CanManageMembers(GuineaCoordinator, OtherOrg));
        Assert.False(AccessRules.CanGrantNetworkRoles(GlobalCoordinator));
        Assert.False(AccessRules.CanManageReferenceData(GlobalCoordinator));
    }

    [Fact]
    public void Global_coordinator_acts_in_every_country()
    {
        Assert.True(AccessRules.CanActInCountry(GlobalCoordinator, "GE"));
        Assert.True(AccessRules.CanEditOrganisation(GlobalCoordinator, OtherOrg, "NP"));
    }

    [Fact]
    public void Coordinator_countries_are_ignored_without_the_coordinator_role()
    {
        var former = GuineaCoordinator with { IsCoordinator = false };
        Assert.False(AccessRules.CanActInCountry(former, "GN"));
    }

    [Fact]
    public void Manager_edits_and_manages_only_its_own_organisation()
    {
        var manager = Member(manager: true);
        Assert.True(AccessRules.CanEditOrganisation(manager, OwnOrg, "GN"));
        Assert.True(AccessRules.CanManageMembers(manager, OwnOrg));
        Assert.False(AccessRules.CanEditOrganisation(manager, OtherOrg, "GN"));
        Assert.False(AccessRules.CanManageMembers(manager, OtherOrg));
        Assert.False(AccessRules.CanActInCountry(manager, "GN"));
    }

    [Fact]
    public void Plain_member_and_signatory_cannot_edit_the_profile_or_manage_members()
    {
        foreach (var user in new[] { Member(), Member(signatory: true) })
        {
            Assert.True(AccessRules.IsMemberOf(user, OwnOrg));
            Assert.False(AccessRules.CanEditOrganisation(user, OwnOrg, "GN"));
            Assert.False(AccessRules.CanManageMembers(user, OwnOrg));
            Assert.False(AccessRules.CanCreateOrganisationIn(user, "GN"));
        }
    }

    [Theory]
    [InlineData("/3/7/", true)]        // the jurisdiction itself
    [InlineData("/3/7/41/", true)]     // a municipality inside it
    [InlineData("/3/7/41/90/", true)]  // deeper still
    [InlineData("/3/", false)]         // the parent region
    [InlineData("/3/8/", false)]       // a sibling prefecture
    [InlineData("/3/77/", false)]      // an id that starts with the same digits
    [InlineData("/5/7/", false)]       // another region's child
    public void Jurisdiction_includes_descendants_and_nothing_else(string areaPath, bool inside) =>
        Assert.Equal(inside, AccessRules.IsInJurisdiction(KindiaAuthority, areaPath));

    [Fact]
    public void Users_without_a_jurisdiction_are_in_no_jurisdiction()
    {
        Assert.False(AccessRules.IsInJurisdiction(Member(manager: true), "/3/7/"));
        Assert.False(AccessRules.IsInJurisdiction(Administrator, "/3/7/"));
        Assert.False(KindiaAuthority with { JurisdictionPath = null } is { IsLocalAuthority: true });
    }
}
