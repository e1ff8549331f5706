using PartnerPortal.Domain.Agreements;
using static PartnerPortal.Domain.Agreements.SupportType;
using static PartnerPortal.Domain.LevelSet;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>The agreements of the other countries of the network: Senegal, the Gambia, Côte d'Ivoire, Nepal and Georgia.</summary>
internal static partial class DemoAgreementCatalogue
{
    private const string Teranga = "Teranga Retour";
    private const string Mecso = "Mutuelle d'Épargne et de Crédit du Sénégal Oriental";

    public static readonly Terms AgroEcologyKolda = new()
    {
        Country = "SN",
        Title = "Agro-ecology training for returnees in Kolda",
        Purpose = "FAO Senegal trains young people in agri-food value chains at its rural hubs but few returnees apply. Teranga Retour accompanies "
            + "returnees from Kolda and Sédhiou, a third of whom want to farm. Teranga prepares and refers them; FAO trains them in agro-ecology "
            + "and counts them as its own beneficiaries, so they can use its later support.",
        Parties =
        [
            new(Teranga, "Reintegration partner: prepares and refers returnees",
                "Returnees back in Kolda or Sédhiou region for less than two years who have chosen farming in their reintegration plan.",
                C(Referral, null, "Refers returnees with a reintegration plan and offers counselling to those who need it during the training."),
                C(Financial, 30, "Pays each trainee's transport and a monthly allowance of XOF 25,000 during the six-month course.")),
            new("FAO Senegal", "Development programme: trains in agro-ecology",
                "Trainees aged 18 to 35 with access to at least a quarter of a hectare of land, their own or lent by a family or the commune.",
                C(Training, 55, "Six-month farmer field school in agro-ecology at the Kolda rural hub (composting, agroforestry, market gardening, water saving)."),
                C(InKind, 15, "A starter kit per graduate: seeds, small tools and a drip-irrigation set for 500 m².")),
        ],
        BeneficiarySelection = "Teranga proposes candidates; FAO's hub coordinator confirms them after a visit to the land they will farm. Selection is "
            + "based on location and the returnee's reintegration plan.",
        Channel = ReferralChannel.Formal,
        Pathways =
        [
            new(Teranga, "reintegration-counselling", "Tambacounda", "FAO Senegal", "agricultural-support vocational-training", null,
                "Reintegration plan choosing farming; access to land confirmed by a visit."),
        ],
        CommunitySelection = "Not applicable: support is given to individuals, though the Coopérative des Jeunes Agroécologistes de Kolda hosts the field visits.",
        StructuralApproach = "Not applicable.",
        Coordination = "Teranga and the hub coordinator meet each month at the hub; both sit on the Tambacounda Technical Working Group on Reintegration.",
        Meetings = "Monthly",
        FocalPoints = "Teranga Retour: Awa Diop, awa.diop@demo.partnerportal.org. FAO Senegal: Ndèye Fatou Sarr, fatou.sarr@demo.partnerportal.org.",
        Monitoring = "FAO records attendance and the yields of each graduate's plot after the first season. Teranga follows graduates 6 months after training.",
        DataProtection = "Names and phone numbers of trainees pass between the parties with written consent; FAO's rules on personal data apply to its records.",
        Reporting = "Half-yearly joint report in the portal, prepared by FAO.",
        Levels = Individual,
        Areas = ["SN|Kolda|Kolda", "SN|Kolda|Vélingara", "SN|Sédhiou|Sédhiou"],
        TargetGroups = ["returning-migrants", "youth"],
        Sdgs = ["2.3", "2.4", "4.4", "10.7"],
        Start = D("2024-04-01"), End = D("2025-12-31"), Review = D("2024-12-15"),
        DueDiligence = "Teranga visited the Kolda hub and spoke with graduates of the 2023 intake; FAO reviewed Teranga's consent forms.",
    };

    public static readonly Terms MicrocreditTambacounda = new()
    {
        Country = "SN",
        Title = "Microcredit for returnees' small businesses in Tambacounda",
        Purpose = "Returnees in Tambacounda who start a trade or a small farm need working capital that Teranga Retour cannot give. The mutual lends "
            + "to traders, farmers and craftspeople in eastern Senegal. Teranga coaches and refers; the mutual lends on adapted terms.",
        Parties =
        [
            new(Teranga, "Reintegration partner: coaches and refers borrowers",
                "Returnees living in Tambacounda department with a business plan coached by Teranga.",
                C(Referral, null, "Refers returnees with a coached business plan and follows them during the loan."),
                C(Financial, 25, "Guarantee fund of XOF 10 million deposited with the mutual, covering half of any unpaid balance.")),
            new(Mecso, "Savings and credit mutual: lends",
                "Borrowers open a savings account and save for two months before a first loan of up to XOF 500,000 over 12 months.",
                C(Financial, 75, "Credit line of XOF 60 million for referred returnees at 1% a month, with a two-month grace period.")),
        ],
        BeneficiarySelection = "Teranga selects returnees whose business plan it has coached; the mutual's credit committee decides on each loan.",
        Channel = ReferralChannel.Formal,
        Pathways =
        [
            new(Teranga, "business-training reintegration-counselling", "Tambacounda", Mecso, "microcredit savings-groups", null,
                "Coached business plan; two months of savings with the mutual."),
        ],
        CommunitySelection = "Not applicable: support is given to individuals.",
        StructuralApproach = "Not applicable.",
        Coordination = "The focal points review the portfolio each quarter; cases in difficulty are discussed at the Tambacounda Technical Working Group.",
        Meetings = "Quarterly",
        FocalPoints = "Teranga Retour: Awa Diop, awa.diop@demo.partnerportal.org. Mutuelle d'Épargne et de Crédit du Sénégal Oriental: Cheikh Tidiane Ba, "
            + "cheikh.ba@demo.partnerportal.org.",
        Monitoring = "The mutual reports loans disbursed, repayment and portfolio at risk of referred borrowers each quarter.",
        DataProtection = "Loan data stay with the mutual; Teranga learns only whether a consenting borrower is up to date.",
        Reporting = "Half-yearly report in the portal by Teranga, with the mutual's figures.",
        Levels = Individual,
        Areas = ["SN|Tambacounda|Tambacounda"],
        TargetGroups = ["returning-migrants", "returnee-women"],
        Sdgs = ["1.4", "8.3", "8.10"],
        Start = D("2025-04-01"), End = D("2027-03-31"), Review = D("2026-03-31"),
        DueDiligence = "Teranga checked the mutual's approval by the financial decentralised systems regulator and its 2024 repayment rate (94%).",
    };

    public static readonly Terms SkillsKombo = new()
    {
        Country = "GM",
        Title = "Technical training seats for returnees in the Kombos",
        Purpose = "Nearly 5,000 Gambians came back from Libya and elsewhere after 2017 and many cannot find work without a recognised skill. The "
            + "Gambia Technical Training Institute runs certificate courses and, under the Tekki Fii programme, keeps places for young people; the "
            + "Kombo Returnees' Association reaches returnees the programme's referral mechanism misses. The association refers members; the "
            + "institute trains and certifies them.",
        Parties =
        [
            new("Kombo Returnees' Association", "Returnee association: mobilises and mentors trainees",
                "Returnees living in the Kombos or Kanifing, members of the association or introduced by one.",
                C(Referral, null, "Mobilises returnees, helps them apply and mentors them in peer circles during the course."),
                C(InKind, 10, "Lends its centre in Serekunda for evening study groups and shares its delivery motorbike for trainees' outreach days.")),
            new("Gambia Technical Training Institute", "Technical institute: trains and certifies",
                "Applicants aged 18 to 35 who pass the institute's entry test; seats as in the Tekki Fii intake calendar.",
                C(Training, 80, "Twenty seats a year in certificate courses (electrical installation, plumbing, welding, hospitality), fees covered by Tekki Fii."),
                C(Technical, 10, "Recognises skills gained abroad through its skill testing, so that experienced returnees can join at a higher level.")),
        ],
        BeneficiarySelection = "The association puts forward candidates twice a year, ahead of the intake calendar; the institute selects by entry test.",
        Channel = ReferralChannel.FormalAndInformal,
        Pathways =
        [
            new("Kombo Returnees' Association", "information-referral peer-support-groups", null, "Gambia Technical Training Institute", "vocational-training skills-recognition", "Sukuta",
                "Application form and entry test, within the Tekki Fii intake calendar."),
        ],
        CommunitySelection = "Not applicable: support is given to individuals.",
        StructuralApproach = "Not applicable.",
        Coordination = "Both parties sit on the Kanifing Referral Network, which follows referrals each month.",
        Meetings = "Monthly (Kanifing Referral Network)",
        FocalPoints = "Kombo Returnees' Association: Modou Njie, modou.njie@demo.partnerportal.org. Gambia Technical Training Institute: Ebrima Ceesay, "
            + "ebrima.ceesay@demo.partnerportal.org.",
        Monitoring = "The institute shares enrolment, attendance and certification of referred trainees each term; the association follows graduates.",
        DataProtection = "Trainee records stay with the institute; it shares results of consenting trainees with the association.",
        Reporting = "Half-yearly report in the portal by the association.",
        Levels = Individual,
        Areas = ["GM|West Coast Region|Kombo North", "GM|West Coast Region|Kombo Central", "GM|West Coast Region|Kombo South", "GM|Kanifing"],
        TargetGroups = ["returning-migrants", "youth"],
        Sdgs = ["4.3", "4.4", "8.6", "10.7"],
        Start = D("2025-09-01"), End = D("2027-08-31"), Review = D("2026-08-31"),
        DueDiligence = "The association met graduates of two earlier intakes; the institute checked the association's registration.",
    };

    public static readonly Terms MediationDaloa = new()
    {
        Country = "CI",
        Title = "Family mediation and psychosocial follow-up of returnees in Daloa",
        Purpose = "Returnees to Daloa often face family tension over the money spent on the journey. Espoir Retour Côte d'Ivoire counsels returnees; "
            + "Horizons Sans Frontières mediates in neighbourhoods and families. Together they follow each returnee and the family at home.",
        Parties =
        [
            new("Espoir Retour Côte d'Ivoire", "NGO: reception and psychosocial follow-up",
                "Returnees living in Daloa department, back for less than a year.",
                C(Technical, 50, "Individual counselling and home visits by its psychologist in Daloa."),
                C(Referral, null, "Refers families in conflict to the mediators with the returnee's agreement.")),
            new("Horizons Sans Frontières", "International NGO: family and community mediation",
                "Families and neighbourhoods of Daloa commune and its sub-prefectures.",
                C(Technical, 50, "Family mediation by trained mediators and talks in neighbourhoods about return.")),
        ],
        BeneficiarySelection = "ERCI's psychologist proposes mediation when family tension is part of the returnee's distress; the family must agree.",
        Channel = ReferralChannel.Formal,
        Pathways =
        [
            new("Espoir Retour Côte d'Ivoire", "psychosocial-counselling", "Daloa", "Horizons Sans Frontières", "community-mediation", null,
                "The returnee and the family agree to mediation."),
        ],
        CommunitySelection = "Neighbourhoods where several returnees live are chosen with the Daloa City Council for the talks.",
        StructuralApproach = "Not applicable.",
        Coordination = "Joint case review each month at ERCI's Daloa office.",
        Meetings = "Monthly",
        FocalPoints = "Espoir Retour Côte d'Ivoire: Adjoua Koné, adjoua.kone@demo.partnerportal.org. Horizons Sans Frontières: Marie Dubois, "
            + "marie.dubois@demo.partnerportal.org.",
        Monitoring = "Both parties record sessions; a well-being score is taken at the start and after six months.",
        DataProtection = "Case notes are not shared; only the referral form and the outcome of mediation are, with consent.",
        Reporting = "Half-yearly report in the portal by ERCI.",
        Levels = Individual | Community,
        Areas = ["CI|Haut-Sassandra|Daloa"],
        TargetGroups = ["returning-migrants", "returnees-psychosocial-needs", "migrant-families"],
        Sdgs = ["3.4", "10.2", "16.1"],
        Start = D("2025-11-01"), End = D("2027-10-31"), Review = D("2026-10-31"),
        DueDiligence = "ERCI observed two mediations in Abidjan; HSF reviewed ERCI's supervision of its psychologist.",
    };

    public static readonly Terms AgroEnterpriseLumbini = new()
    {
        Country = "NP",
        Title = "Financial literacy and agro-enterprise start-up for returning migrant workers in Lumbini",
        Purpose = "About half of the migrant workers back from the Gulf and Malaysia do not want to leave again and over a third are interested in "
            + "farming, but their savings go into consumption. The Migrant Resource Centres give financial literacy and counselling; the Agro "
            + "Enterprise Centre advises on agro-enterprises and links them to buyers, as in the Rural Enterprises and Remittances project. Returnees "
            + "learn to manage their savings and then start a farm business with the centre's advice.",
        Parties =
        [
            new("Foreign Employment Board – Migrant Resource Centres", "Public service: counsels returnees and teaches financial literacy",
                "Returning migrant workers registered with the Foreign Employment Board, living in Lumbini Province.",
                C(Training, 40, "A three-day financial literacy course (remittance savings, budgeting, loans) at the Migrant Resource Centres."),
                C(Referral, null, "Refers graduates who want to farm to the Agro Enterprise Centre.")),
            new("Agro Enterprise Centre", "Chamber programme: agro-enterprise advice and market links",
                "Returnees with a farm business idea and access to land in Rupandehi, Dang or Kapilvastu.",
                C(Technical, 60, "Business advice, a visit by an agronomist and introductions to buyers and rural financial institutions.")),
        ],
        BeneficiarySelection = "The centres refer returnees who finish the course and want to farm; the Agro Enterprise Centre confirms after a visit.",
        Channel = ReferralChannel.Formal,
        Pathways =
        [
            new("Foreign Employment Board – Migrant Resource Centres", "reintegration-counselling business-training", "Ghorahi", "Agro Enterprise Centre", "agricultural-support", "Butwal",
                "Financial literacy course completed; a farm business idea."),
        ],
        CommunitySelection = "Not applicable: support is given to individuals.",
        StructuralApproach = "Results feed the Lumbini Returnee Reintegration Working Group's advice to local governments on reintegration plans.",
        Coordination = "Both parties sit on the Lumbini Returnee Reintegration Working Group.",
        Meetings = "Quarterly",
        FocalPoints = "Foreign Employment Board – Migrant Resource Centres: Ramesh Adhikari, ramesh.adhikari@demo.partnerportal.org. Agro Enterprise Centre: "
            + "Sunita Shrestha, sunita.shrestha@demo.partnerportal.org.",
        Monitoring = "The centres count course graduates; the Agro Enterprise Centre counts businesses started and still trading after a year.",
        DataProtection = "Names and phone numbers are shared with consent only.",
        Reporting = "Half-yearly report in the portal by the Agro Enterprise Centre.",
        Levels = Individual | Structural,
        Areas = ["NP|Lumbini Province|Rupandehi", "NP|Lumbini Province|Dang", "NP|Lumbini Province|Kapilvastu"],
        TargetGroups = ["returning-migrants", "migrant-families"],
        Sdgs = ["1.4", "2.3", "8.3", "8.10", "10.7"],
        Start = D("2026-07-16"), End = D("2028-07-15"), Review = D("2027-07-15"),
        DueDiligence = "Both parties worked together under the Rural Enterprises and Remittances project until 2022; no further check was needed.",
    };

    public static readonly Terms ServiceHubKutaisi = new()
    {
        Country = "GE",
        Title = "Municipal service hub referrals, apprenticeships and grants for returnees in Kutaisi",
        Purpose = "Kutaisi City Hall's service hub tells returnees about municipal and state programmes; the Caucasus Reintegration Alliance counsels "
            + "them and gives in-kind business grants; Imereti Agro needs machine operators and trains them on the job. The three link their "
            + "services so that a returnee who comes to the hub reaches counselling, then either a paid apprenticeship or a grant, in one path.",
        Parties =
        [
            new("Kutaisi City Hall", "Municipality: runs the service hub and co-funds grants",
                "Returnees registered as residents of Kutaisi or Tskaltubo.",
                C(Coordination, null, "Runs the service hub, prints the referral guide and chairs the coordination meetings."),
                C(Financial, 20, "Co-funds a quarter of each in-kind grant from the municipal social programme.")),
            new("Caucasus Reintegration Alliance", "NGO: counselling and in-kind grants",
                "Returnees with a business plan; one grant per household.",
                C(Technical, 20, "Counselling and business-plan coaching at its Kutaisi office."),
                C(InKind, 40, "In-kind business grants (tools, livestock, equipment) worth up to GEL 3,000.")),
            new("Imereti Agro", "Employer: paid apprenticeships and jobs",
                "Applicants aged 18 to 45 able to work shifts at the plant during the harvest season.",
                C(Training, 20, "Three-month paid apprenticeships as machine operators at its plant, and first consideration for seasonal and permanent jobs.")),
        ],
        BeneficiarySelection = "The hub registers returnees; the Alliance's counsellors agree a plan with each and refer to Imereti Agro those who "
            + "want a job, and to the grant committee those with a business plan. Imereti Agro interviews every candidate.",
        Channel = ReferralChannel.Formal,
        Pathways =
        [
            new("Caucasus Reintegration Alliance", "reintegration-counselling", "Kutaisi", "Imereti Agro", "apprenticeship job-placement", null,
                "A plan agreed with the counsellor that aims at a job; interview at the plant."),
            new("Imereti Agro", "apprenticeship job-placement", null, "Caucasus Reintegration Alliance", "business-grants", "Kutaisi",
                "Apprentice who would rather set up a business after the apprenticeship; business plan coached."),
        ],
        CommunitySelection = "Collective projects are chosen at community consultations in the city's districts.",
        StructuralApproach = "The city adds a returnee line to its social programme budget and reviews it yearly.",
        Coordination = "Monthly meeting at the hub; the Imereti Reintegration Steering Committee reviews the agreement twice a year.",
        Meetings = "Monthly",
        FocalPoints = "Kutaisi City Hall: Nino Beridze, nino.beridze@demo.partnerportal.org. The Alliance and Imereti Agro will name theirs.",
        Monitoring = "The hub counts returnees registered and referred; Imereti Agro reports apprentices taken on and hired; the Alliance follows "
            + "each grant for a year.",
        DataProtection = "Georgian personal data law applies; data pass with written consent only.",
        Reporting = "Half-yearly report in the portal by the city.",
        Levels = Individual | Community | Structural,
        Stage = AgreementStage.Design,
        Areas = ["GE|Imereti|Kutaisi", "GE|Imereti|Tskaltubo Municipality"],
        TargetGroups = ["returning-migrants", "community-members"],
        Sdgs = ["8.3", "8.5", "10.7", "17.17"],
        Start = D("2027-01-01"), End = D("2028-12-31"), Review = D("2027-12-31"),
        DueDiligence = "The city visited Imereti Agro's plant and checked its safety record; the Alliance's grant procedures were reviewed in 2025.",
    };
}
