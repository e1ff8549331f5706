using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Adds the <see cref="DemoProgrammes"/> to the demo network, with the four funders and implementers they
/// need that the network lacks. Reads what it needs (organisations by name, areas by key, terms by code)
/// from the database, so it runs both at the end of a fresh demo seeding and once on a demo database
/// seeded before programmes existed. Does nothing when programmes exist or the demo network does not.
/// </summary>
internal sealed class DemoProgrammeSeeder(PortalDbContext db, TimeProvider clock)
{
    private sealed record Funder(string Name, string Acronym, string Type, string Country, string[] OperatesIn, string Description, string Email, string Website);

    private static readonly Funder[] Funders =
    [
        new(DemoProgrammes.IomGambia, "IOM", "un-agency", "GM", [],
            "Country office of the UN migration agency in Banjul. It meets Gambians coming back from Libya, Niger and Europe, offers reintegration "
            + "counselling and in-kind business support, and refers returnees to the country's youth employment programmes.",
            "iombanjul@iom-gm.example", "https://iom-gm.example"),
        new(DemoProgrammes.Itc, "ITC", "un-agency", "CH", ["GM", "GN"],
            "Joint agency of the United Nations and the World Trade Organization that helps small businesses trade. In West Africa it runs youth "
            + "employment and entrepreneurship programmes with vocational institutes, chambers of commerce and development agencies.",
            "westafrica@itc-programmes.example", "https://itc-programmes.example"),
        new(DemoProgrammes.EuTrustFund, "EUTF", "donor", "BE", ["GM", "GN", "SN", "CI"],
            "European Union fund set up in 2015 to address the root causes of irregular migration and displacement in Africa. It finances "
            + "reintegration assistance, youth employment and local development programmes run by UN agencies, development agencies and NGOs.",
            "eutf-info@eutf.example", "https://eutf.example"),
        new(DemoProgrammes.Ifad, "IFAD", "donor", "IT", ["NP"],
            "UN agency and international financial institution that finances rural development through loans and grants to governments. In Nepal "
            + "it financed rural enterprise and remittance programmes carried out through local governments.",
            "nepal@ifad-programmes.example", "https://ifad-programmes.example"),
    ];

    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Programmes.AnyAsync(ct) || !await db.Organisations.AnyAsync(o => o.Name == DemoDataSeeder.PartnerNgoName, ct)) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        await AddFundersAsync(now, ct);

        var orgs = (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.Min(o => o.Id), StringComparer.Ordinal);
        var areas = await AreaKeysAsync(db, ct);
        var terms = (await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.TargetGroup || t.Taxonomy == Taxonomy.Sector
                || (t.Taxonomy == Taxonomy.ServiceCategory && t.ParentId == null)).Select(t => new { t.Id, t.Taxonomy, t.Code }).ToListAsync(ct))
            .ToDictionary(t => (t.Taxonomy, t.Code), t => t.Id);
        var targets = (await db.SdgTargets.AsNoTracking().Select(t => t.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        int Org(string name) => orgs.TryGetValue(name, out var id) ? id : throw new InvalidOperationException($"Demo programme organisation '{name}' is not seeded.");
        IEnumerable<ProgrammeTerm> Terms(Taxonomy taxonomy, string codes) => Split(codes, ' ').Select(code => new ProgrammeTerm
        {
            TermId = terms.TryGetValue((taxonomy, code), out var id) ? id : throw new InvalidOperationException($"{taxonomy} term '{code}' is missing."),
        });

        var age = 0;
        foreach (var seed in DemoProgrammes.All)
        {
            var places = Split(seed.Where, ';').ToList();
            var (start, end) = seed.Period.Split("..") is [var s, var e] ? (DateOnly.Parse(s, CultureInfo.InvariantCulture), DateOnly.Parse(e, CultureInfo.InvariantCulture))
                : throw new InvalidOperationException($"Bad period of '{seed.Name}'.");
            var budget = seed.Budget?.Split(' ');
            var created = now.AddDays(-(400 - 17 * age++)).Date.AddHours(10);
            var programme = new Programme
            {
                Name = seed.Name, Acronym = seed.Acronym, Kind = seed.Kind, Description = seed.Description, OwnerOrganisationId = Org(seed.Owner),
                StartDate = start, EndDate = end, Status = seed.Status, CreatedAtUtc = created, UpdatedAtUtc = created.AddDays(age % 5 * 9),
                Budget = budget is null ? null : decimal.Parse(budget[0], CultureInfo.InvariantCulture), Currency = budget?[1],
                Countries = places.Select(p => p.Split('|')[0]).Distinct().Select(c => new ProgrammeCountry { CountryCode = c }).ToList(),
                Areas = places.Where(p => p.Contains('|')).Select(p => new ProgrammeArea
                {
                    AdministrativeAreaId = areas.TryGetValue(p, out var id) ? id : throw new InvalidOperationException($"Demo area '{p}' does not exist."),
                }).ToList(),
                Terms = Terms(Taxonomy.TargetGroup, seed.Groups).Concat(Terms(Taxonomy.Sector, seed.Sectors))
                    .Concat(Terms(Taxonomy.ServiceCategory, seed.Support)).ToList(),
                SdgTargets = Split(seed.Sdg, ' ').Select(code => targets.Contains(code) ? new ProgrammeSdgTarget { TargetCode = code }
                    : throw new InvalidOperationException($"SDG target '{code}' does not exist.")).ToList(),
                Partners = Split(seed.Implementers, ';').Select(n => new ProgrammePartner { OrganisationId = Org(n), Role = ProgrammePartnerRole.Implementer })
                    .Concat(Split(seed.Donors, ';').Select(n => new ProgrammePartner { OrganisationId = Org(n), Role = ProgrammePartnerRole.Donor })).ToList(),
            };
            db.Programmes.Add(programme);
        }
        await db.SaveChangesAsync(ct);
        return DemoProgrammes.All.Length;
    }

    private async Task AddFundersAsync(DateTime now, CancellationToken ct)
    {
        var types = await db.TaxonomyTerms.Where(t => t.Taxonomy == Taxonomy.OrganisationType).ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        foreach (var f in Funders)
        {
            if (await db.Organisations.AnyAsync(o => o.Name == f.Name, ct)) continue;
            db.Organisations.Add(new Organisation
            {
                Name = f.Name, Acronym = f.Acronym, TypeId = types[f.Type], CountryCode = f.Country, Description = f.Description,
                Email = f.Email, Website = f.Website, CreatedAtUtc = now.AddDays(-420), UpdatedAtUtc = now.AddDays(-400),
                CountriesOfOperation = f.OperatesIn.Prepend(f.Country).Select(c => new OrganisationCountry { CountryCode = c }).ToList(),
            });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every area by its key "CC|Region|District|Municipality", the way the demo seeders name them.</summary>
    internal static async Task<Dictionary<string, int>> AreaKeysAsync(PortalDbContext db, CancellationToken ct)
    {
        var rows = await db.AdministrativeAreas.AsNoTracking().Select(a => new { a.Id, a.ParentId, a.Name, a.CountryCode }).ToListAsync(ct);
        var byId = rows.ToDictionary(a => a.Id);
        string Key(int id) => byId[id].ParentId is { } parent ? $"{Key(parent)}|{byId[id].Name}" : $"{byId[id].CountryCode}|{byId[id].Name}";
        return rows.GroupBy(a => Key(a.Id)).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
    }

    internal static IEnumerable<string> Split(string text, char separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
