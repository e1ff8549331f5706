using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Admin;

/// <summary>Administrators move users between organisations and grant network roles.</summary>
[Authorize(Policy = Policies.Administrator)]
public class UserEditModel(PortalDbContext db, UserManager<ApplicationUser> users, CurrentUser current, AuditLog audit) : PageModel
{
    public sealed class RolesForm
    {
        public int OrganisationId { get; set; }
        public bool IsAdministrator { get; set; }
        public bool IsCoordinator { get; set; }
        public bool CoordinatesAllCountries { get; set; }
        public List<string> Countries { get; set; } = [];
        public bool IsOrganisationManager { get; set; }
        public bool IsSignatory { get; set; }
        public bool IsDeactivated { get; set; }
        public string ConcurrencyStamp { get; set; } = "";
    }

    [BindProperty] public RolesForm Form { get; set; } = new();
    public ApplicationUser Subject { get; private set; } = null!;
    public List<Country> Countries { get; private set; } = [];
    public List<(int Id, string Name)> Organisations { get; private set; } = [];
    public bool IsLockedOut { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await LoadAsync(id) is null) return NotFound();
        Form = new RolesForm
        {
            OrganisationId = Subject.OrganisationId, IsAdministrator = Subject.IsAdministrator, IsCoordinator = Subject.IsCoordinator,
            CoordinatesAllCountries = Subject.CoordinatesAllCountries, Countries = Subject.CoordinatedCountries.Select(c => c.CountryCode).ToList(),
            IsOrganisationManager = Subject.IsOrganisationManager, IsSignatory = Subject.IsSignatory, IsDeactivated = Subject.IsDeactivated,
            ConcurrencyStamp = Subject.ConcurrencyStamp!,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await LoadAsync(id) is null) return NotFound();
        var me = (await current.GetScopeAsync())!;
        if (Subject.Id == me.UserId && (!Form.IsAdministrator || Form.IsDeactivated))
            ModelState.AddModelError("", "You cannot remove your own administrator role or deactivate yourself.");
        if (!Organisations.Any(o => o.Id == Form.OrganisationId))
            ModelState.AddModelError("Form.OrganisationId", "Choose an organisation from the list.");
        if (Form.IsCoordinator && !Form.CoordinatesAllCountries && Form.Countries.Count == 0)
            ModelState.AddModelError("Form.Countries", "Choose the countries this coordinator covers, or tick all countries.");
        if (Form.Countries.Except(Countries.Select(c => c.Code)).Any())
            ModelState.AddModelError("Form.Countries", "Choose countries from the list.");
        if (Form.ConcurrencyStamp != Subject.ConcurrencyStamp)
            ModelState.AddModelError("", "This user was changed by someone else since you opened the page. Reload and try again.");
        if (!ModelState.IsValid) return Page();

        var before = Snapshot(Subject);
        Subject.OrganisationId = Form.OrganisationId;
        Subject.IsAdministrator = Form.IsAdministrator;
        Subject.IsCoordinator = Form.IsCoordinator;
        Subject.CoordinatesAllCountries = Form.IsCoordinator && Form.CoordinatesAllCountries;
        var wanted = Form.IsCoordinator && !Form.CoordinatesAllCountries ? Form.Countries.Distinct().ToHashSet() : [];
        Subject.CoordinatedCountries.RemoveAll(c => !wanted.Contains(c.CountryCode));
        foreach (var code in wanted.Where(code => Subject.CoordinatedCountries.All(c => c.CountryCode != code)))
            Subject.CoordinatedCountries.Add(new CoordinatorCountry { UserId = Subject.Id, CountryCode = code });
        Subject.IsOrganisationManager = Form.IsOrganisationManager;
        Subject.IsSignatory = Form.IsSignatory;
        Subject.IsDeactivated = Form.IsDeactivated;
        audit.Record("security.role-changed", nameof(ApplicationUser), Subject.Id, AuditLog.Diff(before, Snapshot(Subject)));
        // The stamp the form started from is the one the database must still hold; a new security stamp
        // ends the user's other sessions so that changed access applies at once.
        db.Entry(Subject).Property(u => u.ConcurrencyStamp).OriginalValue = Form.ConcurrencyStamp;
        Subject.ConcurrencyStamp = Guid.NewGuid().ToString();
        Subject.SecurityStamp = Guid.NewGuid().ToString();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "This user was changed by someone else at the same moment. Reload and try again.");
            return Page();
        }
        TempData["Flash"] = $"{Subject.FullName} was saved.";
        return RedirectToPage("Users");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (await LoadAsync(id) is null) return NotFound();
        await users.SetLockoutEndDateAsync(Subject, null);
        await users.ResetAccessFailedCountAsync(Subject);
        await audit.RecordNowAsync("security.unlocked", entityType: nameof(ApplicationUser), entityId: Subject.Id);
        TempData["Flash"] = $"{Subject.FullName} can sign in again.";
        return RedirectToPage(new { id });
    }

    private static Dictionary<string, string?> Snapshot(ApplicationUser u) => new()
    {
        ["OrganisationId"] = u.OrganisationId.ToString(), ["IsAdministrator"] = u.IsAdministrator.ToString(),
        ["IsCoordinator"] = u.IsCoordinator.ToString(), ["CoordinatesAllCountries"] = u.CoordinatesAllCountries.ToString(),
        ["CoordinatedCountries"] = string.Join(",", u.CoordinatedCountries.Select(c => c.CountryCode).Order()),
        ["IsOrganisationManager"] = u.IsOrganisationManager.ToString(), ["IsSignatory"] = u.IsSignatory.ToString(),
        ["IsDeactivated"] = u.IsDeactivated.ToString(),
    };

    private async Task<ApplicationUser?> LoadAsync(string id)
    {
        var user = await db.Users.Include(u => u.CoordinatedCountries).SingleOrDefaultAsync(u => u.Id == id);
        if (user is null) return null;
        Subject = user;
        IsLockedOut = await users.IsLockedOutAsync(user);
        Countries = await db.Countries.AsNoTracking().OrderBy(c => c.Name).ToListAsync();
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync())
            .Select(o => (o.Id, o.Name)).ToList();
        return user;
    }
}
