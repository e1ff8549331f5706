using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// `generate-directory --database PATH [--organisations N] [--services N] [--locations N] [--agreements N] [--initiatives N]`:
/// fills a separate database with a large synthetic directory on top of the demo network, for benchmarks, and
/// optionally agreements and initiatives with progress (<see cref="LargeActivityGenerator"/>; none by default).
/// </summary>
public sealed record LargeDirectoryCommand(string DatabasePath, int Organisations, int Services, int Locations, int Agreements = 0, int Initiatives = 0)
{
    public const string Verb = "generate-directory";

    public static LargeDirectoryCommand? TryParse(string[] args)
    {
        if (args.Length == 0 || args[0] != Verb) return null;
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var path = Value("--database") ?? throw new ArgumentException(
            $"usage: {Verb} --database PATH [--organisations 5000] [--services 50000] [--locations 60000] [--agreements 0] [--initiatives 0]");
        return new LargeDirectoryCommand(Path.GetFullPath(path), int.Parse(Value("--organisations") ?? "5000"),
            int.Parse(Value("--services") ?? "50000"), int.Parse(Value("--locations") ?? "60000"),
            int.Parse(Value("--agreements") ?? "0"), int.Parse(Value("--initiatives") ?? "0"));
    }
}

/// <summary>Synthetic organisations, locations and services with realistic shape (categories, areas, phones, hours, staleness).</summary>
public sealed class LargeDirectoryGenerator(PortalDbContext db, TimeProvider clock, ILogger<LargeDirectoryGenerator> log)
{
    private const int Batch = 4000;

    public async Task GenerateAsync(LargeDirectoryCommand command, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(50_000);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var areas = await db.AdministrativeAreas.AsNoTracking().Where(a => a.Level != AreaLevel.Region)
            .Select(a => new { a.Id, a.CountryCode, a.Name }).ToListAsync(ct);
        var types = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.OrganisationType && t.Code != OrganisationTypeCodes.LocalGovernment)
            .Select(t => t.Id).ToListAsync(ct);
        var categories = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.ServiceCategory).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var groups = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.TargetGroup).Select(t => t.Id).ToListAsync(ct);
        string[] words = ["Community", "Hope", "Return", "Future", "Solidarity", "Horizon", "Unity", "Bridge", "Harvest", "Renewal", "Compass", "Pathway"];
        string[] kinds = ["Association", "Foundation", "Network", "Centre", "Cooperative", "Initiative", "Institute", "Trust"];

        var organisations = new List<(int Id, string Country)>();
        for (var start = 0; start < command.Organisations; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, command.Organisations - start)).Select(i =>
            {
                var area = areas[random.Next(areas.Count)];
                var org = new Organisation
                {
                    Name = $"{words[i % words.Length]} {kinds[(i / words.Length) % kinds.Length]} {area.Name} {i + 1}",
                    TypeId = types[random.Next(types.Count)], CountryCode = area.CountryCode, CreatedAtUtc = now, UpdatedAtUtc = now,
                    Description = $"Synthetic organisation {i + 1} working in {area.Name}.",
                };
                org.CountriesOfOperation.Add(new OrganisationCountry { CountryCode = area.CountryCode });
                return org;
            }).ToList();
            db.Organisations.AddRange(batch);
            await db.SaveChangesAsync(ct);
            organisations.AddRange(batch.Select(o => (o.Id, o.CountryCode)));
            db.ChangeTracker.Clear();
        }
        log.LogInformation("{Count} organisations in {Seconds:0.0} s", organisations.Count, watch.Elapsed.TotalSeconds);

        var areasByCountry = areas.GroupBy(a => a.CountryCode).ToDictionary(g => g.Key, g => g.ToList());
        var locations = new List<(Guid Id, int OrganisationId)>();
        for (var start = 0; start < command.Locations; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, command.Locations - start)).Select(i =>
            {
                var (orgId, country) = organisations[i % organisations.Count];
                var inCountry = areasByCountry[country];
                var area = inCountry[random.Next(inCountry.Count)];
                return new Location
                {
                    OrganisationId = orgId, Name = $"Office {i + 1}", Address1 = $"{random.Next(1, 300)} Main road", City = area.Name,
                    AdministrativeAreaId = area.Id, CountryCode = country, LastModifiedUtc = now,
                    Latitude = Math.Round(random.NextDouble() * 10 + 5, 5), Longitude = Math.Round(random.NextDouble() * 10 - 15, 5),
                };
            }).ToList();
            db.Locations.AddRange(batch);
            await db.SaveChangesAsync(ct);
            locations.AddRange(batch.Select(l => (l.Id, l.OrganisationId)));
            db.ChangeTracker.Clear();
        }
        var locationsByOrganisation = locations.GroupBy(l => l.OrganisationId).ToDictionary(g => g.Key, g => g.Select(l => l.Id).ToList());
        log.LogInformation("{Count} locations in {Seconds:0.0} s", locations.Count, watch.Elapsed.TotalSeconds);

        for (var start = 0; start < command.Services; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, command.Services - start)).Select(i =>
            {
                var (orgId, _) = organisations[i % organisations.Count];
                var category = categories[random.Next(categories.Count)];
                var service = new Service
                {
                    OrganisationId = orgId, Name = $"{category.Name} {i + 1}", CategoryId = category.Id,
                    Description = $"{category.Name} offered to returnees and their communities (synthetic record {i + 1}).",
                    Status = random.Next(20) == 0 ? ServiceStatus.Inactive : ServiceStatus.Active, IsMainstream = random.Next(2) == 0,
                    Dimension = (Dimension)random.Next(1, 4), Level = (InterventionLevel)random.Next(1, 4),
                    AssuredDate = random.Next(4) == 0 ? null : today.AddDays(-random.Next(0, 400)),
                    CreatedAtUtc = now.AddDays(-random.Next(1, 700)), LastModifiedUtc = now.AddDays(-random.Next(0, 300)),
                };
                service.TargetGroups.Add(new ServiceTargetGroup { TermId = groups[random.Next(groups.Count)] });
                service.Phones.Add(new Phone { Number = $"+224 6{random.Next(10_000_000, 99_999_999)}", Type = "voice" });
                service.Schedules.Add(new Schedule { ByDay = "MO,TU,WE,TH,FR", OpensAt = new TimeOnly(8, 0), ClosesAt = new TimeOnly(16, 30) });
                service.Languages.Add(new ServiceLanguage { Name = random.Next(2) == 0 ? "French" : "English", Code = "fr" });
                var places = locationsByOrganisation.GetValueOrDefault(orgId) ?? [locations[random.Next(locations.Count)].Id];
                service.ServiceAtLocations.Add(new ServiceAtLocation { LocationId = places[i % places.Count] });
                return service;
            }).ToList();
            db.Services.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        log.LogInformation("{Count} services in {Seconds:0.0} s", command.Services, watch.Elapsed.TotalSeconds);
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", ct);
    }
}
