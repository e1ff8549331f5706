using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Creates the demonstration network used in Development: administrative areas for six countries,
/// about thirty organisations of every type (local authorities with their jurisdictions among them)
/// and one sign-in per role plus a few ordinary members, then the service directory, stakeholder data and
/// synergy agreements in every status with the signatories they need, and community-based initiatives with their
/// half-yearly progress. Runs only on an empty directory (no
/// organisation yet) and does everything inside one transaction, so a failure leaves nothing behind.
/// </summary>
/// <remarks>Expects <see cref="ReferenceDataLoader"/> to have run first (countries and organisation types).</remarks>
public sealed class DemoDataSeeder(PortalDbContext db, UserManager<ApplicationUser> users, TimeProvider clock,
    ILogger<DemoDataSeeder> log)
{
    /// <summary>Password of every demo account (the policy asks for at least 12 characters).</summary>
    public const string DemoPassword = "Demo-Password-2026!";

    public const string AdministratorEmail = "admin@demo.partnerportal.org";
    public const string GuineaCoordinatorEmail = "coordinator.gn@demo.partnerportal.org";
    public const string GlobalCoordinatorEmail = "coordinator.global@demo.partnerportal.org";
    public const string LocalAuthorityEmail = "localauthority@demo.partnerportal.org";
    public const string PartnerEmail = "partner@demo.partnerportal.org";
    public const string SignatoryEmail = "signatory@demo.partnerportal.org";

    public const string SecretariatName = "Reintegration Coordination Secretariat";
    public const string GuineaCoordinationBodyName = "National Reintegration Coordination Unit of Guinea";
    public const string KindiaAuthorityName = "Kindia Prefectural Council";
    public const string PartnerNgoName = "Guinée Solidarité Retour";

    /// <summary>One account per role, for the README, the sign-in page hint and the tests.</summary>
    public static IReadOnlyList<(string Email, string Role, string Organisation)> DemoAccounts { get; } =
    [
        (AdministratorEmail, "Administrator", SecretariatName),
        (GuineaCoordinatorEmail, "Coordinator (Guinea)", GuineaCoordinationBodyName),
        (GlobalCoordinatorEmail, "Coordinator (all countries)", SecretariatName),
        (LocalAuthorityEmail, "Local authority (Kindia prefecture)", KindiaAuthorityName),
        (PartnerEmail, "Partner member", PartnerNgoName),
        (SignatoryEmail, "Partner signatory and organisation manager", PartnerNgoName),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct))
        {
            // A demo database seeded before programmes or initiatives existed receives them once, all or nothing.
            await using var late = await db.Database.BeginTransactionAsync(ct);
            var added = await new DemoProgrammeSeeder(db, clock).SeedAsync(ct);
            var addedInitiatives = await new DemoInitiativeSeeder(db).SeedAsync(ct);
            await late.CommitAsync(ct);
            log.LogDebug("Organisations already exist; demo data not seeded ({Programmes} demo programmes, {Initiatives} demo initiatives added)",
                added, addedInitiatives);
            return;
        }

        var types = await db.TaxonomyTerms
            .Where(t => t.Taxonomy == Taxonomy.OrganisationType)
            .ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var countries = (await db.Countries.Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        if (types.Count == 0 || countries.Count == 0)
            throw new InvalidOperationException("Reference data must be loaded before the demo data.");

        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var areas = await SeedAreasAsync(ct);
        var orgs = await SeedOrganisationsAsync(types, countries, areas, now, ct);
        var userCount = await SeedUsersAsync(Users, orgs, now, ct);

        // Services, gaps and stakeholder data: generated from tables with one seeded generator, so reproducible.
        var random = new Random(2026);
        var directory = new DemoServicesSeeder(db, clock, random);
        var serviceCount = await directory.SeedAsync(areas, orgs, ct);
        var stakeholders = new DemoStakeholderSeeder(db, clock, random);
        await stakeholders.SeedAsync(areas, orgs, ct);
        var programmeCount = await new DemoProgrammeSeeder(db, clock).SeedAsync(ct);

        // Synergy agreements, driven through their lifecycle by the demo users and the partners' signatories. A party names
        // its programme only if one is already seeded, so demo programmes, when there are any, are seeded before this.
        userCount += await SeedUsersAsync(AgreementSignatories, orgs, now, ct);
        var agreements = new DemoAgreementSeeder(db);
        await agreements.SeedAsync(areas, orgs, ct);

        // Community-based initiatives with half-yearly progress; they link to the programmes and agreements above.
        var initiatives = new DemoInitiativeSeeder(db);
        var initiativeCount = await initiatives.SeedAsync(ct);

        await tx.CommitAsync(ct);
        log.LogInformation("Demo network seeded: {Areas} administrative areas, {Organisations} organisations, {Users} users, "
            + "{Services} services at {Locations} locations, {Gaps} open gaps, {Assessments} stakeholder assessments, {Bodies} coordination bodies, "
            + "{Programmes} programmes, {Agreements} synergy agreements, {Initiatives} initiatives with {Reports} progress reports",
            areas.Count, orgs.Count, userCount, serviceCount, directory.LocationCount, directory.OpenGaps, stakeholders.Assessments,
            stakeholders.CoordinationBodies, programmeCount, agreements.Agreements, initiativeCount, initiatives.Reports);
    }

    // ------------------------------------------------------------------ administrative areas

    private sealed record AreaSeed(string Name, AreaSeed[] Children);

    private static AreaSeed A(string name, params AreaSeed[] children) => new(name, children);

    /// <summary>
    /// Region → district → municipality for each demo country. Names are real places; the codes
    /// generated from the position ("GN05", "GN0501", "GN050101") imitate P-codes but are not official.
    /// </summary>
    private static readonly (string Country, AreaSeed[] Regions)[] AreaTree =
    [
        ("GN",
        [
            A("Boké", A("Boké"), A("Boffa")),
            A("Conakry", A("Conakry Special Zone", A("Kaloum"), A("Dixinn"), A("Matam"), A("Ratoma"), A("Matoto"))),
            A("Faranah", A("Faranah"), A("Kissidougou")),
            A("Kankan", A("Kankan", A("Kankan urban commune")), A("Siguiri"), A("Kouroussa")),
            A("Kindia",
                A("Kindia", A("Kindia urban commune"), A("Friguiagbé"), A("Mambia"), A("Souguéta")),
                A("Coyah", A("Coyah urban commune"), A("Manéah"), A("Wonkifong")),
                A("Dubréka", A("Dubréka urban commune"), A("Tanéné")),
                A("Forécariah"),
                A("Télimélé")),
            A("Labé",
                A("Labé", A("Labé urban commune"), A("Popodara"), A("Hafia")),
                A("Koubia"), A("Lélouma"), A("Mali"), A("Tougué")),
            A("Mamou", A("Mamou"), A("Dalaba"), A("Pita")),
            A("Nzérékoré", A("Nzérékoré"), A("Guéckédou")),
        ]),
        ("SN",
        [
            A("Dakar",
                A("Dakar", A("Médina"), A("Grand Yoff"), A("Parcelles Assainies")),
                A("Guédiawaye", A("Golf Sud"), A("Sam Notaire"), A("Wakhinane Nimzatt")),
                A("Pikine", A("Thiaroye-sur-Mer"), A("Yeumbeul Nord")),
                A("Rufisque")),
            A("Diourbel", A("Diourbel"), A("Bambey"), A("Mbacké")),
            A("Kaolack", A("Kaolack"), A("Nioro du Rip")),
            A("Kolda",
                A("Kolda", A("Kolda commune"), A("Dioulacolon"), A("Saré Bidji")),
                A("Vélingara", A("Vélingara commune")),
                A("Médina Yoro Foulah")),
            A("Matam", A("Matam"), A("Kanel")),
            A("Saint-Louis", A("Saint-Louis", A("Saint-Louis commune")), A("Dagana"), A("Podor")),
            A("Sédhiou", A("Sédhiou", A("Sédhiou commune")), A("Bounkiling"), A("Goudomp")),
            A("Tambacounda",
                A("Tambacounda", A("Tambacounda commune"), A("Koussanar"), A("Missirah")),
                A("Bakel", A("Bakel commune"), A("Diawara")),
                A("Goudiry"),
                A("Koumpentoum")),
            A("Thiès", A("Thiès"), A("Mbour")),
            A("Ziguinchor", A("Ziguinchor"), A("Bignona")),
        ]),
        ("GM",
        [
            A("Banjul"),
            A("Kanifing", A("Serekunda"), A("Bakau"), A("Latrikunda")),
            A("West Coast Region",
                A("Kombo North", A("Sukuta"), A("Brufut"), A("Busumbala")),
                A("Kombo Central", A("Brikama")),
                A("Kombo South", A("Gunjur"), A("Sanyang")),
                A("Foni Brefet")),
            A("Lower River Region", A("Jarra West", A("Soma"), A("Mansakonko"))),
            A("North Bank Region", A("Lower Niumi", A("Barra"), A("Essau")), A("Upper Baddibu", A("Farafenni"))),
            A("Central River Region", A("Janjanbureh", A("Janjanbureh town")), A("Fulladu West", A("Bansang"))),
            A("Upper River Region", A("Fulladu East", A("Basse Santa Su"))),
        ]),
        ("CI",
        [
            A("Abidjan", A("Abidjan", A("Abobo"), A("Adjamé"), A("Cocody"), A("Koumassi"), A("Treichville"), A("Yopougon"))),
            A("Haut-Sassandra", A("Daloa", A("Daloa commune"), A("Gadouan"), A("Gboguhé")), A("Issia"), A("Vavoua")),
            A("Gbêkê", A("Bouaké", A("Bouaké commune"), A("Djébonoua")), A("Béoumi"), A("Sakassou")),
            A("San-Pédro", A("San-Pédro"), A("Tabou")),
            A("Poro", A("Korhogo")),
            A("Tonkpi", A("Man")),
            A("Yamoussoukro"),
        ]),
        ("GE",
        [
            A("Tbilisi", A("Gldani"), A("Isani"), A("Nadzaladevi"), A("Saburtalo"), A("Samgori")),
            A("Imereti",
                A("Kutaisi"),
                A("Tskaltubo Municipality", A("Tskaltubo")),
                A("Zestafoni Municipality", A("Zestafoni")),
                A("Samtredia Municipality", A("Samtredia"))),
            A("Adjara", A("Batumi"), A("Kobuleti Municipality", A("Kobuleti")), A("Khelvachauri Municipality")),
            A("Kvemo Kartli", A("Rustavi"), A("Marneuli Municipality", A("Marneuli"))),
            A("Shida Kartli", A("Gori Municipality", A("Gori"))),
            A("Kakheti", A("Telavi Municipality", A("Telavi"))),
            A("Samegrelo-Zemo Svaneti", A("Zugdidi Municipality", A("Zugdidi"))),
        ]),
        ("NP",
        [
            A("Koshi Province",
                A("Morang", A("Biratnagar Metropolitan City")),
                A("Sunsari", A("Dharan Sub-Metropolitan City"), A("Itahari Sub-Metropolitan City")),
                A("Udayapur", A("Triyuga Municipality"))),
            A("Madhesh Province", A("Dhanusha", A("Janakpurdham Sub-Metropolitan City"))),
            A("Bagmati Province",
                A("Kathmandu", A("Kathmandu Metropolitan City"), A("Kirtipur Municipality"), A("Budhanilkantha Municipality")),
                A("Lalitpur", A("Lalitpur Metropolitan City")),
                A("Sindhupalchok", A("Chautara Sangachokgadhi Municipality"), A("Melamchi Municipality")),
                A("Makwanpur", A("Hetauda Sub-Metropolitan City"))),
            A("Gandaki Province", A("Kaski", A("Pokhara Metropolitan City")), A("Syangja")),
            A("Lumbini Province",
                A("Rupandehi", A("Butwal Sub-Metropolitan City"), A("Siddharthanagar Municipality"), A("Tilottama Municipality")),
                A("Dang", A("Ghorahi Sub-Metropolitan City"), A("Tulsipur Sub-Metropolitan City")),
                A("Kapilvastu")),
            A("Karnali Province", A("Surkhet", A("Birendranagar Municipality"))),
            A("Sudurpashchim Province", A("Kailali", A("Dhangadhi Sub-Metropolitan City"))),
        ]),
    ];

    /// <summary>
    /// Inserts the tree one level at a time: the ids of a level are known after its save, which sets
    /// their materialised paths; those path updates travel with the next level's inserts.
    /// Returns every area by its key "CC|Region|District|Municipality".
    /// </summary>
    private async Task<Dictionary<string, AdministrativeArea>> SeedAreasAsync(CancellationToken ct)
    {
        var byKey = new Dictionary<string, AdministrativeArea>(StringComparer.Ordinal);
        var level = new List<(string Key, AreaSeed Seed, AdministrativeArea Area, AdministrativeArea? Parent)>();

        foreach (var (country, regions) in AreaTree)
            for (var i = 0; i < regions.Length; i++)
                level.Add(Create($"{country}|{regions[i].Name}", regions[i], country, AreaLevel.Region, $"{country}{i + 1:D2}", null));

        for (var depth = AreaLevel.Region; level.Count > 0; depth++)
        {
            await db.SaveChangesAsync(ct);
            var next = new List<(string, AreaSeed, AdministrativeArea, AdministrativeArea?)>();
            foreach (var (key, seed, area, parent) in level)
            {
                area.Path = AdministrativeArea.ChildPath(parent?.Path ?? "/", area.Id);
                byKey.Add(key, area);
                if (depth == AreaLevel.Municipality && seed.Children.Length > 0)
                    throw new InvalidOperationException($"Area '{key}' is deeper than the municipality level.");
                for (var i = 0; i < seed.Children.Length; i++)
                {
                    var child = seed.Children[i];
                    next.Add(Create($"{key}|{child.Name}", child, area.CountryCode, depth + 1, $"{area.Code}{i + 1:D2}", area));
                }
            }
            level = next;
        }
        await db.SaveChangesAsync(ct); // the last level's paths
        return byKey;

        (string, AreaSeed, AdministrativeArea, AdministrativeArea?) Create(string key, AreaSeed seed, string country,
            AreaLevel areaLevel, string code, AdministrativeArea? parent)
        {
            var area = new AdministrativeArea
            {
                CountryCode = country, ParentId = parent?.Id, Name = seed.Name, Level = areaLevel, Code = code,
            };
            db.AdministrativeAreas.Add(area);
            return (key, seed, area, parent);
        }
    }

    // ------------------------------------------------------------------ organisations

    private async Task<Dictionary<string, Organisation>> SeedOrganisationsAsync(Dictionary<string, int> types,
        HashSet<string> countries, Dictionary<string, AdministrativeArea> areas, DateTime now, CancellationToken ct)
    {
        var orgs = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        var age = 0;

        Organisation Add(string name, string? acronym, string type, string country, string[] operatesIn, string description,
            string? email = null, string? website = null, string? phone = null, string? jurisdiction = null,
            Organisation? parent = null)
        {
            if (!types.TryGetValue(type, out var typeId))
                throw new InvalidOperationException($"Organisation type '{type}' is missing from the reference data.");
            foreach (var code in operatesIn.Append(country))
                if (!countries.Contains(code))
                    throw new InvalidOperationException($"Country '{code}' is missing from the reference data.");
            AdministrativeArea? area = null;
            if (jurisdiction is not null && !areas.TryGetValue(jurisdiction, out area))
                throw new InvalidOperationException($"Demo area '{jurisdiction}' does not exist.");

            // Spread creation dates over the past two years so lists and reports have some history.
            var created = now.AddDays(-(720 - 19 * age++)).Date.AddHours(9 + age % 8);
            var updated = created.AddDays(30 + age * 7 % 90);
            var org = new Organisation
            {
                Name = name, Acronym = acronym, TypeId = typeId, CountryCode = country,
                Description = description, Email = email, Website = website, Phone = phone,
                JurisdictionAreaId = area?.Id, Parent = parent,
                CountriesOfOperation = operatesIn.Prepend(country).Distinct()
                    .Select(c => new OrganisationCountry { CountryCode = c }).ToList(),
                CreatedAtUtc = created,
                UpdatedAtUtc = updated < now ? updated : now,
            };
            db.Organisations.Add(org);
            orgs.Add(name, org);
            return org;
        }

        string[] network = ["GM", "GN", "SN", "CI", "GE", "NP"];

        // --- Network coordination
        Add(SecretariatName, "RCS", OrganisationTypeCodes.OtherInternational, "SN", network,
            "Small secretariat based in Dakar that serves the whole network. It convenes the country coordination "
            + "bodies, looks after the shared reference data, helps partners turn overlapping programmes into signed "
            + "synergy agreements and compiles the half-yearly network report.",
            "secretariat@rcs-network.example", "https://rcs-network.example", "+221 33 800 10 10");

        // --- Guinea
        Add(GuineaCoordinationBodyName, "UNCR", OrganisationTypeCodes.NationalGovernment, "GN", [],
            "Government unit attached to the ministry in charge of Guineans abroad. It chairs the national technical "
            + "working group on reintegration, follows referrals of returnees between partners and makes sure that "
            + "reintegration work is reflected in prefectural and communal development plans.",
            "uncr@gouv-gn.example", null, "+224 622 10 20 30");
        Add(KindiaAuthorityName, "CP Kindia", OrganisationTypeCodes.LocalGovernment, "GN", [],
            "Elected council of Kindia prefecture. It consolidates the communes' annual investment plans into the "
            + "prefectural local development plan and keeps the list of services open to returnees in the prefecture "
            + "accurate, from health centres to vocational training.",
            "conseil@prefecture-kindia.example", null, "+224 620 45 11 02", jurisdiction: "GN|Kindia|Kindia");
        Add("Labé Urban Commune", "CU Labé", OrganisationTypeCodes.LocalGovernment, "GN", [],
            "Municipal council of Labé. Its youth and employment desk receives returnees, and the commune co-finances "
            + "small public works built by mixed teams of returnees and local young people.",
            "mairie@labe-commune.example", null, "+224 621 33 70 14", jurisdiction: "GN|Labé|Labé|Labé urban commune");
        Add(PartnerNgoName, "GSR", "national-ngo", "GN", [],
            "Guinean NGO set up in 2017 by social workers and former migrants. It welcomes returnees in Conakry, Kindia "
            + "and Labé, offers psychosocial counselling and coaching on business plans, and refers people to training "
            + "centres and microfinance partners it has agreements with.",
            "contact@guinee-solidarite-retour.example", "https://guinee-solidarite-retour.example", "+224 628 55 40 12");
        Add("IOM Guinea", "IOM", "un-agency", "GN", [],
            "Country office of the UN migration agency. It organises assistance on arrival and individual reintegration "
            + "support, and refers returnees to national partners for training, jobs and community projects.",
            "iomconakry@iom-gn.example", null, "+224 624 00 11 22");
        Add("Crédit Rural Solidaire de Kindia", "CRS Kindia", "financial-service-provider", "GN", [],
            "Community microfinance institution offering savings accounts, small group loans and financial-literacy "
            + "sessions. A dedicated credit line serves micro-enterprises started by returnees and young people in "
            + "Kindia and Coyah.",
            "agence@crs-kindia.example", null, "+224 622 78 90 01");
        Add("Institut des Métiers de Labé", "IML", "academic-training-institution", "GN", [],
            "Vocational training institute running six-month courses in solar installation, motorbike mechanics, "
            + "tailoring and food processing. A share of each intake is kept for returnees referred by partners.",
            "inscriptions@iml-labe.example", "https://iml-labe.example", "+224 625 12 34 56");
        Add("Retour et Avenir Kindia", "RAK", "returnee-diaspora-association", "GN", [],
            "Association of people who came back from Libya, Algeria and Morocco. Members welcome newcomers, meet in "
            + "monthly peer-support circles and run a collective poultry farm on land lent by the commune.",
            "retouravenir.kindia@mail.example", null, "+224 666 21 43 65");

        // --- Côte d'Ivoire (and the international NGO's Guinea mission)
        var hsf = Add("Horizons Sans Frontières", "HSF", "international-ngo", "CI", ["GN", "SN"],
            "International NGO working on protection and livelihoods in West Africa. In Côte d'Ivoire it backs returnee "
            + "groups that run paid household waste collection and helps the communes organise the service.",
            "info@horizons-sf.example", "https://horizons-sf.example", "+225 27 22 41 00 00");
        Add("Horizons Sans Frontières – Guinea mission", "HSF-GN", "international-ngo", "GN", [],
            "Guinea mission of Horizons Sans Frontières, based in Kindia. It runs community cash-for-work schemes and "
            + "rehabilitates water points with teams that mix returnees and residents.",
            "guinee@horizons-sf.example", null, "+224 629 80 80 10", parent: hsf);
        Add("Daloa City Council", "Mairie de Daloa", OrganisationTypeCodes.LocalGovernment, "CI", [],
            "Municipal council of Daloa, Haut-Sassandra region. The city contracts groups led by returnees for household "
            + "waste collection, a service that several thousand households pay for every month.",
            "mairie@daloa-ville.example", null, "+225 27 32 78 00 00", jurisdiction: "CI|Haut-Sassandra|Daloa|Daloa commune");
        Add("Espoir Retour Côte d'Ivoire", "ERCI", "national-ngo", "CI", [],
            "Ivorian NGO offering reception, counselling and support to collective businesses of returnees in Abidjan, "
            + "Daloa and Bouaké.",
            "contact@espoir-retour.example", "https://espoir-retour.example", "+225 07 07 12 34 56");
        Add("Bouaké Interfaith Solidarity Network", "RISB", "faith-based-organisation", "CI", [],
            "Network of mosques and churches in Bouaké. It runs listening centres, mediates family tensions after a "
            + "return and supports school repairs carried out by returnees and local youth.",
            "solidarite@risb-bouake.example", null, "+225 05 05 44 33 22");

        // --- Senegal
        Add("Tambacounda Departmental Council", "CD Tambacounda", OrganisationTypeCodes.LocalGovernment, "SN", [],
            "Elected council of Tambacounda department in eastern Senegal, an area many young people leave and return "
            + "to. It hosts the departmental office that receives and guides Senegalese back from abroad and "
            + "coordinates the local service directory.",
            "conseil@cd-tambacounda.example", null, "+221 33 981 10 10", jurisdiction: "SN|Tambacounda|Tambacounda");
        Add("Kolda Municipal Council", "Mairie de Kolda", OrganisationTypeCodes.LocalGovernment, "SN", [],
            "Council of the commune of Kolda. It allocates municipal land to collective farming projects and chairs the "
            + "communal reintegration committee.",
            "mairie@kolda-commune.example", null, "+221 33 996 11 00", jurisdiction: "SN|Kolda|Kolda|Kolda commune");
        Add("Coopérative des Jeunes Agroécologistes de Kolda", "CJAK", "cooperative-community-group", "SN", [],
            "Cooperative of returnees and young farmers practising agroforestry and market gardening near Kolda. It sells "
            + "vegetables and tree seedlings and trains new members in forest-garden techniques.",
            "cjak.kolda@mail.example", null, "+221 77 640 21 09");
        Add("Teranga Retour", "TR", "national-ngo", "SN", [],
            "Senegalese NGO active in Dakar, Tambacounda and Sédhiou. It offers psychosocial support and family "
            + "mediation, and accompanies returnees with medical needs to health services.",
            "contact@teranga-retour.example", "https://teranga-retour.example", "+221 33 865 22 40");
        Add("FAO Senegal", "FAO", "un-agency", "SN", [],
            "Country office of the UN Food and Agriculture Organization. It supports youth employment in agri-food "
            + "value chains and rural hubs where young agri-entrepreneurs, returnees among them, are trained.",
            "fao-sn@fao-sn.example", null, "+221 33 889 16 66");
        Add("Fondation Sahel Horizons", "FSH", "donor", "SN", ["GM", "GN"],
            "Private foundation that funds community-based reintegration projects, savings groups and climate "
            + "adaptation work in the Sahel, choosing projects together with local councils.",
            "grants@sahel-horizons.example", "https://sahel-horizons.example", "+221 33 820 55 55");
        Add("Sahel Agro-Industries", "SAI", "private-sector", "SN", [],
            "Agro-processing company in Tambacounda that buys cereals and groundnuts from local producers, takes "
            + "returnees as apprentices and hires trained staff for its processing unit.",
            "rh@sahel-agro.example", "https://sahel-agro.example", "+221 33 981 45 45");
        Add("Radio Teranga Tambacounda", "RTT", "media", "SN", [],
            "Community radio broadcasting in Pulaar, Soninke, Mandinka and Wolof. A weekly call-in programme lets "
            + "returnees and local officials talk about services and job openings.",
            "antenne@radio-teranga.example", null, "+221 33 981 77 77");

        // --- The Gambia
        Add("Federal Agency for International Cooperation – West Africa", "FAIC", "development-cooperation-agency", "GM", ["SN", "GN"],
            "Regional office of a bilateral development cooperation agency. It funds vocational training, youth "
            + "employment and cash-for-work programmes in the Gambia, Senegal and Guinea.",
            "westafrica@faic.example", "https://faic.example", "+220 449 00 00");
        Add("Kanifing Municipal Council", "KMC", OrganisationTypeCodes.LocalGovernment, "GM", [],
            "Municipal authority for the most densely populated part of the Gambia, including Serekunda and Bakau. It "
            + "keeps the municipal service directory and works with partners on youth jobs and market infrastructure.",
            "info@kmc-gambia.example", null, "+220 437 50 50", jurisdiction: "GM|Kanifing");
        Add("Brikama Area Council", "BAC", OrganisationTypeCodes.LocalGovernment, "GM", [],
            "Area council for the West Coast Region. It supports village development committees and community projects "
            + "that include returnees.",
            "info@brikama-ac.example", null, "+220 448 40 40", jurisdiction: "GM|West Coast Region");
        Add("Kombo Returnees' Association", "KRA", "returnee-diaspora-association", "GM", [],
            "Association formed after the large returns from Libya in 2017 and 2018. Members offer peer support, talk "
            + "about safe migration in schools and run a bakery whose delivery motorbike serves villages on both sides "
            + "of the border; part of the profit goes to the village development committee.",
            "kombo.returnees@mail.example", null, "+220 770 12 34");
        Add("Janjanbureh Women's Gardening Group", "JWGG", "cooperative-community-group", "GM", [],
            "Women's horticulture group that has opened its communal garden, watered by a solar-powered borehole, to "
            + "returnee women.",
            null, null, "+220 566 70 80");

        // --- Georgia
        Add("Kutaisi City Hall", "Kutaisi", OrganisationTypeCodes.LocalGovernment, "GE", [],
            "Executive of the self-governing city of Kutaisi. Its municipal service hub tells returnees about grants, "
            + "employment and social programmes and prints referral guides.",
            "info@kutaisi-cityhall.example", null, "+995 431 24 00 00", jurisdiction: "GE|Imereti|Kutaisi");
        Add("Caucasus Reintegration Alliance", "CRA", "national-ngo", "GE", [],
            "Georgian NGO offering counselling, in-kind business grants (livestock, beehives, tools, salon equipment) "
            + "and referral to state programmes for returnees in Imereti and Adjara.",
            "office@cra-georgia.example", "https://cra-georgia.example", "+995 32 220 11 22");
        Add("Imereti Agro", "Imereti Agro LLC", "private-sector", "GE", [],
            "Fruit and hazelnut processing company near Kutaisi with seasonal and permanent jobs; it trains returnees "
            + "as machine operators.",
            "jobs@imereti-agro.example", null, "+995 431 27 55 55");

        // --- Nepal
        Add("Butwal Sub-Metropolitan City", "Butwal SMC", OrganisationTypeCodes.LocalGovernment, "NP", [],
            "Local government of Butwal in Rupandehi district, Lumbini Province. Its employment service centre includes "
            + "a migration desk for workers coming back from the Gulf states and Malaysia.",
            "info@butwal-smc.example", null, "+977 71 540 000", jurisdiction: "NP|Lumbini Province|Rupandehi|Butwal Sub-Metropolitan City");
        Add("Returnee Migrant Workers' Network Nepal", "RMWN", "returnee-diaspora-association", "NP", [],
            "Network of former labour migrants back from Gulf countries and Malaysia. It advises returnees on skills "
            + "certification, safe re-migration and starting rural enterprises; about a third of its members want to "
            + "go into farming.",
            "contact@rmwn-nepal.example", null, "+977 1 4412 345");
        Add("Lumbini Technical Training Institute", "LTTI", "academic-training-institution", "NP", [],
            "Technical school offering short courses in electrical wiring, plumbing, commercial vegetable farming and "
            + "hospitality.",
            "admission@ltti.example", "https://ltti.example", "+977 71 545 678");
        Add("Lumbini Rural Finance", "LRF", "financial-service-provider", "NP", [],
            "Rural financial institution with savings products linked to remittances and small enterprise loans for "
            + "returnee households.",
            "loans@lumbini-rural-finance.example", null, "+977 71 550 123");

        await db.SaveChangesAsync(ct);
        return orgs;
    }

    // ------------------------------------------------------------------ users

    private sealed record UserSeed(string Email, string FullName, string Organisation, bool Manager = false,
        bool Signatory = false, bool Administrator = false, bool Coordinator = false, bool AllCountries = false,
        string[]? CoordinatedCountries = null);

    private static readonly UserSeed[] Users =
    [
        new(AdministratorEmail, "Aïssatou Ndiaye", SecretariatName, Manager: true, Administrator: true),
        new(GuineaCoordinatorEmail, "Mamadou Camara", GuineaCoordinationBodyName, Coordinator: true, CoordinatedCountries: ["GN"]),
        new(GlobalCoordinatorEmail, "Claire Mensah", SecretariatName, Coordinator: true, AllCountries: true),
        new(LocalAuthorityEmail, "Fatoumata Sylla", KindiaAuthorityName, Manager: true),
        new(PartnerEmail, "Ibrahima Bah", PartnerNgoName),
        new(SignatoryEmail, "Kadiatou Barry", PartnerNgoName, Manager: true, Signatory: true),
        // Ordinary members, so that member lists look lived in.
        new("alpha.soumah@demo.partnerportal.org", "Alpha Soumah", PartnerNgoName),
        new("moussa.keita@demo.partnerportal.org", "Moussa Keïta", SecretariatName),
        new("sekou.conde@demo.partnerportal.org", "Sékou Condé", "IOM Guinea", Manager: true, Signatory: true),
        new("aminata.toure@demo.partnerportal.org", "Aminata Touré", "Crédit Rural Solidaire de Kindia", Manager: true, Signatory: true),
        new("ousmane.sow@demo.partnerportal.org", "Ousmane Sow", "Tambacounda Departmental Council", Manager: true),
        new("awa.diop@demo.partnerportal.org", "Awa Diop", "Teranga Retour", Signatory: true),
        new("lamin.jallow@demo.partnerportal.org", "Lamin Jallow", "Kanifing Municipal Council", Manager: true),
        new("yao.kouassi@demo.partnerportal.org", "Yao Kouassi", "Daloa City Council"),
        new("marie.dubois@demo.partnerportal.org", "Marie Dubois", "Horizons Sans Frontières", Manager: true, Signatory: true),
        new("nino.beridze@demo.partnerportal.org", "Nino Beridze", "Kutaisi City Hall", Manager: true),
        new("sita.gurung@demo.partnerportal.org", "Sita Gurung", "Butwal Sub-Metropolitan City", Manager: true),
    ];

    /// <summary>
    /// Signatories of the other parties to the demo agreements, several of them in organisations that join with the
    /// service directory. They are created after the directory and stakeholder data: those are drawn from one seeded
    /// random sequence that depends on who has an account, and stay as they were.
    /// </summary>
    private static readonly UserSeed[] AgreementSignatories =
    [
        new("lamine.diallo@demo.partnerportal.org", "Mohamed Lamine Diallo", "Centre de Formation Professionnelle de Kindia", Manager: true, Signatory: true),
        new("mamadouba.bangoura@demo.partnerportal.org", "Mamadouba Bangoura", KindiaAuthorityName, Signatory: true),
        new("jeanpierre.loua@demo.partnerportal.org", "Jean-Pierre Loua", "Horizons Sans Frontières – Guinea mission", Manager: true, Signatory: true),
        new("fatou.sarr@demo.partnerportal.org", "Ndèye Fatou Sarr", "FAO Senegal", Manager: true, Signatory: true),
        new("cheikh.ba@demo.partnerportal.org", "Cheikh Tidiane Ba", "Mutuelle d'Épargne et de Crédit du Sénégal Oriental", Manager: true, Signatory: true),
        new("ebrima.ceesay@demo.partnerportal.org", "Ebrima Ceesay", "Gambia Technical Training Institute", Manager: true, Signatory: true),
        new("modou.njie@demo.partnerportal.org", "Modou Njie", "Kombo Returnees' Association", Manager: true, Signatory: true),
        new("adjoua.kone@demo.partnerportal.org", "Adjoua Koné", "Espoir Retour Côte d'Ivoire", Manager: true, Signatory: true),
        new("ramesh.adhikari@demo.partnerportal.org", "Ramesh Adhikari", "Foreign Employment Board – Migrant Resource Centres", Manager: true, Signatory: true),
        new("sunita.shrestha@demo.partnerportal.org", "Sunita Shrestha", "Agro Enterprise Centre", Manager: true, Signatory: true),
    ];

    private async Task<int> SeedUsersAsync(UserSeed[] seeds, Dictionary<string, Organisation> orgs, DateTime now, CancellationToken ct)
    {
        var index = 0;
        foreach (var seed in seeds)
        {
            ct.ThrowIfCancellationRequested();
            if (!orgs.TryGetValue(seed.Organisation, out var org))
                throw new InvalidOperationException($"Demo user {seed.Email}: organisation '{seed.Organisation}' is not seeded.");

            var user = new ApplicationUser
            {
                UserName = seed.Email,
                Email = seed.Email,
                EmailConfirmed = true,
                FullName = seed.FullName,
                OrganisationId = org.Id,
                IsOrganisationManager = seed.Manager,
                IsSignatory = seed.Signatory,
                IsAdministrator = seed.Administrator,
                IsCoordinator = seed.Coordinator,
                CoordinatesAllCountries = seed.AllCountries,
                CreatedAtUtc = Min(org.CreatedAtUtc.AddDays(3 + index++), now),
            };
            foreach (var country in seed.CoordinatedCountries ?? [])
                user.CoordinatedCountries.Add(new CoordinatorCountry { UserId = user.Id, CountryCode = country });

            var result = await users.CreateAsync(user, DemoPassword);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo user {seed.Email} could not be created: "
                    + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        return seeds.Length;

        static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
    }
}
