using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>Senegal and Côte d'Ivoire.</summary>
internal static partial class DemoInitiatives
{
    private static readonly Seed[] Coast =
    [
        new()
        {
            Area = "SN|Kolda|Kolda", Locality = "Médina Touat",
            Title = "Forest gardens of Médina Touat: agro-ecology with returnees and their neighbours",
            Summary = "Returnees trained at a farm school turn worn-out fields into forest gardens: a living fence, fast-growing trees, fruit "
                + "trees and vegetables between them. The village asked to open the project to farmers who never migrated, and it did.",
            Type = "environment-climate-adaptation", Sector = "forestry", ValueChain = "Forest gardens: fruit, vegetables and tree seedlings",
            Status = Finalisation, Period = "2025-02-01..2026-06-30", Lead = "Coopérative des Jeunes Agroécologistes de Kolda",
            Partners = $"Funding:{Fsh};Extending:FAO Senegal;Accountable:Kolda Municipal Council", Budget = "46000000 XOF",
            People = (6, 14, 18, 12), Households = 85, Indirect = 700, Mentor = true, Governance = GovernanceForm.CooperativeBoard,
            Participatory = "Plots were chosen with the village council; returnees and other farmers trained side by side.",
            Sustainability = "The cooperative sells seedlings to neighbouring villages and keeps a revolving seed fund.",
            Environment = "No chemical inputs; compost and living fences replace burning and open grazing on the plots.",
            Themes = "environment-climate economic-opportunities social-cohesion", Sdg = "15.3 2.4 13.1", Gcm = "2 21",
            Outcomes = Environmental | Economic | Cohesion, Dimensions = EconomicSocial,
            Programme = "Migration and Youth Employment in Food Systems", Agreement = "Agro-ecology training for returnees in Kolda",
            Indicators = "hectares-restored 0 25; people-trained 0 50; participants 0 50",
            Reports =
            [
                new("2025-H1", Submitted, 0.3, "Fifty people finished the two-week course at the farm school and the living fences were planted.",
                    "Late rains could kill young seedlings.", "Water the nursery from the village well until the rains are steady."),
                new("2025-H2", Submitted, 0.7, "Eighteen hectares are planted; the first vegetables were sold at Kolda market.",
                    "Cattle crossing the plots at the end of the harvest.", "Strengthen the fences with thorn bushes."),
                new("2026-H1", Submitted, 1, "All 25 hectares are in use. The cooperative took over the nursery; the funder's final visit is planned.",
                    "Keeping the young members once the project ends.", "Hand over the equipment and close the accounts by September."),
            ],
        },
        new()
        {
            Area = "SN|Tambacounda|Tambacounda|Koussanar", Locality = "Koussanar, next to the weekly market",
            Title = "Millet and fonio processing unit run by women and returnees in Koussanar",
            Summary = "A women's group and young returnees husk, clean and pack millet and fonio for the agro-processing company of "
                + "Tambacounda, which buys the flour at an agreed price.",
            Type = "cooperative", Sector = "agro-processing", ValueChain = "Millet and fonio flour",
            Status = Implementation, Period = "2025-07-01..2027-06-30", Lead = "Tambacounda Departmental Council",
            Partners = $"Funding:{Faic};Extending:FAO Senegal;Implementing:Sahel Agro-Industries", Budget = "58000000 XOF",
            People = (9, 7, 15, 3), Households = 34, Mentor = true, Governance = GovernanceForm.CooperativeBoard,
            LegalRegistration = "Economic interest group registered with the chamber of commerce in September 2025.",
            Sustainability = "A three-year purchase agreement with Sahel Agro-Industries covers most of the output.",
            Themes = "economic-opportunities gender-equality", Sdg = "2.3 5.5 8.3", Gcm = "21 19", Outcomes = Economic,
            Dimensions = DimensionSet.Economic, Indicators = "participants 0 34; jobs-created 0 14; people-trained 0 34",
            Reports =
            [
                new("2025-H2", Submitted, 0.3, "The husker and the dryer were installed; the company's quality officer trained all members.",
                    "Power cuts stop the husker.", "Install a small solar system for the dryer fans."),
            ],
        },
        new()
        {
            Area = "SN|Tambacounda|Bakel|Diawara", Locality = "Diawara and four neighbouring villages",
            Title = "Return stories on air: listening clubs and village dialogues along the Senegal river",
            Summary = "Listening clubs follow a weekly radio programme in which returnees, parents and local officials talk about leaving, "
                + "coming back and starting again; each club then holds a village dialogue.",
            Type = "social-cohesion-activity", Sector = "health-social-services", Status = Suspended, Period = "2025-07-01..2026-12-31",
            Lead = "Teranga Retour", Partners = $"Funding:{Fsh};Implementing:Radio Teranga Tambacounda", Budget = "21000000 XOF",
            People = (7, 18, 40, 25), Indirect = 12000, Governance = GovernanceForm.CommunityCommittee,
            Participatory = "Each club chooses the topics of its dialogues; the village chief and the women's association sit in.",
            DoNoHarm = "No returnee speaks on air without written consent, and first names are changed on request.",
            Themes = "social-cohesion protection", Sdg = "16.7 10.2 10.7", Gcm = "16 21", Outcomes = Cohesion,
            Dimensions = DimensionSet.Social | DimensionSet.Psychosocial, Indicators = "participants 0 90; community-members-participating 0 65",
            Reports =
            [
                new("2025-H2", Submitted, 0.4, "Five clubs meet every week and held their first village dialogues; 20 programmes were broadcast.",
                    "Some parents fear the programme encourages departures.", "Invite parents to speak in the next programmes."),
                new("2026-H1", Submitted, 0.5, "A storm destroyed the radio's transmitter in May. The clubs stopped meeting and the project is suspended.",
                    "Insurance may not cover the transmitter.", "Resume once the transmitter is replaced, hopefully in the next half-year."),
            ],
        },
        new()
        {
            Area = "CI|Haut-Sassandra|Daloa|Daloa commune", Locality = "Lobia, Tazibouo and Orly neighbourhoods",
            Title = "Clean Daloa: household waste collection by five returnee groups",
            Summary = "Five groups of returnees and young residents collect household waste door to door with tricycles; households "
                + "subscribe for a monthly fee and the city takes the waste from the transfer points.",
            Type = "community-social-enterprise", Sector = "waste-management", ValueChain = "Household waste collection for a monthly fee",
            Status = Implementation, Period = "2025-01-01..2027-12-31", Lead = "Horizons Sans Frontières",
            Partners = $"Funding:{EuTrustFund};Implementing:Espoir Retour Côte d'Ivoire;Accountable:Daloa City Council",
            Budget = "145000000 XOF", CoFunding = 18000000, CoFundingSource = "Daloa City Council: transfer points and the landfill truck",
            People = (11, 24, 6, 9), Households = 6500, Indirect = 39000, Mentor = true, Governance = GovernanceForm.CooperativeBoard,
            GroupAgreement = "Each group keeps 70% of its fees for wages and repairs and pays 30% into a common maintenance fund.",
            LegalRegistration = "The five groups formed a cooperative union registered in Daloa in 2025.",
            Sustainability = "Fees cover wages and tricycle repairs; the city has written the service into its sanitation plan.",
            Environment = "Organic waste goes to a compost site run with the market gardeners of Gboguhé.",
            Themes = "access-to-services economic-opportunities environment-climate", Sdg = "11.6 8.5 12.5", Gcm = "21 19",
            Outcomes = Services | Economic | Environmental, Dimensions = EconomicSocial,
            Programme = "Clean Daloa: community-based reintegration through waste collection",
            Indicators = "households-improved-access 2100 6500; jobs-created 0 50; participants 0 50",
            Reports =
            [
                new("2025-H1", Submitted, 0.4, "Five groups were formed and equipped; 3,900 households subscribed in three months.",
                    "Some households stop paying after the first month.", "Visit late payers with the neighbourhood chiefs."),
                new("2025-H2", Submitted, 0.75, "Collection runs six days a week; the compost site opened.",
                    "Tricycle tyres wear out on unpaved streets.", "Buy spare tyres from the maintenance fund in bulk."),
                new("2026-H1", Submitted, 1, "More than 6,500 households now subscribe, and the fees paid every wage this half-year.",
                    "The landfill truck breaks down often.", "Ask the city for a second truck in its 2027 budget."),
            ],
        },
        new()
        {
            Area = "CI|Gbêkê|Bouaké|Bouaké commune", Locality = "Primary schools of Dar-es-Salam, Koko and Belleville",
            Title = "Rehabilitation of three primary schools in Bouaké by returnees and local youth",
            Summary = "Returnees and young people of the neighbourhoods were trained in masonry, carpentry and painting on the job while "
                + "repairing twelve damaged classrooms in three schools.",
            Type = "community-infrastructure", Sector = "construction", Status = Closed, Period = "2025-01-06..2025-09-30",
            Lead = "Espoir Retour Côte d'Ivoire",
            Partners = $"Funding:{EuTrustFund};Implementing:Bouaké Interfaith Solidarity Network;Implementing:Centre de Formation Professionnelle de Bouaké",
            Budget = "78000000 XOF", People = (3, 19, 4, 14), Indirect = 1450, Mentor = true, Governance = GovernanceForm.CommunityCommittee,
            Participatory = "The parents' associations chose the three schools and checked the work every week.",
            Sustainability = "The parents' associations keep a maintenance fund; the trained workers set up a construction business.",
            Themes = "access-to-services social-cohesion economic-opportunities", Sdg = "4.a 8.6 10.7", Gcm = "21 18",
            Outcomes = Services | Cohesion | Economic, Dimensions = EconomicSocial,
            Indicators = "infrastructure-completed 0 3; people-trained 0 40; participants 0 40",
            Reports =
            [
                new("2025-H1", Submitted, 0.55, "Forty trainees started; the roofs of two schools were replaced before the rains.",
                    "Cement deliveries were late.", "Order all remaining materials at once."),
                new("2025-H2", Submitted, 1, "All twelve classrooms were handed over before the school year. Sixteen workers founded a construction business.",
                    "None: the project is closed.", "The new business continues as its own initiative."),
            ],
        },
        new()
        {
            Area = "CI|Gbêkê|Bouaké|Bouaké commune", Locality = "Workshop in Dar-es-Salam",
            Title = "Bâtisseurs Solidaires de Bouaké: the collective construction business born of the school works",
            Summary = "Workers trained on the school sites run a collective construction business that bids for small public and private works.",
            Type = InitiativeRules.CollectiveIncomeGeneratingActivity, Sector = "construction", ValueChain = "Masonry, carpentry and painting",
            Status = Implementation, Period = "2025-10-01..2027-09-30", Lead = "Espoir Retour Côte d'Ivoire",
            Partners = "Funding:Agence Emploi Jeunes;Implementing:Centre de Formation Professionnelle de Bouaké", Budget = "24000000 XOF",
            People = (2, 14, 1, 7), Mentor = true, Governance = GovernanceForm.CooperativeBoard,
            GroupAgreement = "A master mason among the members leads the sites; wages are paid by the day, profits shared at the end of the year.",
            Themes = "economic-opportunities", Sdg = "8.3 8.5", Gcm = "21 18", Outcomes = Economic, Dimensions = DimensionSet.Economic,
            Programme = "Youth Employment Programme of the Agence Emploi Jeunes",
            Indicators = "jobs-created 0 24; businesses-operating-12-months 0 1",
            Reports =
            [
                new("2025-H2", Submitted, 0.2, "The business won its first two contracts: a health-centre fence and a market shed.",
                    "Clients pay late.", "Ask for a 30% advance on every contract."),
                new("2026-H1", Submitted, 0.5, "Five contracts completed; twelve members are paid every week.",
                    "Competition from larger firms for public tenders.", "Team up with the chamber of trades for tenders."),
            ],
        },
    ];
}
