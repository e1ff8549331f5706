using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Services;

/// <summary>Loads a service with everything _ServiceSheet shows.</summary>
public static class ServiceSheet
{
    public static Task<Service?> LoadAsync(IQueryable<Service> services, Guid id) =>
        services.AsNoTracking().AsSplitQuery()
            .Include(s => s.Organisation).Include(s => s.Category)
            .Include(s => s.TargetGroups).ThenInclude(t => t.Term)
            .Include(s => s.ServiceAtLocations).ThenInclude(x => x.Location).ThenInclude(l => l!.AdministrativeArea)
            .Include(s => s.Phones).Include(s => s.Contacts).Include(s => s.Schedules).Include(s => s.Languages)
            .Include(s => s.CostOptions).Include(s => s.RequiredDocuments)
            .Include(s => s.ServiceAreas).ThenInclude(a => a.AdministrativeArea)
            .SingleOrDefaultAsync(s => s.Id == id);
}
