using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Pages.Directory;
using PartnerPortal.Pages.Services;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// What the terms of an agreement may name, within its country: organisations working there, their
/// programmes, published directory services, areas, target groups and SDG targets. What a version
/// already names stays offered (a service unpublished since, a retired term), so that saving terms
/// nobody touched never fails.
/// </summary>
public sealed class TermsChoices
{
    public sealed record OrganisationChoice(int Id, string Name);
    public sealed record ProgrammeChoice(int Id, string Name, int OwnerOrganisationId, string Owner);
    public sealed record ServiceChoice(Guid Id, string Name, string Organisation)
    {
        public string Label => $"{Name} · {Organisation}";
    }
    public sealed record AreaChoice(int Id, string Name, AreaLevel Level);
    public sealed record TermChoice(int Id, string Name);
    public sealed record SdgTargetChoice(string Code, string Title);
    public sealed record SdgGoalChoice(int Number, string Title, List<SdgTargetChoice> Targets);

    /// <summary>How many services a search offers at most; the first page of the plain list has no limit.</summary>
    public const int SearchLimit = 40;

    public List<OrganisationChoice> Organisations { get; private init; } = [];
    public List<ProgrammeChoice> Programmes { get; private init; } = [];
    public List<ServiceChoice> Services { get; private init; } = [];
    public List<AreaChoice> Areas { get; private init; } = [];
    public List<TermChoice> TargetGroups { get; private init; } = [];
    public List<SdgGoalChoice> SdgGoals { get; private init; } = [];
    public HashSet<string> SdgTargetCodes { get; private init; } = [];

    public bool HasService(Guid id) => Services.Any(s => s.Id == id);

    public static async Task<TermsChoices> LoadAsync(PortalDbContext db, string countryCode, AgreementVersion v, CancellationToken ct = default)
    {
        var organisations = await OrganisationsAsync(db, countryCode, ct);
        var partyOrganisations = organisations.Select(o => o.Id).Concat(v.Parties.Select(p => p.OrganisationId)).ToList();
        var keptGroups = v.TargetGroups.Select(t => t.TermId).ToList();
        var goals = await db.SdgGoals.AsNoTracking().Include(g => g.Targets).OrderBy(g => g.Number).ToListAsync(ct);
        return new TermsChoices
        {
            Organisations = organisations,
            Programmes = await ProgrammesAsync(db, partyOrganisations, ct),
            Services = await ServicesAsync(db, countryCode, KeptServices(v), null, ct),
            Areas = await db.AdministrativeAreas.AsNoTracking().Where(a => a.CountryCode == countryCode).OrderBy(a => a.Path)
                .Select(a => new AreaChoice(a.Id, a.Name, a.Level)).ToListAsync(ct),
            TargetGroups = await db.TaxonomyTerms.AsNoTracking()
                .Where(t => t.Taxonomy == Taxonomy.TargetGroup && (!t.IsRetired || keptGroups.Contains(t.Id))).OrderBy(t => t.Name)
                .Select(t => new TermChoice(t.Id, t.Name)).ToListAsync(ct),
            SdgGoals = goals.Select(g => new SdgGoalChoice(g.Number, g.ShortEn,
                g.Targets.OrderBy(t => t.SortOrder).Select(t => new SdgTargetChoice(t.Code, t.TitleEn)).ToList())).ToList(),
            SdgTargetCodes = goals.SelectMany(g => g.Targets).Select(t => t.Code).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>Organisations based in the country or working there: who may be a party to its agreements.</summary>
    public static IQueryable<Organisation> WorkingIn(PortalDbContext db, string countryCode) =>
        db.Organisations.Where(o => o.CountryCode == countryCode || o.CountriesOfOperation.Any(c => c.CountryCode == countryCode));

    public static async Task<List<OrganisationChoice>> OrganisationsAsync(PortalDbContext db, string countryCode, CancellationToken ct = default) =>
        await WorkingIn(db, countryCode).AsNoTracking().OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync(ct);

    /// <summary>The programmes owned by these organisations (a party brings its own programme).</summary>
    public static async Task<List<ProgrammeChoice>> ProgrammesAsync(PortalDbContext db, IReadOnlyCollection<int> owners, CancellationToken ct = default) =>
        await db.Programmes.AsNoTracking().Where(p => owners.Contains(p.OwnerOrganisationId)).OrderBy(p => p.Name)
            .Select(p => new ProgrammeChoice(p.Id, p.Acronym == null ? p.Name : p.Name + " (" + p.Acronym + ")", p.OwnerOrganisationId,
                p.OwnerOrganisation!.Name)).ToListAsync(ct);

    /// <summary>
    /// Published directory services of the country (run by an organisation based there or delivered at a place
    /// there), matching the search when one is typed, and the <paramref name="kept"/> ones whatever they are now.
    /// </summary>
    public static async Task<List<ServiceChoice>> ServicesAsync(PortalDbContext db, string countryCode, IReadOnlyCollection<Guid> kept,
        string? search, CancellationToken ct = default)
    {
        var inCountry = db.Services.AsNoTracking().PubliclyVisible()
            .Where(s => s.Organisation!.CountryCode == countryCode || s.ServiceAtLocations.Any(x => x.Location!.CountryCode == countryCode));
        var match = ServiceSearchQuery.ToMatchExpression(search);
        var ordered = (match is null ? inCountry : inCountry.Matching(db, match)).OrderBy(s => s.Name);
        var found = await (match is null ? ordered : ordered.Take(SearchLimit)).Select(s => new ServiceChoice(s.Id, s.Name, s.Organisation!.Name)).ToListAsync(ct);
        var missing = kept.Where(id => found.All(s => s.Id != id)).ToList();
        if (missing.Count > 0)
            found.AddRange(await db.Services.AsNoTracking().Where(s => missing.Contains(s.Id))
                .Select(s => new ServiceChoice(s.Id, s.Name, s.Organisation!.Name)).ToListAsync(ct));
        return found.OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
    }

    public static List<Guid> KeptServices(AgreementVersion v) =>
        v.ReferralPathways.SelectMany(r => new[] { r.FromServiceId, r.ToServiceId }).Distinct().ToList();
}
