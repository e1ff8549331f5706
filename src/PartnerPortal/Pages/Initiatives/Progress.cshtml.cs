using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>
/// An initiative's half-yearly progress: the lead implementer fills it in and submits it (then it is
/// locked); a coordinator of the country reopens it with a reason. The rules live in <see cref="ProgressRules"/>;
/// a refused step shows why and changes nothing.
/// </summary>
[Authorize]
public class ProgressModel(PortalDbContext db, CurrentUser current, AuditLog audit, ProgressNotices notices, TimeProvider clock) : PageModel
{
    public sealed class ProgressForm
    {
        public ActivityStatus Status { get; set; }
        [StringLength(8000)] public string? Narrative { get; set; }
        [StringLength(4000)] public string? Risks { get; set; }
        [StringLength(4000)] [Display(Name = "Next steps")] public string? NextSteps { get; set; }
        public Guid? Version { get; set; }
        [Display(Name = "Indicator")] public int? ChosenIndicatorId { get; set; }
        [Display(Name = "Code")] [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use lower-case letters, digits and single hyphens, e.g. ovens-installed.")]
        [StringLength(80)] public string? CustomCode { get; set; }
        [Display(Name = "Name")] [StringLength(200)] public string? CustomName { get; set; }
        [Display(Name = "Unit")] [StringLength(50)] public string? CustomUnit { get; set; }
        [StringLength(2000)] public string? ReopenReason { get; set; }
    }

    private enum Step { Save, Submit, AddIndicator, AddCustomIndicator, RemoveIndicator }

    [BindProperty] public ProgressForm Form { get; set; } = new();
    public Initiative Initiative { get; private set; } = null!;
    public ReportingPeriod Period { get; private set; }
    public List<ReportingPeriod> Periods { get; private set; } = [];
    public ProgressReport? Report { get; private set; }
    public ProgressGrid Grid { get; private set; } = new();
    /// <summary>Every indicator the page may name: those on the form and those offered.</summary>
    public Dictionary<int, Indicator> Indicators { get; private set; } = [];
    public List<Indicator> Offered { get; private set; } = [];
    public List<ProgressEvent> History { get; private set; } = [];
    /// <summary>Why the report cannot be changed now (not started, locked), or null.</summary>
    public string? ReadOnlyReason { get; private set; }
    public bool MayReopen { get; private set; }
    public bool PeriodHasStarted => Period.HasStartedOn(Today);
    private UserScope Scope { get; set; } = null!;
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(int id, string? period)
    {
        if (await LoadAsync(id, period, forReading: true) is { } refused) return refused;
        Form = FormFrom(Report);
        Grid = ProgressGrid.FromReport(Report);
        await LoadChoicesAsync();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, string? period) => EditAsync(id, period, Step.Save);
    public Task<IActionResult> OnPostSubmitAsync(int id, string? period) => EditAsync(id, period, Step.Submit);
    public Task<IActionResult> OnPostAddIndicatorAsync(int id, string? period) => EditAsync(id, period, Step.AddIndicator);
    public Task<IActionResult> OnPostAddCustomIndicatorAsync(int id, string? period) => EditAsync(id, period, Step.AddCustomIndicator);
    public Task<IActionResult> OnPostRemoveIndicatorAsync(int id, string? period, int indicator) => EditAsync(id, period, Step.RemoveIndicator, indicator);

    public async Task<IActionResult> OnPostReopenAsync(int id, string? period)
    {
        if (await LoadAsync(id, period) is { } refused) return refused;
        Grid = ProgressGrid.FromReport(Report);
        if (ProgressRules.WhyNotReopen(Scope, Initiative, Report, Form.ReopenReason) is { } why)
        {
            // Only a missing reason belongs next to the reason field; any other refusal heads the page.
            var onlyTheReason = ProgressRules.WhyNotReopen(Scope, Initiative, Report, "a reason") is null;
            return await RefuseAsync(why, onlyTheReason ? "Form.ReopenReason" : "");
        }
        if (Report!.Version != Form.Version)
            return await RefuseAsync("The progress changed after you opened it. Read it again before reopening it.");
        var actor = await ActorNameAsync();
        var reason = Form.ReopenReason!.Trim();
        db.ProgressEvents.Add(ProgressRules.Reopen(Report, Scope, actor, reason, clock.GetUtcNow().UtcDateTime));
        audit.Record("progress.reopened", nameof(ProgressReport), Report.Id.ToString(), detail: $"{Initiative.Reference} {Period}: {reason}");
        await notices.ReopenedAsync(Initiative, Period, actor, reason);
        if (await SaveAsync() is { } conflict) return await RefuseAsync(conflict);
        TempData["Flash"] = $"Progress for {Period.Label} is open again; the implementer was told why.";
        return Redirect(ProgressNotices.PagePath(id, Period));
    }

    private async Task<IActionResult> EditAsync(int id, string? period, Step step, int? indicatorId = null)
    {
        if (await LoadAsync(id, period) is { } refused) return refused;
        Grid = ProgressGrid.FromForm(Request.Form);
        if (ProgressRules.WhyNotEdit(Scope, Initiative, Period, Report, Today) is { } why) return await RefuseAsync(why);
        if (Report is not null && Report.Version != Form.Version)
            return await RefuseAsync("Someone else saved this progress after you opened it. Reload the page to see their version, then make your changes again.");

        var allowed = await AllowedIndicatorIdsAsync();
        if (Grid.IndicatorIds.Any(i => !allowed.Contains(i)))
            ModelState.AddModelError("", "Choose indicators from the library or this initiative's own indicators.");
        if (!Enum.IsDefined(Form.Status)) ModelState.AddModelError("Form.Status", "Choose a status from the list.");
        Indicator? custom = null;
        switch (step)
        {
            case Step.AddIndicator:
                if (Form.ChosenIndicatorId is not { } chosen || !allowed.Contains(chosen))
                    ModelState.AddModelError("Form.ChosenIndicatorId", "Choose an indicator from the list.");
                else Grid.Add(chosen);
                break;
            case Step.AddCustomIndicator:
                custom = await CustomIndicatorAsync();
                break;
            case Step.RemoveIndicator:
                Grid.Remove(indicatorId ?? 0);
                break;
        }
        foreach (var (cell, message) in Grid.Problems()) ModelState.AddModelError(cell, message);
        if (!ModelState.IsValid) return await RedisplayAsync();

        var now = clock.GetUtcNow().UtcDateTime;
        var created = Report is null;
        var report = Report ?? db.ProgressReports.Add(new ProgressReport
        {
            InitiativeId = Initiative.Id, Year = Period.Year, Half = Period.Half, CreatedAtUtc = now,
        }).Entity;
        report.Status = Form.Status;
        report.Narrative = Blank(Form.Narrative);
        report.Risks = Blank(Form.Risks);
        report.NextSteps = Blank(Form.NextSteps);
        Grid.ApplyTo(report);
        if (custom is not null)
        {
            db.Indicators.Add(custom);
            foreach (var measure in ProgressGrid.Measures) report.Values.Add(new IndicatorValue { Indicator = custom, Measure = measure });
        }
        report.UpdatedAtUtc = now;
        report.Version = Guid.NewGuid();

        var actor = await ActorNameAsync();
        if (step == Step.Submit)
        {
            if (ProgressRules.WhyNotSubmit(Scope, Initiative, Period, report, Today) is { } whyNot) return await RefuseAsync(whyNot);
            db.ProgressEvents.Add(ProgressRules.Submit(report, Scope, actor, now));
            await notices.SubmittedAsync(Initiative, Period, actor);
        }
        if (await SaveAsync() is { } conflict) return await RefuseAsync(conflict);
        audit.Record(step == Step.Submit ? "progress.submitted" : created ? "progress.created" : "progress.saved",
            nameof(ProgressReport), report.Id.ToString(), detail: $"{Initiative.Reference} {Period}");
        await db.SaveChangesAsync();
        TempData["Flash"] = step == Step.Submit ? $"Progress for {Period.Label} was submitted and is now locked."
            : custom is not null ? $"\u201c{custom.Name}\u201d was created for this initiative and added to the report."
            : $"Progress for {Period.Label} was saved as a draft.";
        return Redirect(ProgressNotices.PagePath(Initiative.Id, Period) + (step == Step.Save ? "" : "#indicators"));
    }

    /// <summary>A new indicator of this initiative from the custom fields, or null with the problems in ModelState.</summary>
    private async Task<Indicator?> CustomIndicatorAsync()
    {
        if (string.IsNullOrWhiteSpace(Form.CustomCode)) ModelState.AddModelError("Form.CustomCode", "Enter a code.");
        if (string.IsNullOrWhiteSpace(Form.CustomName)) ModelState.AddModelError("Form.CustomName", "Enter the name.");
        if (string.IsNullOrWhiteSpace(Form.CustomUnit)) ModelState.AddModelError("Form.CustomUnit", "Enter what is counted.");
        if (!string.IsNullOrWhiteSpace(Form.CustomCode) && await db.Indicators.AnyAsync(i => i.InitiativeId == Initiative.Id && i.Code == Form.CustomCode))
            ModelState.AddModelError("Form.CustomCode", "This initiative already has an indicator with this code.");
        return ModelState.IsValid
            ? new Indicator { Code = Form.CustomCode!, Name = Form.CustomName!.Trim(), Unit = Form.CustomUnit!.Trim(), InitiativeId = Initiative.Id, SortOrder = 10_000 }
            : null;
    }

    /// <summary>
    /// Loads the initiative, the period and its report, and answers who may be here: 404 for an unknown
    /// initiative or period. Every signed-in user reads progress (it is part of the initiative's record,
    /// InitiativeRules.CanRead); every change needs the reporting right, otherwise 403, and the reopen
    /// handler then asks its own question (coordinators only). Null when the page may go on.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(int id, string? period, bool forReading = false)
    {
        Scope = (await current.GetScopeAsync())!;
        var initiative = await db.Initiatives.AsNoTracking().Include(i => i.LeadOrganisation).SingleOrDefaultAsync(i => i.Id == id);
        if (initiative is null) return NotFound();
        if (!forReading && !ProgressRules.CanReport(Scope, initiative)) return Forbid();
        Initiative = initiative;
        if (period is null) Period = ReportingPeriod.LastEndedOn(Today);
        else if (ReportingPeriod.TryParse(period, out var parsed)) Period = parsed;
        else return NotFound();
        Report = await db.ProgressReports.Include(r => r.Values).ThenInclude(v => v.Indicator)
            .SingleOrDefaultAsync(r => r.InitiativeId == id && r.Year == Period.Year && r.Half == Period.Half);
        var first = ReportingPeriod.Containing(initiative.StartDate ?? DateOnly.FromDateTime(initiative.CreatedAtUtc));
        var last = ReportingPeriod.Containing(Today);
        for (var p = last; p.CompareTo(first) >= 0 && Periods.Count < 40; p = p.Previous) Periods.Add(p);
        if (!Periods.Contains(Period)) Periods.Insert(Period.CompareTo(last) > 0 ? 0 : Periods.Count, Period);
        return null;
    }

    private async Task LoadChoicesAsync()
    {
        ReadOnlyReason = ProgressRules.WhyNotEdit(Scope, Initiative, Period, Report, Today);
        MayReopen = Report is { IsLocked: true } && ProgressRules.WhyNotReopen(Scope, Initiative, Report, "reason") is null;
        // A read-only page shows what is stored, whatever a refused form carried.
        if (ReadOnlyReason is not null) Grid = ProgressGrid.FromReport(Report);
        var onForm = Grid.IndicatorIds.ToList();
        var candidates = await db.Indicators.AsNoTracking()
            .Where(i => onForm.Contains(i.Id) || ((i.InitiativeId == null && !i.IsRetired) || i.InitiativeId == Initiative.Id))
            .OrderBy(i => i.InitiativeId != null).ThenBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync();
        Indicators = candidates.ToDictionary(i => i.Id);
        Offered = candidates.Where(i => !onForm.Contains(i.Id) && !i.IsRetired).ToList();
        History = await db.ProgressEvents.AsNoTracking()
            .Where(e => e.InitiativeId == Initiative.Id && e.Year == Period.Year && e.Half == Period.Half).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync();
    }

    /// <summary>The indicators a report may carry: the library's current ones, the initiative's own, and those already on it.</summary>
    private async Task<HashSet<int>> AllowedIndicatorIdsAsync() =>
        (await db.Indicators.Where(i => (i.InitiativeId == null && !i.IsRetired) || i.InitiativeId == Initiative.Id).Select(i => i.Id).ToListAsync())
            .Concat(Report?.Values.Select(v => v.IndicatorId) ?? []).ToHashSet();

    private async Task<IActionResult> RefuseAsync(string why, string field = "")
    {
        ModelState.AddModelError(field, why);
        return await RedisplayAsync();
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        // Nothing of a refused step may be saved, not even by a later SaveChanges of this request.
        db.ChangeTracker.Clear();
        await LoadChoicesAsync();
        return Page();
    }

    /// <summary>Saves; a message instead when someone else got there first (a second report for the period, a stale version).</summary>
    private async Task<string?> SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateException)
        {
            return "Someone else saved progress for this period at the same time. Reload the page to see it.";
        }
    }

    private async Task<string> ActorNameAsync() =>
        await db.Users.Where(u => u.Id == Scope.UserId).Select(u => u.FullName).SingleAsync() is { Length: > 0 } name ? name : User.Identity?.Name ?? "Unknown";

    private ProgressForm FormFrom(ProgressReport? r) => new()
    {
        Status = r?.Status ?? (Initiative.Status is ActivityStatus.Pipeline ? ActivityStatus.Implementation : Initiative.Status),
        Narrative = r?.Narrative, Risks = r?.Risks, NextSteps = r?.NextSteps, Version = r?.Version,
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
