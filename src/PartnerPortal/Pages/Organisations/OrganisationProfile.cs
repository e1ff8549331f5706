using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;

namespace PartnerPortal.Pages.Organisations;

/// <summary>The read model shared by the organisation page and its PDF fact sheet.</summary>
public sealed record OrganisationProfile(
    int Id, string Name, string? Acronym, string Type, string CountryCode, string Country, string? Parent, int? ParentId,
    string? Description, string? Website, string? Email, string? Phone, string? Jurisdiction, string? JurisdictionLevel,
    List<string> CountriesOfOperation, List<OrganisationProfile.Member> Members, DateTime UpdatedAtUtc)
{
    public sealed record Member(string Id, string FullName, string Email, bool IsManager, bool IsSignatory, bool IsCoordinator);

    public static Task<OrganisationProfile?> LoadAsync(PortalDbContext db, int id) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationProfile(o.Id, o.Name, o.Acronym, o.Type!.Name, o.CountryCode, o.Country!.Name,
                o.Parent != null ? o.Parent.Name : null, o.ParentId, o.Description, o.Website, o.Email, o.Phone,
                o.JurisdictionArea != null ? o.JurisdictionArea.Name : null,
                o.JurisdictionArea != null ? o.JurisdictionArea.Level.ToString() : null,
                o.CountriesOfOperation.Select(c => c.Country!.Name).OrderBy(n => n).ToList(),
                db.Users.Where(u => u.OrganisationId == o.Id && !u.IsDeactivated).OrderBy(u => u.FullName)
                    .Select(u => new Member(u.Id, u.FullName, u.Email!, u.IsOrganisationManager, u.IsSignatory, u.IsCoordinator)).ToList(),
                o.UpdatedAtUtc))
            .SingleOrDefaultAsync();

    public static string Roles(Member m)
    {
        var roles = new List<string>();
        if (m.IsManager) roles.Add("Manager");
        if (m.IsSignatory) roles.Add("Signatory");
        if (m.IsCoordinator) roles.Add("Coordinator");
        return roles.Count == 0 ? "Member" : string.Join(", ", roles);
    }
}
