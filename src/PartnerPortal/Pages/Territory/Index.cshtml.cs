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
using PartnerPortal.Pages.Services;

namespace PartnerPortal.Pages.Territory;

/// <summary>
/// A territory's services, stale first, with one-click verification and inline row editing, and its
/// coverage matrix (areas × categories). Local authorities land on their jurisdiction; coordinators
/// and administrators open any area they act in.
/// </summary>
[Authorize]
public class IndexModel(PortalDbContext db, CurrentUser current, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock,
    DirectoryCache directoryCache) : PageModel
{
    public const int MaxRows = 100;

    public sealed record Row(Guid Id, string Name, string Organisation, Guid? PhoneId, string? Phone, ServiceStatus Status, DateOnly? AssuredDate, Guid Version, string? Place);

    public sealed class RowForm
    {
        [Required(ErrorMessage = "Enter the service's name.")]
        [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
        public string Name { get; set; } = "";
        [RegularExpression(@"^\+?[0-9 ()\-]{6,30}$", ErrorMessage = "Enter a phone number with digits, spaces and an optional leading +.")]
        public string? Phone { get; set; }
        public ServiceStatus Status { get; set; }
        public Guid Version { get; set; }
    }

    /// <summary>What an inline row shows: the row, whether it is in edit mode, and the form's errors if any.</summary>
    public sealed record RowView(Row Row, DateOnly Today, bool Editing, RowForm? Form = null, string? Problem = null);

    public AdministrativeArea Area { get; private set; } = null!;
    public List<AdministrativeArea> Breadcrumb { get; private set; } = [];
    public List<Row> Rows { get; private set; } = [];
    public int TotalServices { get; private set; }
    public int StaleServices { get; private set; }
    public CoverageMatrix Matrix { get; private set; } = null!;
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    [BindProperty] public RowForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? area)
    {
        if (await ResolveAreaAsync(area) is { } refused) return refused;
        Breadcrumb = await db.AdministrativeAreas.AsNoTracking()
            .Where(a => Area.Path.StartsWith(a.Path) && a.Id != Area.Id).OrderBy(a => a.Level).ToListAsync();
        var inArea = await db.Services.AsNoTracking().LocatedInAsync(db, Area.Path);
        var freshSince = Service.FreshSince(Today);
        (TotalServices, StaleServices) = await directoryCache.GetOrAddAsync($"territory-counts:{Area.Id}:{Today}", async () =>
            (await inArea.CountAsync(), await inArea.CountAsync(s => s.AssuredDate == null || s.AssuredDate < freshSince)));
        // Stale first: never verified, then the longest since verification.
        Rows = await RowsQuery(inArea.OrderBy(s => s.AssuredDate != null).ThenBy(s => s.AssuredDate).ThenBy(s => s.Name).Take(MaxRows)).ToListAsync();
        Matrix = await directoryCache.GetOrAddAsync($"coverage-matrix:{Area.Id}", () => CoverageMatrix.BuildAsync(db, Area));
        return Page();
    }

    public async Task<IActionResult> OnGetRowAsync(Guid id) =>
        await EditableRowAsync(id) is { } row ? Partial("_TerritoryRow", new RowView(row, Today, false)) : Forbid();

    public async Task<IActionResult> OnGetEditRowAsync(Guid id) =>
        await EditableRowAsync(id) is { } row
            ? Partial("_TerritoryRow", new RowView(row, Today, true, new RowForm { Name = row.Name, Phone = row.Phone, Status = row.Status, Version = row.Version }))
            : Forbid();

    public async Task<IActionResult> OnPostVerifyAsync(Guid id)
    {
        if (await EditableRowAsync(id) is null) return Forbid();
        var service = await db.Services.SingleAsync(s => s.Id == id);
        var me = (await users.GetUserAsync(User))!;
        db.ServiceChanges.Add(ServiceVerification.Verify(service, me.Id, me.Email!, Today, clock.GetUtcNow().UtcDateTime));
        audit.Record("service.verified", nameof(Service), id.ToString());
        await db.SaveChangesAsync();
        return await RowResultAsync(id, "Verified today.");
    }

    /// <summary>The inline edit of name, first phone and status; refused when someone saved in between.</summary>
    public async Task<IActionResult> OnPostSaveRowAsync(Guid id)
    {
        if (await EditableRowAsync(id) is not { } current) return Forbid();
        var service = await db.Services.Include(s => s.Phones).Include(s => s.TargetGroups).SingleAsync(s => s.Id == id);
        if (!Enum.IsDefined(Form.Status)) ModelState.AddModelError("Form.Status", "Choose a status from the list.");
        string? problem = null;
        if (service.Version != Form.Version)
            problem = "Someone else saved this service after you opened it; nothing was saved. Cancel to see the current version.";
        if (!ModelState.IsValid || problem is not null)
        {
            if (Request.WantsFragment()) return Partial("_TerritoryRow", new RowView(current, Today, true, Form, problem));
            TempData["Flash"] = problem ?? "The row was not saved: " + string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToPage(new { area = (int?)null });
        }

        var me = (await users.GetUserAsync(User))!;
        var form = ServiceForm.From(service);
        form.Name = Form.Name;
        form.Status = Form.Status;
        var firstPhone = form.Phones.FirstOrDefault(p => p.Id == current.PhoneId);
        if (firstPhone is null) form.Phones.Add(new ServiceForm.PhoneRow { Number = Form.Phone, Type = "voice" });
        else firstPhone.Number = Form.Phone;
        var changed = form.ApplyAndRecord(service, db, audit, me.Email!, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Partial("_TerritoryRow", new RowView(current, Today, true, Form, "Someone else saved this service at the same moment; nothing was saved."));
        }
        return await RowResultAsync(id, changed == 0 ? "Nothing had changed." : "Saved.");
    }

    private async Task<IActionResult> RowResultAsync(Guid id, string flash)
    {
        if (Request.WantsFragment())
            return Partial("_TerritoryRow", new RowView((await RowsQuery(db.Services.AsNoTracking().Where(s => s.Id == id)).SingleAsync()), Today, false));
        TempData["Flash"] = flash;
        return RedirectToPage();
    }

    /// <summary>The row of a service the user may edit, or null (unknown ids are refused the same way).</summary>
    private async Task<Row?> EditableRowAsync(Guid id)
    {
        if (await ServiceAccess.LoadFactsAsync(db, id) is not { } facts) return null;
        if (!AccessRules.CanEditService((await current.GetScopeAsync())!, facts)) return null;
        return await RowsQuery(db.Services.AsNoTracking().Where(s => s.Id == id)).SingleAsync();
    }

    private static IQueryable<Row> RowsQuery(IQueryable<Service> services) =>
        services.Select(s => new Row(s.Id, s.Name, s.Organisation!.Name,
            s.Phones.OrderBy(p => p.Number).Select(p => (Guid?)p.Id).FirstOrDefault(),
            s.Phones.OrderBy(p => p.Number).Select(p => p.Number).FirstOrDefault(),
            s.Status, s.AssuredDate, s.Version,
            s.ServiceAtLocations.Select(x => x.Location!.AdministrativeArea!.Name).FirstOrDefault()));

    private async Task<IActionResult?> ResolveAreaAsync(int? areaId)
    {
        var scope = (await current.GetScopeAsync())!;
        AdministrativeArea? area;
        if (areaId is null)
        {
            if (!scope.IsLocalAuthority) return RedirectToPage("/Services/Index");
            area = await db.AdministrativeAreas.AsNoTracking().SingleAsync(a => a.Path == scope.JurisdictionPath);
        }
        else
        {
            area = await db.AdministrativeAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == areaId);
            if (area is null) return NotFound();
            if (!AccessRules.CanRecordGap(scope, area.Path, area.CountryCode)) return Forbid();
        }
        Area = area;
        return null;
    }
}
