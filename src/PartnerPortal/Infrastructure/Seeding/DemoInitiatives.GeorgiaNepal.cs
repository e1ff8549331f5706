using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>Georgia and Nepal.</summary>
internal static partial class DemoInitiatives
{
    private static readonly Seed[] GeorgiaNepal =
    [
        new()
        {
            Area = "GE|Imereti|Kutaisi", Locality = "Community centre on Javakhishvili Street",
            Title = "Shared sewing and repair workshop in a renovated community centre in Kutaisi",
            Summary = "The city renovated a disused community centre; returnees and residents who lost their jobs share its sewing machines "
                + "and tools, take orders together and run evening classes for the neighbourhood.",
            Type = "community-infrastructure", Sector = "tailoring-textiles", Status = Implementation, Period = "2025-07-01..2027-06-30",
            Lead = "Caucasus Reintegration Alliance", Partners = "Funding:Kutaisi City Hall;Implementing:Imereti Vocational College",
            Budget = "185000 GEL", CoFunding = 55000, CoFundingSource = "Kutaisi City Hall: renovation of the building, 30% of the cost",
            People = (8, 5, 11, 4), Households = 28, Indirect = 400, Mentor = true, Governance = GovernanceForm.CommunityCommittee,
            Participatory = "Chosen in a public consultation where residents ranked five proposals of the municipal service hub.",
            Sustainability = "The city pays the utilities; members pay a small monthly fee for the use of the machines.",
            Themes = "social-cohesion economic-opportunities local-governance", Sdg = "11.a 8.3 10.7", Gcm = "21 16",
            Outcomes = Cohesion | Economic, Dimensions = EconomicSocial,
            Programme = "Sustainable Reintegration and Community Revitalization",
            Agreement = "Municipal service hub referrals, apprenticeships and grants for returnees in Kutaisi",
            Indicators = "participants 0 28; people-trained 0 40; infrastructure-completed 0 1",
            Reports =
            [
                new("2025-H2", Submitted, 0.35, "The renovation finished in November; the first sewing classes started in December.",
                    "Heating costs in winter.", "Ask the city to include the centre in its insulation programme."),
                new("2026-H1", Submitted, 0.7, "Twenty-six people use the workshop each week and took their first order of school bags.",
                    "Orders are seasonal.", "Find a year-round client among the city's hotels."),
            ],
        },
        new()
        {
            Area = "GE|Kakheti|Telavi Municipality|Telavi", Locality = "Kurdgelauri village",
            Title = "Shared honey extraction and bottling room for returnee beekeepers in Telavi",
            Summary = "Beekeepers who received hives as reintegration grants and their neighbours share an extraction room that meets food "
                + "safety rules, so that they can sell bottled honey to shops instead of selling in bulk.",
            Type = "local-economic-development", Sector = "beekeeping", ValueChain = "Honey and beeswax",
            Status = Implementation, Period = "2025-09-01..2027-08-31", Lead = "Caucasus Reintegration Alliance",
            Partners = "Implementing:State Employment Support Agency", Budget = "42000 USD", CoFunding = 6300,
            CoFundingSource = "Telavi Municipality, 15% in cash", People = (3, 9, 5, 12), Households = 29, Mentor = true,
            Governance = GovernanceForm.CooperativeBoard,
            Participatory = "Decided at a village meeting convened by the municipality with the beekeepers' association.",
            Environment = "Beekeepers agreed with nearby vineyards on spraying days to protect the bees.",
            Themes = "economic-opportunities local-governance", Sdg = "8.3 2.3", Gcm = "21 19", Outcomes = Economic,
            Dimensions = DimensionSet.Economic, Programme = "Sustainable Reintegration and Community Revitalization",
            Indicators = "participants 0 29; businesses-operating-12-months 0 20",
            Reports =
            [
                new("2025-H2", Submitted, 0.25, "The room was equipped and registered with the food safety agency.",
                    "A cold winter may weaken the colonies.", "Winter feeding plan for every member's hives."),
            ],
        },
        new()
        {
            Area = "NP|Lumbini Province|Rupandehi|Butwal Sub-Metropolitan City", Locality = "Ward 14, Semlar",
            Title = "Off-season vegetable agro-enterprise group of returnees in Semlar, Butwal",
            Summary = "Workers back from the Gulf and Malaysia and their families grow off-season tomatoes and cucumbers under plastic tunnels, "
                + "buy inputs together and sell through one collection point.",
            Type = "local-economic-development", Sector = "agriculture", ValueChain = "Off-season tomatoes and cucumbers",
            Status = Implementation, Period = "2025-07-01..2027-06-30", Lead = "Agro Enterprise Centre",
            Partners = $"Funding:{DemoProgrammes.Ifad};Implementing:Lumbini Rural Finance;Implementing:Returnee Migrant Workers' Network Nepal;"
                + "Accountable:Butwal Sub-Metropolitan City",
            Budget = "9500000 NPR", CoFunding = 950000, CoFundingSource = "Butwal Sub-Metropolitan City: the collection point",
            People = (7, 16, 9, 4), Groups = "migrant-families 21", Households = 36, Mentor = true, Governance = GovernanceForm.SelfHelpGroup,
            GroupAgreement = "Members buy seed and fertiliser together and pay 2% of sales to maintain the collection point.",
            Sustainability = "Members save part of their remittances in group accounts at Lumbini Rural Finance to renew the tunnels.",
            Themes = "economic-opportunities", Sdg = "2.3 8.3 10.c", Gcm = "19 20 21", Outcomes = Economic, Dimensions = EconomicSocial,
            Programme = "Butwal Youth Employment and Enterprise Programme",
            Agreement = "Financial literacy and agro-enterprise start-up for returning migrant workers in Lumbini",
            Indicators = "participants 0 36; people-trained 0 36; savings-mobilised 0 1200000",
            Reports =
            [
                new("2025-H2", Submitted, 0.35, "Thirty-six members trained; twenty tunnels built before the winter crop.",
                    "Tomato prices fall when Indian imports arrive.", "Stagger planting to sell before the imports."),
                new("2026-H1", Submitted, 0.6, "The first two harvests were sold through the collection point; every member opened a savings account.",
                    "Irrigation water is short in May.", "Build a shared water tank with the ward office."),
            ],
        },
        new()
        {
            Area = "NP|Lumbini Province|Dang|Ghorahi Sub-Metropolitan City", Locality = "Wards 3 and 5",
            Title = "Goat-rearing cooperative of returnee households in Ghorahi",
            Summary = "Returnee households who want to stay in farming plan a cooperative for improved goat breeds, a shared buck station "
                + "and collective sales to traders from Kathmandu.",
            Type = "cooperative", Sector = "livestock", Status = Pipeline, Period = "2027-01-15..2029-01-14",
            Lead = "Returnee Migrant Workers' Network Nepal", Partners = "Implementing:Lumbini Rural Finance", Budget = "7200000 NPR",
            People = (11, 19, 6, 4), Households = 40, Governance = GovernanceForm.CooperativeBoard,
            Participatory = "Members were identified through a survey of returnees interested in agriculture.",
            Themes = "economic-opportunities", Sdg = "2.3 8.3", Gcm = "21 19", Outcomes = Economic, Dimensions = DimensionSet.Economic,
            Programme = "Returnee Enterprise and Skills Recognition in Lumbini",
        },
    ];
}
