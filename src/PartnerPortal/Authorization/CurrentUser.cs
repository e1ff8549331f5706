using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;

namespace PartnerPortal.Authorization;

/// <summary>Loads the signed-in user's <see cref="UserScope"/> once per request.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, PortalDbContext db)
{
    private UserScope? _scope;
    private bool _loaded;

    public string? Id => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<UserScope?> GetScopeAsync(CancellationToken ct = default)
    {
        if (_loaded) return _scope;
        _loaded = true;
        if (Id is not { } id) return null;
        _scope = await LoadAsync(db, id, ct);
        return _scope;
    }

    /// <summary>The scope of a user, or null when the user is unknown or deactivated.</summary>
    public static async Task<UserScope?> LoadAsync(PortalDbContext db, string userId, CancellationToken ct = default)
    {
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && !u.IsDeactivated)
            .Select(u => new
            {
                u.Id, u.OrganisationId, u.IsAdministrator, u.IsCoordinator, u.CoordinatesAllCountries,
                u.IsOrganisationManager, u.IsSignatory,
                Countries = u.CoordinatedCountries.Select(c => c.CountryCode).ToList(),
                OrgCountry = u.Organisation!.CountryCode,
                OrgType = u.Organisation.Type!.Code,
                JurisdictionPath = u.Organisation.JurisdictionArea != null ? u.Organisation.JurisdictionArea.Path : null,
            })
            .SingleOrDefaultAsync(ct);
        if (row is null) return null;
        return new UserScope
        {
            UserId = row.Id,
            OrganisationId = row.OrganisationId,
            IsAdministrator = row.IsAdministrator,
            IsCoordinator = row.IsCoordinator,
            CoordinatesAllCountries = row.CoordinatesAllCountries,
            CoordinatedCountries = row.Countries.ToHashSet(),
            IsOrganisationManager = row.IsOrganisationManager,
            IsSignatory = row.IsSignatory,
            OrganisationCountryCode = row.OrgCountry,
            JurisdictionPath = row.OrgType == Domain.OrganisationTypeCodes.LocalGovernment ? row.JurisdictionPath : null,
        };
    }
}
