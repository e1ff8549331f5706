using PartnerPortal.Domain.Agreements;
using static PartnerPortal.Domain.Agreements.SupportType;
using static PartnerPortal.Domain.LevelSet;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>The Guinea agreements that are still open or were abandoned.</summary>
internal static partial class DemoAgreementCatalogue
{
    private const string KindiaCouncil = DemoDataSeeder.KindiaAuthorityName;
    private const string HsfGuinea = "Horizons Sans Frontières – Guinea mission";

    // ------------------------------------------------------------------ IOM × GSR: psychosocial referral

    public static readonly Terms PsychosocialReferral = new()
    {
        Country = "GN",
        Title = "Psychosocial support for returnees referred by IOM Guinea",
        Purpose = "Many returnees arrive after detention or violence on the route and carry the shame of a failed migration. IOM Guinea meets "
            + "every assisted returnee on arrival but has no counsellors outside Conakry; Guinée Solidarité Retour has trained counsellors in "
            + "Conakry and Kindia who speak the returnees' languages. IOM screens and refers; GSR counsels and refers back those who need medical care.",
        Parties =
        [
            new(Iom, "Reintegration programme: screens returnees on arrival and refers those in distress",
                "Returnees assisted on arrival by IOM in Conakry or Kindia in the last six months who show signs of distress at the screening "
                + "interview or ask for support.",
                C(Referral, null, "Screens every assisted returnee with a short well-being questionnaire and refers those who need it, with consent, within a week."),
                C(Financial, 60, "Pays up to eight counselling sessions per person and the transport of clients who live more than 10 km from a GSR office.")),
            new(Gsr, "NGO: individual and group counselling",
                "GSR counsels adults. Children are referred to the social services of the Direction Nationale de l'Action Sociale, and people with "
                + "a severe mental illness to the health centre for medical care.",
                C(Technical, 40, "Individual and group counselling by trained counsellors in Kaloum, Ratoma and Kindia, in French, Pular and Susu."),
                C(Training, null, "Trains IOM's reception staff in psychological first aid twice a year.")),
        ],
        BeneficiarySelection = "IOM reception staff screen returnees at the arrival interview; those scoring above the agreed threshold, or asking for "
            + "help, are offered a referral. GSR's counsellor agrees the number of sessions with the person at the first meeting.",
        Channel = ReferralChannel.FormalAndInformal,
        Pathways =
        [
            new(Iom, "arrival-assistance", "Kindia", Gsr, "psychosocial-counselling", "Kindia",
                "Referral form and consent; the first appointment is offered within seven days."),
            new(Iom, "reintegration-counselling arrival-assistance", "Ratoma", Gsr, "psychosocial-counselling", "Kaloum",
                "Referral form and consent; the first appointment is offered within seven days."),
            new(Gsr, "psychosocial-counselling", "Kindia", Iom, "specialised-medical-care", null,
                "The counsellor sees a need for medical care; IOM covers the costs on its usual medical assistance terms."),
        ],
        CommunitySelection = "Not applicable: support is given to individuals. Returnees who hear of GSR from peers may walk in and are counted as informal referrals.",
        StructuralApproach = "Not applicable.",
        Coordination = "The focal points talk by phone each week about open referrals and meet monthly to review waiting times; difficult cases go to "
            + "the Kindia Case-Management Committee with the person's consent.",
        Meetings = "Monthly",
        FocalPoints = "IOM Guinea: Sékou Condé, sekou.conde@demo.partnerportal.org. Guinée Solidarité Retour: Kadiatou Barry, "
            + "signatory@demo.partnerportal.org; counselling coordinator Alpha Soumah, alpha.soumah@demo.partnerportal.org.",
        Monitoring = "GSR records sessions held and a well-being score at the first and last session. IOM receives, each month, the number of referrals "
            + "received, seen, completed and dropped. Nothing said in a session is shared.",
        DataProtection = "Only the referral form passes from IOM to GSR: name, phone number, language and the reason for referral, with written consent. "
            + "Session notes never leave GSR. Both parties keep files locked and delete them two years after the last contact.",
        Reporting = "Half-yearly report in the portal by GSR, with aggregated and anonymised figures.",
        Levels = Individual,
        Areas = ["GN|Conakry|Conakry Special Zone|Kaloum", "GN|Conakry|Conakry Special Zone|Ratoma", "GN|Kindia|Kindia"],
        TargetGroups = ["returning-migrants", "returnees-psychosocial-needs"],
        Sdgs = ["3.4", "10.2", "10.7"],
        Start = D("2026-12-01"), End = D("2028-11-30"), Review = D("2027-11-30"),
        DueDiligence = "IOM reviewed the qualifications of GSR's four counsellors and their supervision arrangements, and observed a group session in "
            + "Kindia in July 2026.",
        Order = SigningOrder.Sequential,
    };

    // ------------------------------------------------------------------ GSR × Kindia council × HSF: cash-for-work in Friguiagbé

    public static readonly Terms CashForWorkFriguiagbe = new()
    {
        Country = "GN",
        Title = "Cash-for-work and land restoration in Friguiagbé",
        Purpose = "The slopes around Friguiagbé have lost their cover and the fields below silt up every rainy season, while returnees and young "
            + "residents look for paid work. Horizons Sans Frontières runs cash-for-work schemes that restore land; the prefectural council owns "
            + "the communal land and plans its use; Guinée Solidarité Retour knows the returnees of the area. Mixed teams of returnees and residents "
            + "restore degraded land and earn a wage, and those who save can go on to start a business.",
        Parties =
        [
            new(Gsr, "Reintegration partner: refers returnees and counsels workers",
                "Returnees living in Friguiagbé or the villages around it who can do physical work.",
                C(Referral, null, "Refers returnees from its Kindia caseload and counsels workers who struggle during the scheme."),
                C(Technical, 10, "Business-plan coaching for workers who want to invest their savings once the scheme ends.")),
            new(KindiaCouncil, "Local authority: provides the sites and plans their upkeep",
                "Sites must be communal land free of any tenure dispute; the commune keeps ownership of the restored land.",
                C(InKind, 15, "Makes available 40 hectares of degraded communal land at Friguiagbé and stores the tools in the commune's warehouse."),
                C(Coordination, null, "Puts the restored sites in the prefectural local development plan and their upkeep in the commune's annual investment plan.")),
            new(HsfGuinea, "Implementer of the cash-for-work scheme",
                "Workers aged 18 to 50, one per household; half returnees and half residents, at least 30% women; equal pay for equal work.",
                C(Financial, 75, "Pays 120 workers GNF 50,000 a day for up to 60 working days over two dry seasons and buys seedlings, tools and protective equipment."),
                C(Technical, null, "An agronomist supervises the half-moon pits, stone bunds and tree planting, and trains the teams.")),
        ],
        BeneficiarySelection = "A local selection committee (the commune, village chiefs, the women's group, GSR and HSF) draws up the list of workers "
            + "at a public meeting using the criteria above. The list is posted at the commune office for two weeks so that anyone can object.",
        Channel = ReferralChannel.FormalAndInformal,
        Pathways =
        [
            new(Gsr, "reintegration-counselling psychosocial-counselling business-training", "Friguiagbé", HsfGuinea, "cash-for-work", "Kindia",
                "Returnee on GSR's caseload living in the area; place on the list confirmed by the selection committee."),
            new(KindiaCouncil, "information-referral", "Friguiagbé", HsfGuinea, "cash-for-work", "Kindia",
                "Resident or returnee registered at the commune's information desk; place confirmed by the selection committee."),
            new(HsfGuinea, "cash-for-work", "Kindia", Gsr, "business-training", "Friguiagbé",
                "Worker who completed at least 40 days and wants to invest savings in a business."),
        ],
        CommunitySelection = "The council proposed Friguiagbé because it has the most returnees in the prefecture outside the urban commune and the "
            + "most degraded land above the farmed valleys. The villages that take part are chosen at a public meeting with village chiefs, women's "
            + "and youth groups.",
        StructuralApproach = "The council puts the upkeep of the restored sites in the commune's annual investment plan and reports on them when the "
            + "prefectural local development plan is reviewed. HSF trains two commune agents in land-restoration techniques.",
        Coordination = "A site committee (commune, HSF site supervisor, GSR caseworker, two workers' representatives) meets every two weeks during works. "
            + "The scheme is reported to the Kindia Case-Management Committee.",
        Meetings = "Every two weeks during works; quarterly otherwise",
        FocalPoints = "Kindia Prefectural Council: Fatoumata Sylla, localauthority@demo.partnerportal.org. Horizons Sans Frontières – Guinea mission: "
            + "Jean-Pierre Loua, jeanpierre.loua@demo.partnerportal.org. Guinée Solidarité Retour: Ibrahima Bah, partner@demo.partnerportal.org.",
        Monitoring = "HSF records days worked and wages paid per worker and measures hectares treated and trees surviving after each rainy season. The "
            + "site committee visits the sites monthly and hears the workers. Figures are shared among the parties each month.",
        DataProtection = "Worker lists hold name, village, sex, age and returnee status, and are seen only by the site committee. Wages are paid by "
            + "mobile money to the worker's own number. Published figures are aggregated.",
        Reporting = "HSF enters a half-yearly report in the portal; the council presents the results at the annual review of the communal plan.",
        Levels = Individual | Community | Structural,
        Stage = AgreementStage.Design,
        Commitment = CommitmentDegree.ConditionalMutual,
        Areas = ["GN|Kindia|Kindia|Friguiagbé"],
        TargetGroups = ["returning-migrants", "community-members", "returnee-women", "youth"],
        Sdgs = ["5.5", "8.5", "10.7", "13.1", "15.3"],
        Start = D("2027-01-15"), End = D("2028-06-30"), Review = D("2027-07-31"),
        DueDiligence = "GSR and the council read HSF's final report on its 2025 scheme at Manéah and visited one restored site. The communal land "
            + "commission is confirming the status of each plot.",
    };

    // ------------------------------------------------------------------ GNE × RAK: job placement (draft)

    public static readonly Terms JobPlacementKindia = new()
    {
        Country = "GN",
        Title = "Job placement for members of Retour et Avenir Kindia",
        Purpose = "Members of Retour et Avenir Kindia look for paid work but rarely go to the employment desk, which they see as not meant for them. "
            + "The Guichet National de l'Emploi has vacancies and can recognise skills gained abroad but reaches few returnees. The association "
            + "brings its members to the desk and supports them once placed.",
        Parties =
        [
            new("Guichet National de l'Emploi", "Public employment service: registers, assesses and matches",
                "Registered job seekers aged 18 to 45 with a national identity card or a civil registry extract.",
                C(Technical, 70, "Holds a desk day for association members at its Kindia office each month, assesses their skills and sends the association the vacancies that fit."),
                C(Training, null, "A one-day job-search workshop (CV, interview) each quarter in the association's meeting room.")),
            new("Retour et Avenir Kindia", "Returnee association: mobilises members and mentors them",
                "Members in good standing, and returnees introduced by a member.",
                C(Referral, null, "Tells members about the desk day, accompanies those who hesitate and follows up members placed in jobs in its peer-support circles."),
                C(InKind, 30, "Lends its meeting room for the workshops and pays members' transport to the desk on desk days.")),
        ],
        BeneficiarySelection = "The association's peer-support circles put forward members ready to work; the employment service registers all who meet "
            + "its criteria.",
        Channel = ReferralChannel.Informal,
        Pathways =
        [
            new("Retour et Avenir Kindia", "peer-support-groups", "Friguiagbé", "Guichet National de l'Emploi", "job-placement skills-recognition business-training", "Kindia",
                "Member registered with an identity document who worked in a trade abroad; certificates or an employer's letter brought if available."),
        ],
        CommunitySelection = "Not applicable: support is given to individuals.",
        StructuralApproach = "Not applicable.",
        Coordination = "The association's coordinator and the Kindia desk officer talk after every desk day; placements are reported to the National "
            + "Reintegration Coordination Unit of Guinea.",
        Meetings = "Monthly, after the desk day",
        FocalPoints = "Guichet National de l'Emploi: Kindia desk officer (to be named). Retour et Avenir Kindia: the association's coordinator.",
        Monitoring = "The employment service counts members registered, placed and still employed after six months.",
        DataProtection = "Only members who register share their data with the employment service, under its usual rules.",
        Reporting = "Half-yearly figures in the portal, entered by the employment service.",
        Levels = Individual,
        Areas = ["GN|Kindia|Kindia"],
        TargetGroups = ["returning-migrants", "youth"],
        Sdgs = ["8.5", "8.6", "10.7"],
        Start = D("2027-01-01"), End = D("2027-12-31"),
        DueDiligence = "To be done: the coordinator will visit the Kindia desk before the draft is opened for negotiation.",
    };

    // ------------------------------------------------------------------ GSR × craft chamber: apprenticeships (withdrawn)

    public static readonly Terms ApprenticeshipsKindia = new()
    {
        Country = "GN",
        Title = "Apprenticeships with master craftspeople for returnees in Kindia",
        Purpose = "Place returnees who want to learn a craft with master craftspeople of the Chambre Régionale des Métiers de Kindia, with GSR's "
            + "coaching alongside.",
        Parties =
        [
            new(Gsr, "Reintegration partner: refers and coaches apprentices",
                "Returnees on GSR's caseload aged 18 to 35.",
                C(Referral, null, "Refers returnees and coaches them during the apprenticeship."),
                C(Financial, 50, "Pays a monthly allowance of GNF 300,000 to each apprentice for six months.")),
            new("Chambre Régionale des Métiers de Kindia", "Chamber of crafts: finds master craftspeople",
                "Master craftspeople registered with the chamber who agree to take an apprentice for six months.",
                C(Technical, 50, "Finds and briefs master craftspeople and checks each placement monthly.")),
        ],
        BeneficiarySelection = "GSR proposes candidates; the master craftsperson meets each one before accepting.",
        Channel = ReferralChannel.Formal,
        Pathways =
        [
            new(Gsr, "business-training reintegration-counselling", "Kindia", "Chambre Régionale des Métiers de Kindia", "apprenticeship business-mentoring", null,
                "Referral form; interview with the master craftsperson."),
        ],
        CommunitySelection = "Not applicable.",
        StructuralApproach = "Not applicable.",
        Coordination = "Monthly call between the focal points.",
        Meetings = "Monthly",
        FocalPoints = "Guinée Solidarité Retour: Ibrahima Bah. Chambre Régionale des Métiers de Kindia: its apprenticeship officer.",
        Monitoring = "The chamber reports attendance of apprentices each month.",
        DataProtection = "Names are shared with the master craftsperson only, with consent.",
        Reporting = "Half-yearly report by GSR.",
        Levels = Individual,
        Areas = ["GN|Kindia|Kindia"],
        TargetGroups = ["returning-migrants", "youth"],
        Sdgs = ["4.4", "8.6"],
        Start = D("2025-10-01"), End = D("2026-09-30"),
        DueDiligence = "Not started.",
    };
}
