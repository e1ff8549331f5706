using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;

namespace PartnerPortal.Pages.Reports;

/// <summary>
/// Every figure of a biannual report (PRODUCT §7) for one scope and half-year, computed once by
/// <see cref="BiannualReportQuery"/>; the HTML view and the PDF print the same template from it.
/// Lists are already in display order.
/// </summary>
public sealed record BiannualReport
{
    public required ReportScope Scope { get; init; }
    /// <summary>"Whole network" or the country's name.</summary>
    public required string ScopeName { get; init; }
    public required ReportingPeriod Period { get; init; }
    /// <summary>The last day of the period: figures describe the network on that day.</summary>
    public DateOnly AsOf => Period.End;
    public required DateTime GeneratedAtUtc { get; init; }
    /// <summary>Names of the countries the scope covers.</summary>
    public required IReadOnlyList<string> Countries { get; init; }
    /// <summary>Headline numbers, each with its value at the end of the previous half-year.</summary>
    public required IReadOnlyList<KeyFigure> KeyFigures { get; init; }
    public required StakeholderFigures Stakeholders { get; init; }
    public required ServiceFigures Services { get; init; }
    public required AgreementFigures Agreements { get; init; }
    public required InitiativeFigures Initiatives { get; init; }
    public required DataQualityAnnex DataQuality { get; init; }
    /// <summary>The network report's headline numbers country by country (empty in a country's own report).</summary>
    public IReadOnlyList<CountrySummaryRow> ByCountry { get; init; } = [];
}

/// <summary>One country's line in the network report: each number is the one that country's own report gives.</summary>
public sealed record CountrySummaryRow(string Country, int Organisations, int ActiveServices, int OpenGaps, int AgreementsInForce,
    int InitiativesRunning, int Participants, int ProgressSubmitted, int ProgressExpected);

public enum FigureFormat { Count, Percent }

/// <summary>A headline number now and at the end of the previous half-year (Percent: a share from 0 to 1).</summary>
public sealed record KeyFigure(string Label, double Current, double Previous, FigureFormat Format = FigureFormat.Count)
{
    public double Change => Current - Previous;
}

public sealed record CountRow(string Label, int Count);

/// <summary>Organisations of the scope on the as-of date, by type, and where they work.</summary>
public sealed record StakeholderFigures(int Organisations, IReadOnlyList<CountRow> ByType, IReadOnlyList<PresenceRow> PresenceByArea);

/// <summary>
/// Operational presence in a region (top-level area): organisations working there (an area of operation
/// in it, or a service delivered at a location in it) and active services delivered there.
/// </summary>
public sealed record PresenceRow(string Area, string Country, int Organisations, int ActiveServices);

/// <summary>
/// The service directory on the as-of date: services existing then, the active ones by category and by
/// region, open coverage gaps, and how many active services were verified in the 180 days before.
/// </summary>
public sealed record ServiceFigures(
    int Services,
    int ActiveServices,
    int VerifiedInLast180Days,
    IReadOnlyList<CountRow> ByCategory,
    IReadOnlyList<AreaServiceRow> ByArea,
    IReadOnlyList<GapRow> OpenGaps)
{
    public double ShareVerified => ActiveServices == 0 ? 0 : (double)VerifiedInLast180Days / ActiveServices;
}

/// <summary>Active services delivered in a region and how many of the service categories they cover.</summary>
public sealed record AreaServiceRow(string Area, string Country, int ActiveServices, int CategoriesCovered, int CategoriesInUse);

public sealed record GapRow(string Area, string Country, string Category, string Description, DateOnly ReportedOn);

/// <summary>Agreements by their status on the as-of date, those signed in the period, those ending in the next half-year.</summary>
public sealed record AgreementFigures(
    IReadOnlyList<CountRow> ByStatus,
    IReadOnlyList<AgreementRow> SignedInPeriod,
    IReadOnlyList<AgreementRow> ExpiringNextPeriod);

public sealed record AgreementRow(string Reference, string Title, string Country, string Parties, DateOnly? SignedOn, DateOnly? StartDate, DateOnly? EndDate);

/// <summary>Initiatives of the scope that existed on the as-of date.</summary>
public sealed record InitiativeFigures(
    int Initiatives,
    IReadOnlyList<CountRow> ByStatus,
    IReadOnlyList<CountRow> ByType,
    IReadOnlyList<CountRow> ByTheme,
    ParticipantFigures Participants,
    IReadOnlyList<SdgCoverageRow> SdgGoals,
    IReadOnlyList<IndicatorTotalRow> IndicatorTotals,
    ProgressFigures Progress);

/// <summary>Participants of the initiatives running in the period, returnees and community members by sex.</summary>
public sealed record ParticipantFigures(int ReturneeFemale, int ReturneeMale, int CommunityFemale, int CommunityMale)
{
    public int Returnees => ReturneeFemale + ReturneeMale;
    public int CommunityMembers => CommunityFemale + CommunityMale;
    public int Female => ReturneeFemale + CommunityFemale;
    public int Male => ReturneeMale + CommunityMale;
    public int Total => Returnees + CommunityMembers;
}

/// <summary>An SDG goal and how many initiatives name at least one of its targets.</summary>
public sealed record SdgCoverageRow(int Goal, string Title, int Initiatives);

/// <summary>A standard indicator's actual values added up over the period's submitted progress reports.</summary>
public sealed record IndicatorTotalRow(
    string Code, string Name, string Unit, int Reports,
    double ReturneeFemale, double ReturneeMale, double CommunityFemale, double CommunityMale)
{
    public double Total => ReturneeFemale + ReturneeMale + CommunityFemale + CommunityMale;
}

/// <summary>Progress due for the period (ProgressRules.IsExpected): submitted, started but not submitted (draft or reopened), missing.</summary>
public sealed record ProgressFigures(int Expected, int Submitted, int InProgress, int Missing);

/// <summary>
/// The records a reader should not trust blindly: active services not verified in the 180 days before the
/// as-of date, and expected progress not submitted. The lists stop at <see cref="RowLimit"/> rows (a network
/// of fifty thousand services would print hundreds of pages); the totals count them all.
/// </summary>
public sealed record DataQualityAnnex(
    int StaleServicesTotal, IReadOnlyList<StaleServiceRow> StaleServices,
    int MissingProgressTotal, IReadOnlyList<MissingProgressRow> MissingProgress)
{
    public const int RowLimit = 250;
}

public sealed record StaleServiceRow(string Service, string Organisation, string Area, string Country, DateOnly? LastVerified);

/// <summary>An expected progress report not submitted; State says "Missing", "Draft" or "Reopened".</summary>
public sealed record MissingProgressRow(string Reference, string Initiative, string LeadOrganisation, string Country, string State);
