using System.Globalization;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using static PartnerPortal.Domain.Agreements.SupportType;
using static PartnerPortal.Domain.LevelSet;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// The terms of the demo synergy agreements, one per clause of <see cref="AgreementClauses"/>, written after
/// the knowledge paper's list of what a synergy must settle (support and cost shares, eligibility, selection,
/// referral, coordination, monitoring and data sharing, reporting). Organisations and areas are named as the
/// demo seeder names them; referral pathways name the kinds of service to link, which
/// <see cref="DemoAgreementSeeder"/> finds in the generated directory. This file holds the types and the
/// agreements between the Guinea partners that have been signed; the others are in the partial files beside it.
/// </summary>
internal static partial class DemoAgreementCatalogue
{
    internal sealed record Contribution(SupportType Type, decimal? Share, string Description);

    internal sealed record Party(string Organisation, string Role, string Eligibility, params Contribution[] Contributions);

    /// <param name="FromCategories">Service category codes, most wanted first, of the referring party's service.</param>
    /// <param name="FromNear">A place the service's name should mention, preferred when a service does.</param>
    internal sealed record Pathway(string From, string FromCategories, string? FromNear, string To, string ToCategories, string? ToNear, string Conditions);

    internal sealed record Terms
    {
        public required string Country { get; init; }
        public required string Title { get; init; }
        public required string Purpose { get; init; }
        public required Party[] Parties { get; init; }
        public required string BeneficiarySelection { get; init; }
        public required ReferralChannel Channel { get; init; }
        public required Pathway[] Pathways { get; init; }
        public required string CommunitySelection { get; init; }
        public required string StructuralApproach { get; init; }
        public required string Coordination { get; init; }
        public required string Meetings { get; init; }
        public required string FocalPoints { get; init; }
        public required string Monitoring { get; init; }
        public required string DataProtection { get; init; }
        public required string Reporting { get; init; }
        public required LevelSet Levels { get; init; }
        public AgreementStage Stage { get; init; } = AgreementStage.Implementation;
        public CommitmentDegree Commitment { get; init; } = CommitmentDegree.General;
        /// <summary>Keys of the demo area tree: "CC|Region|District|Municipality".</summary>
        public required string[] Areas { get; init; }
        /// <summary>Target-group term codes.</summary>
        public required string[] TargetGroups { get; init; }
        public required string[] Sdgs { get; init; }
        public required DateOnly Start { get; init; }
        public required DateOnly End { get; init; }
        public DateOnly? Review { get; init; }
        public required string DueDiligence { get; init; }
        public SigningOrder Order { get; init; } = SigningOrder.Parallel;
    }

    private static Contribution C(SupportType type, decimal? share, string description) => new(type, share, description);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private const string Gsr = DemoDataSeeder.PartnerNgoName;
    private const string Crs = "Crédit Rural Solidaire de Kindia";
    private const string Iom = "IOM Guinea";
    private const string Cfp = "Centre de Formation Professionnelle de Kindia";

    // ------------------------------------------------------------------ GSR × CRS Kindia: savings and credit

    public static readonly Terms SavingsKindia = new()
    {
        Country = "GN",
        Title = "Savings groups and microcredit for returnees in Kindia",
        Purpose = "Returnees who start a small business in Kindia rarely have savings or a credit history, and banks ask for collateral "
            + "they do not have. Guinée Solidarité Retour knows the returnees, prepares their business plans and follows them personally; "
            + "Crédit Rural Solidaire de Kindia runs savings groups and lends to micro-enterprises. Together they let returnees save with "
            + "their neighbours and then borrow, so that the coaching GSR gives leads to a business that can be financed.",
        Parties =
        [
            new(Gsr, "Reintegration partner: prepares returnees and refers them",
                "Returnees who settled in Kindia prefecture in the last 24 months, hold a reintegration plan with GSR and have finished its "
                + "business-plan coaching. A returnee whose IOM start-up grant is still being delivered is referred once it has been, so that "
                + "nobody is financed twice for the same activity.",
                C(Referral, null, "Identifies eligible returnees, checks their reintegration plans and refers them with a signed consent form and a one-page business profile."),
                C(Training, 40, "Runs a two-day financial-literacy module (household budget, saving, the real cost of a loan) for each new group before its first meeting, with GSR trainers."),
                C(Technical, null, "Case managers follow every referred member for twelve months and warn the branch when a repayment problem comes from a family or health crisis.")),
            new(Crs, "Microfinance institution: runs the savings groups and lends",
                "Members are 18 or older and live or work in a commune served by a branch. A member may ask for a loan after three savings "
                + "meetings. First loans are capped at GNF 5,000,000 over 6 to 12 months, guaranteed by the group; the ordinary credit policy "
                + "applies and the branch may refuse an application.",
                C(Financial, 60, "Sets up village savings and loan groups of 15 to 25 members mixing returnees and residents, and keeps a credit line of GNF 600 million for group and individual loans."),
                C(Technical, null, "A loan officer attends each group's meetings monthly during the first cycle, keeps its books in the branch system and gives every member a passbook.")),
        ],
        BeneficiarySelection = "GSR case managers pre-select returnees from their caseload against the eligibility criteria and present the list at the "
            + "monthly meeting of the Kindia Case-Management Committee. The branch confirms each person after an intake interview. Residents "
            + "join through the groups themselves, at least one resident for every two returnees, so that the groups are not seen as being for "
            + "returnees only.",
        Channel = ReferralChannel.Formal,
        Pathways =
        [
            new(Gsr, "business-training reintegration-counselling", "Kindia", Crs, "savings-groups", "Kindia",
                "Business-plan coaching finished and the financial-literacy module attended; consent form signed."),
            new(Gsr, "business-training reintegration-counselling", "Kindia", Crs, "microcredit", "Kindia",
                "Three savings meetings attended and a business plan coached by GSR; the group agrees to guarantee the loan."),
        ],
        CommunitySelection = "Groups are formed in communes where GSR counts at least eight returnees within reach of a branch: in the first year "
            + "Kindia urban commune, Friguiagbé and Souguéta. The Kindia Case-Management Committee proposes further communes.",
        StructuralApproach = "Not applicable: the agreement supports individuals and savings groups. Lessons on lending to returnees are shared with the "
            + "Kindia Prefectural Council for its local development plan.",
        Coordination = "Individual cases are discussed at the Kindia Case-Management Committee chaired by the Kindia Prefectural Council. The two focal "
            + "points review the loans of referred members together each quarter and agree on any rescheduling.",
        Meetings = "Monthly (case-management committee); quarterly portfolio review",
        FocalPoints = "Guinée Solidarité Retour: Kadiatou Barry, programme manager, signatory@demo.partnerportal.org. "
            + "Crédit Rural Solidaire de Kindia: Aminata Touré, branch director, aminata.toure@demo.partnerportal.org.",
        Monitoring = "The branch reports savings, loans disbursed, repayment rate and portfolio at risk of referred members every quarter. GSR follows "
            + "each member's business and well-being 3, 6 and 12 months after the first loan. Beyond the two parties, only aggregated figures are shared.",
        DataProtection = "Personal data pass between the parties only with the returnee's written consent and are limited to name, phone number, "
            + "commune and business profile. Loan details stay with the branch; GSR learns only whether a consenting member is up to date. Both "
            + "parties delete shared files twelve months after the agreement ends.",
        Reporting = "GSR enters a half-yearly progress report in the portal by 31 January and 31 July, with the branch's figures. A final report is due "
            + "two months after the end date.",
        Levels = Individual | Community,
        Commitment = CommitmentDegree.ConditionalMutual,
        Areas = ["GN|Kindia|Kindia|Kindia urban commune", "GN|Kindia|Kindia|Friguiagbé", "GN|Kindia|Kindia|Souguéta"],
        TargetGroups = ["returning-migrants", "returnee-women", "community-members"],
        Sdgs = ["1.4", "8.3", "8.10", "10.7"],
        Start = D("2025-04-01"), End = D("2026-12-31"), Review = D("2025-10-15"),
        DueDiligence = "GSR checked the branch's microfinance licence against the central bank's list of licensed institutions and read its audited "
            + "2024 accounts (portfolio at risk over 30 days: 4.1%). The branch visited GSR's Kindia office and reviewed its consent forms. No "
            + "capacity building is needed.",
    };

    /// <summary>Version 2: Coyah joins, GSR takes over the savings kits and the trainers' travel, so the cost shares change.</summary>
    public static readonly Terms SavingsKindiaAndCoyah = SavingsKindia with
    {
        Title = "Savings groups and microcredit for returnees in Kindia and Coyah",
        Purpose = SavingsKindia.Purpose + " From 2026 the scheme also serves Coyah, where many returnees from Conakry have settled.",
        Parties =
        [
            SavingsKindia.Parties[0] with
            {
                Contributions =
                [
                    C(Referral, null, "Identifies eligible returnees, checks their reintegration plans and refers them with a signed consent form and a one-page business profile."),
                    C(Training, 30, "Runs a two-day financial-literacy module (household budget, saving, the real cost of a loan) for each new group before its first meeting, with GSR trainers."),
                    C(InKind, 15, "Provides each new group with its savings kit (lockable box, three padlocks, ledgers) and pays the travel of trainers to Coyah and Manéah."),
                    C(Technical, null, "Case managers follow every referred member for twelve months and warn the branch when a repayment problem comes from a family or health crisis."),
                ],
            },
            SavingsKindia.Parties[1] with
            {
                Contributions =
                [
                    C(Financial, 55, "Sets up village savings and loan groups of 15 to 25 members mixing returnees and residents, and keeps a credit line of GNF 750 million for group and individual loans, GNF 150 million of it for the Coyah branch."),
                    C(Technical, null, "A loan officer attends each group's meetings monthly during the first cycle, keeps its books in the branch system and gives every member a passbook."),
                ],
            },
        ],
        CommunitySelection = SavingsKindia.CommunitySelection + " From 2026: Coyah urban commune and Manéah, served by the Coyah branch.",
        Areas = [.. SavingsKindia.Areas, "GN|Kindia|Coyah|Coyah urban commune", "GN|Kindia|Coyah|Manéah"],
        End = D("2027-06-30"), Review = D("2026-12-15"),
    };

    // ------------------------------------------------------------------ IOM × CFP Kindia: vocational training

    public static readonly Terms TrainingKindia = new()
    {
        Country = "GN",
        Title = "Vocational training seats for returnees at CFP Kindia",
        Purpose = "IOM's reintegration programme gives returnees start-up kits, but many have no certified trade to use them in. The Centre de "
            + "Formation Professionnelle de Kindia trains young people of the prefecture in the trades local employers ask for and has seats "
            + "to fill in its rural sessions. The centre trains and certifies; IOM refers, pays the fees and equips every graduate to work in the "
            + "trade learned.",
        Parties =
        [
            new(Iom, "Reintegration programme: counsels, refers and equips returnees",
                "Returnees assisted by IOM Guinea whose individual reintegration plan names a trade taught at the centre, aged 18 to 40.",
                C(Referral, null, "Refers returnees with a reintegration plan and pays their transport and a daily meal allowance during the course."),
                C(Financial, 45, "Pays the course fee of GNF 1,500,000 per referred trainee and, after certification, a start-up toolkit in the trade learned.")),
            new(Cfp, "Vocational training centre: trains and certifies",
                "Trainees follow instruction in French or Susu; the masonry and electricity courses need basic numeracy, tested at intake. The centre "
                + "keeps 20 seats per intake for referred returnees; seats not taken by the second week go to local young people.",
                C(Training, 40, "Three- to six-month certified courses in masonry, electricity, welding, tailoring and fruit processing, with a tutor for referred trainees."),
                C(InKind, 15, "Workshop space, tools and materials during the course, including the mobile sessions in Friguiagbé and Mambia.")),
        ],
        BeneficiarySelection = "IOM case managers propose candidates whose reintegration plan names a trade the centre teaches. The centre confirms after "
            + "an aptitude test and an interview. Seats go in the order referrals arrive; half are kept for women as long as women apply.",
        Channel = ReferralChannel.Formal,
        Pathways =
        [
            new(Iom, "reintegration-counselling arrival-assistance", "Kindia", Cfp, "vocational-training", "Kindia",
                "IOM referral form with the reintegration plan and signed consent, received before the intake closes."),
            new(Cfp, "vocational-training", "Kindia", Iom, "business-grants", "Kindia",
                "Certificate of completion; IOM delivers the toolkit within six weeks of certification."),
        ],
        CommunitySelection = "Not applicable: support is given to individuals.",
        StructuralApproach = "Not applicable: the agreement does not change the centre's curricula.",
        Coordination = "The focal points meet at the centre before each intake to match referrals with seats. Trainees who drop out are discussed at "
            + "the Kindia Case-Management Committee.",
        Meetings = "Monthly, and before each intake",
        FocalPoints = "IOM Guinea: Sékou Condé, reintegration officer, sekou.conde@demo.partnerportal.org. Centre de Formation Professionnelle de "
            + "Kindia: Mohamed Lamine Diallo, director of studies, lamine.diallo@demo.partnerportal.org.",
        Monitoring = "The centre records attendance and test results of referred trainees and sends IOM a monthly attendance sheet. IOM checks with "
            + "graduates 3 and 6 months after the toolkit whether they work in their trade.",
        DataProtection = "IOM shares a trainee's name, phone number, trade and any adjustment needed for a disability, with written consent. The centre "
            + "keeps trainee files locked and passes them to nobody else; IOM's data-protection principles apply to what it receives.",
        Reporting = "Half-yearly joint report in the portal, compiled by IOM: referrals made, trainees enrolled, certified and dropped out, toolkits delivered.",
        Levels = Individual,
        Commitment = CommitmentDegree.ConditionalMutual,
        Areas = ["GN|Kindia|Kindia"],
        TargetGroups = ["returning-migrants", "youth", "returnee-women"],
        Sdgs = ["4.3", "4.4", "8.5", "8.6", "10.7"],
        Start = D("2025-01-15"), End = D("2026-12-31"), Review = D("2025-12-15"),
        DueDiligence = "IOM visited the centre's workshops in Kindia and Friguiagbé and checked that its certificates are recognised by the ministry in "
            + "charge of technical education. The centre asked for training of its tutors in working with returnees, which IOM gave in January 2025.",
    };

    /// <summary>Version 2 (amendment under negotiation): one more year and a solar installation course.</summary>
    public static readonly Terms TrainingKindiaTo2027 = TrainingKindia with
    {
        Parties =
        [
            TrainingKindia.Parties[0],
            TrainingKindia.Parties[1] with
            {
                Contributions =
                [
                    C(Training, 40, "Three- to six-month certified courses in masonry, electricity, welding, tailoring, fruit processing and, from 2027, solar installation, with a tutor for referred trainees."),
                    C(InKind, 15, "Workshop space, tools and materials during the course, including the mobile sessions in Friguiagbé and Mambia."),
                ],
            },
        ],
        End = D("2027-12-31"), Review = D("2027-06-30"),
    };
}
