namespace PartnerPortal.Domain.Initiatives;

/// <summary>
/// An indicator: from the standard library (administrators keep it; <see cref="InitiativeId"/> is null)
/// or custom to one initiative.
/// </summary>
public class Indicator
{
    public int Id { get; set; }
    /// <summary>Stable code of a library indicator, e.g. "jobs-created"; reports add library indicators up by it.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>What is counted: "people", "jobs", "hectares", "households" …</summary>
    public required string Unit { get; set; }
    public string? Description { get; set; }
    public int? InitiativeId { get; set; }
    /// <summary>Retired library indicators stay on past reports but are no longer offered.</summary>
    public bool IsRetired { get; set; }
    public int SortOrder { get; set; }

    public bool IsStandard => InitiativeId is null;

    /// <summary>The unit of amounts kept in each country's own currency; reports never add them up across countries.</summary>
    public const string LocalCurrency = "local currency";
}

public enum IndicatorMeasure { Baseline = 1, Target = 2, Actual = 3 }

public enum ProgressState
{
    /// <summary>Being filled in; the implementer may still change it.</summary>
    Draft = 1,
    /// <summary>Submitted and locked.</summary>
    Submitted = 2,
    /// <summary>Reopened by a coordinator: editable again until submitted anew.</summary>
    Reopened = 3,
}

/// <summary>An initiative's progress for one half-year (H1 = January–June, H2 = July–December).</summary>
public class ProgressReport
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int Year { get; set; }
    /// <summary>1 for H1, 2 for H2.</summary>
    public int Half { get; set; }
    public ProgressState State { get; set; } = ProgressState.Draft;
    /// <summary>The initiative's status at the end of the period, as the implementer reports it.</summary>
    public ActivityStatus Status { get; set; }
    public string? Narrative { get; set; }
    public string? Risks { get; set; }
    public string? NextSteps { get; set; }
    public List<IndicatorValue> Values { get; set; } = [];
    public DateTime? SubmittedAtUtc { get; set; }
    public string? SubmittedByUserId { get; set; }
    public string? SubmittedByName { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public ReportingPeriod Period => new(Year, Half);
    public bool IsLocked => State == ProgressState.Submitted;
}

/// <summary>
/// One measure (baseline, target or actual) of one indicator in a period, disaggregated by sex and by
/// returnee / community member. Values are doubles: hectares and amounts are not whole numbers, and
/// reports add them up in SQL, which SQLite cannot do on decimals.
/// </summary>
public class IndicatorValue
{
    public int Id { get; set; }
    public int ProgressReportId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public IndicatorMeasure Measure { get; set; }
    public double ReturneeFemale { get; set; }
    public double ReturneeMale { get; set; }
    public double CommunityFemale { get; set; }
    public double CommunityMale { get; set; }

    public double Total => ReturneeFemale + ReturneeMale + CommunityFemale + CommunityMale;
}

public enum ProgressEventKind { Submitted = 1, Reopened = 2, ReminderSent = 3 }

/// <summary>Append-only history of a progress report: submissions, reopenings (with the reason), reminders.</summary>
public class ProgressEvent
{
    public long Id { get; set; }
    public int InitiativeId { get; set; }
    public int Year { get; set; }
    public int Half { get; set; }
    public ProgressEventKind Kind { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public required string ActorName { get; set; }
    public string? Detail { get; set; }
}
