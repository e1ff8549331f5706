using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Services;

/// <summary>The service permission of <see cref="AccessRules.CanEditService"/>, as facts for one service and as a query filter.</summary>
public static class ServiceAccess
{
    public static async Task<ServiceFacts?> LoadFactsAsync(PortalDbContext db, Guid serviceId)
    {
        var row = await db.Services.AsNoTracking().Where(s => s.Id == serviceId)
            .Select(s => new
            {
                s.OrganisationId,
                OrgCountry = s.Organisation!.CountryCode,
                Areas = s.ServiceAtLocations.Where(x => x.Location!.AdministrativeArea != null)
                    .Select(x => new { x.Location!.AdministrativeArea!.Path, x.Location.AdministrativeArea.CountryCode }).ToList(),
            })
            .SingleOrDefaultAsync();
        return row is null ? null
            : new ServiceFacts(row.OrganisationId, row.Areas.Select(a => a.CountryCode).Append(row.OrgCountry).Distinct().ToList(),
                row.Areas.Select(a => a.Path).Distinct().ToList());
    }

    /// <summary>The services <paramref name="user"/> may edit, as SQL (same rule as CanEditService).</summary>
    public static IQueryable<Service> EditableBy(this IQueryable<Service> services, UserScope user)
    {
        if (user.IsAdministrator || (user.IsCoordinator && user.CoordinatesAllCountries)) return services;
        var organisationId = user.OrganisationId;
        var jurisdiction = user.JurisdictionPath;
        var countries = user.IsCoordinator ? user.CoordinatedCountries.ToList() : [];
        return services.Where(s => s.OrganisationId == organisationId
            || (jurisdiction != null && s.ServiceAtLocations.Any(x => x.Location!.AdministrativeArea!.Path.StartsWith(jurisdiction)))
            || countries.Contains(s.Organisation!.CountryCode)
            || s.ServiceAtLocations.Any(x => countries.Contains(x.Location!.AdministrativeArea!.CountryCode)));
    }

    /// <summary>What the public directory, the HSDS API and exports show: published, not defunct, of a public organisation.</summary>
    public static IQueryable<Service> PubliclyVisible(this IQueryable<Service> services) =>
        services.Where(s => s.IsPublished && s.Status != ServiceStatus.Defunct && s.Organisation!.IsPublic);

    /// <summary>
    /// The public directory's area rule: services delivered at a location in the area or a sub-area, or
    /// covering it through a service area above or inside it. The area ids are resolved first so that the
    /// service query uses the indexes on area ids.
    /// </summary>
    public static async Task<IQueryable<Service>> ServingAreaAsync(this IQueryable<Service> services, PortalDbContext db, string areaPath)
    {
        var inside = await db.AdministrativeAreas.Where(a => a.Path.StartsWith(areaPath)).Select(a => a.Id).ToListAsync();
        var around = inside.Concat(areaPath.Trim('/').Split('/').Select(int.Parse)).Distinct().ToList();
        var deliveredHere = db.ServiceAtLocations.Where(x => inside.Contains(x.Location!.AdministrativeAreaId!.Value)).Select(x => x.ServiceId);
        var coveringHere = db.ServiceAreas.Where(a => around.Contains(a.AdministrativeAreaId)).Select(a => a.ServiceId);
        var here = deliveredHere.Union(coveringHere);
        return services.Where(s => here.Contains(s.Id));
    }

    /// <summary>
    /// Services delivered at a location in the area or any of its sub-areas. The area ids are resolved
    /// first so that the query starts from the index on locations' areas instead of scanning services.
    /// </summary>
    public static async Task<IQueryable<Service>> LocatedInAsync(this IQueryable<Service> services, PortalDbContext db, string areaPath)
    {
        var areaIds = await db.AdministrativeAreas.Where(a => a.Path.StartsWith(areaPath)).Select(a => (int?)a.Id).ToListAsync();
        var here = db.ServiceAtLocations.Where(x => areaIds.Contains(x.Location!.AdministrativeAreaId)).Select(x => x.ServiceId);
        return services.Where(s => here.Contains(s.Id));
    }
}
