using PartnerPortal.Domain;
using static PartnerPortal.Domain.Dimension;
using static PartnerPortal.Domain.InterventionLevel;
using static PartnerPortal.Domain.ReferralMethod;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Text templates of the demo services, one per kind of service. Placeholders: {city} the town of the
/// place of delivery, {region} its region, {location} the name of the place of delivery, {trades}
/// the trades taught in the country. This half holds reception, health, protection and social services;
/// the economic ones are in DemoServiceCatalogue.Economic.cs.
/// </summary>
internal static partial class DemoServiceCatalogue
{
    /// <summary>A fee charged with the given probability; the amount is converted into the local currency.</summary>
    internal sealed record Fee(string Option, decimal Usd, string? Note, double Probability);

    /// <param name="Category">Service category term code (a sub-category of a top-level category).</param>
    /// <param name="Roles">Provider roles (see <see cref="DemoProviders"/>) that may deliver it.</param>
    /// <param name="TargetGroups">Target-group term codes; the first always applies, one or two others may.</param>
    internal sealed record Template(string Key, string Category, string Roles, bool Mainstream, Dimension Dimension,
        InterventionLevel Level, string Contact, string[] Names, string[] Descriptions, string TargetGroups,
        ReferralMethod Referral, string Apply, string Next, string Eligibility)
    {
        public bool ReferralRequired => Referral == ReferralOnly;
        public string? Intake { get; init; }
        /// <summary>Required documents separated by ';'.</summary>
        public string? Documents { get; init; }
        public int? MinAge { get; init; }
        public int? MaxAge { get; init; }
        public Fee? Fee { get; init; }
        /// <summary>How likely a place is to have this kind of service.</summary>
        public int Weight { get; init; } = 2;
    }

    internal static IReadOnlyList<Template> All { get; } = [.. SocialTemplates, .. EconomicTemplates];

    /// <summary>The trades most vocational courses teach, per country.</summary>
    internal static readonly Dictionary<string, string> Trades = new()
    {
        ["GN"] = "masonry, electrical installation, tailoring and motorbike repair",
        ["SN"] = "solar installation, agricultural mechanics and food processing",
        ["GM"] = "plumbing, electrical installation and hospitality",
        ["CI"] = "building trades, refrigeration and car mechanics",
        ["GE"] = "welding, hospitality and IT support",
        ["NP"] = "electrical wiring, plumbing and commercial vegetable farming",
    };

    private static Template[] SocialTemplates =>
    [
        new("arrival", "arrival-assistance", "arrival", false, Social, Individual, "Reception officer",
            ["Assistance on arrival, {city}", "Reception of returnees – {city}"],
            ["Returnees are met at the point of arrival, registered and given a meal, a phone card and an allowance for the journey home.",
             "Staff at {location} welcome people who have just come back, check for urgent medical or protection needs and organise the trip to their home area."],
            "returning-migrants unaccompanied-returnee-children returnees-medical-needs", ReferralMethod.Phone,
            "Organised returns are announced by the partner in charge; people who came back on their own can come to {location}.",
            "You receive a registration card and an appointment for reintegration counselling.",
            "Nationals coming back from abroad, in their first days after arrival.")
        { Documents = "Travel document or laissez-passer", Weight = 4 },

        new("counselling", "reintegration-counselling", "reint", false, Social, Individual, "Caseworker",
            ["Reintegration counselling and case management, {city}", "Individual reintegration plans – {city}"],
            ["A caseworker meets each returnee to understand their skills, needs and plans, agrees a reintegration plan and refers them to training, jobs, health or psychosocial services.",
             "Returnees in {region} are followed for up to a year, with home visits, help with referrals and a check on how they are doing after six and twelve months."],
            "returning-migrants returnee-women returnees-psychosocial-needs", WalkIn,
            "Book an appointment by phone or come to {location} with your returnee registration card.",
            "After the first interview you receive your plan and the names of the services you are referred to.",
            "Returnees who came back in the last 12 months.")
        { Intake = "Registered as a returnee by the partner that organised the return or at a reception desk.", Documents = "Returnee registration card;Identity document", Weight = 10 },

        new("info", "information-referral", "info", true, Social, Structural, "Desk officer",
            ["Migration information and referral desk, {city}", "Information desk for returnees and families – {city}"],
            ["Tells returnees, their families and people thinking of leaving which services exist in {region}, from health care to jobs, and refers them with a referral slip.",
             "The desk at {location} answers questions on services, documents and safe migration, and keeps the local referral guide up to date."],
            "returning-migrants potential-migrants migrant-families", WalkIn,
            "Walk in or call; the desk officer answers questions on the spot.",
            "If you are referred, take the referral slip to the service named on it.",
            "Open to everyone.")
        { Weight = 3 },

        new("psych", "psychosocial-counselling", "psych", false, Psychosocial, Individual, "Counsellor",
            ["Psychosocial counselling for returnees, {city}", "Individual counselling – {city}"],
            ["Trained counsellors hold one-to-one sessions with returnees who feel stress, shame, grief or anxiety after a difficult journey. People who need specialised care are referred to a mental health service."],
            "returnees-psychosocial-needs returning-migrants returnee-women", ReferralMethod.Phone,
            "Call to book a session, or ask your caseworker to refer you.",
            "Sessions are weekly for up to three months; the counsellor agrees the number with you.",
            "Returnees and their close family members.")
        { Weight = 7 },

        new("peer", "peer-support-groups", "peer", false, Psychosocial, Community, "Group facilitator",
            ["Returnee peer support circle, {city}", "Monthly peer group for returnees – {city}"],
            ["Returnees who have been back for a while welcome newcomers in a monthly circle to share experiences, advice and contacts. Members also visit families who find a return hard."],
            "returning-migrants returnees-psychosocial-needs youth", WalkIn,
            "Come to the next meeting at {location}; there is nothing to fill in.",
            "A member of the group keeps in touch with you between meetings.",
            "Anyone who has come back from migration, however they returned.")
        { Weight = 5 },

        new("mental-health", "specialised-mental-health", "health", true, Psychosocial, Individual, "Psychiatric nurse",
            ["Mental health consultations, {city}"],
            ["A psychiatric nurse sees people with depression, anxiety, psychosis or substance use and follows patients on long-term treatment. Families can come for advice."],
            "returnees-psychosocial-needs community-members", ReferralMethod.Phone,
            "Call or come on consultation days; a referral from a health centre speeds things up.",
            "The nurse sets a treatment plan and the dates of follow-up visits.",
            "Anyone with mental health needs; children come with a parent.")
        { Fee = new("Consultation", 2m, null, 0.5), Weight = 1 },

        new("phc", "primary-health-care", "health", true, Social, Individual, "Nurse in charge",
            ["General consultations at {location}", "Primary health care – {city}"],
            ["Nurses and a doctor see adults and children for common illnesses, wound care and chronic conditions. Patients who need more are referred to the hospital of {region}.",
             "The health centre of {city} offers daily consultations, basic laboratory tests and medicines from its pharmacy. Returnees are seen on the same terms as residents."],
            "community-members returning-migrants women", WalkIn,
            "Come to the reception desk during opening hours; a patient card is opened on the first visit.",
            "Keep the patient card; the nurse books any follow-up visit.",
            "Anyone living in or passing through {city}.")
        { Fee = new("Consultation", 1.5m, "Children under five and pregnant women are seen free of charge.", 0.7), Weight = 4 },

        new("mch", "primary-health-care", "health", true, Social, Individual, "Midwife",
            ["Maternal and child health clinic, {city}", "Antenatal care and vaccination – {city}"],
            ["Antenatal and postnatal check-ups, family planning and routine vaccination of children at {location}. Midwives also give a health talk for mothers every week."],
            "women community-members returnee-women", WalkIn,
            "Walk in on clinic days and bring the child's health booklet if you have one.",
            "The midwife writes the date of the next visit in the booklet.",
            "Pregnant women, mothers and children under five.")
        { Documents = "Child health booklet (if available)", Weight = 3 },

        new("hospital", "specialised-medical-care", "health", true, Social, Individual, "Head of admissions",
            ["Specialist consultations and hospital referral, {city}"],
            ["Specialist consultations in internal medicine, surgery and paediatrics for patients referred by a health centre. Emergencies are admitted directly."],
            "community-members returnees-medical-needs", ReferralOnly,
            "Ask a health centre for a referral letter and bring it to the hospital reception.",
            "The hospital books the consultation and tells you which tests to do beforehand.",
            "Patients referred by a health centre, and emergencies.")
        { Documents = "Referral letter from a health centre;Identity document", Fee = new("Specialist consultation", 4m, "Tests and medicines are paid separately.", 0.9), Weight = 2 },

        new("medfee", "specialised-medical-care", "medfee", false, Social, Individual, "Medical caseworker",
            ["Medical assistance for returnees, {city}", "Coverage of medical costs for returnees – {city}"],
            ["A caseworker takes returnees with medical needs to health facilities in {region} and pays for consultations, tests and medicines agreed in advance.",
             "Returnees whose health needs treatment are referred to a suitable facility, and their costs are covered up to an agreed ceiling."],
            "returnees-medical-needs returning-migrants", ReferralOnly,
            "Ask your reintegration caseworker to refer you; the medical team calls you within a week.",
            "Bring prescriptions and receipts to each appointment with the caseworker.",
            "Returnees with a medical condition identified on arrival or during reintegration counselling.")
        { Intake = "A medical screening result or a doctor's note describing the need.", Documents = "Medical report or prescription;Returnee registration card", Weight = 4 },

        new("insurance", "health-insurance", "insurance", true, Social, Community, "Enrolment officer",
            ["Health insurance enrolment, {city}", "Community health insurance – {city}"],
            ["Households join the health insurance scheme for a yearly contribution and then pay only a small share of the cost of care at contracted facilities.",
             "Staff explain the scheme, register family members and issue membership cards; the poorest households are enrolled free of charge after an assessment."],
            "community-members returning-migrants migrant-families", WalkIn,
            "Come with the identity documents of the family members you want to enrol.",
            "The membership card is ready after a waiting period; show it whenever you visit a health facility.",
            "Households living in the area.")
        { Documents = "Identity document of the head of household;Birth certificates of the children", Fee = new("Yearly contribution per person", 5m, "Free for households recognised as indigent.", 0.85), Weight = 2 },

        new("gbv", "gbv-response", "gbv", true, Psychosocial, Individual, "Case manager",
            ["Support to survivors of gender-based violence, {city}", "Confidential care for survivors of violence – {city}"],
            ["Survivors of sexual or domestic violence receive medical care, psychological support and help to reach legal services, in confidence. Staff can arrange a safe place to stay."],
            "women returnee-women persons-with-disabilities", ReferralMethod.Phone,
            "Come at any time or call; a trained staff member sees you in a private room.",
            "A case manager agrees a support plan with you and follows up by phone.",
            "Any survivor of gender-based violence.")
        { Weight = 2 },

        new("traffic", "counter-trafficking", "traffic", false, Psychosocial, Individual, "Protection officer",
            ["Assistance to victims of trafficking, {city}"],
            ["Protection, accommodation, medical and psychological care and legal support for people identified as victims of trafficking. A caseworker prepares a reintegration plan with each person."],
            "victims-of-trafficking returnee-women", ReferralOnly,
            "Referral by the police, a social worker or an organisation working with returnees; people can also call directly.",
            "A caseworker meets you within 24 hours to agree on safety measures.",
            "People identified or presumed to be victims of trafficking.")
        { Intake = "Identification interview with a trained caseworker.", Weight = 2 },

        new("shelter", "housing-shelter", "shelter", false, Social, Individual, "Shelter coordinator",
            ["Temporary accommodation on arrival, {city}", "Transit shelter – {city}"],
            ["Returnees with nowhere to stay can sleep at a transit centre for up to two weeks while their family is contacted. Meals and hygiene kits are provided."],
            "returning-migrants returnee-women unaccompanied-returnee-children", ReferralOnly,
            "Ask the reception team at the point of arrival, or your caseworker, for a place.",
            "Before leaving you agree with a caseworker where you will go and how you will travel.",
            "Returnees in their first weeks back who have no safe place to stay.")
        { Intake = "No family or other safe accommodation available.", Weight = 1 },

        new("tracing", "family-tracing", "tracing", false, Social, Individual, "Tracing volunteer",
            ["Family tracing and restoring family links, {city}"],
            ["Helps returnees and families find relatives they lost touch with during migration, and passes messages between them. Separated children are reunited with their families after an assessment."],
            "migrant-families unaccompanied-returnee-children returning-migrants", ReferralMethod.Phone,
            "Come or call with as much information as you have about the person you are looking for.",
            "A volunteer opens a tracing request and tells you when there is news.",
            "Returnees and families of migrants who have lost contact with a relative.")
        { Weight = 2 },

        new("child", "child-protection", "child", true, Social, Individual, "Child protection officer",
            ["Child protection services, {city}"],
            ["Social workers handle cases of children at risk: abuse, neglect, child labour and children travelling alone. Unaccompanied children who come back are placed with their family or a foster family after an assessment."],
            "unaccompanied-returnee-children youth migrant-families", ReferralMethod.Phone,
            "Anyone can report a child at risk, in person or by phone.",
            "A social worker opens a case within 48 hours and visits the child.",
            "Children under 18 and their families.")
        { MaxAge = 17, Weight = 2 },

        new("socprot", "social-protection", "socprot", true, Economic, Individual, "Social worker",
            ["Social assistance registration, {city}", "Cash transfers for vulnerable households – {city}"],
            ["Social workers assess households and register those that qualify for regular cash transfers, fee waivers or food support.",
             "Households in hardship, returnee families among them, are assessed and enrolled in the national safety-net programme."],
            "community-members migrant-families older-persons persons-with-disabilities", WalkIn,
            "Ask for an assessment at {location}; a social worker then visits the household.",
            "You hear within a month whether the household qualifies and when payments start.",
            "Households below the poverty threshold used by the national programme.")
        { Intake = "Household assessment score below the programme threshold.", Documents = "Identity document;Proof of residence", Weight = 3 },

        new("school", "school-enrolment", "school", true, Social, Individual, "Education officer",
            ["School re-enrolment and catch-up classes, {city}"],
            ["Helps children who missed school, children back from abroad among them, to re-enrol at the right level. Catch-up classes in reading and mathematics run after school hours."],
            "youth migrant-families unaccompanied-returnee-children", WalkIn,
            "Parents come with the child to {location} to fill in the enrolment form.",
            "The child takes a short placement test and starts at the beginning of the next month.",
            "Children aged 6 to 17 living in the area.")
        { MinAge = 6, MaxAge = 17, Documents = "Birth certificate of the child;Last school report (if any)", Weight = 2 },

        new("literacy", "literacy", "literacy", true, Social, Community, "Literacy facilitator",
            ["Adult literacy classes, {city}", "Evening literacy and numeracy course – {city}"],
            ["Evening classes in groups of about twenty for adults who want to read, write and count. Lessons use examples from trade and farming so that learners can keep accounts."],
            "women community-members returning-migrants", WalkIn,
            "Sign up with the facilitator at {location} before the session starts.",
            "Classes run for nine months, with a test at the end.",
            "Adults and young people over 15 who did not finish primary school.")
        { MinAge = 15, Weight = 1 },

        new("civil-birth", "civil-documentation", "civil", true, Social, Individual, "Registrar",
            ["Birth certificates and civil status records, {city}", "Civil registry – {city}"],
            ["Registers births, marriages and deaths and issues certified copies. People whose birth was never registered get help with a late registration through the court."],
            "community-members returning-migrants migrant-families", WalkIn,
            "Come to the registry counter with the documents listed; copies are usually ready the same day.",
            "For a late registration the registry gives you a file to take to the court; come back with the judgment.",
            "Anyone whose birth, marriage or death was, or should have been, recorded in the area.")
        { Documents = "Any old identity paper or family record book;Two witnesses for a late registration", Fee = new("Certified copy", 1m, "Registering a birth within the legal deadline is free.", 0.8), Weight = 3 },

        new("civil-id", "civil-documentation", "civil", true, Social, Individual, "Registration clerk",
            ["National identity card applications, {city}", "Identity documents – {city}"],
            ["Takes applications for the national identity card, including from people whose papers were lost or taken during migration. Fingerprints and photos are taken on site."],
            "returning-migrants community-members", WalkIn,
            "Bring your birth certificate; you apply at the counter and collect the card later.",
            "You receive a receipt with the date on which the card can be collected.",
            "Citizens aged 16 and over living in the area.")
        { MinAge = 16, Documents = "Birth certificate;Proof of residence", Fee = new("Identity card", 3m, "A replacement for a lost card costs the same.", 0.9), Weight = 2 },

        new("legal", "legal-counselling", "legal", true, Social, Individual, "Paralegal",
            ["Free legal advice, {city}", "Legal aid clinic – {city}"],
            ["Paralegals give free advice on land, family, work and documentation problems and help draft letters and complaints. Cases that go to court are referred to a lawyer."],
            "community-members returning-migrants women", WalkIn,
            "Come on a consultation day; no appointment is needed.",
            "The paralegal writes down the agreed actions and calls you back within two weeks.",
            "Anyone who cannot afford a lawyer.")
        { Weight = 1 },

        new("mediation", "community-mediation", "mediation", true, Social, Community, "Mediator",
            ["Community dialogue and mediation, {city}", "Neighbourhood mediation – {city}"],
            ["Trained mediators help families and neighbours settle disputes, including tensions that arise when a migrant comes back. Every quarter a community dialogue brings returnees, young people and elders together."],
            "community-members returning-migrants youth", WalkIn,
            "Ask for a mediator at {location} or through the neighbourhood chief.",
            "The mediator meets each side separately before a joint meeting.",
            "Residents of the area.")
        { Weight = 2 },
    ];
}
