using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Progress;

/// <summary>
/// For coordinators: which initiatives of a country have submitted their progress for a half-year and which
/// have not (no report, a draft, or reopened). Only initiatives expected to report are listed
/// (<see cref="ProgressRules.IsExpected"/>).
/// </summary>
[Authorize(Policy = Policies.CoordinatorOrAdministrator)]
public class IndexModel(PortalDbContext db, CurrentUser current, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Reference, string Title, string? Lead, ProgressState? State, DateTime? SubmittedAtUtc, string? SubmittedBy);

    public const int PeriodsOffered = 8;

    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    public ReportingPeriod Period { get; private set; }
    public List<ReportingPeriod> Periods { get; private set; } = [];
    public List<Country> Countries { get; private set; } = [];
    public List<Row> Submitted { get; private set; } = [];
    public List<Row> Missing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? period)
    {
        var scope = (await current.GetScopeAsync())!;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (period is null) Period = ReportingPeriod.LastEndedOn(today);
        else if (ReportingPeriod.TryParse(period, out var parsed)) Period = parsed;
        else return NotFound();
        for (var p = ReportingPeriod.Containing(today); Periods.Count < PeriodsOffered; p = p.Previous) Periods.Add(p);
        if (!Periods.Contains(Period)) Periods.Add(Period);
        Periods.Sort((a, b) => b.CompareTo(a));

        Countries = (await db.Countries.AsNoTracking().OrderBy(c => c.Name).ToListAsync()).Where(c => AccessRules.CanActInCountry(scope, c.Code)).ToList();
        Country = Country?.ToUpperInvariant()
            ?? Countries.FirstOrDefault(c => scope.CoordinatedCountries.Contains(c.Code))?.Code
            ?? Countries.FirstOrDefault(c => c.Code == scope.OrganisationCountryCode)?.Code
            ?? Countries.FirstOrDefault()?.Code;
        if (Country is null || !AccessRules.CanActInCountry(scope, Country)) return Forbid();
        if (Countries.All(c => c.Code != Country)) return NotFound();
        await LoadAsync();

        Response.Headers.Vary = "HX-Request";
        return Request.WantsFragment() ? Partial("_Status", this) : Page();
    }

    private async Task LoadAsync()
    {
        var (start, end) = (Period.Start, Period.End);
        // Narrow in SQL to the country's initiatives that may be running; the rule itself decides in memory.
        var candidates = await db.Initiatives.AsNoTracking().Include(i => i.LeadOrganisation)
            .Where(i => i.CountryCode == Country && i.StartDate != null && i.StartDate <= end
                && i.Status != ActivityStatus.Pipeline && i.Status != ActivityStatus.Cancelled)
            .ToListAsync();
        var expected = candidates.Where(i => ProgressRules.IsExpected(i, Period)).ToList();
        var ids = expected.Select(i => i.Id).ToList();
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => ids.Contains(r.InitiativeId) && r.Year == Period.Year && r.Half == Period.Half)
            .ToDictionaryAsync(r => r.InitiativeId);
        var rows = expected.OrderBy(i => i.Reference).Select(i =>
        {
            var report = reports.GetValueOrDefault(i.Id);
            return new Row(i.Id, i.Reference, i.Title, i.LeadOrganisation?.Name, report?.State, report?.SubmittedAtUtc, report?.SubmittedByName);
        }).ToList();
        Submitted = rows.Where(r => r.State == ProgressState.Submitted).OrderByDescending(r => r.SubmittedAtUtc).ToList();
        Missing = rows.Where(r => r.State != ProgressState.Submitted).ToList();
    }

    public string ProgressLink(Row row) => Initiatives.ProgressNotices.PagePath(row.Id, Period);

    public static string Describe(ProgressState? state) => state switch
    {
        ProgressState.Draft => "Draft, not submitted",
        ProgressState.Reopened => "Reopened, not submitted again",
        _ => "Nothing reported",
    };
}
