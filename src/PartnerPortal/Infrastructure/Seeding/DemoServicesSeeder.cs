using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using static PartnerPortal.Infrastructure.Seeding.DemoPlaces;
using static PartnerPortal.Infrastructure.Seeding.DemoServiceCatalogue;
using static PartnerPortal.Infrastructure.Seeding.DemoServiceTexts;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Generates the demo service directory from the tables in <see cref="DemoPlaces"/>, <see cref="DemoProviders"/>
/// and <see cref="DemoServiceCatalogue"/>: for every place, a weighted draw of kinds of service (so that some
/// kinds are missing somewhere: gaps), each delivered by a provider that works there, at that provider's office
/// in the place. All randomness comes from the seeded generator it is given, so the data set is reproducible.
/// Runs inside the demo seeder's transaction; saves once per country.
/// </summary>
internal sealed partial class DemoServicesSeeder(PortalDbContext db, TimeProvider clock, Random rng)
{
    private readonly Random _verificationRhythm = new(2604);
    private sealed record DemoUser(string Id, string Email, string FullName, int OrganisationId);

    private sealed record ProviderInfo(Organisation Org, HashSet<string> Roles, string[] Reach, string Office)
    {
        public bool Reaches(string key) => Reach.Any(r => key == r || key.StartsWith(r + "|", StringComparison.Ordinal));
    }

    private sealed record Placed(Service Service, List<Place> Places);

    private DateTime _now;
    private DateOnly _today;
    private Dictionary<string, AdministrativeArea> _areas = [];
    private List<DemoUser> _users = [];
    private List<(DemoUser User, string Path)> _localAuthorityUsers = [];
    private Dictionary<string, TaxonomyTerm> _terms = [];
    private List<ProviderInfo> _providers = [];
    private readonly Dictionary<(int, string), Location> _locations = [];
    private readonly List<Placed> _placed = [];

    public int LocationCount => _locations.Count;

    /// <summary>Adds the extra providers to <paramref name="orgs"/>, then the services and gaps. Returns the number of services.</summary>
    public async Task<int> SeedAsync(Dictionary<string, AdministrativeArea> areas, Dictionary<string, Organisation> orgs, CancellationToken ct)
    {
        _now = clock.GetUtcNow().UtcDateTime;
        _today = DateOnly.FromDateTime(_now);
        _areas = areas;
        AddExtraOrganisations(orgs);
        await db.SaveChangesAsync(ct);

        _terms = await db.TaxonomyTerms.Where(t => t.Taxonomy == Taxonomy.ServiceCategory || t.Taxonomy == Taxonomy.TargetGroup)
            .ToDictionaryAsync(t => $"{t.Taxonomy}:{t.Code}", ct);
        _users = await db.Users.OrderBy(u => u.Email).Select(u => new DemoUser(u.Id, u.Email!, u.FullName, u.OrganisationId)).ToListAsync(ct);
        _localAuthorityUsers = (from u in _users
                                join o in orgs.Values on u.OrganisationId equals o.Id
                                where o.JurisdictionAreaId != null
                                select (u, areas.Values.Single(a => a.Id == o.JurisdictionAreaId).Path)).ToList();
        _providers = DemoProviders.All.Select(p => new ProviderInfo(
            orgs.TryGetValue(p.Organisation, out var org) ? org : throw new InvalidOperationException($"Demo provider '{p.Organisation}' is not seeded."),
            p.Roles.Split(' ').ToHashSet(), p.Reach.Split(';'), p.Office ?? $"{org.Acronym ?? org.Name} office, {{city}}")).ToList();

        foreach (var country in Countries.Keys)
        {
            foreach (var place in DemoPlaces.All.Where(p => p.CountryCode == country)) SeedPlace(place);
            await db.SaveChangesAsync(ct);
        }
        SeedGaps();
        await db.SaveChangesAsync(ct);
        return _placed.Count;
    }

    private void AddExtraOrganisations(Dictionary<string, Organisation> orgs)
    {
        var typeIds = db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.OrganisationType).ToDictionary(t => t.Code, t => t.Id);
        var age = 0;
        foreach (var e in DemoProviders.Extra)
        {
            var created = _now.AddDays(-(700 - 17 * age++)).Date.AddHours(8 + age % 9);
            var org = new Organisation
            {
                Name = e.Name, Acronym = e.Acronym, TypeId = typeIds[e.Type], CountryCode = e.Country, Description = e.Description,
                Email = e.Email, Website = e.Website, Phone = e.Phone, CreatedAtUtc = created, UpdatedAtUtc = Min(created.AddDays(20 + age % 60), _now),
                CountriesOfOperation = [new OrganisationCountry { CountryCode = e.Country }],
            };
            db.Organisations.Add(org);
            orgs.Add(e.Name, org);
        }
    }

    // ------------------------------------------------------------------ services of one place

    private void SeedPlace(Place place)
    {
        var here = _providers.Where(p => p.Reaches(place.Key)).ToList();
        var candidates = DemoServiceCatalogue.All.Where(t => here.Any(p => p.Roles.Contains(t.Roles))).ToList();
        for (var i = 0; i < place.Services && candidates.Count > 0; i++)
        {
            var template = PickWeighted(candidates);
            candidates.Remove(template);
            var able = here.Where(p => p.Roles.Contains(template.Roles)).ToList();
            var provider = able[rng.Next(able.Count)];
            var places = new List<Place> { place };
            if (rng.NextDouble() < 0.2)
            {
                var nearby = DemoPlaces.All.Where(p => p.DistrictKey == place.DistrictKey && p.Key != place.Key && provider.Reaches(p.Key)).ToList();
                if (nearby.Count == 0) nearby = DemoPlaces.All.Where(p => p.CountryCode == place.CountryCode && p.Region == place.Region
                    && p.Key != place.Key && provider.Reaches(p.Key)).ToList();
                if (nearby.Count > 0) places.Add(nearby[rng.Next(nearby.Count)]);
            }
            var service = BuildService(template, provider, places);
            db.Services.Add(service);
            _placed.Add(new Placed(service, places));
        }
    }

    private Template PickWeighted(List<Template> candidates)
    {
        var roll = rng.Next(candidates.Sum(t => t.Weight));
        foreach (var t in candidates)
            if ((roll -= t.Weight) < 0) return t;
        return candidates[^1];
    }

    private Service BuildService(Template t, ProviderInfo provider, List<Place> places)
    {
        var place = places[0];
        var cc = place.CountryCode;
        var profile = Countries[cc];
        var org = provider.Org;
        var locations = places.Select(p => LocationFor(provider, p)).ToList();
        var label = Label(place);
        string Fill(string s) => s.Replace("{city}", label).Replace("{region}", place.Region).Replace("{location}", locations[0].Name)
            .Replace("{trades}", Trades[cc]).Replace("{routes}", ReturnRoutes[cc]);

        var domain = org.Email?.Split('@')[1] ?? $"{Slugs.Of(org.Acronym ?? org.Name)}.example";
        var description = Fill(Pick(t.Descriptions));
        if (!description.Contains(". ") && rng.NextDouble() < 0.4)
            description += t.Mainstream ? " Returnees are welcome on the same terms as residents." : " Places are limited and given in the order referrals arrive.";

        var (assured, created) = Dates();
        var verifier = VerifierFor(org, place);
        var service = new Service
        {
            OrganisationId = org.Id, Name = Fill(Pick(t.Names)), Description = description,
            Email = $"{t.Key}.{Slugs.Of(label)}@{domain}",
            Url = org.Website is { } web && rng.NextDouble() < 0.5 ? $"{web}/services/{t.Key}-{Slugs.Of(label)}" : null,
            Status = StatusRoll(), IsPublished = rng.NextDouble() >= 0.02,
            CategoryId = _terms[$"{Taxonomy.ServiceCategory}:{t.Category}"].Id, Dimension = t.Dimension, Level = t.Level, IsMainstream = t.Mainstream,
            EligibilityDescription = Fill(t.Eligibility), MinimumAge = t.MinAge, MaximumAge = t.MaxAge,
            ReturneeCategories = t.Mainstream ? null : Fill(Pick(ReturneeCategories)),
            ReferralMethod = t.Referral, ReferralRequired = t.ReferralRequired, ApplicationProcess = Fill(t.Apply), NextSteps = Fill(t.Next),
            IntakeCriteria = t.Intake, AssuredDate = assured, CreatedAtUtc = created,
            LastModifiedUtc = Max(created.AddDays(rng.Next(0, 60)), assured?.ToDateTime(new TimeOnly(10, 0)) ?? created) is var m && m < _now ? m : _now,
        };
        if (assured is not null) (service.AssurerUserId, service.AssurerEmail) = (verifier.Id, verifier.Email);
        if (service.Status == ServiceStatus.TemporarilyClosed) service.Alert = Pick(ClosedAlerts);

        var codes = t.TargetGroups.Split(' ');
        service.TargetGroups.Add(new ServiceTargetGroup { TermId = _terms[$"{Taxonomy.TargetGroup}:{codes[0]}"].Id });
        foreach (var code in codes.Skip(1).Where(_ => rng.NextDouble() < 0.5))
            service.TargetGroups.Add(new ServiceTargetGroup { TermId = _terms[$"{Taxonomy.TargetGroup}:{code}"].Id });

        foreach (var location in locations)
            service.ServiceAtLocations.Add(new ServiceAtLocation { Location = location, Description = locations.Count > 1 && location != locations[0] ? "Outreach sessions twice a month." : null });

        AddCosts(service, t, profile);
        AddAccessAndQuality(service, t, cc, label);
        AddContactDetails(service, t, profile, domain);
        AddSchedules(service, t, profile);
        AddLanguages(service, place, profile);
        foreach (var document in t.Documents?.Split(';') ?? [])
            service.RequiredDocuments.Add(new RequiredDocument { Document = document });
        AddServiceAreas(service, place);

        db.ServiceChanges.Add(new ServiceChange
        {
            ServiceId = service.Id, ResourceType = "service", ResourceId = service.Id, AtUtc = created, ActionType = "create",
            FieldName = "name", ReplacementValue = service.Name, UpdatedBy = verifier.Email,
        });
        AddEarlierVerifications(service, created, verifier.Email!);
        return service;
    }

    /// <summary>
    /// The last verification, and before it one every four to six months since the service was created; the history lets a
    /// report of an earlier half-year see that a service was verified then. Its own random sequence leaves the
    /// rest of the demo unchanged.
    /// </summary>
    private void AddEarlierVerifications(Service service, DateTime created, string verifier)
    {
        if (service.AssuredDate is not { } last) return;
        var createdOn = DateOnly.FromDateTime(created);
        var days = new List<DateOnly> { last };
        for (var day = last.AddDays(-_verificationRhythm.Next(120, 185)); day > createdOn; day = day.AddDays(-_verificationRhythm.Next(120, 185)))
            days.Add(day);
        for (var i = 0; i < days.Count; i++)
            db.ServiceChanges.Add(new ServiceChange
            {
                ServiceId = service.Id, ResourceType = "service", ResourceId = service.Id, AtUtc = Min(days[i].ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), _now),
                ActionType = "verify", FieldName = "assured_date", PreviousValue = i + 1 < days.Count ? days[i + 1].ToString("yyyy-MM-dd") : null,
                ReplacementValue = days[i].ToString("yyyy-MM-dd"), UpdatedBy = verifier,
            });
    }

    /// <summary>About 30% stale (never verified, or more than 180 days ago); creation within the past two years and before verification.</summary>
    private (DateOnly? Assured, DateTime Created) Dates()
    {
        DateOnly? assured = rng.NextDouble() switch
        {
            < 0.12 => null,
            < 0.30 => _today.AddDays(-rng.Next(190, 560)),
            _ => _today.AddDays(-rng.Next(0, 175)),
        };
        var created = _now.AddDays(-rng.Next(20, 720)).Date.AddHours(8 + rng.Next(9)).AddMinutes(rng.Next(60));
        if (assured is { } a && created > a.ToDateTime(TimeOnly.MinValue))
            created = a.ToDateTime(new TimeOnly(9, 0)).AddDays(-rng.Next(1, 90));
        return (assured, Max(created, _now.AddDays(-729)));
    }

    private ServiceStatus StatusRoll() => rng.NextDouble() switch
    {
        < 0.04 => ServiceStatus.Inactive,
        < 0.07 => ServiceStatus.TemporarilyClosed,
        < 0.09 => ServiceStatus.Defunct,
        _ => ServiceStatus.Active,
    };

    /// <summary>Who created and last verified a record: someone of the provider, else the local authority of the place, else a coordinator.</summary>
    private DemoUser VerifierFor(Organisation org, Place place)
    {
        var own = _users.Where(u => u.OrganisationId == org.Id).ToList();
        if (own.Count > 0) return own[rng.Next(own.Count)];
        var path = _areas[place.Key].Path;
        var local = _localAuthorityUsers.Where(x => path.StartsWith(x.Path, StringComparison.Ordinal)).Select(x => x.User).ToList();
        if (local.Count > 0) return local[rng.Next(local.Count)];
        var coordinator = place.CountryCode == "GN" ? DemoDataSeeder.GuineaCoordinatorEmail : DemoDataSeeder.GlobalCoordinatorEmail;
        return _users.Single(u => u.Email == coordinator);
    }

    // ------------------------------------------------------------------ helpers

    private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private string Digits(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        foreach (var ch in pattern) sb.Append(ch == '#' ? (char)('0' + rng.Next(10)) : ch);
        return sb.ToString();
    }

    /// <summary>The place's own name without its administrative suffix ("Kindia urban commune" → "Kindia").</summary>
    private static string Label(Place place)
    {
        var name = place.Key.Split('|')[^1];
        foreach (var suffix in new[] { " urban commune", " Sub-Metropolitan City", " Metropolitan City", " Municipality", " commune", " town" })
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
