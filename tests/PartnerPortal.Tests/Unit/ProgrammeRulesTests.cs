using PartnerPortal.Authorization;

namespace PartnerPortal.Tests.Unit;

public class ProgrammeRulesTests
{
    private const int Owner = 10, Other = 20;

    private static readonly UserScope OwnerMember = new() { UserId = "m", OrganisationId = Owner, OrganisationCountryCode = "GN" };
    private static readonly UserScope OtherMember = new() { UserId = "o", OrganisationId = Other, OrganisationCountryCode = "GN" };
    private static readonly UserScope Administrator = new() { UserId = "a", OrganisationId = 1, IsAdministrator = true };
    private static readonly UserScope GuineaCoordinator = new() { UserId = "c", OrganisationId = 2, IsCoordinator = true, CoordinatedCountries = new HashSet<string> { "GN" } };
    private static readonly UserScope GlobalCoordinator = new() { UserId = "g", OrganisationId = 2, IsCoordinator = true, CoordinatesAllCountries = true };

    [Fact]
    public void Owners_coordinators_of_a_programme_country_and_administrators_edit_a_programme()
    {
        Assert.True(AccessRules.CanEditProgramme(OwnerMember, Owner, ["SN"]));
        Assert.False(AccessRules.CanEditProgramme(OtherMember, Owner, ["GN"]));
        Assert.True(AccessRules.CanEditProgramme(GuineaCoordinator, Owner, ["SN", "GN"]));
        Assert.False(AccessRules.CanEditProgramme(GuineaCoordinator, Owner, ["SN"]));
        Assert.True(AccessRules.CanEditProgramme(GlobalCoordinator, Owner, ["NP"]));
        Assert.True(AccessRules.CanEditProgramme(Administrator, Owner, []));
        Assert.False(AccessRules.CanEditProgramme(GuineaCoordinator with { IsCoordinator = false }, Owner, ["GN"]));
    }

    [Fact]
    public void Members_record_programmes_for_their_own_organisation_and_coordinators_for_those_of_their_countries()
    {
        Assert.True(AccessRules.CanOwnProgrammeAs(OwnerMember, Owner, "GN"));
        Assert.False(AccessRules.CanOwnProgrammeAs(OwnerMember, Other, "GN"));
        Assert.True(AccessRules.CanOwnProgrammeAs(GuineaCoordinator, Other, "GN"));
        Assert.False(AccessRules.CanOwnProgrammeAs(GuineaCoordinator, Other, "SN"));
        Assert.True(AccessRules.CanOwnProgrammeAs(Administrator, Other, "NP"));
    }

    [Fact]
    public void A_synergy_draft_is_started_by_a_coordinator_of_the_country_or_a_member_of_either_owner_but_not_an_administrator()
    {
        Assert.True(AccessRules.CanStartSynergyDraft(GuineaCoordinator, "GN", Owner, Other));
        Assert.False(AccessRules.CanStartSynergyDraft(GuineaCoordinator, "SN", Owner, Other));
        Assert.True(AccessRules.CanStartSynergyDraft(GlobalCoordinator, "SN", Owner, Other));
        Assert.True(AccessRules.CanStartSynergyDraft(OwnerMember, "SN", Owner, Other));
        Assert.True(AccessRules.CanStartSynergyDraft(OtherMember, "SN", Owner, Other));
        Assert.False(AccessRules.CanStartSynergyDraft(OtherMember with { OrganisationId = 30 }, "GN", Owner, Other));
        Assert.False(AccessRules.CanStartSynergyDraft(Administrator, "GN", Owner, Other));
    }
}
