using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using YamlDotNet.Serialization;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Loads the shared reference data (countries, taxonomies, SDG goals and targets, GCM objectives) at
/// every start-up. Idempotent: rows are matched by their natural key, missing ones are inserted,
/// changed texts are updated, nothing is ever deleted. Each table is read once, so a start-up where
/// everything is already in place costs five small queries and no write.
/// </summary>
/// <remarks>
/// Taxonomy terms are administrator-managed: for an existing term only blank fields (French name,
/// description) are filled in; its name, parent and retired flag are left as the administrators
/// set them. Countries, SDG texts and GCM titles are official texts and are kept in step with the
/// tables below.
/// </remarks>
public sealed partial class ReferenceDataLoader(PortalDbContext db, ILogger<ReferenceDataLoader> log)
{
    public const int ExpectedSdgGoals = 17;
    public const int ExpectedSdgTargets = 169;
    public const int ExpectedGcmObjectives = 23;

    public async Task LoadAsync(CancellationToken ct = default)
    {
        // Parse the embedded resources before touching the database so a broken build fails fast.
        var sdg = ReadSdgResources();

        var report = new List<string>();
        await LoadCountriesAsync(report, ct);
        await LoadTaxonomiesAsync(report, ct);
        await LoadSdgAsync(sdg, report, ct);
        await LoadGcmAsync(report, ct);
        await LoadIndicatorLibraryAsync(report, ct);

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
            log.LogInformation("Reference data updated: {Changes}", string.Join("; ", report));
        }
        else
        {
            log.LogDebug("Reference data already up to date");
        }
    }

    // ------------------------------------------------------------------ countries

    private async Task LoadCountriesAsync(List<string> report, CancellationToken ct)
    {
        var existing = await db.Countries.ToDictionaryAsync(c => c.Code, StringComparer.OrdinalIgnoreCase, ct);
        int added = 0, updated = 0;
        foreach (var (code, name, nameFr) in Countries)
        {
            if (!existing.TryGetValue(code, out var row))
            {
                db.Countries.Add(new Country { Code = code, Name = name, NameFr = nameFr });
                added++;
            }
            else if (row.Name != name || row.NameFr != nameFr)
            {
                row.Name = name;
                row.NameFr = nameFr;
                updated++;
            }
        }
        Note(report, "countries", added, updated);
    }

    /// <summary>ISO 3166-1 alpha-2 code, English short name, French short name.</summary>
    internal static readonly (string Code, string Name, string NameFr)[] Countries =
    [
        // The network's countries of origin and return.
        ("GM", "Gambia", "Gambie"),
        ("GN", "Guinea", "Guinée"),
        ("SN", "Senegal", "Sénégal"),
        ("CI", "Côte d'Ivoire", "Côte d'Ivoire"),
        ("GE", "Georgia", "Géorgie"),
        ("NP", "Nepal", "Népal"),
        // Other countries of origin, transit and return.
        ("ML", "Mali", "Mali"),
        ("NE", "Niger", "Niger"),
        ("NG", "Nigeria", "Nigéria"),
        ("GH", "Ghana", "Ghana"),
        ("BF", "Burkina Faso", "Burkina Faso"),
        ("GW", "Guinea-Bissau", "Guinée-Bissau"),
        ("MR", "Mauritania", "Mauritanie"),
        ("SL", "Sierra Leone", "Sierra Leone"),
        ("LR", "Liberia", "Libéria"),
        ("CV", "Cabo Verde", "Cabo Verde"),
        ("BJ", "Benin", "Bénin"),
        ("TG", "Togo", "Togo"),
        ("CM", "Cameroon", "Cameroun"),
        ("TD", "Chad", "Tchad"),
        ("SD", "Sudan", "Soudan"),
        ("ET", "Ethiopia", "Éthiopie"),
        ("ER", "Eritrea", "Érythrée"),
        ("SO", "Somalia", "Somalie"),
        ("DJ", "Djibouti", "Djibouti"),
        ("KE", "Kenya", "Kenya"),
        ("EG", "Egypt", "Égypte"),
        ("MA", "Morocco", "Maroc"),
        ("DZ", "Algeria", "Algérie"),
        ("TN", "Tunisia", "Tunisie"),
        ("LY", "Libya", "Libye"),
        ("BD", "Bangladesh", "Bangladesh"),
        ("AF", "Afghanistan", "Afghanistan"),
        ("PK", "Pakistan", "Pakistan"),
        ("IQ", "Iraq", "Iraq"),
        ("IR", "Iran", "Iran"),
        ("LK", "Sri Lanka", "Sri Lanka"),
        ("AM", "Armenia", "Arménie"),
        ("AL", "Albania", "Albanie"),
        ("MD", "Moldova", "Moldavie"),
        ("UA", "Ukraine", "Ukraine"),
        ("CO", "Colombia", "Colombie"),
        // Common destination countries.
        ("DE", "Germany", "Allemagne"),
        ("FR", "France", "France"),
        ("IT", "Italy", "Italie"),
        ("ES", "Spain", "Espagne"),
        ("PT", "Portugal", "Portugal"),
        ("BE", "Belgium", "Belgique"),
        ("NL", "Netherlands", "Pays-Bas"),
        ("LU", "Luxembourg", "Luxembourg"),
        ("AT", "Austria", "Autriche"),
        ("CH", "Switzerland", "Suisse"),
        ("SE", "Sweden", "Suède"),
        ("NO", "Norway", "Norvège"),
        ("PL", "Poland", "Pologne"),
        ("GR", "Greece", "Grèce"),
        ("MT", "Malta", "Malte"),
        ("GB", "United Kingdom", "Royaume-Uni"),
        ("IE", "Ireland", "Irlande"),
        ("TR", "Türkiye", "Türkiye"),
        ("RU", "Russian Federation", "Fédération de Russie"),
        ("US", "United States", "États-Unis"),
        ("CA", "Canada", "Canada"),
        ("SA", "Saudi Arabia", "Arabie saoudite"),
        ("AE", "United Arab Emirates", "Émirats arabes unis"),
        ("QA", "Qatar", "Qatar"),
        ("KW", "Kuwait", "Koweït"),
        ("OM", "Oman", "Oman"),
        ("BH", "Bahrain", "Bahreïn"),
        ("LB", "Lebanon", "Liban"),
        ("JO", "Jordan", "Jordanie"),
        ("MY", "Malaysia", "Malaisie"),
        ("IN", "India", "Inde"),
    ];

    // ------------------------------------------------------------------ taxonomies

    private sealed record Term(string Code, string Name, string NameFr, string? Parent = null, string? Description = null);

    private async Task LoadTaxonomiesAsync(List<string> report, CancellationToken ct)
    {
        var all = await db.TaxonomyTerms.ToListAsync(ct);
        var existing = all.ToDictionary(t => (t.Taxonomy, t.Code));
        int added = 0, updated = 0;

        foreach (var (taxonomy, terms) in Taxonomies)
        {
            foreach (var term in terms)
            {
                if (existing.TryGetValue((taxonomy, term.Code), out var row))
                {
                    // Administrator-managed: only fill what is still blank.
                    var changed = false;
                    if (string.IsNullOrWhiteSpace(row.NameFr)) { row.NameFr = term.NameFr; changed = true; }
                    if (string.IsNullOrWhiteSpace(row.Description) && term.Description is not null)
                    {
                        row.Description = term.Description;
                        changed = true;
                    }
                    if (changed) updated++;
                    continue;
                }

                var fresh = new TaxonomyTerm
                {
                    Taxonomy = taxonomy,
                    Code = term.Code,
                    Name = term.Name,
                    NameFr = term.NameFr,
                    Description = term.Description,
                };
                if (term.Parent is not null)
                {
                    // Parents are listed before their children, so the parent is either a tracked
                    // stored row or was added a moment ago; the navigation lets EF order the inserts.
                    if (!existing.TryGetValue((taxonomy, term.Parent), out var parent))
                        throw new InvalidOperationException($"Taxonomy {taxonomy}: parent '{term.Parent}' of '{term.Code}' is not defined before it.");
                    fresh.Parent = parent;
                }
                db.TaxonomyTerms.Add(fresh);
                existing[(taxonomy, term.Code)] = fresh;
                added++;
            }
        }
        Note(report, "taxonomy terms", added, updated);
    }

    private static readonly (Taxonomy Taxonomy, Term[] Terms)[] Taxonomies =
    [
        (Taxonomy.OrganisationType,
        [
            new(OrganisationTypeCodes.NationalGovernment, "National government", "Administration nationale",
                Description: "Ministries, departments and national agencies, including their programmes and public services."),
            new(OrganisationTypeCodes.LocalGovernment, "Local government", "Collectivité territoriale",
                Description: "Municipal, district, prefectural or regional councils and city authorities; with a jurisdiction they act as the local authority for the service directory."),
            new("un-agency", "UN agency", "Agence des Nations Unies"),
            new(OrganisationTypeCodes.OtherInternational, "Other international organisation", "Autre organisation internationale",
                Description: "International bodies that are not UN agencies, including regional platforms and network secretariats."),
            new("development-cooperation-agency", "Development cooperation agency", "Agence de coopération au développement"),
            new("donor", "Donor", "Bailleur de fonds",
                Description: "Funders such as foundations, trust funds, development banks and host-country governments acting as donors."),
            new("international-ngo", "International NGO", "ONG internationale"),
            new("national-ngo", "National NGO", "ONG nationale"),
            new("returnee-diaspora-association", "Returnee or diaspora association", "Association de migrants de retour ou de la diaspora"),
            new("cooperative-community-group", "Cooperative or community group", "Coopérative ou groupement communautaire"),
            new("private-sector", "Private sector", "Secteur privé",
                Description: "Employers, investors, business support structures and private training providers."),
            new("financial-service-provider", "Financial service provider", "Prestataire de services financiers",
                Description: "Banks, microfinance institutions, savings and credit cooperatives, remittance operators."),
            new("academic-training-institution", "Academic or training institution", "Établissement universitaire ou de formation"),
            new("faith-based-organisation", "Faith-based organisation", "Organisation confessionnelle"),
            new("trade-union", "Trade union or employers' association", "Syndicat ou organisation patronale"),
            new("media", "Media", "Médias"),
        ]),
        (Taxonomy.ServiceCategory,
        [
            new("reception-counselling", "Reception, information and counselling", "Accueil, information et conseil"),
            new("arrival-assistance", "Arrival assistance and onward transport", "Assistance à l'arrivée et transport", "reception-counselling"),
            new("reintegration-counselling", "Reintegration counselling and case management", "Conseil en réintégration et gestion de cas", "reception-counselling"),
            new("information-referral", "Information and referral desk", "Guichet d'information et d'orientation", "reception-counselling"),
            new("psychosocial-support", "Psychosocial support and mental health", "Soutien psychosocial et santé mentale"),
            new("psychosocial-counselling", "Individual psychosocial counselling", "Conseil psychosocial individuel", "psychosocial-support"),
            new("peer-support-groups", "Peer support groups", "Groupes de soutien par les pairs", "psychosocial-support"),
            new("specialised-mental-health", "Specialised mental health care", "Soins spécialisés en santé mentale", "psychosocial-support"),
            new("health-care", "Health care", "Soins de santé"),
            new("primary-health-care", "Primary health care", "Soins de santé primaires", "health-care"),
            new("specialised-medical-care", "Specialised medical care and referral", "Soins médicaux spécialisés et orientation", "health-care"),
            new("health-insurance", "Health insurance enrolment", "Affiliation à l'assurance maladie", "health-care"),
            new("housing-shelter", "Housing and temporary shelter", "Logement et hébergement temporaire"),
            new("education", "Education", "Éducation"),
            new("school-enrolment", "School enrolment and catch-up classes", "Inscription scolaire et cours de rattrapage", "education"),
            new("literacy", "Literacy and numeracy", "Alphabétisation et calcul", "education"),
            new("vocational-training", "Vocational and skills training", "Formation professionnelle"),
            new("apprenticeship", "Apprenticeship and on-the-job training", "Apprentissage et formation en cours d'emploi", "vocational-training"),
            new("skills-recognition", "Recognition of prior learning and skills certification", "Validation des acquis et certification des compétences", "vocational-training"),
            new("employment-services", "Employment services", "Services de l'emploi"),
            new("job-placement", "Job placement and job matching", "Placement et mise en relation avec les employeurs", "employment-services"),
            new("cash-for-work", "Cash for work and public works", "Argent contre travail et travaux publics", "employment-services"),
            new("business-support", "Business start-up and development support", "Appui à la création et au développement d'entreprise"),
            new("business-training", "Entrepreneurship and business-plan training", "Formation à l'entrepreneuriat et au plan d'affaires", "business-support"),
            new("business-grants", "Business grants in cash or in kind", "Subventions d'entreprise en espèces ou en nature", "business-support"),
            new("business-mentoring", "Business coaching and mentoring", "Coaching et mentorat d'entreprise", "business-support"),
            new("financial-services", "Microfinance, savings and financial inclusion", "Microfinance, épargne et inclusion financière"),
            new("microcredit", "Microcredit and small loans", "Microcrédit et petits prêts", "financial-services"),
            new("savings-groups", "Savings and credit groups", "Groupes d'épargne et de crédit", "financial-services"),
            new("financial-literacy", "Financial literacy and budgeting", "Éducation financière et gestion du budget", "financial-services"),
            new("agricultural-support", "Agricultural extension, land and inputs", "Vulgarisation agricole, accès à la terre et intrants"),
            new("legal-documentation", "Legal aid and civil documentation", "Aide juridique et documents d'état civil"),
            new("civil-documentation", "Civil registration and identity documents", "État civil et pièces d'identité", "legal-documentation"),
            new("legal-counselling", "Legal counselling and representation", "Conseil juridique et représentation", "legal-documentation"),
            new("family-tracing", "Family tracing and reunification", "Recherche familiale et réunification"),
            new("child-protection", "Child protection", "Protection de l'enfance"),
            new("gbv-response", "Prevention of and response to gender-based violence", "Prévention et prise en charge des violences basées sur le genre"),
            new("counter-trafficking", "Assistance to victims of trafficking", "Assistance aux victimes de la traite"),
            new("social-protection", "Social protection and cash transfers", "Protection sociale et transferts monétaires"),
            new("community-mediation", "Community mediation and social cohesion", "Médiation communautaire et cohésion sociale"),
        ]),
        (Taxonomy.TargetGroup,
        [
            new("returning-migrants", "Returning migrants", "Migrants de retour"),
            new("returnee-women", "Returnee women", "Femmes migrantes de retour", "returning-migrants"),
            new("unaccompanied-returnee-children", "Unaccompanied and separated returnee children", "Enfants de retour non accompagnés ou séparés", "returning-migrants"),
            new("returnees-medical-needs", "Returnees with medical needs", "Migrants de retour ayant des besoins médicaux", "returning-migrants"),
            new("returnees-psychosocial-needs", "Returnees with psychosocial needs", "Migrants de retour ayant des besoins psychosociaux", "returning-migrants"),
            new("victims-of-trafficking", "Victims of trafficking", "Victimes de la traite"),
            new("community-members", "Members of communities of return", "Membres des communautés de retour"),
            new("youth", "Youth", "Jeunes"),
            new("women", "Women", "Femmes"),
            new("internally-displaced-persons", "Internally displaced persons", "Personnes déplacées internes"),
            new("returning-refugees", "Returning refugees", "Réfugiés de retour"),
            new("persons-with-disabilities", "Persons with disabilities", "Personnes handicapées"),
            new("older-persons", "Older persons", "Personnes âgées"),
            new("migrant-families", "Families of migrants", "Familles de migrants"),
            new("potential-migrants", "Potential migrants", "Migrants potentiels"),
            new("diaspora", "Diaspora members", "Membres de la diaspora"),
        ]),
        (Taxonomy.ThematicArea,
        [
            new("economic-opportunities", "Improved economic opportunities", "Amélioration des opportunités économiques"),
            new("access-to-services", "Improved access to services", "Amélioration de l'accès aux services"),
            new("social-cohesion", "Improved social cohesion", "Amélioration de la cohésion sociale"),
            new("environment-climate", "Improved resilience to environmental degradation and climate change",
                "Résilience accrue face à la dégradation de l'environnement et au changement climatique"),
            new("local-governance", "Local governance and institutional capacity", "Gouvernance locale et capacités institutionnelles"),
            new("gender-equality", "Gender equality and women's empowerment", "Égalité des genres et autonomisation des femmes"),
            new("protection", "Protection of returnees in vulnerable situations", "Protection des migrants de retour en situation de vulnérabilité"),
        ]),
        (Taxonomy.InitiativeType,
        [
            new("collective-income-generating-activity", "Collective income-generating activity", "Activité génératrice de revenus collective"),
            new("cooperative", "Cooperative", "Coopérative"),
            new("community-social-enterprise", "Community-based social enterprise", "Entreprise sociale communautaire"),
            new("community-infrastructure", "Community infrastructure", "Infrastructure communautaire"),
            new("local-economic-development", "Local economic development project", "Projet de développement économique local"),
            new("savings-credit-group", "Savings or credit group", "Groupement d'épargne ou de crédit"),
            new("social-cohesion-activity", "Social cohesion activity", "Activité de cohésion sociale"),
            new("environment-climate-adaptation", "Environmental or climate adaptation work", "Action environnementale ou d'adaptation au changement climatique"),
            new("community-cash-for-work", "Community cash-for-work scheme", "Chantier communautaire à haute intensité de main-d'œuvre"),
            new("returnee-network", "Returnee network or peer group", "Réseau ou groupe de pairs de migrants de retour"),
        ]),
        (Taxonomy.Sector,
        [
            new("agriculture", "Agriculture and market gardening", "Agriculture et maraîchage"),
            new("livestock", "Livestock and poultry", "Élevage et aviculture"),
            new("beekeeping", "Beekeeping", "Apiculture"),
            new("fisheries", "Fisheries and aquaculture", "Pêche et aquaculture"),
            new("agro-processing", "Agro-processing and food production", "Transformation agroalimentaire"),
            new("forestry", "Forestry and agroforestry", "Foresterie et agroforesterie"),
            new("tailoring-textiles", "Tailoring and textiles", "Couture et textile"),
            new("construction", "Construction and public works", "Bâtiment et travaux publics"),
            new("retail-trade", "Retail and trade", "Commerce de détail et négoce"),
            new("transport", "Transport and logistics", "Transport et logistique"),
            new("mechanics-repair", "Mechanics and repair", "Mécanique et réparation"),
            new("ict", "Information and communication technology", "Technologies de l'information et de la communication"),
            new("tourism-hospitality", "Tourism, hotels and catering", "Tourisme, hôtellerie et restauration"),
            new("handicrafts", "Handicrafts", "Artisanat"),
            new("hairdressing-beauty", "Hairdressing and beauty", "Coiffure et esthétique"),
            new("renewable-energy", "Renewable energy", "Énergies renouvelables"),
            new("waste-management", "Waste management and recycling", "Gestion des déchets et recyclage"),
            new("health-social-services", "Health and social services", "Santé et services sociaux"),
            new("education-training", "Education and training", "Éducation et formation"),
            new("financial-services", "Financial services", "Services financiers"),
        ]),
    ];

    // ------------------------------------------------------------------ SDG goals and targets

    private sealed record SdgGoalText(int Number, string ShortEn, string TitleEn, string? TitleFr, string? TitleAr);
    private sealed record SdgTargetText(string Code, int GoalNumber, int SortOrder, string TitleEn, string? TitleFr, string? TitleAr);
    private sealed record SdgTexts(IReadOnlyList<SdgGoalText> Goals, IReadOnlyList<SdgTargetText> Targets);

    private static readonly Regex GoalKey = new(@"^(\d{1,2})-(short|title)$", RegexOptions.CultureInvariant);
    private static readonly Regex TargetKey = new(@"^(\d{1,2})-(\d{1,2}|[a-z])-title$", RegexOptions.CultureInvariant);

    private async Task LoadSdgAsync(SdgTexts sdg, List<string> report, CancellationToken ct)
    {
        var goals = await db.SdgGoals.ToDictionaryAsync(g => g.Number, ct);
        int added = 0, updated = 0;
        foreach (var g in sdg.Goals)
        {
            if (!goals.TryGetValue(g.Number, out var row))
            {
                db.SdgGoals.Add(new SdgGoal { Number = g.Number, ShortEn = g.ShortEn, TitleEn = g.TitleEn, TitleFr = g.TitleFr, TitleAr = g.TitleAr });
                added++;
            }
            else if (row.ShortEn != g.ShortEn || row.TitleEn != g.TitleEn || row.TitleFr != g.TitleFr || row.TitleAr != g.TitleAr)
            {
                row.ShortEn = g.ShortEn;
                row.TitleEn = g.TitleEn;
                row.TitleFr = g.TitleFr;
                row.TitleAr = g.TitleAr;
                updated++;
            }
        }
        Note(report, "SDG goals", added, updated);

        var targets = await db.SdgTargets.ToDictionaryAsync(t => t.Code, ct);
        added = updated = 0;
        foreach (var t in sdg.Targets)
        {
            if (!targets.TryGetValue(t.Code, out var row))
            {
                db.SdgTargets.Add(new SdgTarget
                {
                    Code = t.Code, GoalNumber = t.GoalNumber, SortOrder = t.SortOrder,
                    TitleEn = t.TitleEn, TitleFr = t.TitleFr, TitleAr = t.TitleAr,
                });
                added++;
            }
            else if (row.GoalNumber != t.GoalNumber || row.SortOrder != t.SortOrder || row.TitleEn != t.TitleEn
                     || row.TitleFr != t.TitleFr || row.TitleAr != t.TitleAr)
            {
                row.GoalNumber = t.GoalNumber;
                row.SortOrder = t.SortOrder;
                row.TitleEn = t.TitleEn;
                row.TitleFr = t.TitleFr;
                row.TitleAr = t.TitleAr;
                updated++;
            }
        }
        Note(report, "SDG targets", added, updated);
    }

    /// <summary>Sort key so that 8.10 follows 8.9 and lettered (means of implementation) targets follow the numbered ones.</summary>
    public static int TargetSortOrder(int goal, string target) =>
        goal * 1000 + (int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : 100 + (char.ToLowerInvariant(target[0]) - 'a' + 1));

    private SdgTexts ReadSdgResources()
    {
        var goalsEn = ReadYaml("en.global_goals.yml", required: true)!;
        var goalsFr = ReadYaml("fr.global_goals.yml", required: false);
        var goalsAr = ReadYaml("ar.global_goals.yml", required: false);
        var targetsEn = ReadYaml("en.global_targets.yml", required: true)!;
        var targetsFr = ReadYaml("fr.global_targets.yml", required: false);
        var targetsAr = ReadYaml("ar.global_targets.yml", required: false);

        var goals = new List<SdgGoalText>();
        var numbers = goalsEn.Keys
            .Select(k => GoalKey.Match(k))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .Order();
        foreach (var number in numbers)
        {
            var shortEn = Text(goalsEn, $"{number}-short")
                ?? throw new InvalidOperationException($"SDG resources: goal {number} has no English short title.");
            var titleEn = Text(goalsEn, $"{number}-title")
                ?? throw new InvalidOperationException($"SDG resources: goal {number} has no English title.");
            goals.Add(new SdgGoalText(number, shortEn, titleEn, Text(goalsFr, $"{number}-title"), Text(goalsAr, $"{number}-title")));
        }

        var targets = new List<SdgTargetText>();
        foreach (var (key, value) in targetsEn)
        {
            var m = TargetKey.Match(key);
            if (!m.Success)
            {
                log.LogWarning("SDG resources: ignoring unexpected target key {Key}", key);
                continue;
            }
            var goal = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var target = m.Groups[2].Value;
            var titleEn = Clean(value) ?? throw new InvalidOperationException($"SDG resources: target {goal}.{target} has no English title.");
            targets.Add(new SdgTargetText($"{goal}.{target}", goal, TargetSortOrder(goal, target), titleEn,
                Text(targetsFr, key), Text(targetsAr, key)));
        }
        targets.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));

        if (goals.Count != ExpectedSdgGoals || goals.Select(g => g.Number).Except(Enumerable.Range(1, ExpectedSdgGoals)).Any())
            throw new InvalidOperationException($"SDG resources: expected goals 1–{ExpectedSdgGoals}, found {goals.Count}.");
        if (targets.Count != ExpectedSdgTargets)
            throw new InvalidOperationException($"SDG resources: expected {ExpectedSdgTargets} targets, found {targets.Count}.");
        if (targets.Any(t => t.GoalNumber is < 1 or > ExpectedSdgGoals))
            throw new InvalidOperationException("SDG resources: a target refers to a goal outside 1–17.");

        var missingFr = goals.Count(g => g.TitleFr is null) + targets.Count(t => t.TitleFr is null);
        var missingAr = goals.Count(g => g.TitleAr is null) + targets.Count(t => t.TitleAr is null);
        if (missingFr > 0 || missingAr > 0)
            log.LogWarning("SDG resources: {MissingFr} French and {MissingAr} Arabic texts are missing", missingFr, missingAr);

        return new SdgTexts(goals, targets);
    }

    /// <summary>
    /// Reads one embedded flat YAML map. Resource names are the file path with "/" turned into "."
    /// (folder names may be mangled), so the file is found by the end of its name.
    /// </summary>
    private static Dictionary<string, string>? ReadYaml(string suffix, bool required)
    {
        var assembly = typeof(ReferenceDataLoader).Assembly;
        var matches = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (matches.Count != 1)
        {
            if (!required && matches.Count == 0) return null;
            throw new InvalidOperationException(
                $"Embedded resource '*.{suffix}' expected exactly once, found {matches.Count}. "
                + "The project must embed ReferenceData/sdg/{en,fr,ar}/*.yml.");
        }

        using var stream = assembly.GetManifestResourceStream(matches[0])
            ?? throw new InvalidOperationException($"Embedded resource '{matches[0]}' could not be opened.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(reader);
        if (map is null || map.Count == 0)
            throw new InvalidOperationException($"Embedded resource '{matches[0]}' is empty.");
        return map;
    }

    private static string? Text(Dictionary<string, string>? map, string key) =>
        map is not null && map.TryGetValue(key, out var value) ? Clean(value) : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // ------------------------------------------------------------------ GCM objectives

    private async Task LoadGcmAsync(List<string> report, CancellationToken ct)
    {
        var existing = await db.GcmObjectives.ToDictionaryAsync(o => o.Number, ct);
        int added = 0, updated = 0;
        for (var i = 0; i < GcmObjectives.Length; i++)
        {
            var number = i + 1;
            var title = GcmObjectives[i];
            if (!existing.TryGetValue(number, out var row))
            {
                db.GcmObjectives.Add(new GcmObjective { Number = number, Title = title });
                added++;
            }
            else if (row.Title != title)
            {
                row.Title = title;
                updated++;
            }
        }
        Note(report, "GCM objectives", added, updated);
    }

    /// <summary>The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration, in order.</summary>
    internal static readonly string[] GcmObjectives =
    [
        "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
        "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
        "Provide accurate and timely information at all stages of migration",
        "Ensure that all migrants have proof of legal identity and adequate documentation",
        "Enhance availability and flexibility of pathways for regular migration",
        "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
        "Address and reduce vulnerabilities in migration",
        "Save lives and establish coordinated international efforts on missing migrants",
        "Strengthen the transnational response to smuggling of migrants",
        "Prevent, combat and eradicate trafficking in persons in the context of international migration",
        "Manage borders in an integrated, secure and coordinated manner",
        "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
        "Use migration detention only as a measure of last resort and work towards alternatives",
        "Enhance consular protection, assistance and cooperation throughout the migration cycle",
        "Provide access to basic services for migrants",
        "Empower migrants and societies to realize full inclusion and social cohesion",
        "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
        "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
        "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
        "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
        "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
        "Establish mechanisms for the portability of social security entitlements and earned benefits",
        "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
    ];

    // ------------------------------------------------------------------ helpers

    private static void Note(List<string> report, string what, int added, int updated)
    {
        if (added > 0 || updated > 0) report.Add($"{what}: {added} added, {updated} updated");
    }
}
