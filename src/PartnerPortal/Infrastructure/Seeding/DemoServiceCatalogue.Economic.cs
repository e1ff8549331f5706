using PartnerPortal.Domain;
using static PartnerPortal.Domain.Dimension;
using static PartnerPortal.Domain.InterventionLevel;
using static PartnerPortal.Domain.ReferralMethod;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>The economic half of the demo service templates: skills, jobs, business and finance, farming.</summary>
internal static partial class DemoServiceCatalogue
{
    private static Template[] EconomicTemplates =>
    [
        new("voc", "vocational-training", "voc", true, Economic, Individual, "Training coordinator",
            ["Short vocational courses, {city}", "Vocational training – {city}", "Skills training for young adults – {city}"],
            ["Three- to six-month courses in trades that local employers need: {trades}. A share of each intake is kept for returnees referred by partners.",
             "Practical courses ending with a workshop placement. Graduates receive a certificate and, when funding allows, a starter toolkit."],
            "youth returning-migrants women", WalkIn,
            "Register at {location} before the intake closes; places are limited.",
            "Shortlisted candidates are called for an aptitude test and an interview.",
            "Young people and adults aged 16 to 40.")
        { Intake = "Able to read and write simple sentences.", Documents = "Identity document;Two passport photos", MinAge = 16, MaxAge = 40,
          Fee = new("Registration fee", 10m, "Waived for returnees referred by a partner.", 0.6), Weight = 4 },

        new("apprentice", "apprenticeship", "apprentice", true, Economic, Individual, "Apprenticeship officer",
            ["Apprenticeship placements, {city}", "On-the-job training with master craftspeople – {city}"],
            ["Places apprentices for six to twelve months with registered workshops and companies, with a small monthly allowance. A certificate is issued at the end.",
             "Young people learn a trade at the workbench of an experienced craftsperson or on a company's production line, with a mentor checking progress every month."],
            "youth returning-migrants", WalkIn,
            "Fill in an application at {location} and say which trade interests you.",
            "You meet the master craftsperson or employer before the placement starts.",
            "Young people aged 16 to 35.")
        { MinAge = 16, MaxAge = 35, Weight = 2 },

        new("skills", "skills-recognition", "skills", true, Economic, Individual, "Skills assessor",
            ["Recognition of skills gained abroad, {city}", "Skill testing and certification – {city}"],
            ["Workers who learnt a trade on the job, at home or abroad, take a practical test and receive a national skills certificate that employers recognise.",
             "Assessors test practical skills in construction, driving, welding, catering and other trades, so that returnees can prove what they learnt abroad."],
            "returning-migrants youth potential-migrants", WalkIn,
            "Register for the next test session and choose the trade and level.",
            "Test dates are posted at {location}; results come within a month.",
            "Workers with at least one year of experience in the trade.")
        { Intake = "Proof of work experience or a practical demonstration.", Documents = "Identity document;Work certificate or employer reference (if any)",
          Fee = new("Test fee", 12m, "Reduced for returnees referred by a partner.", 0.7), Weight = 2 },

        new("jobs", "job-placement", "jobs", true, Economic, Individual, "Employment counsellor",
            ["Job matching and vacancies, {city}", "Employment desk – {city}"],
            ["Registers job seekers, matches them with vacancies from local employers and organises job fairs twice a year. Counsellors help with CVs and interviews.",
             "Job seekers look through vacancies, meet employers and get advice on applying; one session a week is set aside for returnees."],
            "youth returning-migrants women", WalkIn,
            "Register at {location} with your identity document and any certificates.",
            "A counsellor contacts you when a vacancy matches your profile.",
            "Job seekers aged 18 and over.")
        { MinAge = 18, Documents = "Identity document;CV or list of past jobs", Weight = 3 },

        new("cfw", "cash-for-work", "cfw", true, Economic, Community, "Works supervisor",
            ["Cash-for-work on community works, {city}", "Public works programme – {city}"],
            ["Teams of returnees and residents earn a daily wage rehabilitating drains, roads, water points and market stalls chosen by the community. Each cycle lasts about three months.",
             "Labour-intensive works on local infrastructure in {region}, with teams that mix returnees and young people from the community."],
            "youth returning-migrants community-members", WalkIn,
            "Register with the neighbourhood committee or at {location} when a new cycle is announced.",
            "Workers are drawn by lot among registered candidates, with places kept for women.",
            "Residents aged 18 to 45 able to do physical work.")
        { MinAge = 18, MaxAge = 45, Weight = 2 },

        new("biztrain", "business-training", "biztrain", true, Economic, Individual, "Business trainer",
            ["Business start-up training, {city}", "Entrepreneurship course – {city}"],
            ["A two-week course on choosing a business idea, pricing, marketing and simple bookkeeping, ending with a business plan reviewed by a trainer."],
            "youth women returning-migrants", WalkIn,
            "Enrol at {location}; a session starts as soon as twenty people have signed up.",
            "Participants with a finished plan can present it to partner microfinance institutions.",
            "Anyone over 18 with a business idea.")
        { MinAge = 18, Fee = new("Course fee", 8m, "Free for returnees referred by a reintegration partner.", 0.4), Weight = 2 },

        new("coaching", "business-training", "reint", false, Economic, Individual, "Business coach",
            ["Business plan coaching for returnees, {city}"],
            ["Returnees who want to start a business work with a coach to test their idea, draw up a simple plan and budget and present it to the grant committee."],
            "returning-migrants returnee-women", ReferralOnly,
            "Ask your reintegration caseworker for a referral.",
            "The coach meets you every week until the plan is ready for the committee.",
            "Returnees whose reintegration plan includes a business.")
        { Weight = 5 },

        new("grant", "business-grants", "bizgrant", false, Economic, Individual, "Grants officer",
            ["In-kind start-up grants for returnees, {city}", "Business start-up kits – {city}"],
            ["Returnees with an approved business plan receive equipment, stock or livestock rather than cash, bought with the caseworker from local suppliers.",
             "Grants in kind for individual businesses, or pooled by groups of returnees and residents who run a business together."],
            "returning-migrants returnee-women youth", ReferralOnly,
            "Only through a reintegration caseworker, after business training.",
            "A follow-up visit takes place three and six months after the purchase.",
            "Returnees with an approved business plan, within 12 months of arrival.")
        { Intake = "Completed business training and a plan approved by the grant committee.", Documents = "Approved business plan;Returnee registration card", Weight = 8 },

        new("mentor", "business-mentoring", "mentor", true, Economic, Individual, "Mentoring coordinator",
            ["Business mentoring by local entrepreneurs, {city}"],
            ["New business owners are paired with an experienced entrepreneur from the same trade who visits them every month for six months and helps solve practical problems."],
            "youth returning-migrants women", ReferralMethod.Phone,
            "Call or visit {location} to be matched with a mentor.",
            "The first visit is arranged within a month.",
            "Owners of a business less than two years old.")
        { Weight = 1 },

        new("credit", "microcredit", "credit", true, Economic, Individual, "Loan officer",
            ["Small business loans, {city}", "Group and individual microcredit – {city}"],
            ["Loans for small businesses, repaid weekly or monthly over six to twelve months, first in groups of five and then individually. A dedicated line serves returnees whose business plan a partner has approved."],
            "women returning-migrants youth", WalkIn,
            "Open a savings account at {location}; a loan officer visits the business before the loan is approved.",
            "Loan officers visit regularly; repayments are made at the branch or by mobile money.",
            "Adults who have lived in the area for at least six months, or returnees referred by a partner.")
        { MinAge = 18, Documents = "Identity document;Proof of residence;Business plan (returnee credit line)",
          Fee = new("Application fee", 2m, "Interest is charged on the declining balance.", 0.9), Weight = 2 },

        new("savings", "savings-groups", "savings", true, Economic, Community, "Savings group facilitator",
            ["Village savings and loan groups, {city}"],
            ["Groups of 15 to 25 people save small amounts every week and lend to each other from the pool. A facilitator accompanies new groups through their first year."],
            "women community-members returning-migrants", WalkIn,
            "Contact the facilitator at {location} to join a group or start a new one.",
            "At its first meeting the group sets its own rules and meeting day.",
            "Anyone living in the community; each group decides on new members.")
        { Weight = 2 },

        new("finlit", "financial-literacy", "finlit", true, Economic, Individual, "Financial educator",
            ["Financial literacy and budgeting sessions, {city}"],
            ["Short sessions on household budgets, saving, using credit wisely and sending or receiving money safely. Returnees learn to plan the use of savings they brought back."],
            "returning-migrants migrant-families women", WalkIn,
            "Sign up at {location}; a session is held every month.",
            "Participants can open a savings account on the spot.",
            "Open to everyone.")
        { Weight = 1 },

        new("agri", "agricultural-support", "agri", true, Economic, Community, "Extension officer",
            ["Agricultural advice and inputs, {city}", "Farmer field school – {city}"],
            ["Extension workers advise on improved seed, soil and water conservation and climate-smart practices, and run demonstration plots. Young farmers and returnees can get seed and tool kits at the start of the season.",
             "Field schools teach agroecology, tree nurseries and market gardening on shared plots; access to communal land is negotiated with local leaders."],
            "youth community-members returning-migrants", WalkIn,
            "Register with the extension worker at {location} before the planting season.",
            "Field school sessions take place every two weeks on the demonstration plot.",
            "Farmers, and people who want to start farming, in the area.")
        { Weight = 2 },
    ];
}
