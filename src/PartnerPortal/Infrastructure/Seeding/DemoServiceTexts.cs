using PartnerPortal.Domain;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>Short texts the demo service generator draws from: eligibility of returnees, barriers, quality, funding, gaps.</summary>
internal static class DemoServiceTexts
{
    /// <summary>Where returnees to each country mostly come back from.</summary>
    internal static readonly Dictionary<string, string> ReturnRoutes = new()
    {
        ["GN"] = "Libya, Algeria, Morocco and Niger",
        ["SN"] = "Libya, Niger, Mauritania and Spain",
        ["GM"] = "Libya, Niger and Germany",
        ["CI"] = "Libya, Tunisia and Morocco",
        ["GE"] = "Germany, France, Greece and Türkiye",
        ["NP"] = "the Gulf states, Malaysia and India",
    };

    /// <summary>{routes} is replaced by <see cref="ReturnRoutes"/> of the country.</summary>
    internal static readonly string[] ReturneeCategories =
    [
        "Voluntary and forced returns, within 12 months of arrival",
        "Assisted voluntary returns from {routes}",
        "All returnees, however they came back, including those who returned without assistance",
        "Returnees from {routes}, within 18 months of arrival",
        "Returnees registered by a reintegration partner, and members of their household",
    ];

    internal static readonly (AccessBarriers Barrier, string Note)[] BarrierNotes =
    [
        (AccessBarriers.Documentation, "Many returnees have no birth certificate or identity card, which is asked for at registration."),
        (AccessBarriers.Distance, "Villages far from {city} are more than two hours away by road and transport is not refunded."),
        (AccessBarriers.Cost, "Fees and the cost of travel keep the poorest households away."),
        (AccessBarriers.Safety, "Some women do not come alone because the road is unsafe after dark."),
        (AccessBarriers.Eligibility, "People who came back more than a year ago are no longer eligible, although many still need help."),
        (AccessBarriers.Distance, "The only place of delivery is in town; there is no outreach to the rural communes."),
        (AccessBarriers.Documentation, "Certificates obtained abroad are not always accepted without an official translation."),
        (AccessBarriers.Cost, "The bus fare to {city} costs more than a day's wage for people from outlying villages."),
    ];

    internal static readonly string[] QualityNotes =
    [
        "Users interviewed in the last survey were happy with the welcome but found the waiting times long.",
        "All staff were trained in psychological first aid during the past year.",
        "Referral slips are not always returned, so follow-up is patchy.",
        "Only one staff member speaks the local languages; interpretation is informal.",
        "Shortages of medicines and supplies were reported during the rainy season.",
        "Follow-up visits after six months found most supported businesses still running.",
        "Waiting list of about two months at the start of each intake.",
        "Staff turnover is high; the service has had three managers in two years.",
        "Rated well by returnees in the last partners' meeting; the team answers referrals quickly.",
    ];

    /// <summary>{email} and {phone} are the service's own.</summary>
    internal static readonly string[] Complaints =
    [
        "Suggestion box at the entrance; the management committee reads it every month.",
        "Call {phone} to make a complaint; calls are answered on weekdays.",
        "Write to {email}; every message is answered within ten working days.",
        "Ask to speak to the head of the centre; complaints are written in a register and followed up.",
        "Feedback meetings with users and community leaders every quarter.",
        "Complaints can be made anonymously through the reintegration partners' shared hotline.",
    ];

    internal static readonly string[] MainstreamFunding =
    [
        "National budget", "Municipal budget", "National budget and user fees", "Health development fund and user fees",
        "Municipal budget with support from development partners",
    ];

    internal static readonly Dictionary<string, string[]> ReturneeFunding = new()
    {
        ["GN"] = ["EU-funded reintegration programme", "Fondation Sahel Horizons", "FAIC youth employment programme", "IOM reintegration assistance"],
        ["SN"] = ["EU-funded reintegration programme", "Fondation Sahel Horizons", "FAIC youth employment programme", "State programme for Senegalese abroad"],
        ["GM"] = ["EU-funded reintegration programme", "FAIC youth employment programme", "Fondation Sahel Horizons"],
        ["CI"] = ["EU-funded reintegration programme", "Own funds and private donations", "Horizons Sans Frontières core funding"],
        ["GE"] = ["IOM Development Fund", "Swiss development cooperation", "EU-funded readmission and reintegration programme"],
        ["NP"] = ["IFAD-funded rural enterprise programme", "Foreign Employment Welfare Fund", "Swiss development cooperation"],
    };

    internal static readonly string[] InterpreterNotes =
        ["Interpreter on request", "Interpreter on request, two days' notice", "Interpreter by phone on request"];

    internal static readonly string[] ClosedAlerts =
    [
        "Closed while the building is repaired; the service should reopen in the coming months.",
        "Temporarily closed: the only staff member is on leave. Call before coming.",
        "Suspended until new funding arrives.",
    ];

    /// <summary>Why a kind of service is missing, by top-level category code; {area} and {hub} are filled in.</summary>
    internal static readonly Dictionary<string, string> GapReasons = new()
    {
        ["psychosocial-support"] = "Nobody offers psychosocial support in {area}. Caseworkers send returnees with trauma to {hub}, and most do not go.",
        ["health-care"] = "No health facility in {area} is listed as open to returnees; caseworkers send people to {hub}.",
        ["vocational-training"] = "No vocational course runs in {area}. Young returnees ask for training in trades, but the nearest centre is in {hub}.",
        ["employment-services"] = "No employment service covers {area}; vacancies are shared by word of mouth only.",
        ["financial-services"] = "No microfinance institution or savings group serves {area}, so returnees with a business plan cannot get credit.",
        ["legal-documentation"] = "Nobody helps with lost identity papers or late birth registration in {area}; people have to go to {hub}.",
        ["child-protection"] = "No child protection service covers {area}. Separated children who come back are looked after informally by neighbours.",
        ["business-support"] = "Returnees in {area} cannot find business training or coaching; partners' programmes stop at {hub}.",
        ["reception-counselling"] = "No information or counselling desk exists in {area}; returnees learn about services only by chance.",
        ["education"] = "No catch-up classes or literacy courses in {area} for young people who left school to migrate.",
        ["agricultural-support"] = "No agricultural extension reaches {area} although many returnees want to farm.",
        ["social-protection"] = "Vulnerable returnee households in {area} are not assessed for the safety-net programme.",
        ["gbv-response"] = "No service for survivors of gender-based violence in {area}; cases are referred to {hub}.",
        ["community-mediation"] = "No mediation or community dialogue in {area}, where tensions with returnees were reported.",
    };

    internal static readonly string[] ClosingNotes =
    [
        "A new service opened in the area after the gap was discussed at the coordination meeting.",
        "A partner extended its outreach to the area; the service was verified on site.",
        "The commune and a partner agreed to open a service here; it is now listed in the directory.",
    ];
}
