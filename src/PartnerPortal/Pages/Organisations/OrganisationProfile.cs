using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Organisations;

/// <summary>The read model shared by the organisation page and its PDF fact sheet.</summary>
public sealed record OrganisationProfile(
    int Id, string Name, string? Acronym, string Type, string CountryCode, string Country, string? Parent, int? ParentId,
    string? Description, string? Website, string? Email, string? Phone, string? Jurisdiction, string? JurisdictionLevel,
    List<string> CountriesOfOperation, List<OrganisationProfile.Member> Members, DateTime UpdatedAtUtc)
{
    public sealed record Member(string Id, string FullName, string Email, bool IsManager, bool IsSignatory, bool IsCoordinator);
    public sealed record ServiceRow(Guid Id, string Name, string Category, ServiceStatus Status, DateOnly? AssuredDate);

    public List<string> Areas { get; init; } = [];
    public List<string> Sectors { get; init; } = [];
    public DimensionSet Dimensions { get; init; }
    public LevelSet Levels { get; init; }
    public MigrationRoles MigrationRoles { get; init; }
    public List<OrganisationIdentifier> Identifiers { get; init; } = [];
    public List<FocalPoint> FocalPoints { get; init; } = [];
    public List<ServiceRow> Services { get; init; } = [];

    public static Task<OrganisationProfile?> LoadAsync(PortalDbContext db, int id) =>
        db.Organisations.AsNoTracking().AsSplitQuery().Where(o => o.Id == id)
            .Select(o => new OrganisationProfile(o.Id, o.Name, o.Acronym, o.Type!.Name, o.CountryCode, o.Country!.Name,
                o.Parent != null ? o.Parent.Name : null, o.ParentId, o.Description, o.Website, o.Email, o.Phone,
                o.JurisdictionArea != null ? o.JurisdictionArea.Name : null,
                o.JurisdictionArea != null ? o.JurisdictionArea.Level.ToString() : null,
                o.CountriesOfOperation.Select(c => c.Country!.Name).OrderBy(n => n).ToList(),
                db.Users.Where(u => u.OrganisationId == o.Id && !u.IsDeactivated).OrderBy(u => u.FullName)
                    .Select(u => new Member(u.Id, u.FullName, u.Email!, u.IsOrganisationManager, u.IsSignatory, u.IsCoordinator)).ToList(),
                o.UpdatedAtUtc)
            {
                Areas = o.AreasOfOperation.Select(a => a.AdministrativeArea!.Name).OrderBy(n => n).ToList(),
                Sectors = o.Sectors.Select(x => x.Term!.Name).OrderBy(n => n).ToList(),
                Dimensions = o.Dimensions, Levels = o.Levels, MigrationRoles = o.MigrationRoles,
                Identifiers = o.Identifiers.OrderBy(i => i.Id).ToList(),
                FocalPoints = o.FocalPoints.OrderBy(f => f.Id).ToList(),
                Services = db.Services.Where(s => s.OrganisationId == o.Id).OrderBy(s => s.Name)
                    .Select(s => new ServiceRow(s.Id, s.Name, s.Category!.Name, s.Status, s.AssuredDate)).ToList(),
            })
            .SingleOrDefaultAsync();

    public static string Roles(Member m)
    {
        var roles = new List<string>();
        if (m.IsManager) roles.Add("Manager");
        if (m.IsSignatory) roles.Add("Signatory");
        if (m.IsCoordinator) roles.Add("Coordinator");
        return roles.Count == 0 ? "Member" : string.Join(", ", roles);
    }

    /// <summary>"Economic, Social" for a flags value; empty when none.</summary>
    public static string Describe<T>(T flags) where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Where(f => Convert.ToInt32(f) != 0 && flags.HasFlag(f)));
}
