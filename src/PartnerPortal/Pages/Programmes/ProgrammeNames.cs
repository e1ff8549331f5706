using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Programmes;

/// <summary>How programme kinds, statuses, periods and budgets read on the pages.</summary>
public static class ProgrammeNames
{
    /// <summary>The acronym to show after the name, unless the name already contains it ("Tekki Fii – Make it in the Gambia").</summary>
    public static string? ExtraAcronym(string name, string? acronym) =>
        acronym is not null && !name.Contains(acronym, StringComparison.Ordinal) ? acronym : null;

    public static string Kind(ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Reintegration => "Reintegration",
        ProgrammeKind.Development => "Development",
        ProgrammeKind.DevelopmentOrientedReintegration => "Development-oriented reintegration",
        _ => kind.ToString(),
    };

    public static string Status(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Pipeline => "Pipeline (not started)",
        ProgrammeStatus.Implementation => "Implementation",
        ProgrammeStatus.Finalisation => "Finalisation",
        ProgrammeStatus.Closed => "Closed",
        ProgrammeStatus.Suspended => "Suspended",
        _ => status.ToString(),
    };

    /// <summary>Bootstrap badge colour of a status.</summary>
    public static string StatusBadge(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Implementation => "text-bg-success",
        ProgrammeStatus.Pipeline or ProgrammeStatus.Finalisation => "text-bg-info",
        ProgrammeStatus.Suspended => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public static string Period(DateOnly start, DateOnly end) => $"{start:d MMM yyyy} – {end:d MMM yyyy}";

    public static string Budget(decimal? amount, string? currency) =>
        amount is { } a ? $"{currency} {a.ToString(a == decimal.Truncate(a) ? "#,0" : "#,0.00", System.Globalization.CultureInfo.InvariantCulture)}".Trim() : "Not given";
}
