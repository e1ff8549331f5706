using System.Globalization;
using PartnerPortal.Infrastructure.Charts;

namespace PartnerPortal.Pages.Reports;

/// <summary>A list of counts printed as a table (label, count, share of the total).</summary>
public sealed record CountTable(string LabelHeading, string CountHeading, IReadOnlyList<CountRow> Rows, int? Total = null)
{
    /// <summary>Shares are of the given total (e.g. all initiatives, when one initiative names several themes) or of the rows' sum.</summary>
    public int ShareBase => Total ?? Rows.Sum(r => r.Count);
}

/// <summary>
/// How the report writes numbers, dates and changes: invariant English whatever the server's culture,
/// thousands separators, a real minus sign, percentage points for shares.
/// </summary>
public static class ReportText
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;
    private const string Minus = "\u2212";

    public static string Count(int value) => value.ToString("N0", En);
    public static string Number(double value) => SvgCharts.Number(value);
    public static string Percent(double share) => SvgCharts.Percent(share);
    public static string ShareOf(int count, int total) => total == 0 ? "–" : Percent((double)count / total);
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", En);
    public static string Date(DateOnly? day, string none) => day is { } d ? Date(d) : none;
    public static string ShortDate(DateOnly? day) => day?.ToString("d MMM yyyy", En) ?? "–";
    /// <summary>"H1 2025": the period's short name where the full label would crowd a cell.</summary>
    public static string Half(Domain.Initiatives.ReportingPeriod period) => $"H{period.Half} {period.Year}";
    public static string Timestamp(DateTime utc) => utc.ToString("d MMMM yyyy, HH:mm", En) + " UTC";

    public static string Value(KeyFigure figure) => Format(figure, figure.Current);
    public static string PreviousValue(KeyFigure figure) => Format(figure, figure.Previous);

    private static string Format(KeyFigure figure, double value) =>
        figure.Format == FigureFormat.Percent ? Percent(value) : Number(value);

    public enum Direction { Same, Up, Down }

    /// <summary>"+12", "−3", "+4.5 pp"; Same when the rounded change is nil.</summary>
    public static (Direction Direction, string Text) Change(KeyFigure figure)
    {
        var (amount, unit) = figure.Format == FigureFormat.Percent
            ? (Math.Round(figure.Change * 100, 1), " pp")
            : (Math.Round(figure.Change, 2), "");
        if (amount == 0) return (Direction.Same, "no change");
        var text = (amount > 0 ? "+" : Minus) + Number(Math.Abs(amount)) + unit;
        return (amount > 0 ? Direction.Up : Direction.Down, text);
    }

    /// <summary>What a reader must know to read the figures right (report-definitions), in plain words.</summary>
    public static IReadOnlyList<string> Caveats(BiannualReport report)
    {
        var asOf = Date(report.AsOf);
        var previous = report.Period.Previous;
        var generated = Date(DateOnly.FromDateTime(report.GeneratedAtUtc));
        return
        [
            $"Figures describe {(report.Scope.IsNetwork ? "the whole network" : report.ScopeName)} on {asOf}, the last day of the half-year: a record counts when it was created on or before that day. " +
            $"Changes compare with the same figures on {Date(previous.End)}, the end of {previous.Label}.",
            report.Scope.IsNetwork
                ? "The network's countries are those where a member organisation is seated or works. Its totals count every member organisation once, " +
                  "including those seated elsewhere (donors, for instance); an organisation working in several countries counts once in the total and in each country's line."
                : $"An organisation counts in {report.ScopeName} when its seat is there or it declares working there; a service when one of its locations is there " +
                  "(or, without a location, when its organisation's seat is). Country reports therefore overlap and do not add up to the network report.",
            $"The directory keeps no history of a service's status: \"active\" means active on {generated}, among the services that existed on {asOf}.",
            $"A service counts as verified when it was verified between {Date(report.AsOf.AddDays(-179))} and {asOf} (the last 180 days of the half-year).",
            $"Agreement statuses on {asOf} are derived from the dates on which each version was frozen for signature, signed and ended. " +
            "Amendments signed in the half-year are listed as their own version.",
            "Participants are the numbers declared on each initiative running in the half-year; a person taking part in two initiatives is counted twice.",
            $"Progress reports are due after the half-year ends and are counted as they stood on {generated}; reports submitted later will raise these figures. " +
            "An initiative's status is the one its submitted progress report for the half-year recorded, otherwise its current status; indicator totals add up submitted reports only.",
            $"The data-quality annex lists at most {Count(DataQualityAnnex.RowLimit)} records per list; its totals count them all.",
        ];
    }
}
