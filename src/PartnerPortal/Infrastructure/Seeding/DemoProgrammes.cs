using PartnerPortal.Domain;
using static PartnerPortal.Domain.ProgrammeKind;
using static PartnerPortal.Domain.ProgrammeStatus;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// The demo programmes: reintegration and development programmes of the demo network, several inspired by
/// the case studies of the EU-IOM knowledge paper (INTEGRA, Tekki Fii, YEP, Samriddhi, the Georgian pilot),
/// chosen so that the synergy finder pairs several of them in Kindia and in every other demo country.
/// </summary>
internal static class DemoProgrammes
{
    /// <param name="Where">Area keys separated by ';' ("GN|Kindia|Kindia"); a bare country code is the whole country.</param>
    /// <param name="Period">"start..end" as ISO dates.</param>
    /// <param name="Groups">Target-group, sector and support (top-level service category) codes, space-separated.</param>
    /// <param name="Budget">"amount CUR", or null when not public.</param>
    /// <param name="Implementers">Organisation names separated by ';', as are <paramref name="Donors"/>.</param>
    internal sealed record Seed(string Name, string? Acronym, ProgrammeKind Kind, string Owner, string Where, string Period, ProgrammeStatus Status,
        string Groups, string Sectors, string Support, string? Budget, string Sdg, string Implementers, string Donors, string Description);

    internal const string EuTrustFund = "EU Emergency Trust Fund for Africa";
    internal const string Itc = "International Trade Centre";
    internal const string IomGambia = "IOM The Gambia";
    internal const string Ifad = "International Fund for Agricultural Development";
    private const string Faic = "Federal Agency for International Cooperation – West Africa";
    private const string Fsh = "Fondation Sahel Horizons";

    internal static readonly Seed[] All =
    [
        // ---- Guinea: five programmes meet in Kindia prefecture
        new("EU-IOM Joint Initiative for Migrant Protection and Reintegration – Guinea", "JI Guinea", Reintegration, "IOM Guinea", "GN", "2017-04-01..2027-12-31", Implementation,
            "returning-migrants returnee-women returnees-medical-needs returnees-psychosocial-needs unaccompanied-returnee-children", "agriculture livestock retail-trade",
            "reception-counselling business-support psychosocial-support health-care", null, "10.7 8.3 3.8 16.9",
            DemoDataSeeder.PartnerNgoName + ";Horizons Sans Frontières – Guinea mission", EuTrustFund,
            "Assistance on arrival and an individual reintegration plan for Guineans who come home, most of them from Libya, Mali, Niger and Algeria. "
            + "Case workers help each person choose an individual, collective or community project and buy what it needs; people with medical or "
            + "psychosocial needs are referred to specialised care, and those who want training or a job to the development programmes of partners."),
        new("INTEGRA – Youth employment and entrepreneurship in Guinea", "INTEGRA", Development, Faic, "GN|Conakry;GN|Kindia;GN|Labé;GN|Mamou", "2019-04-01..2027-06-30", Implementation,
            "youth potential-migrants returning-migrants women", "agriculture agro-processing transport tailoring-textiles",
            "vocational-training business-support financial-services employment-services", "65000000 EUR", "8.5 8.6 4.4 8.3",
            Itc + ";Guichet National de l'Emploi;Centre de Formation Professionnelle de Kindia;Crédit Rural Solidaire de Kindia", EuTrustFund,
            "A EUR 65 million programme that aims to give more than 15,000 young Guineans a job or a viable business. It works in growth sectors "
            + "chosen with the regions (farming and food processing, urban logistics, garment making) and combines vocational courses, business "
            + "coaching, start-up finance and placement with employers. Returnees referred by reintegration partners are accepted."),
        new("Retour Digne – reintegration and psychosocial care in Kindia and Labé", "Retour Digne", Reintegration, DemoDataSeeder.PartnerNgoName,
            "GN|Kindia|Kindia;GN|Labé|Labé", "2024-01-01..2027-12-31", Implementation,
            "returning-migrants returnees-psychosocial-needs returnee-women", "livestock retail-trade agriculture",
            "reception-counselling psychosocial-support business-support", "850000 EUR", "10.7 3.4 8.3", "Retour et Avenir Kindia", Fsh,
            "A four-year programme for people who came back with nothing. Social workers follow each returnee for at least a year: counselling, "
            + "peer-support circles run with Retour et Avenir Kindia, coaching on a business plan and a small start-up kit for poultry, petty trade "
            + "or market gardening."),
        new("Kindia Prefectural Local Development Plan 2024–2028", "PDL Kindia", Development, DemoDataSeeder.KindiaAuthorityName, "GN|Kindia|Kindia", "2024-01-01..2028-12-31", Implementation,
            "community-members youth women", "agriculture construction waste-management health-social-services",
            "agricultural-support employment-services education", "4200000000 GNF", "11.6 6.1 2.3 8.5 16.7", "Chambre Régionale des Métiers de Kindia", Fsh,
            "The prefecture's five-year plan, built from the annual investment plans of its communes: feeder roads and market sheds, water points, "
            + "household waste collection in Kindia town and support to market gardeners. Works use local labour, and the council has asked partners "
            + "to include young returnees in the teams."),
        new("Water points and feeder roads: community cash-for-work in rural Kindia", null, DevelopmentOrientedReintegration, "Horizons Sans Frontières – Guinea mission",
            "GN|Kindia|Kindia|Friguiagbé;GN|Kindia|Kindia|Mambia;GN|Kindia|Kindia|Souguéta", "2025-03-01..2027-02-28", Implementation,
            "returning-migrants community-members youth", "construction", "employment-services community-mediation financial-services", "1200000 EUR", "6.1 8.5 16.7",
            DemoDataSeeder.KindiaAuthorityName + ";Retour et Avenir Kindia", Faic,
            "Mixed teams of returnees and young residents repair wells and feeder roads chosen by the communes of Friguiagbé, Mambia and Souguéta. "
            + "Workers are paid for each day on site, put part of their wages into village savings groups, and take part in community dialogues "
            + "that ease tensions between those who left and those who stayed."),
        new("Skills for Labé: certified courses in solar, mechanics and tailoring", null, Development, "Institut des Métiers de Labé", "GN|Labé;GN|Mamou", "2023-10-01..2027-09-30", Implementation,
            "youth returning-migrants women", "renewable-energy mechanics-repair tailoring-textiles", "vocational-training", "2900000000 GNF", "4.4 4.3 8.6",
            "Labé Urban Commune", Faic,
            "Six-month certified courses for 600 young people a year, each followed by a month in a workshop. One seat in five is kept for returnees "
            + "referred by partners; graduates who want to work for themselves are referred to business support programmes."),

        // ---- The Gambia
        new("EU-IOM Joint Initiative for Migrant Protection and Reintegration – The Gambia", "JI Gambia", Reintegration, IomGambia, "GM", "2017-04-01..2027-12-31", Implementation,
            "returning-migrants returnee-women victims-of-trafficking", "retail-trade transport agro-processing",
            "reception-counselling business-support psychosocial-support", null, "10.7 8.3 3.4",
            "Gambia Red Cross Society;Kombo Returnees' Association", EuTrustFund,
            "Reception and reintegration assistance for Gambians who come back, many of them after the departures from Libya in 2017 and 2018. "
            + "Each returnee agrees a plan with a case worker; many open a shop, a transport service or a food business. Those who need skills first "
            + "are referred to the youth employment programmes: 88 had been referred by January 2021."),
        new("Youth Empowerment Project", "YEP", Development, Itc, "GM", "2016-10-01..2021-12-31", Closed,
            "youth returning-migrants", "agro-processing tourism-hospitality ict", "vocational-training business-support", "11000000 EUR", "8.6 8.3",
            "Gambia Technical Training Institute;Gambia Chamber of Commerce and Industry", EuTrustFund,
            "An EUR 11 million project, started in October 2016, that trained young Gambians in trades and business, backed their micro-enterprises "
            + "and opened doors to jobs. It reported 1,869 jobs and 2,549 people supported before it closed; Tekki Fii took over its referral "
            + "arrangements with reintegration partners."),
        new("Tekki Fii – Make it in the Gambia", "Tekki Fii", Development, Itc,
            "GM|Kanifing;GM|West Coast Region;GM|North Bank Region;GM|Central River Region;GM|Upper River Region", "2018-05-01..2027-06-30", Implementation,
            "youth returning-migrants potential-migrants women", "agro-processing tourism-hospitality ict construction",
            "vocational-training business-support employment-services", "23000000 EUR", "8.6 8.3 4.4",
            Faic + ";Gambia Technical Training Institute;Gambia Chamber of Commerce and Industry", EuTrustFund,
            "An EUR 23 million programme, started in May 2018, that helps young people build a future at home through technical and vocational "
            + "training, support to start and grow a business, and job placement. One of its aims is a stronger referral of returnees from "
            + "reintegration assistance to its training and business services."),
        new("Kanifing Youth Jobs and Market Infrastructure Programme", null, Development, "Kanifing Municipal Council", "GM|Kanifing", "2025-01-01..2027-12-31", Implementation,
            "youth community-members returning-migrants", "construction retail-trade waste-management", "employment-services", "48000000 GMD", "11.6 8.5 11.3",
            "Kombo Returnees' Association", Faic,
            "The council rebuilds the market sheds of Serekunda and Bakau and organises paid waste collection around the markets. Building and "
            + "collection jobs go to young residents, with places reserved for returnees referred through the Kanifing Referral Network."),

        // ---- Senegal
        new("Migration and Youth Employment in Food Systems", null, Development, "FAO Senegal", "SN|Tambacounda;SN|Kolda", "2023-01-01..2027-12-31", Implementation,
            "youth returning-migrants potential-migrants", "agriculture agro-processing forestry", "agricultural-support vocational-training business-support",
            "4500000 USD", "2.3 8.6 2.4", "Agence Nationale pour la Promotion de l'Emploi des Jeunes;Coopérative des Jeunes Agroécologistes de Kolda", Faic,
            "Decent work for young people in farming and food in eastern and southern Senegal: agribusiness training in rural hubs, incubation of "
            + "young agri-entrepreneurs, matching grants for equipment and links with buyers. Returnees who want to farm are welcome and count as "
            + "the programme's own beneficiaries."),
        new("National return and reintegration support for Senegalese abroad", null, Reintegration, "Bureaux d'Accueil, d'Orientation et de Suivi", "SN",
            "2022-01-01..2028-12-31", Implementation, "returning-migrants diaspora returnee-women", "agriculture retail-trade",
            "reception-counselling business-support", "1800000000 XOF", "10.7 10.c 8.3", "Teranga Retour", "",
            "The state's reception and guidance offices in the regions welcome Senegalese who come back, help them shape a project, and link them "
            + "with finance and with the youth employment agency. The programme also tells the diaspora how to invest at home."),
        new("Santé et réinsertion – psychosocial and medical support to returnees", null, Reintegration, "Teranga Retour",
            "SN|Tambacounda|Tambacounda;SN|Sédhiou;SN|Dakar", "2025-06-01..2027-05-31", Implementation,
            "returning-migrants returnees-psychosocial-needs returnees-medical-needs", "health-social-services", "psychosocial-support health-care",
            "310000000 XOF", "3.4 3.8 10.7", "Ministère de la Santé et de l'Action sociale – Services régionaux", Fsh,
            "Counselling, family mediation and accompaniment to health services for returnees who come back ill, injured or in distress. When "
            + "people are ready, case workers refer them to training and farming programmes near their home."),

        // ---- Côte d'Ivoire
        new("Clean Daloa: community-based reintegration through waste collection", null, DevelopmentOrientedReintegration, "Horizons Sans Frontières",
            "CI|Haut-Sassandra|Daloa|Daloa commune;CI|Gbêkê|Bouaké|Bouaké commune", "2024-09-01..2027-08-31", Implementation,
            "returning-migrants community-members youth", "waste-management", "employment-services business-support community-mediation", "950000 EUR", "11.6 8.5 16.7",
            "Espoir Retour Côte d'Ivoire", EuTrustFund,
            "Groups of returnees run a paid household waste collection service; in Daloa more than 6,500 households pay a monthly fee for it. The "
            + "programme equips the groups, trains them to manage a collective business and brings the model to Bouaké."),
        new("Daloa Municipal Sanitation and Youth Jobs Plan 2024–2028", null, Development, "Daloa City Council", "CI|Haut-Sassandra|Daloa|Daloa commune",
            "2024-01-01..2028-12-31", Implementation, "community-members youth", "waste-management construction", "employment-services",
            "1250000000 XOF", "11.6 6.2 8.5", "Chambre des Métiers de Daloa", "",
            "The city's plan for drains, a transfer station and contracted waste collection in every district. Collection is contracted to local "
            + "groups, and building and maintaining the drains gives paid work to young people."),
        new("Youth Employment Programme of the Agence Emploi Jeunes", null, Development, "Agence Emploi Jeunes", "CI", "2025-01-01..2028-12-31", Implementation,
            "youth women returning-migrants", "retail-trade ict agriculture", "employment-services vocational-training business-support",
            "25000000000 XOF", "8.6 8.5 8.3", "Centre de Formation Professionnelle de Bouaké", "",
            "The national youth employment agency's programme: job matching, paid internships, short skills courses and start-up support across the "
            + "country. Returnees under 40 can register at any of its offices."),

        // ---- Georgia
        new("Sustainable Reintegration and Community Revitalization", "SRCR", DevelopmentOrientedReintegration, "Caucasus Reintegration Alliance",
            "GE|Imereti;GE|Kakheti", "2021-04-01..2027-03-31", Implementation, "returning-migrants community-members",
            "livestock beekeeping agriculture hairdressing-beauty", "reception-counselling business-support psychosocial-support", "1600000 USD", "10.7 11.a 8.3",
            "Kutaisi City Hall", "",
            "A pilot that moves from individual grants to whole communities in partner municipalities of Imereti and Kakheti. Municipal service hubs "
            + "inform returnees and print referral guides, communities choose collective projects in public consultations and the municipalities "
            + "co-fund them. In-kind business grants for livestock, beehives or salon equipment continue for those who need them."),
        new("Imereti Regional Employment and Skills Programme", null, Development, "State Employment Support Agency", "GE|Imereti", "2024-01-01..2027-12-31", Implementation,
            "youth returning-migrants women", "agro-processing agriculture tourism-hospitality construction", "employment-services vocational-training",
            "2400000 GEL", "8.5 4.4 8.6", "Imereti Vocational College;Imereti Agro", "",
            "Training vouchers, job fairs and on-the-job training with employers of the region, among them fruit and hazelnut processors and hotels. "
            + "Jobseekers back from abroad register like anyone else and can have the skills they learnt abroad assessed."),

        // ---- Nepal
        new("Rural Enterprises and Remittances (Samriddhi)", "Samriddhi", Development, "Agro Enterprise Centre",
            "NP|Koshi Province;NP|Madhesh Province;NP|Bagmati Province;NP|Lumbini Province", "2015-07-16..2022-07-15", Closed,
            "returning-migrants migrant-families youth", "agriculture agro-processing financial-services", "business-support financial-services vocational-training",
            null, "8.3 10.c 1.4", "Lumbini Rural Finance;Butwal Sub-Metropolitan City", Ifad,
            "Run through local governments from 2015 to 2022 with IFAD financing. It helped migrant households and returnees start micro and small "
            + "enterprises, taught financial literacy at migrant resource centres and linked entrepreneurs with rural financial institutions. Near "
            + "its end it signed a memorandum of understanding with IOM on grants, training, supply chains, finance and local reintegration policy."),
        new("Returnee Enterprise and Skills Recognition in Lumbini", null, Reintegration, "Returnee Migrant Workers' Network Nepal",
            "NP|Lumbini Province|Rupandehi;NP|Lumbini Province|Dang", "2024-07-16..2027-07-15", Implementation,
            "returning-migrants migrant-families", "agriculture construction", "reception-counselling vocational-training financial-services",
            "38000000 NPR", "8.8 10.7 4.4", "Foreign Employment Board – Migrant Resource Centres;Council for Technical Education and Vocational Training", "",
            "Helps workers back from the Gulf states and Malaysia have the skills they learnt abroad tested and certified, plan a farm or a small "
            + "business, and open savings accounts for the family's remittances."),
        new("Butwal Youth Employment and Enterprise Programme", null, Development, "Butwal Sub-Metropolitan City",
            "NP|Lumbini Province|Rupandehi|Butwal Sub-Metropolitan City", "2025-07-17..2028-07-15", Implementation,
            "youth returning-migrants women", "agriculture tourism-hospitality retail-trade", "employment-services business-support", "65000000 NPR", "8.5 8.6 8.3",
            "Lumbini Technical Training Institute;Lumbini Rural Finance", "",
            "The city's programme for first jobs and small businesses: an employment service centre with a migration desk, wage subsidies for "
            + "apprenticeships with local firms and start-up loans guaranteed by the city."),
    ];
}
