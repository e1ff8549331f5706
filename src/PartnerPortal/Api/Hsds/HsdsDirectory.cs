using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Pages.Directory;
using PartnerPortal.Pages.Services;

namespace PartnerPortal.Api.Hsds;

/// <summary>
/// What the HSDS API and the data package may show, and the queries that read it.
/// </summary>
/// <remarks>
/// Exposure rule: a service is public when it is published, not defunct and its organisation is
/// public; organisations when they are public; service_at_locations, locations and everything
/// hanging off a service only through a public service. Lists read one page of rows and then the
/// page's related rows with one query per kind of row, never one per row, so the number of queries
/// does not depend on the page size.
/// </remarks>
public sealed class HsdsDirectory(PortalDbContext db)
{
    public IQueryable<Service> Services => db.Services.PubliclyVisible().AsNoTracking();

    public IQueryable<Organisation> Organisations => db.Organisations.Where(o => o.IsPublic).AsNoTracking();

    public IQueryable<ServiceAtLocation> ServiceAtLocations => db.Services.PubliclyVisible().SelectMany(s => s.ServiceAtLocations).AsNoTracking();

    /// <summary>Locations where at least one public service is delivered.</summary>
    public IQueryable<Location> Locations
    {
        get
        {
            var exposed = db.Services.PubliclyVisible().SelectMany(s => s.ServiceAtLocations);
            return db.Locations.Where(l => exposed.Any(x => x.LocationId == l.Id)).AsNoTracking();
        }
    }

    public Task<Dictionary<int, TaxonomyTerm>> TermsAsync(CancellationToken ct) =>
        db.TaxonomyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);

    // ------------------------------------------------------------------ filters

    /// <summary>The HSDS filters; a term or taxonomy that does not exist matches nothing.</summary>
    public async Task<IQueryable<Service>> FilterAsync(IQueryable<Service> services, HsdsServiceFilter filter, CancellationToken ct)
    {
        // The same full-text index as the public directory.
        if (ServiceSearchQuery.ToMatchExpression(filter.Search) is { } match)
            services = services.Matching(db, match);
        if (filter.OrganizationId is { } orgId)
            services = services.Where(s => s.Organisation!.HsdsId == orgId);
        if (filter.ModifiedAfter is { } after)
            services = services.Where(s => s.LastModifiedUtc >= after);
        if (filter.TaxonomyTermId is { } termHsdsId)
        {
            var termId = await db.TaxonomyTerms.Where(t => t.HsdsId == termHsdsId).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
            services = termId is { } id
                ? services.Where(s => s.CategoryId == id || s.TargetGroups.Any(g => g.TermId == id))
                : services.Where(_ => false);
        }
        if (filter.TaxonomyId is { } taxonomyId)
        {
            // Every service has a category and every extension term applies to every service; only
            // target groups are optional, and no service carries terms of the other taxonomies.
            services = HsdsTaxonomies.StoredTaxonomyOf(taxonomyId) switch
            {
                Taxonomy.ServiceCategory => services,
                Taxonomy.TargetGroup => services.Where(s => s.TargetGroups.Any()),
                null when taxonomyId == HsdsIds.ExtensionTaxonomy => services,
                _ => services.Where(_ => false),
            };
        }
        return services;
    }

    /// <summary>A LIKE pattern that finds <paramref name="text"/> anywhere, with its own % and _ taken literally.</summary>
    public static string LikePattern(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    // ------------------------------------------------------------------ services

    /// <summary>One-to-one fields of public services, with their organisation, in the order of <paramref name="ids"/>.</summary>
    public async Task<List<HsdsService>> ServicesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await Services.Where(s => ids.Contains(s.Id))
            .Include(s => s.Organisation).ThenInclude(o => o!.Parent)
            .ToDictionaryAsync(s => s.Id, ct);
        return ids.Where(rows.ContainsKey).Select(id => HsdsMapper.Service(rows[id])).ToList();
    }

    /// <summary>
    /// Fully nested public services in the order of <paramref name="ids"/>: one split query for the
    /// services and their collections (one statement per collection), then the change history, the
    /// phones of their locations and the taxonomy terms: 14 statements whatever the number of services.
    /// </summary>
    public async Task<List<HsdsService>> FullServicesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await Services.Where(s => ids.Contains(s.Id))
            .Include(s => s.Organisation).ThenInclude(o => o!.Parent)
            .Include(s => s.TargetGroups)
            .Include(s => s.ServiceAtLocations).ThenInclude(x => x.Location).ThenInclude(l => l!.AdministrativeArea)
            .Include(s => s.ServiceAtLocations).ThenInclude(x => x.Location).ThenInclude(l => l!.Organisation)
            .Include(s => s.Phones)
            .Include(s => s.Contacts)
            .Include(s => s.Schedules)
            .Include(s => s.Languages)
            .Include(s => s.CostOptions)
            .Include(s => s.RequiredDocuments)
            .Include(s => s.ServiceAreas).ThenInclude(a => a.AdministrativeArea)
            .AsSplitQuery()
            .ToDictionaryAsync(s => s.Id, ct);
        if (rows.Count == 0) return [];
        var found = rows.Keys.ToList();
        var changes = await db.ServiceChanges.AsNoTracking().Where(c => found.Contains(c.ServiceId)).ToListAsync(ct);
        var lookups = new HsdsLookups
        {
            Terms = await TermsAsync(ct),
            ChangesByService = changes.ToLookup(c => c.ServiceId),
            PhonesByLocation = await LocationPhonesAsync(rows.Values.SelectMany(s => s.ServiceAtLocations).Select(x => x.LocationId), ct),
        };
        return ids.Where(rows.ContainsKey).Select(id => HsdsMapper.FullService(rows[id], lookups)).ToList();
    }

    /// <summary>Phones that belong to a location rather than to a service, by location.</summary>
    public async Task<ILookup<Guid, Phone>> LocationPhonesAsync(IEnumerable<Guid> locationIds, CancellationToken ct)
    {
        var ids = locationIds.Distinct().ToList();
        if (ids.Count == 0) return Array.Empty<Phone>().ToLookup(p => p.LocationId!.Value);
        var phones = await db.Phones.AsNoTracking()
            .Where(p => p.ServiceId == null && p.LocationId != null && ids.Contains(p.LocationId.Value))
            .ToListAsync(ct);
        return phones.ToLookup(p => p.LocationId!.Value);
    }

    // ------------------------------------------------------------------ service_at_locations

    /// <summary>
    /// Service_at_locations in the order of <paramref name="ids"/>, each with its location and its
    /// service: one-to-one fields only, or (<paramref name="full"/>) fully nested.
    /// </summary>
    public async Task<List<HsdsServiceAtLocation>> ServiceAtLocationsAsync(IReadOnlyCollection<Guid> ids, bool full, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await ServiceAtLocations.Where(x => ids.Contains(x.Id))
            .Include(x => x.Location).ThenInclude(l => l!.AdministrativeArea)
            .Include(x => x.Location).ThenInclude(l => l!.Organisation)
            .ToDictionaryAsync(x => x.Id, ct);
        if (rows.Count == 0) return [];
        var serviceIds = rows.Values.Select(x => x.ServiceId).Distinct().ToList();
        var services = (full ? await FullServicesAsync(serviceIds, ct) : await ServicesAsync(serviceIds, ct)).ToDictionary(s => s.Id);
        var phones = full ? await LocationPhonesAsync(rows.Values.Select(x => x.LocationId), ct) : null;
        return ids.Where(rows.ContainsKey).Select(id =>
        {
            var row = rows[id];
            var location = row.Location is { } l ? HsdsMapper.Location(l, phones?[l.Id], nested: full) : null;
            var result = HsdsMapper.ServiceAtLocation(row, location);
            if (services.TryGetValue(HsdsMapper.Id(row.ServiceId), out var service))
            {
                // The service nested in a service_at_location does not repeat its service_at_locations.
                service.ServiceAtLocations = null;
                result.Service = service;
            }
            return result;
        }).ToList();
    }

    // ------------------------------------------------------------------ organisations

    /// <summary>
    /// Fully nested public organisations in the order of <paramref name="hsdsIds"/>: phones, type,
    /// the locations where their public services are delivered, and those services (one-to-one
    /// fields, or fully nested when <paramref name="fullServices"/>).
    /// </summary>
    public async Task<List<HsdsOrganization>> FullOrganizationsAsync(IReadOnlyCollection<Guid> hsdsIds, bool fullServices, CancellationToken ct)
    {
        if (hsdsIds.Count == 0) return [];
        var orgs = await Organisations.Where(o => hsdsIds.Contains(o.HsdsId)).Include(o => o.Parent).ToListAsync(ct);
        if (orgs.Count == 0) return [];
        var orgIds = orgs.Select(o => o.Id).ToList();
        var terms = await TermsAsync(ct);
        var locations = await Locations.Where(l => orgIds.Contains(l.OrganisationId))
            .Include(l => l.AdministrativeArea).Include(l => l.Organisation)
            .OrderBy(l => l.Name).ThenBy(l => l.Id)
            .ToListAsync(ct);
        var phones = await LocationPhonesAsync(locations.Select(l => l.Id), ct);
        var serviceRows = await Services.Where(s => orgIds.Contains(s.OrganisationId))
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.OrganisationId })
            .ToListAsync(ct);
        var services = (fullServices
                ? await FullServicesAsync(serviceRows.Select(s => s.Id).ToList(), ct)
                : await ServicesAsync(serviceRows.Select(s => s.Id).ToList(), ct))
            .ToDictionary(s => s.Id);
        var byOrg = orgs.ToDictionary(o => o.HsdsId);
        var locationsByOrg = locations.ToLookup(l => l.OrganisationId);
        var servicesByOrg = serviceRows.ToLookup(s => s.OrganisationId);
        return hsdsIds.Where(byOrg.ContainsKey).Select(hsdsId =>
        {
            var o = byOrg[hsdsId];
            var org = HsdsMapper.FullOrganization(o, locationsByOrg[o.Id].Select(l => HsdsMapper.Location(l, phones[l.Id])), terms);
            org.Services = HsdsMapper.NullIfEmpty(servicesByOrg[o.Id]
                .Select(s => services.GetValueOrDefault(HsdsMapper.Id(s.Id))).OfType<HsdsService>()
                .Select(s =>
                {
                    // Nested in its organisation, a service does not repeat the organisation.
                    s.Organization = null;
                    return s;
                }));
            return org;
        }).ToList();
    }

    // ------------------------------------------------------------------ taxonomy terms

    public IQueryable<TaxonomyTerm> Terms => db.TaxonomyTerms.AsNoTracking();

    public async Task<Guid?> ParentHsdsIdAsync(TaxonomyTerm term, CancellationToken ct) => term.ParentId is { } parentId
        ? await db.TaxonomyTerms.Where(t => t.Id == parentId).Select(t => (Guid?)t.HsdsId).FirstOrDefaultAsync(ct)
        : null;
}
