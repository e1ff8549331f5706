using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Gaps;

/// <summary>Recorded service gaps of an area and its sub-areas; those who keep the area close them.</summary>
[Authorize]
public class IndexModel(PortalDbContext db, CurrentUser current, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Area { get; set; }
    [BindProperty(SupportsGet = true)] public bool Closed { get; set; }

    public sealed record Row(int Id, string Area, string Category, string Description, string? ReportedBy, DateTime ReportedAtUtc,
        DateTime? ClosedAtUtc, string? ClosedBy, string? ClosingNote);

    public AdministrativeArea? AreaRecord { get; private set; }
    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = (await current.GetScopeAsync())!;
        var gaps = db.ServiceGaps.AsNoTracking();
        if (Area is not null)
        {
            AreaRecord = await db.AdministrativeAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == Area);
            if (AreaRecord is null) return NotFound();
            if (!AccessRules.CanRecordGap(scope, AreaRecord.Path, AreaRecord.CountryCode)) return Forbid();
            var path = AreaRecord.Path;
            gaps = gaps.Where(g => g.AdministrativeArea!.Path.StartsWith(path));
        }
        else if (scope.IsLocalAuthority)
        {
            var path = scope.JurisdictionPath!;
            gaps = gaps.Where(g => g.AdministrativeArea!.Path.StartsWith(path));
        }
        else if (!scope.IsAdministrator && !(scope.IsCoordinator && scope.CoordinatesAllCountries))
        {
            var countries = scope.IsCoordinator ? scope.CoordinatedCountries.ToList() : [];
            gaps = gaps.Where(g => countries.Contains(g.AdministrativeArea!.CountryCode));
        }
        gaps = Closed ? gaps.Where(g => g.ClosedAtUtc != null) : gaps.Where(g => g.ClosedAtUtc == null);
        Rows = await gaps.OrderByDescending(g => g.ReportedAtUtc).Take(500)
            .Select(g => new Row(g.Id, g.AdministrativeArea!.Name, g.Category!.Name, g.Description, g.ReportedByName, g.ReportedAtUtc,
                g.ClosedAtUtc, g.ClosedByName, g.ClosingNote))
            .ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, [StringLength(1000)] string? note)
    {
        var gap = await db.ServiceGaps.Include(g => g.AdministrativeArea).SingleOrDefaultAsync(g => g.Id == id);
        if (gap is null) return NotFound();
        if (!AccessRules.CanRecordGap((await current.GetScopeAsync())!, gap.AdministrativeArea!.Path, gap.AdministrativeArea.CountryCode)) return Forbid();
        if (gap.ClosedAtUtc is null)
        {
            var me = (await users.GetUserAsync(User))!;
            gap.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
            gap.ClosedByName = me.FullName;
            gap.ClosingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 1000)];
            audit.Record("gap.closed", nameof(ServiceGap), id.ToString(), detail: gap.ClosingNote);
            await db.SaveChangesAsync();
        }
        if (Request.WantsFragment()) return Content("");
        TempData["Flash"] = "The gap was closed.";
        return Redirect(Area is null ? "/Gaps" : $"/Gaps?area={Area}");
    }
}
