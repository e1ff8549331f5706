using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Services;

/// <summary>A service in full, its change history, and one-click verification for those who may edit it.</summary>
[Authorize]
public class DetailsModel(PortalDbContext db, CurrentUser current, UserManager<ApplicationUser> users, AuditLog audit,
    TimeProvider clock) : PageModel
{
    public Service Service { get; private set; } = null!;
    public List<ServiceChange> History { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var service = await ServiceSheet.LoadAsync(db.Services, id);
        if (service is null) return NotFound();
        Service = service;
        History = await db.ServiceChanges.AsNoTracking().Where(c => c.ServiceId == id)
            .OrderByDescending(c => c.AtUtc).Take(100).ToListAsync();
        CanEdit = AccessRules.CanEditService((await current.GetScopeAsync())!, (await ServiceAccess.LoadFactsAsync(db, id))!);
        return Page();
    }

    /// <summary>Stamps today's date and the verifier; htmx gets the new badge, a plain form the page again.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(Guid id)
    {
        if (await ServiceAccess.LoadFactsAsync(db, id) is not { } facts) return NotFound();
        if (!AccessRules.CanEditService((await current.GetScopeAsync())!, facts)) return Forbid();
        var service = await db.Services.SingleAsync(s => s.Id == id);
        var me = (await users.GetUserAsync(User))!;
        db.ServiceChanges.Add(ServiceVerification.Verify(service, me.Id, me.Email!, Today, clock.GetUtcNow().UtcDateTime));
        audit.Record("service.verified", nameof(Service), id.ToString());
        await db.SaveChangesAsync();
        if (Request.WantsFragment()) return Partial("_Verification", ((DateOnly?)service.AssuredDate, Today));
        TempData["Flash"] = $"\u201c{service.Name}\u201d is verified as of today.";
        return RedirectToPage(new { id });
    }

    public static string Describe(AccessBarriers barriers) =>
        barriers == AccessBarriers.None ? "None recorded"
            : string.Join(", ", Enum.GetValues<AccessBarriers>().Where(b => b != AccessBarriers.None && barriers.HasFlag(b)).Select(b => b.ToString()));

    public static string Describe(ReferralMethod method) => method switch
    {
        ReferralMethod.WalkIn => "Walk in",
        ReferralMethod.Phone => "By phone",
        ReferralMethod.Email => "By email",
        ReferralMethod.OnlineForm => "Online form",
        ReferralMethod.ReferralOnly => "Referral only",
        _ => method.ToString(),
    };

    public static string Days(string byDay) => string.Join(", ", byDay.Split(',').Select(d => d.Trim() switch
    {
        "MO" => "Mon", "TU" => "Tue", "WE" => "Wed", "TH" => "Thu", "FR" => "Fri", "SA" => "Sat", "SU" => "Sun", var x => x,
    }));
}
