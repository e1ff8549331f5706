using PartnerPortal.Authorization;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Tests.Unit;

public class InitiativeRulesTests
{
    private const int Lead = 10, Other = 20;
    private const string Bakery = "community-social-enterprise";

    private static readonly UserScope LeadMember = new() { UserId = "m", OrganisationId = Lead, OrganisationCountryCode = "GN" };
    private static readonly UserScope OtherMember = new() { UserId = "o", OrganisationId = Other, OrganisationCountryCode = "GN" };
    private static readonly UserScope Administrator = new() { UserId = "a", OrganisationId = 1, IsAdministrator = true };
    private static readonly UserScope GuineaCoordinator = new() { UserId = "c", OrganisationId = 2, IsCoordinator = true, CoordinatedCountries = new HashSet<string> { "GN" } };
    private static readonly UserScope GlobalCoordinator = new() { UserId = "g", OrganisationId = 2, IsCoordinator = true, CoordinatesAllCountries = true };

    /// <summary>A valid initiative in implementation, with a lead and a mentor.</summary>
    private static Initiative Valid() => new()
    {
        Reference = "CBI-GN-2026-001", Title = "Bakery", CountryCode = "GN", LeadOrganisationId = Lead, Status = ActivityStatus.Implementation,
        StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 12, 31), ReturneesFemale = 3, HasSkilledMentor = true, Budget = 100,
    };

    private static RuleViolation Single(Initiative i, string type = Bakery) => Assert.Single(InitiativeRules.Check(i, type));

    [Fact]
    public void A_valid_initiative_breaks_no_rule() => Assert.Empty(InitiativeRules.Check(Valid(), Bakery));

    [Fact]
    public void The_end_date_may_not_come_before_the_start()
    {
        var i = Valid();
        i.EndDate = new DateOnly(2025, 12, 31);
        Assert.Equal(new RuleViolation("EndDate", "The end date must not come before the start date."), Single(i));
        i.EndDate = i.StartDate;
        Assert.Empty(InitiativeRules.Check(i, Bakery));
    }

    [Theory]
    [InlineData("ReturneesFemale")]
    [InlineData("ReturneesMale")]
    [InlineData("CommunityMembersFemale")]
    [InlineData("CommunityMembersMale")]
    [InlineData("HouseholdsReached")]
    [InlineData("IndirectBeneficiaries")]
    public void A_count_cannot_be_negative(string field)
    {
        var i = Valid();
        typeof(Initiative).GetProperty(field)!.SetValue(i, -1);
        Assert.Equal(new RuleViolation(field, "A count cannot be negative."), Single(i));
    }

    [Fact]
    public void Another_groups_count_cannot_be_negative()
    {
        var i = Valid();
        i.OtherGroups.Add(new InitiativeGroup { TermId = 1, Count = -2 });
        Assert.Equal(new RuleViolation("OtherGroups", "A count cannot be negative."), Single(i));
    }

    [Fact]
    public void A_collective_income_generating_activity_without_a_mentor_needs_a_skills_transfer_plan()
    {
        var i = Valid();
        i.HasSkilledMentor = false;
        Assert.Empty(InitiativeRules.Check(i, Bakery));
        var violation = Single(i, InitiativeRules.CollectiveIncomeGeneratingActivity);
        Assert.Equal("SkillsTransferPlan", violation.Field);
        Assert.Contains("without a skilled mentor must say how the skills will be transferred", violation.Message);
        i.SkillsTransferPlan = "  ";
        Assert.Single(InitiativeRules.Check(i, InitiativeRules.CollectiveIncomeGeneratingActivity));
        i.SkillsTransferPlan = "The cooperative of Mamou trains two members each quarter.";
        Assert.Empty(InitiativeRules.Check(i, InitiativeRules.CollectiveIncomeGeneratingActivity));
        i.SkillsTransferPlan = null;
        i.HasSkilledMentor = true;
        Assert.Empty(InitiativeRules.Check(i, InitiativeRules.CollectiveIncomeGeneratingActivity));
    }

    [Fact]
    public void An_initiative_in_implementation_needs_a_lead_implementer()
    {
        var i = Valid();
        i.LeadOrganisationId = null;
        Assert.Equal(new RuleViolation("LeadOrganisationId", "An initiative in implementation needs a lead implementer."), Single(i));
        i.Status = ActivityStatus.Pipeline;
        Assert.Empty(InitiativeRules.Check(i, Bakery));
    }

    [Fact]
    public void Budget_and_co_funding_cannot_be_negative()
    {
        var i = Valid();
        i.Budget = -1;
        Assert.Equal("Budget", Single(i).Field);
        i.Budget = 0;
        i.CoFunding = -5;
        Assert.Equal("CoFunding", Single(i).Field);
    }

    [Fact]
    public void The_leads_members_coordinators_of_the_country_and_administrators_edit()
    {
        Assert.True(InitiativeRules.CanEdit(LeadMember, Lead, "GN"));
        Assert.True(InitiativeRules.CanEdit(LeadMember, Lead, "SN"));
        Assert.False(InitiativeRules.CanEdit(OtherMember, Lead, "GN"));
        Assert.False(InitiativeRules.CanEdit(OtherMember, null, "GN"));
        Assert.True(InitiativeRules.CanEdit(GuineaCoordinator, Other, "GN"));
        Assert.True(InitiativeRules.CanEdit(GuineaCoordinator, null, "GN"));
        Assert.False(InitiativeRules.CanEdit(GuineaCoordinator, Other, "SN"));
        Assert.True(InitiativeRules.CanEdit(GlobalCoordinator, Other, "NP"));
        Assert.True(InitiativeRules.CanEdit(Administrator, null, "CI"));
        Assert.False(InitiativeRules.CanEdit(GuineaCoordinator with { IsCoordinator = false }, Other, "GN"));
    }

    [Fact]
    public void The_public_reads_published_initiatives_only()
    {
        Assert.True(InitiativeRules.CanRead(null, true));
        Assert.False(InitiativeRules.CanRead(null, false));
        Assert.True(InitiativeRules.CanRead(OtherMember, false));
    }
}
