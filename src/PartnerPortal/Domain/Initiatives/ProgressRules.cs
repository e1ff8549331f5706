using PartnerPortal.Authorization;

namespace PartnerPortal.Domain.Initiatives;

/// <summary>
/// Half-yearly progress: who may fill in, submit and reopen a period's report, and when. A submitted
/// report is locked; only a coordinator of the initiative's country (or an administrator) reopens it,
/// with a reason. Each refusal says why, and a refused step changes nothing.
/// </summary>
public static class ProgressRules
{
    /// <summary>The implementer side: the lead implementer's members, coordinators of the country, administrators.</summary>
    public static bool CanReport(UserScope user, Initiative i) => InitiativeRules.CanEdit(user, i.LeadOrganisationId, i.CountryCode);

    /// <summary>
    /// Whether progress is due from the initiative for the period: it was running then (dates overlap the
    /// half-year) and it is neither still in the pipeline nor cancelled.
    /// </summary>
    public static bool IsExpected(Initiative i, ReportingPeriod period) =>
        i.Status is not (ActivityStatus.Pipeline or ActivityStatus.Cancelled)
        && i.StartDate is { } start && start <= period.End
        && (i.EndDate is not { } end || end >= period.Start);

    /// <summary>Null when the user may change (or start) the report for this period today.</summary>
    public static string? WhyNotEdit(UserScope user, Initiative i, ReportingPeriod period, ProgressReport? report, DateOnly today)
    {
        if (!CanReport(user, i)) return "Only the lead implementer's members and coordinators of the country report progress.";
        if (!period.HasStartedOn(today)) return $"{period.Label} has not started yet: progress can be reported from {period.Start:d MMMM yyyy}.";
        if (report?.IsLocked == true) return $"Progress for {period.Label} was submitted and is locked. A coordinator can reopen it.";
        return null;
    }

    public static string? WhyNotSubmit(UserScope user, Initiative i, ReportingPeriod period, ProgressReport? report, DateOnly today)
    {
        if (WhyNotEdit(user, i, period, report, today) is { } why) return why;
        if (report is null) return "Save the report before submitting it.";
        if (string.IsNullOrWhiteSpace(report.Narrative)) return "Write the narrative before submitting.";
        return null;
    }

    public static string? WhyNotReopen(UserScope user, Initiative i, ProgressReport? report, string? reason)
    {
        if (!AccessRules.CanActInCountry(user, i.CountryCode)) return "Only a coordinator of the initiative's country can reopen submitted progress.";
        if (report is not { IsLocked: true }) return "Only submitted progress can be reopened.";
        if (string.IsNullOrWhiteSpace(reason)) return "Give the reason for reopening; the implementer will read it.";
        return null;
    }

    /// <summary>Locks the report and records who submitted it.</summary>
    public static ProgressEvent Submit(ProgressReport report, UserScope user, string actorName, DateTime nowUtc)
    {
        report.State = ProgressState.Submitted;
        report.SubmittedAtUtc = nowUtc;
        report.SubmittedByUserId = user.UserId;
        report.SubmittedByName = actorName;
        report.UpdatedAtUtc = nowUtc;
        report.Version = Guid.NewGuid();
        return new ProgressEvent
        {
            InitiativeId = report.InitiativeId, Year = report.Year, Half = report.Half, Kind = ProgressEventKind.Submitted,
            AtUtc = nowUtc, UserId = user.UserId, ActorName = actorName,
        };
    }

    public static ProgressEvent Reopen(ProgressReport report, UserScope user, string actorName, string reason, DateTime nowUtc)
    {
        report.State = ProgressState.Reopened;
        report.UpdatedAtUtc = nowUtc;
        report.Version = Guid.NewGuid();
        return new ProgressEvent
        {
            InitiativeId = report.InitiativeId, Year = report.Year, Half = report.Half, Kind = ProgressEventKind.Reopened,
            AtUtc = nowUtc, UserId = user.UserId, ActorName = actorName, Detail = reason.Trim(),
        };
    }
}
