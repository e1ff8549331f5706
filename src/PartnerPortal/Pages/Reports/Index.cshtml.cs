using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Reports;

/// <summary>
/// Biannual reports: request one for a scope and half-year, and follow the runs of the scopes the user may use.
/// The runs list is an htmx fragment that polls only while one of its runs is queued or running.
/// </summary>
[Authorize(Policy = Policies.CoordinatorOrAdministrator)]
public class IndexModel(PortalDbContext db, CurrentUser current, UserManager<ApplicationUser> users, ReportRuns runs, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    /// <summary>Not the layout's "Flash": the message belongs in the page's live status region.</summary>
    private const string StatusKey = "ReportStatus";

    public sealed record Row(int Id, ReportScope Scope, string ScopeName, ReportingPeriod Period, ReportRunState State, string StateText,
        string RequestedBy, DateTime RequestedAtUtc, int Attempts, TimeSpan? Duration, int? PageCount, long? FileSize, string? Sha256, string? Error);

    [BindProperty] public string? Scope { get; set; }
    [BindProperty] public string? Period { get; set; }
    /// <summary>From the query's "page" by hand: model binding would read Razor Pages' own "page" route value.</summary>
    public int PageNumber { get; private set; } = 1;

    public List<(ReportScope Scope, string Name)> Scopes { get; private set; } = [];
    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];
    public List<Row> Rows { get; private set; } = [];
    public bool HasNextPage { get; private set; }
    /// <summary>A listed run is queued or running: the list keeps polling until none is.</summary>
    public bool AnyLive => Rows.Any(r => ReportRunRules.IsLive(r.State));
    public string? Status { get; private set; }
    private Dictionary<string, string> _countryNames = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        Response.Headers.Vary = "HX-Request";
        return Request.WantsFragment() ? Partial("_Runs", this) : Page();
    }

    /// <param name="watch">The runs that were live when the list last polled: those that finished since are announced.</param>
    public async Task<IActionResult> OnGetRowsAsync(string? watch)
    {
        await LoadRowsAsync(await UserAsync());
        var watched = (watch ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Take(PageSize)
            .Select(x => int.TryParse(x, out var id) ? id : 0).ToHashSet();
        var finished = Rows.Where(r => watched.Contains(r.Id) && !ReportRunRules.IsLive(r.State))
            .Select(r => r.State == ReportRunState.Succeeded
                ? $"Ready: the report for {r.ScopeName}, {r.Period.Label}."
                : $"Failed: the report for {r.ScopeName}, {r.Period.Label} could not be prepared.").ToList();
        // Said in the page's polite status region, so that a screen reader hears it without reading the table again.
        if (finished.Count > 0) Status = string.Join(" ", finished);
        Response.Headers.Vary = "HX-Request";
        return Partial("_Runs", this);
    }

    public async Task<IActionResult> OnPostRequestAsync()
    {
        var user = await UserAsync();
        var countries = await runs.NetworkCountriesAsync();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var validScope = ReportScope.TryParse(Scope, out var scope) && (scope.IsNetwork || countries.Contains(scope.CountryCode!));
        if (!validScope) ModelState.AddModelError(nameof(Scope), "Choose the network or a country of the network.");
        else if (!ReportAccess.CanUse(user, scope)) return StatusCode(StatusCodes.Status403Forbidden);
        if (!ReportingPeriod.TryParse(Period, out var period) || !ReportRunRules.MayRequest(period, today))
            ModelState.AddModelError(nameof(Period), $"Choose a half-year that has ended, from {ReportRunRules.FirstPeriod.Label} on.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            if (!Request.WantsFragment()) return Page();
            // The form, with its messages, replaces itself; the list stays as it is.
            Response.Headers["HX-Retarget"] = "#report-request";
            Response.Headers["HX-Reswap"] = "outerHTML";
            return Partial("_RequestForm", this);
        }

        var me = (await users.GetUserAsync(User))!;
        var (run, created) = await runs.RequestAsync(scope, period, me.Id, string.IsNullOrWhiteSpace(me.FullName) ? me.Email! : me.FullName);
        var name = ReportRuns.ScopeName(scope, await runs.CountryNamesAsync());
        Status = created
            ? $"Queued: the report for {name}, {period.Label}. This list shows when it is ready."
            : $"Already queued: the report for {name}, {period.Label} is {ReportRunRules.DescribeState(run).ToLowerInvariant()}; it was requested by {run.RequestedByName}.";
        if (!Request.WantsFragment())
        {
            TempData[StatusKey] = Status;
            return RedirectToPage();
        }
        await LoadRowsAsync(user);
        return Partial("_Runs", this);
    }

    private async Task<UserScope> UserAsync() => (await current.GetScopeAsync())!;

    private async Task LoadAsync(UserScope? user = null)
    {
        user ??= await UserAsync();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Periods = ReportRunRules.OfferedPeriods(today);
        await LoadRowsAsync(user);
        Scopes = ReportAccess.ScopesFor(user, await runs.NetworkCountriesAsync())
            .Select(s => (s, ReportRuns.ScopeName(s, _countryNames))).ToList();
        Scope ??= Scopes.FirstOrDefault().Scope.Key;
        Period ??= Periods.FirstOrDefault().ToString();
    }

    private async Task LoadRowsAsync(UserScope user)
    {
        _countryNames = await runs.CountryNamesAsync();
        var visible = db.ReportRuns.AsNoTracking();
        // Only runs of scopes the user may use (ReportAccess.CanUse), decided in the query.
        if (!user.IsAdministrator && !user.CoordinatesAllCountries)
        {
            var countries = user.IsCoordinator ? user.CoordinatedCountries.ToList() : [];
            visible = visible.Where(r => countries.Contains(r.Scope));
        }
        PageNumber = int.TryParse(Request.Query["page"], out var number) && number > 1 ? number : 1;
        var page = await visible.OrderByDescending(r => r.RequestedAtUtc).ThenByDescending(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        HasNextPage = page.Count > PageSize;
        Rows = page.Take(PageSize).Select(r => new Row(r.Id, r.ReportScope, ReportRuns.ScopeName(r.ReportScope, _countryNames), r.Period,
            r.State, ReportRunRules.DescribeState(r), r.RequestedByName, r.RequestedAtUtc, r.Attempts,
            r.State is ReportRunState.Succeeded or ReportRunState.Failed && r.StartedAtUtc is { } s && r.FinishedAtUtc is { } f ? f - s : null,
            r.PageCount, r.FileSize, r.Sha256, r.Error)).ToList();
        Status ??= TempData[StatusKey] as string;
    }

    public string RowsLink(int page) =>
        $"/Reports?handler=Rows&page={page}&watch={string.Join(',', Rows.Where(r => ReportRunRules.IsLive(r.State)).Select(r => r.Id))}";

    public static string BadgeClass(ReportRunState state) => state switch
    {
        ReportRunState.Succeeded => "text-bg-success",
        ReportRunState.Failed => "text-bg-danger",
        ReportRunState.Running => "text-bg-primary",
        _ => "text-bg-secondary",
    };

    public static string Size(long? bytes) => bytes switch
    {
        null => "—",
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0} KB",
        _ => $"{bytes / (1024.0 * 1024):0.0} MB",
    };

    public static string Duration(TimeSpan? d) => d switch
    {
        null => "—",
        { TotalSeconds: < 60 } => $"{d.Value.TotalSeconds:0.0} s",
        _ => $"{(int)d.Value.TotalMinutes} min {d.Value.Seconds} s",
    };
}
