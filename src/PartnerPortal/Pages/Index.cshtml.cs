using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;

namespace PartnerPortal.Pages;

/// <summary>The home page: what this user can act on, as counts with links.</summary>
[Authorize]
public class IndexModel(PortalDbContext db, CurrentUser current, TimeProvider clock) : PageModel
{
    public sealed record Stat(string Label, int Value, string Link, string TestId);
    public sealed record CountryRow(string Code, string Name, int Organisations, int LocalAuthorities);

    public UserScope Scope { get; private set; } = null!;
    public string OrganisationName { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public string? JurisdictionName { get; private set; }
    public List<Stat> Organisation { get; } = [];
    public List<Stat> Administration { get; } = [];
    public List<CountryRow> Countries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Scope = (await current.GetScopeAsync())!;
        var org = await db.Users.AsNoTracking().Where(u => u.Id == Scope.UserId)
            .Select(u => new { u.FullName, u.Organisation!.Name, Jurisdiction = u.Organisation.JurisdictionArea != null ? u.Organisation.JurisdictionArea.Name : null })
            .SingleAsync();
        FullName = org.FullName;
        OrganisationName = org.Name;
        JurisdictionName = Scope.IsLocalAuthority ? org.Jurisdiction : null;
        var now = clock.GetUtcNow().UtcDateTime;

        var members = await db.Users.CountAsync(u => u.OrganisationId == Scope.OrganisationId && !u.IsDeactivated);
        Organisation.Add(new("Members of my organisation", members, Scope.IsOrganisationManager
            ? $"/Organisations/Members/{Scope.OrganisationId}" : $"/Organisations/Details/{Scope.OrganisationId}#members", "stat-members"));
        if (Scope.IsOrganisationManager)
            Organisation.Add(new("Pending invitations", await db.Invitations.CountAsync(i => i.OrganisationId == Scope.OrganisationId
                && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now),
                $"/Organisations/Members/{Scope.OrganisationId}", "stat-invitations"));
        if (Scope.IsLocalAuthority)
            Organisation.Add(new("Administrative areas in my jurisdiction",
                await db.AdministrativeAreas.CountAsync(a => a.Path.StartsWith(Scope.JurisdictionPath!)),
                "/Reference/Areas", "stat-jurisdiction-areas"));

        if (Scope.IsAdministrator || Scope.IsCoordinator)
        {
            var all = Scope.IsAdministrator || Scope.CoordinatesAllCountries;
            var codes = Scope.CoordinatedCountries.ToList();
            Countries = await db.Countries.AsNoTracking()
                .Where(c => all ? db.Organisations.Any(o => o.CountryCode == c.Code) : codes.Contains(c.Code))
                .OrderBy(c => c.Name)
                .Select(c => new CountryRow(c.Code, c.Name,
                    db.Organisations.Count(o => o.CountryCode == c.Code),
                    db.Organisations.Count(o => o.CountryCode == c.Code && o.JurisdictionAreaId != null)))
                .ToListAsync();
        }

        if (Scope.IsAdministrator)
        {
            Administration.Add(new("Active users", await db.Users.CountAsync(u => !u.IsDeactivated), "/Admin/Users", "stat-users"));
            Administration.Add(new("Organisations", await db.Organisations.CountAsync(), "/Organisations", "stat-organisations"));
            Administration.Add(new("Messages waiting in the outbox", await db.OutboxMessages.CountAsync(m => m.SentAtUtc == null), "/Admin/Outbox", "stat-outbox"));
            var since = now.AddDays(-1);
            Administration.Add(new("Failed sign-ins in the last 24 h", await db.AuditEntries.CountAsync(a => a.AtUtc >= since
                && (a.Action == "security.sign-in-failed" || a.Action == "security.locked-out")), "/Admin/Audit?action=security", "stat-failed-sign-ins"));
        }
    }
}
