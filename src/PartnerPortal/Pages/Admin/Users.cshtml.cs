using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;

namespace PartnerPortal.Pages.Admin;

[Authorize(Policy = Policies.Administrator)]
public class UsersModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(string Id, string FullName, string Email, string Organisation, string Roles, bool IsDeactivated, bool IsLockedOut);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var q = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var text = Query.Trim().ToLower();
            q = q.Where(u => u.FullName.ToLower().Contains(text) || u.Email!.ToLower().Contains(text) || u.Organisation!.Name.ToLower().Contains(text));
        }
        var now = clock.GetUtcNow();
        var users = await q.OrderBy(u => u.FullName).Take(500)
            .Select(u => new
            {
                u.Id, u.FullName, u.Email, Org = u.Organisation!.Name, u.IsAdministrator, u.IsCoordinator, u.CoordinatesAllCountries,
                Countries = u.CoordinatedCountries.Select(c => c.CountryCode).ToList(),
                u.IsOrganisationManager, u.IsSignatory, u.IsDeactivated, u.LockoutEnd,
            }).ToListAsync();
        Rows = users.Select(u => new Row(u.Id, u.FullName, u.Email!, u.Org,
            RoleSummary.Describe(new UserScope
            {
                UserId = u.Id, OrganisationId = 0, IsAdministrator = u.IsAdministrator, IsCoordinator = u.IsCoordinator,
                CoordinatesAllCountries = u.CoordinatesAllCountries, CoordinatedCountries = u.Countries.ToHashSet(),
                IsOrganisationManager = u.IsOrganisationManager, IsSignatory = u.IsSignatory,
            }),
            u.IsDeactivated, u.LockoutEnd > now)).ToList();
    }
}
