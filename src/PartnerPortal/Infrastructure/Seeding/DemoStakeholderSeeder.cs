using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using static PartnerPortal.Domain.DimensionSet;
using static PartnerPortal.Domain.LevelSet;
using static PartnerPortal.Domain.MigrationRoles;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Stakeholder data of the demo network: each organisation's dimensions, levels, migration role, sectors,
/// areas of operation, identifiers and focal points (derived from its type and where it delivers services);
/// coordinators' assessments (most organisations of Guinea and Senegal, some elsewhere); coordination bodies.
/// Runs after <see cref="DemoServicesSeeder"/> inside the demo seeder's transaction and saves once.
/// </summary>
internal sealed class DemoStakeholderSeeder(PortalDbContext db, TimeProvider clock, Random rng)
{
    private sealed record TypeProfile(DimensionSet Dimensions, LevelSet Levels, MigrationRoles Roles, string Sectors, string? Scheme);

    /// <summary>By organisation type code. Sectors: the first always applies. Scheme: the identifier it usually has.</summary>
    private static readonly Dictionary<string, TypeProfile> ByType = new()
    {
        [OrganisationTypeCodes.LocalGovernment] = new(Economic | Social, Community | Structural, Origin, "health-social-services construction waste-management agriculture", "Local authority code"),
        [OrganisationTypeCodes.NationalGovernment] = new(Economic | Social, Structural | Community, Origin, "health-social-services education-training", "Public entity code"),
        ["un-agency"] = new(Economic | Social | Psychosocial, Individual | Community | Structural, Origin | Transit | Destination, "health-social-services agriculture education-training", "IATI"),
        [OrganisationTypeCodes.OtherInternational] = new(Economic | Social | Psychosocial, Structural, Origin | Transit | Destination, "education-training", "IATI"),
        ["development-cooperation-agency"] = new(Economic | Social, Community | Structural, Origin | Destination, "education-training agriculture renewable-energy construction", "IATI"),
        ["donor"] = new(Economic | Social, Community, Origin | Transit, "agriculture forestry financial-services", "IATI"),
        ["international-ngo"] = new(Economic | Social | Psychosocial, Individual | Community, Origin | Transit, "construction waste-management agriculture", "NGO registration"),
        ["national-ngo"] = new(Social | Psychosocial | Economic, Individual | Community, Origin, "health-social-services education-training retail-trade", "NGO registration"),
        ["returnee-diaspora-association"] = new(Psychosocial | Social | Economic, Individual | Community, Origin, "livestock agro-processing retail-trade", "Association registration"),
        ["cooperative-community-group"] = new(Economic, Community, Origin, "agriculture forestry livestock", "Cooperative registration"),
        ["private-sector"] = new(Economic, Individual | Community, Origin, "agro-processing agriculture", "Tax ID"),
        ["financial-service-provider"] = new(Economic, Individual | Community, Origin, "financial-services", "Microfinance licence"),
        ["academic-training-institution"] = new(Economic | Social, Individual, Origin, "education-training construction renewable-energy mechanics-repair ict", "Accreditation"),
        ["faith-based-organisation"] = new(Social | Psychosocial, Individual | Community, Origin, "health-social-services education-training", "Association registration"),
        ["trade-union"] = new(Economic, Individual | Structural, Origin, "handicrafts retail-trade mechanics-repair tailoring-textiles", "Chamber registration"),
        ["media"] = new(Social, Community, Origin, "ict", "Broadcasting licence"),
    };

    /// <summary>Sectors of organisations whose type alone says too little.</summary>
    private static readonly Dictionary<string, string> SectorsOf = new()
    {
        ["Daloa City Council"] = "waste-management health-social-services", ["Horizons Sans Frontières"] = "waste-management construction",
        ["Coopérative des Jeunes Agroécologistes de Kolda"] = "forestry agriculture", ["Institut des Métiers de Labé"] = "renewable-energy mechanics-repair tailoring-textiles",
        ["Imereti Agro"] = "agro-processing agriculture", ["Janjanbureh Women's Gardening Group"] = "agriculture",
        ["Kombo Returnees' Association"] = "agro-processing retail-trade transport", ["Retour et Avenir Kindia"] = "livestock",
        ["Caucasus Reintegration Alliance"] = "livestock beekeeping hairdressing-beauty", ["Returnee Migrant Workers' Network Nepal"] = "agriculture construction",
        ["Sahel Agro-Industries"] = "agro-processing", ["Lumbini Technical Training Institute"] = "construction tourism-hospitality agriculture",
    };

    /// <summary>Real IATI organisation identifiers of the UN agencies; others get an invented XI-IATI one.</summary>
    private static readonly Dictionary<string, string> Iati = new() { ["IOM Guinea"] = "XM-DAC-47066", ["FAO Senegal"] = "XM-DAC-41301" };

    /// <summary>Where organisations without services work.</summary>
    private static readonly Dictionary<string, string> AreasOf = new()
    {
        [DemoDataSeeder.SecretariatName] = "SN|Dakar;GN|Conakry;GM|Kanifing",
        ["Fondation Sahel Horizons"] = "SN|Tambacounda;SN|Kolda;GM|Central River Region;GN|Kindia",
        ["Federal Agency for International Cooperation – West Africa"] = "GM|West Coast Region;GM|Kanifing;SN|Tambacounda;GN|Labé",
    };

    private static readonly Dictionary<string, string[]> Spoken = new()
    {
        ["GN"] = ["French", "Pular", "Susu", "Malinké", "English"], ["SN"] = ["French", "Wolof", "Pulaar", "Mandinka"],
        ["GM"] = ["English", "Mandinka", "Wolof", "Fula"], ["CI"] = ["French", "Dioula", "Baoulé", "English"],
        ["GE"] = ["Georgian", "English", "Russian"], ["NP"] = ["Nepali", "English", "Maithili"],
    };

    private static readonly string[] Titles =
    [
        "Programme manager", "Head of partnerships", "Reintegration focal point", "Director", "Monitoring and evaluation officer",
        "Community liaison officer", "Deputy director", "Migration desk officer",
    ];

    private static readonly string[] Needs =
    [
        "Funding to keep trained staff after the current project ends.", "Training of caseworkers in psychological first aid.",
        "Reliable figures on returnees arriving in its area.", "Transport for outreach to rural communes.",
        "A written referral agreement with the health services.", "Support to register as a legal entity and open a bank account.",
        "A credit line for returnee clients with approved business plans.", "Equipment for its training workshop.",
        "Help to monitor results beyond activity counts.",
    ];

    private static readonly string[] Notes =
    [
        "Active in the case-management committee; answers referrals within a week.",
        "Strong presence in rural communes but results are poorly documented.",
        "New partner, first contacted through the local council.", "Good relations with customary leaders; useful when selecting communities.",
        "Influential with ministries but slow to commit staff time.", "Has offered to host the monthly coordination meetings.",
        "Small team; depends on one committed person.", "Interested in a synergy agreement on referrals to vocational training.",
    ];

    private sealed record Body(string Name, CoordinationBodyKind Kind, string Country, string Lead, string Frequency, string Description, string[] Members);

    private static readonly Body[] Bodies =
    [
        new("National Reintegration Steering Committee", CoordinationBodyKind.SteeringCommittee, "GN", DemoDataSeeder.GuineaCoordinationBodyName, "Quarterly",
            "Sets national priorities for reintegration, reviews referral figures and makes sure reintegration appears in prefectural development plans.",
            [DemoDataSeeder.GuineaCoordinationBodyName, "IOM Guinea", DemoDataSeeder.PartnerNgoName, "Horizons Sans Frontières – Guinea mission",
             DemoDataSeeder.KindiaAuthorityName, "Labé Urban Commune", "Guichet National de l'Emploi", "Direction Nationale de l'Action Sociale"]),
        new("Kindia Case-Management Committee", CoordinationBodyKind.CaseManagementCommittee, "GN", DemoDataSeeder.KindiaAuthorityName, "Monthly",
            "Discusses individual cases that need several services, agrees who follows each person and checks that referrals were taken up.",
            [DemoDataSeeder.KindiaAuthorityName, DemoDataSeeder.PartnerNgoName, "IOM Guinea", "Retour et Avenir Kindia", "Crédit Rural Solidaire de Kindia",
             "Direction Nationale de la Santé Communautaire", "Direction Nationale de l'Action Sociale", "Centre de Formation Professionnelle de Kindia"]),
        new("Tambacounda Technical Working Group on Reintegration", CoordinationBodyKind.TechnicalWorkingGroup, "SN", "Tambacounda Departmental Council", "Every two months",
            "Brings together the department's services, NGOs and employers to match returnees with training and jobs in agri-food value chains.",
            ["Tambacounda Departmental Council", "Teranga Retour", "Sahel Agro-Industries", "Radio Teranga Tambacounda", "FAO Senegal",
             "Bureaux d'Accueil, d'Orientation et de Suivi", "Centre Régional de Formation Professionnelle de Tambacounda", "Mutuelle d'Épargne et de Crédit du Sénégal Oriental"]),
        new("Kanifing Referral Network", CoordinationBodyKind.CaseManagementCommittee, "GM", "Kanifing Municipal Council", "Monthly",
            "Keeps the municipal referral pathways working and follows up returnees referred between partners.",
            ["Kanifing Municipal Council", "Kombo Returnees' Association", "Brikama Area Council", "Department of Social Welfare",
             "Gambia Technical Training Institute", "Gambia Red Cross Society"]),
        new("Imereti Reintegration Steering Committee", CoordinationBodyKind.SteeringCommittee, "GE", "Kutaisi City Hall", "Twice a year",
            "Steers the municipal service hub and the selection of community projects that involve returnees.",
            ["Kutaisi City Hall", "Caucasus Reintegration Alliance", "Imereti Agro", "Social Service Agency", "State Employment Support Agency", "Imereti Vocational College"]),
        new("Lumbini Returnee Reintegration Working Group", CoordinationBodyKind.TechnicalWorkingGroup, "NP", "Butwal Sub-Metropolitan City", "Quarterly",
            "Coordinates skills certification, enterprise support and finance for migrant workers back from abroad.",
            ["Butwal Sub-Metropolitan City", "Returnee Migrant Workers' Network Nepal", "Lumbini Technical Training Institute", "Lumbini Rural Finance",
             "Foreign Employment Board – Migrant Resource Centres", "Council for Technical Education and Vocational Training"]),
    ];

    public int Assessments { get; private set; }
    public int CoordinationBodies => Bodies.Length;

    public async Task SeedAsync(Dictionary<string, AdministrativeArea> areas, Dictionary<string, Organisation> orgs, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var typeCodes = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.OrganisationType).ToDictionaryAsync(t => t.Id, t => t.Code, ct);
        var sectors = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.Sector).ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var users = await db.Users.AsNoTracking().Select(u => new { u.Email, u.FullName, u.OrganisationId }).ToListAsync(ct);
        var areaById = areas.Values.ToDictionary(a => a.Id);
        var reach = DemoProviders.All.ToDictionary(p => p.Organisation, p => p.Reach.Split(';'));
        var regionsServed = db.Locations.Local.Where(l => l.AdministrativeAreaId != null)
            .GroupBy(l => l.OrganisationId)
            .ToDictionary(g => g.Key, g => g.Select(l => int.Parse(areaById[l.AdministrativeAreaId!.Value].Path.Split('/')[1])).Distinct().ToList());
        string Assessor(string country) => users.Single(u => u.Email == (country == "GN" ? DemoDataSeeder.GuineaCoordinatorEmail : DemoDataSeeder.GlobalCoordinatorEmail)).FullName;
        var userOrgs = users.Select(u => u.OrganisationId).ToHashSet();

        var index = 0;
        var seen = new Dictionary<string, int>();
        foreach (var (name, org) in orgs)
        {
            var type = typeCodes[org.TypeId];
            var profile = ByType[type];
            // Most organisations have a full profile; a few small ones (never one with demo users) are left sparse.
            var sparse = !userOrgs.Contains(org.Id) && rng.NextDouble() < 0.1;
            org.Dimensions = profile.Dimensions | (rng.NextDouble() < 0.2 ? Psychosocial : DimensionSet.None);
            org.Levels = profile.Levels;
            org.MigrationRoles = profile.Roles | (org.CountryCode is "SN" or "GM" && rng.NextDouble() < 0.3 ? Transit : MigrationRoles.None);
            var codes = (SectorsOf.GetValueOrDefault(name) ?? profile.Sectors).Split(' ');
            foreach (var code in codes.Take(1).Concat(codes.Skip(1).Where(_ => rng.NextDouble() < 0.45)).Take(3))
                org.Sectors.Add(new OrganisationSector { TermId = sectors[code] });

            var areaIds = new HashSet<int>();
            if (org.JurisdictionAreaId is { } j) areaIds.Add(j);
            foreach (var key in (AreasOf.GetValueOrDefault(name)?.Split(';') ?? reach.GetValueOrDefault(name) ?? []).Where(k => k.Contains('|')))
                areaIds.Add(areas[key].Id);
            if (areaIds.Count == 0 && regionsServed.TryGetValue(org.Id, out var regions))
                areaIds.UnionWith(regions.Order().Take(4));
            foreach (var id in areaIds) org.AreasOfOperation.Add(new OrganisationArea { AdministrativeAreaId = id });

            if (!sparse)
            {
                AddIdentifiers(org, name, type, profile, areaById);
                AddFocalPoints(org);
            }

            // Three in four organisations of Guinea and Senegal are assessed, one in three elsewhere.
            var nth = seen[org.CountryCode] = seen.GetValueOrDefault(org.CountryCode) + 1;
            var assessed = org.Name != DemoDataSeeder.SecretariatName && (org.CountryCode is "GN" or "SN" ? nth % 4 != 3 : nth % 3 == 1);
            if (assessed) AddAssessment(org, type, index++, Assessor(org.CountryCode), now);
        }

        foreach (var body in Bodies) AddBody(body, orgs);
        await db.SaveChangesAsync(ct);
    }

    private void AddIdentifiers(Organisation org, string name, string type, TypeProfile profile, Dictionary<int, AdministrativeArea> areaById)
    {
        var cc = org.CountryCode;
        var year = org.CreatedAtUtc.Year - rng.Next(2, 15);
        var value = profile.Scheme switch
        {
            "IATI" => Iati.GetValueOrDefault(name) ?? $"XI-IATI-{org.Acronym?.ToUpperInvariant().Replace(" ", "")}",
            "Local authority code" => org.JurisdictionAreaId is { } j ? areaById[j].Code : null,
            "Tax ID" => cc == "SN" ? $"00{rng.Next(100000, 999999)} 2G3" : $"{rng.Next(100000000, 999999999)}",
            "NGO registration" or "Association registration" => cc switch
            {
                "GN" => $"AGR/ONG/{year}/{rng.Next(100, 9999):0000}",
                "SN" => $"ONG-{year}-{rng.Next(1, 999):000}",
                "GM" => $"NGOAA/{rng.Next(1, 400):000}/{year}",
                "CI" => $"{rng.Next(1, 999):000}/MATD/DGAT/{year}",
                "GE" => $"4{rng.Next(10000000, 99999999)}",
                _ => $"SWC-{rng.Next(10000, 60000)}",
            },
            "Public entity code" => $"{cc}-ADM-{rng.Next(10, 999):000}",
            "Microfinance licence" => $"IMF/{cc}/{year}/{rng.Next(1, 300):000}",
            "Accreditation" => $"TVET-{cc}-{rng.Next(100, 9999):0000}",
            "Cooperative registration" => $"COOP/{cc}/{year}/{rng.Next(1, 999):000}",
            "Broadcasting licence" => $"RC-{rng.Next(1, 400):000}/{year}",
            "Chamber registration" => $"CH-{cc}-{rng.Next(100, 9999):0000}",
            _ => null,
        };
        if (value is null) return;
        var scheme = profile.Scheme == "IATI" ? "IATI organisation identifier" : $"{profile.Scheme} ({cc})";
        org.Identifiers.Add(new OrganisationIdentifier { Scheme = scheme, Value = value });
        if (type == "international-ngo")
            org.Identifiers.Add(new OrganisationIdentifier { Scheme = "IATI organisation identifier", Value = $"XI-IATI-{org.Acronym?.Replace(" ", "")}" });
    }

    private void AddFocalPoints(Organisation org)
    {
        var people = DemoPlaces.Countries[org.CountryCode];
        var domain = org.Email?.Split('@')[1] ?? $"{Slugs.Of(org.Acronym ?? org.Name)}.example";
        var count = rng.NextDouble() < 0.4 ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            var (first, last) = (people.FirstNames[rng.Next(people.FirstNames.Length)], people.LastNames[rng.Next(people.LastNames.Length)]);
            var spoken = Spoken[org.CountryCode];
            org.FocalPoints.Add(new FocalPoint
            {
                Name = $"{first} {last}", Title = Titles[rng.Next(Titles.Length)], Email = $"{Slugs.Of(first)}.{Slugs.Of(last)}@{domain}",
                Phone = string.Concat(people.Cells[rng.Next(people.Cells.Length)].Select(c => c == '#' ? (char)('0' + rng.Next(10)) : c)),
                Languages = string.Join(", ", spoken.Take(1).Concat(spoken.Skip(1).Where(_ => rng.NextDouble() < 0.5))),
            });
        }
    }

    /// <summary>Influence follows the type where it is obvious; otherwise scores cycle through the influence × interest quadrants.</summary>
    private void AddAssessment(Organisation org, string type, int index, string assessor, DateTime now)
    {
        int Score(bool high) => rng.NextDouble() < 0.1 ? 3 : high ? rng.Next(4, 6) : rng.Next(1, 3);
        var influence = Score(type switch
        {
            "un-agency" or "donor" or "development-cooperation-agency" or OrganisationTypeCodes.NationalGovernment or OrganisationTypeCodes.LocalGovernment => true,
            "returnee-diaspora-association" or "cooperative-community-group" or "faith-based-organisation" or "media" => false,
            _ => index % 4 < 2,
        });
        var interest = Score(type is "returnee-diaspora-association" || index % 2 == 0);
        var capacity = Score(type is "un-agency" or "international-ngo" or "financial-service-provider" || rng.NextDouble() < 0.4);
        db.StakeholderAssessments.Add(new StakeholderAssessment
        {
            OrganisationId = org.Id, Capacity = capacity, Interest = interest, Influence = influence,
            PartnershipPotential = (capacity + interest) switch { >= 8 => PartnershipPotential.High, >= 5 => PartnershipPotential.Medium, _ => PartnershipPotential.Low },
            Needs = Needs[rng.Next(Needs.Length)],
            IsTrustedIntermediary = type is "returnee-diaspora-association" or "faith-based-organisation" or "media" || org.Name == DemoDataSeeder.PartnerNgoName,
            Notes = rng.NextDouble() < 0.7 ? Notes[rng.Next(Notes.Length)] : null,
            AssessedByName = assessor, AssessedAtUtc = now.AddDays(-rng.Next(3, 150)).Date.AddHours(10 + rng.Next(7)),
        });
        Assessments++;
    }

    private void AddBody(Body body, Dictionary<string, Organisation> orgs)
    {
        var members = body.Members.Select(m => orgs.TryGetValue(m, out var o) ? o : throw new InvalidOperationException($"Coordination body member '{m}' is not seeded.")).ToList();
        foreach (var m in members.Where(m => m.CountryCode != body.Country && m.CountriesOfOperation.All(c => c.CountryCode != body.Country)))
            throw new InvalidOperationException($"'{m.Name}' does not work in {body.Country}, so it cannot sit on '{body.Name}'.");
        db.CoordinationBodies.Add(new CoordinationBody
        {
            Name = body.Name, Kind = body.Kind, CountryCode = body.Country, LeadOrganisationId = orgs[body.Lead].Id,
            TermsOfReferenceUrl = $"https://rcs-network.example/coordination/{body.Country.ToLowerInvariant()}/{Slugs.Of(body.Name)}-tor.pdf",
            MeetingFrequency = body.Frequency, Description = body.Description,
            Members = members.Select(m => new CoordinationBodyMember { OrganisationId = m.Id }).ToList(),
        });
    }

}
