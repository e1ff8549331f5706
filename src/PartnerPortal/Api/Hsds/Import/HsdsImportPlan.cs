using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Api.Hsds.Import;

/// <summary>
/// What an import would do, worked out without writing anything: the preview for the person, and for
/// the apply step the records as detached entities with every id and reference resolved.
/// </summary>
public sealed class ImportPlan
{
    public required ImportPreview Preview { get; init; }
    public List<PlannedOrganisation> Organisations { get; } = [];
    public List<PlannedLocation> Locations { get; } = [];
    public List<PlannedService> Services { get; } = [];
}

public sealed class PlannedOrganisation
{
    public required Guid HsdsId { get; init; }
    public required string Label { get; init; }
    /// <summary>The values from the file (detached); for an existing organisation only the HSDS fields count.</summary>
    public required Organisation Incoming { get; init; }
    public Organisation? Existing { get; init; }
    public ImportAction Action { get; set; }
    /// <summary>The parent named by the file, when it is known; null leaves the parent as it is.</summary>
    public Guid? ParentHsdsId { get; set; }
    /// <summary>The file lists the organisation's phones: its first number replaces ours.</summary>
    public bool PhonesGiven { get; set; }
}

public sealed class PlannedLocation
{
    public required Guid Id { get; init; }
    public required Location Incoming { get; init; }
    public Location? Existing { get; init; }
    public ImportAction Action { get; set; }
    /// <summary>The organisation a new location belongs to (an existing one keeps its own).</summary>
    public Guid? OrganisationHsdsId { get; set; }
    /// <summary>The location's own phones; null keeps those stored.</summary>
    public List<Phone>? Phones { get; set; }
    public AreaMatcher.Area? Area { get; set; }
}

public sealed class PlannedService
{
    public required Guid Id { get; init; }
    public required string Label { get; init; }
    /// <summary>The one-to-one fields from the file, on a detached service.</summary>
    public required Service Incoming { get; init; }
    public ExistingService? Existing { get; init; }
    public Guid OrganisationHsdsId { get; set; }
    /// <summary>The category from the file; null keeps the stored one (an update without one).</summary>
    public int? CategoryId { get; set; }
    /// <summary>The file has attributes: target groups and returnee fields come from them.</summary>
    public bool AttributesGiven { get; set; }
    public List<int> TargetGroupIds { get; } = [];
    public bool FundingGiven { get; set; }
    // Each collection: null when the file does not give it (the stored rows stay), else the new rows.
    public List<Phone>? Phones { get; set; }
    public List<Contact>? Contacts { get; set; }
    public List<Schedule>? Schedules { get; set; }
    public List<ServiceLanguage>? Languages { get; set; }
    public List<CostOption>? CostOptions { get; set; }
    public List<RequiredDocument>? RequiredDocuments { get; set; }
    public List<ServiceArea>? ServiceAreas { get; set; }
    public List<ServiceAtLocation>? ServiceAtLocations { get; set; }
}

/// <summary>What the plan needs to know of a service that is already in the directory.</summary>
public sealed record ExistingService(Guid Id, string Name, int OrganisationId, Guid OrganisationHsdsId, ServiceFacts Facts);

/// <summary>The reference data and the stored records an import refers to, read once per plan.</summary>
public sealed class ImportContext
{
    public required IReadOnlyDictionary<Guid, TaxonomyTerm> TermsByHsdsId { get; init; }
    public required IReadOnlyDictionary<(Taxonomy, string), TaxonomyTerm> TermsByCode { get; init; }
    public required AreaMatcher Areas { get; init; }
    public required IReadOnlyDictionary<int, AreaMatcher.Area> AreasById { get; init; }
    public required IReadOnlySet<string> Countries { get; init; }
    public required IReadOnlyDictionary<Guid, Organisation> Organisations { get; init; }
    public required IReadOnlyDictionary<Guid, Location> Locations { get; init; }
    public required IReadOnlyDictionary<Guid, ExistingService> Services { get; init; }
    public required ChildIds ChildIds { get; init; }

    /// <summary>Reads what the given ids refer to: one query per kind of record, whatever the size of the file.</summary>
    public static async Task<ImportContext> LoadAsync(PortalDbContext db, IReadOnlyCollection<Guid> organisationIds,
        IReadOnlyCollection<Guid> locationIds, IReadOnlyCollection<Guid> serviceIds, IReadOnlyCollection<Guid> childIds, CancellationToken ct)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync(ct);
        var areas = await db.AdministrativeAreas.AsNoTracking()
            .Select(a => new AreaMatcher.Area(a.Id, a.CountryCode, a.Name, a.Level, a.Path)).ToListAsync(ct);
        var countries = await db.Countries.AsNoTracking().Select(c => c.Code).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.HsdsId)).ToListAsync(ct);
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToListAsync(ct);
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id))
            .Select(s => new
            {
                s.Id, s.Name, s.OrganisationId, OrganisationHsdsId = s.Organisation!.HsdsId, OrgCountry = s.Organisation.CountryCode,
                Areas = s.ServiceAtLocations.Where(x => x.Location!.AdministrativeArea != null)
                    .Select(x => new { x.Location!.AdministrativeArea!.Path, x.Location.AdministrativeArea.CountryCode }).ToList(),
            })
            .ToListAsync(ct);

        var owners = new Dictionary<(string, Guid), Guid>();
        void Own(string table, IEnumerable<(Guid Id, Guid Owner)> rows)
        {
            foreach (var (id, owner) in rows) owners[(table, id)] = owner;
        }
        Own("phone", (await db.Phones.AsNoTracking().Where(x => childIds.Contains(x.Id))
            .Select(x => new { x.Id, Owner = x.ServiceId ?? x.LocationId ?? Guid.Empty }).ToListAsync(ct)).Select(x => (x.Id, x.Owner)));
        Own("contact", (await db.Contacts.AsNoTracking().Where(x => childIds.Contains(x.Id)).Select(x => new { x.Id, x.ServiceId }).ToListAsync(ct))
            .Select(x => (x.Id, x.ServiceId)));
        Own("schedule", (await db.Schedules.AsNoTracking().Where(x => childIds.Contains(x.Id)).Select(x => new { x.Id, x.ServiceId }).ToListAsync(ct))
            .Select(x => (x.Id, x.ServiceId)));
        Own("language", (await db.ServiceLanguages.AsNoTracking().Where(x => childIds.Contains(x.Id)).Select(x => new { x.Id, x.ServiceId }).ToListAsync(ct))
            .Select(x => (x.Id, x.ServiceId)));
        Own("cost_option", (await db.CostOptions.AsNoTracking().Where(x => childIds.Contains(x.Id)).Select(x => new { x.Id, x.ServiceId }).ToListAsync(ct))
            .Select(x => (x.Id, x.ServiceId)));
        Own("required_document", (await db.RequiredDocuments.AsNoTracking().Where(x => childIds.Contains(x.Id)).Select(x => new { x.Id, x.ServiceId }).ToListAsync(ct))
            .Select(x => (x.Id, x.ServiceId)));
        Own("service_area", (await db.ServiceAreas.AsNoTracking().Where(x => childIds.Contains(x.Id)).Select(x => new { x.Id, x.ServiceId }).ToListAsync(ct))
            .Select(x => (x.Id, x.ServiceId)));
        Own("service_at_location", (await db.ServiceAtLocations.AsNoTracking().Where(x => childIds.Contains(x.Id)).Select(x => new { x.Id, x.ServiceId }).ToListAsync(ct))
            .Select(x => (x.Id, x.ServiceId)));

        return new ImportContext
        {
            TermsByHsdsId = terms.ToDictionary(t => t.HsdsId),
            TermsByCode = terms.GroupBy(t => (t.Taxonomy, t.Code.ToLowerInvariant())).ToDictionary(g => g.Key, g => g.First()),
            Areas = new AreaMatcher(areas),
            AreasById = areas.ToDictionary(a => a.Id),
            Countries = countries.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Organisations = organisations.ToDictionary(o => o.HsdsId),
            Locations = locations.ToDictionary(l => l.Id),
            Services = services.ToDictionary(s => s.Id, s => new ExistingService(s.Id, s.Name, s.OrganisationId, s.OrganisationHsdsId,
                new ServiceFacts(s.OrganisationId, s.Areas.Select(a => a.CountryCode).Append(s.OrgCountry).Distinct().ToList(),
                    s.Areas.Select(a => a.Path).Distinct().ToList()))),
            ChildIds = new ChildIds(owners),
        };
    }
}
