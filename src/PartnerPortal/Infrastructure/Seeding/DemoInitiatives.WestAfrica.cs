using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>The Gambia and Guinea.</summary>
internal static partial class DemoInitiatives
{
    private static readonly Seed[] WestAfrica =
    [
        new()
        {
            Area = "GM|West Coast Region|Foni Brefet", Locality = "Brefet village, near the Senegalese border",
            Title = "Brefet community bakery with bread delivery by motorbike",
            Summary = "Returnees and young people who never left run a wood-fired bakery together. A delivery motorbike takes the bread to "
                + "eleven villages on both sides of the border with Casamance, and 30% of the revenue goes to the village development committee.",
            Type = "community-social-enterprise", Sector = "agro-processing", ValueChain = "Bread: flour purchase, baking, delivery",
            Status = Implementation, Period = "2025-01-15..2027-10-31", Lead = "Kombo Returnees' Association",
            Partners = $"Funding:{EuTrustFund};Extending:{DemoProgrammes.IomGambia};Accountable:Brikama Area Council",
            Budget = "1850000 GMD", CoFunding = 120000, CoFundingSource = "Village development committee of Brefet: the bakery building, rent free",
            People = (4, 11, 9, 6), Groups = "youth 12", Households = 610, Indirect = 3200, Mentor = true,
            Governance = GovernanceForm.CommunityCommittee,
            GroupAgreement = "Members work in two shifts, share the wages equally and meet every month to read the accounts aloud.",
            Participatory = "The village assembly chose the bakery over a grinding mill after two meetings that returnees and elders attended together.",
            Sustainability = "30% of the revenue is paid to the village development committee, which has already paid for a public tap on the "
                + "solar-powered borehole and for repairs to the road to Bwiam.",
            Environment = "An improved oven uses about a third less firewood; the group buys wood only from the community woodlot.",
            DoNoHarm = "Bread is sold at the price of the other village bakeries so that no existing seller is pushed out.",
            Themes = "economic-opportunities access-to-services social-cohesion", Sdg = "8.3 6.1 10.7", Gcm = "21 19",
            Outcomes = Economic | Services | Cohesion, Dimensions = EconomicSocial,
            Programme = "EU-IOM Joint Initiative for Migrant Protection and Reintegration – The Gambia",
            Indicators = "participants 0 30; jobs-created 0 12; households-improved-access 0 610; infrastructure-completed 0 2",
            Reports =
            [
                new("2025-H1", Submitted, 0.35, "The oven was built and the master baker trained the first shift; deliveries began in May.",
                    "Flour prices rose twice in three months.", "Buy flour for a quarter at a time with the cooperative in Brikama."),
                new("2025-H2", Submitted, 0.7, "Both shifts bake every day and the motorbike serves eleven villages. The committee paid for the public tap.",
                    "The motorbike needs spare parts that come from Banjul.", "Train one member in basic motorbike repair."),
                new("2026-H1", Submitted, 0.9, "Sales held steady through the rainy season; the committee paid for the road repairs from its share.",
                    "Two members plan to leave for seasonal work.", "Train two young villagers so that both shifts stay complete."),
            ],
        },
        new()
        {
            Area = "GM|Kanifing|Serekunda", Locality = "Serekunda market, Mosque Road",
            Title = "Returnee tailoring cooperative of Serekunda: school uniforms and washable masks",
            Summary = "Returnee women and men trained as tailors produced 50,000 washable face masks for schools, then went on to school "
                + "uniforms for the municipal schools of Kanifing.",
            Type = "cooperative", Sector = "tailoring-textiles", ValueChain = "School uniforms and washable face masks",
            Status = Closed, Period = "2025-01-06..2025-12-31", Lead = "Kanifing Municipal Council",
            Partners = $"Funding:{Faic};Implementing:Gambia Technical Training Institute", Budget = "2600000 GMD",
            People = (12, 4, 10, 2), Indirect = 9000, Mentor = true, Governance = GovernanceForm.CooperativeBoard,
            LegalRegistration = "Registered as a cooperative society with the Department of Co-operatives in March 2025.",
            Sustainability = "The cooperative keeps the sewing machines and has a two-year supply contract for uniforms with the council's schools.",
            Themes = "economic-opportunities gender-equality", Sdg = "8.3 5.5 4.a", Gcm = "21 18", Outcomes = Economic,
            Dimensions = EconomicSocial, Programme = "Kanifing Youth Jobs and Market Infrastructure Programme",
            Indicators = "participants 0 28; people-trained 0 28; jobs-created 0 16; businesses-operating-12-months 0 1",
            Reports =
            [
                new("2025-H1", Submitted, 0.6, "Twenty-eight members finished the GTTI course; the 50,000 masks were delivered to 64 schools.",
                    "Late payment by two schools strained the cash flow.", "Agree payment dates in the uniform contract."),
                new("2025-H2", Submitted, 1, "The cooperative delivered 3,100 uniforms before the school year and was paid in full. The project closed as planned.",
                    "None for the project; the cooperative now runs on its own.", "The council follows the cooperative in its market programme."),
            ],
        },
        new()
        {
            Area = "GM|Central River Region|Janjanbureh|Janjanbureh town", Locality = "Communal garden, Lamin Koto road",
            Title = "Second solar borehole and drip lines for the Janjanbureh communal garden",
            Summary = "The women's gardening group wants to double its irrigated plots so that returnee women who joined in 2025 get a plot "
                + "of their own through the dry season.",
            Type = "environment-climate-adaptation", Sector = "agriculture", ValueChain = "Onions, okra and leafy vegetables",
            Status = Pipeline, Period = "2027-02-01..2028-01-31", Lead = "Janjanbureh Women's Gardening Group", Partners = $"Funding:{Fsh}",
            Budget = "1400000 GMD", People = (9, 2, 34, 3), Households = 90, Governance = GovernanceForm.SelfHelpGroup,
            Participatory = "Plots will be drawn by lot in front of the whole group, returnee members included.",
            Environment = "Drip lines and a solar pump replace the diesel pump and cut water use on the plots.",
            Themes = "environment-climate gender-equality economic-opportunities", Sdg = "2.4 13.1 5.5", Gcm = "2 21",
            Outcomes = Environmental | Economic, Dimensions = EconomicSocial,
        },
        new()
        {
            Area = "GN|Kindia|Kindia|Friguiagbé", Locality = "Friguiagbé, slopes above the Kilissi river",
            Title = "Land restoration and tree planting by cash-for-work teams in Friguiagbé",
            Summary = "Mixed teams of returnees and residents build stone lines against erosion, plant fruit and fodder trees on degraded "
                + "slopes and are paid for each day on site; part of each wage goes into village savings groups.",
            Type = "community-cash-for-work", Sector = "forestry", ValueChain = "Tree seedlings and restored farmland",
            Status = Implementation, Period = "2025-03-01..2026-12-31", Lead = "Horizons Sans Frontières – Guinea mission",
            Partners = $"Funding:{Faic};Accountable:{DemoDataSeeder.KindiaAuthorityName};Implementing:Retour et Avenir Kindia",
            Budget = "1950000000 GNF", CoFunding = 90000000, CoFundingSource = "Commune of Friguiagbé: tools and the nursery site",
            People = (9, 31, 22, 18), Groups = "youth 35", Households = 240, Indirect = 1800, Governance = GovernanceForm.CommunityCommittee,
            Participatory = "The communal council and the village chiefs chose the slopes; each team elects its own leader.",
            Sustainability = "A land committee with two returnee members will look after the trees and share the harvest of the fruit trees.",
            Environment = "Only local species are planted; no trees are cut and no land is cleared by fire.",
            DoNoHarm = "Workers are recruited by public draw among volunteers so that returnees and residents have the same chance.",
            Themes = "environment-climate economic-opportunities social-cohesion", Sdg = "15.3 13.1 8.5", Gcm = "2 21",
            Outcomes = Environmental | Economic | Cohesion, Dimensions = EconomicSocial,
            Programme = "Water points and feeder roads: community cash-for-work in rural Kindia",
            Agreement = "Cash-for-work and land restoration in Friguiagbé",
            Indicators = "hectares-restored 0 30; participants 0 80; people-trained 0 80; savings-mobilised 0 60000000",
            Reports =
            [
                new("2025-H1", Submitted, 0.15, "The nursery was set up and the first two teams were trained in stone lines.",
                    "The rains may start before the lines are finished.", "Finish the stone lines on the steepest slope in July."),
                new("2025-H2", Submitted, 0.45, "Twelve hectares protected and 4,800 seedlings planted; three savings groups meet weekly.",
                    "Goats damage young trees near the village.", "Agree grazing paths with the herders' association."),
                new("2026-H1", Submitted, 0.8, "Twenty-four hectares restored; the savings groups gave their first loans.",
                    "Bush fires in the dry season.", "Firebreaks around every plot before December."),
            ],
        },
        new()
        {
            Area = "GN|Kindia|Kindia|Kindia urban commune", Locality = "Kindia central market",
            Title = "Savings and credit group of returnees and market women in Kindia",
            Summary = "A savings and credit group in which returnees and women traders of the central market save every week and lend to each "
                + "other; members who repay well can move on to a loan from the microfinance institution.",
            Type = "savings-credit-group", Sector = "financial-services", Status = Implementation, Period = "2025-01-15..2027-01-14",
            Lead = "Crédit Rural Solidaire de Kindia",
            Partners = $"Funding:{Fsh};Implementing:Retour et Avenir Kindia;Implementing:{DemoDataSeeder.PartnerNgoName}",
            Budget = "320000000 GNF", People = (14, 10, 21, 5), Households = 50, Governance = GovernanceForm.SelfHelpGroup,
            GroupAgreement = "Weekly savings of at least 20,000 GNF; loans for up to three months at a rate the members vote every year.",
            Sustainability = "The group keeps its fund and its box with three keys; the microfinance institution keeps training the treasurers.",
            DoNoHarm = "Loans are never conditional on being a returnee; the group's rules are read out in Pular, Soussou and French.",
            Themes = "economic-opportunities gender-equality", Sdg = "1.4 8.10 5.5", Gcm = "21 20", Outcomes = Economic | Cohesion,
            Dimensions = EconomicSocial, Agreement = "Savings groups and microcredit for returnees in Kindia",
            Indicators = "participants 0 50; savings-mobilised 0 180000000; businesses-operating-12-months 0 20",
            Reports =
            [
                new("2025-H1", Submitted, 0.2, "Fifty members joined and elected their committee; the first cycle of savings began.",
                    "Some members miss meetings on market days.", "Move the meeting to Sunday afternoon."),
                new("2025-H2", Submitted, 0.5, "The group lent to 31 members, mostly for stock before the end-of-year holidays; all loans were repaid.",
                    "Members ask for larger loans than the fund can give.", "Refer the best savers to the institution's group loan."),
                new("2026-H1", ProgressState.Reopened, 0.8, "Twelve members took a group loan from the institution and the fund kept growing.",
                    "The exchange rate pushed up the prices of imported goods.", "Open a second group in Coyah.",
                    ReopenReason: "The savings figure counts the Coyah members twice: please correct the actual value and submit again."),
            ],
        },
        new()
        {
            Area = "GN|Kindia|Kindia|Kindia urban commune", Locality = "Koliady, on land lent by the commune",
            Title = "Collective poultry farm of Retour et Avenir Kindia",
            Summary = "Members of the returnee association and their neighbours raise broilers and laying hens together and sell eggs to "
                + "the market women of Kindia.",
            Type = InitiativeRules.CollectiveIncomeGeneratingActivity, Sector = "livestock", ValueChain = "Broilers and eggs",
            Status = Implementation, Period = "2025-07-01..2027-06-30", Lead = DemoDataSeeder.PartnerNgoName,
            Partners = $"Funding:{Fsh};Implementing:Retour et Avenir Kindia", Budget = "410000000 GNF",
            People = (5, 13, 3, 4), Households = 25, Mentor = false,
            SkillsTransferPlan = "No member has run a poultry farm before. A technician of the prefectural livestock service spends two days a "
                + "month at the farm for the first year; two members chosen by the group follow him and keep the vaccination and feed records, "
                + "then train the others in pairs. A poultry farmer from Coyah hosts every member for a week.",
            Governance = GovernanceForm.SelfHelpGroup,
            GroupAgreement = "Profits are split after feed and vaccines are paid for; 10% goes to the association's solidarity fund.",
            Themes = "economic-opportunities social-cohesion", Sdg = "8.3 2.3 10.7", Gcm = "21 18", Outcomes = Economic | Cohesion,
            Dimensions = DimensionSet.Economic | DimensionSet.Social | DimensionSet.Psychosocial,
            Programme = "Retour Digne – reintegration and psychosocial care in Kindia and Labé",
            Indicators = "participants 0 25; jobs-created 0 8; people-trained 0 25",
            Reports =
            [
                new("2025-H2", Submitted, 0.3, "The henhouse was built and the first 600 chicks arrived in November.",
                    "Newcastle disease is common in the area in the dry season.", "Vaccinate the whole flock before February."),
                new("2026-H1", Draft, 0.55, "Egg sales started in April and cover the cost of feed.", "Feed prices.", "Grow maize on part of the land."),
            ],
        },
        new()
        {
            Area = "GN|Labé|Labé|Labé urban commune", Locality = "Workshop next to the Institut des Métiers",
            Title = "Solar lamp and panel repair workshop in Labé",
            Summary = "Graduates of the solar course, returnees and local youth, run a repair workshop for the solar lamps and panels "
                + "that most households outside the town depend on.",
            Type = "local-economic-development", Sector = "renewable-energy", ValueChain = "Repair and resale of solar equipment",
            Status = Implementation, Period = "2026-02-01..2027-07-31", Lead = "Institut des Métiers de Labé",
            Partners = $"Funding:{Faic};Accountable:Labé Urban Commune", Budget = "650000000 GNF", People = (3, 9, 4, 8), Mentor = true,
            Governance = GovernanceForm.CooperativeBoard, Sustainability = "The commune rents the workshop at a symbolic price for five years.",
            Themes = "economic-opportunities environment-climate", Sdg = "7.1 8.6 4.4", Gcm = "18 21", Outcomes = Economic | Environmental,
            Dimensions = DimensionSet.Economic, Programme = "Skills for Labé: certified courses in solar, mechanics and tailoring",
            Indicators = "participants 0 24; jobs-created 0 10",
        },
    ];
}
