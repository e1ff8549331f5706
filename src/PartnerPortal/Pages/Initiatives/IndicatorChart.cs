using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>
/// The actual totals of the standard indicators an initiative reported, per half-year, laid out as grouped
/// bars for a small inline SVG (one group per period, one bar per indicator) and as a table for screen readers.
/// </summary>
public sealed class IndicatorChart
{
    public sealed record Series(string Name, string Unit, string Colour, Dictionary<ReportingPeriod, double> Values);
    public sealed record Bar(double X, double Y, double Width, double Height, string Colour, string Label);

    /// <summary>Colour-blind-safe (Okabe–Ito) colours, in legend order.</summary>
    private static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#6B6B00", "#000000"];

    public const double Width = 420, Height = 220, Left = 40, Right = 6, Top = 10, Bottom = 30;

    public List<ReportingPeriod> Periods { get; }
    public List<Series> Indicators { get; }
    public double Max { get; }
    public bool IsEmpty => Indicators.Count == 0;

    public IndicatorChart(List<ReportingPeriod> periods, List<Series> indicators)
    {
        Periods = periods;
        Indicators = indicators;
        Max = NiceCeiling(indicators.SelectMany(s => s.Values.Values).DefaultIfEmpty(0).Max());
    }

    public static async Task<IndicatorChart> LoadAsync(PortalDbContext db, int initiativeId, CancellationToken ct = default)
    {
        var rows = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.Measure == IndicatorMeasure.Actual && v.Indicator!.InitiativeId == null)
            .Join(db.ProgressReports.Where(r => r.InitiativeId == initiativeId), v => v.ProgressReportId, r => r.Id, (v, r) => new
            {
                r.Year, r.Half, v.IndicatorId, v.Indicator!.Name, v.Indicator.Unit, v.Indicator.SortOrder,
                Total = v.ReturneeFemale + v.ReturneeMale + v.CommunityFemale + v.CommunityMale,
            }).ToListAsync(ct);
        var periods = rows.Select(r => new ReportingPeriod(r.Year, r.Half)).Distinct().Order().ToList();
        var series = rows.GroupBy(r => new { r.IndicatorId, r.Name, r.Unit, r.SortOrder }).OrderBy(g => g.Key.SortOrder)
            .Select((g, i) => new Series(g.Key.Name, g.Key.Unit, Palette[i % Palette.Length],
                g.GroupBy(r => new ReportingPeriod(r.Year, r.Half)).ToDictionary(p => p.Key, p => p.Sum(r => r.Total))))
            .ToList();
        return new IndicatorChart(periods, series);
    }

    public IEnumerable<Bar> Bars()
    {
        if (IsEmpty || Max <= 0) yield break;
        var groupWidth = (Width - Left - Right) / Periods.Count;
        var barWidth = groupWidth * 0.8 / Indicators.Count;
        for (var p = 0; p < Periods.Count; p++)
            for (var s = 0; s < Indicators.Count; s++)
            {
                var value = Indicators[s].Values.GetValueOrDefault(Periods[p]);
                var h = value / Max * PlotHeight;
                yield return new Bar(Left + p * groupWidth + groupWidth * 0.1 + s * barWidth, Top + PlotHeight - h, barWidth, h,
                    Indicators[s].Colour, $"{Indicators[s].Name}, {Periods[p]}: {Number(value)} {Indicators[s].Unit}");
            }
    }

    public double PlotHeight => Height - Top - Bottom;

    /// <summary>The x position of the centre of a period's group, for its label.</summary>
    public double PeriodCentre(int index) => Left + (index + 0.5) * (Width - Left - Right) / Periods.Count;

    /// <summary>Gridlines at 0, half and the top of the scale.</summary>
    public IEnumerable<(double Y, string Label)> Ticks() =>
        Enumerable.Range(0, 3).Select(i => (Top + PlotHeight - i / 2.0 * PlotHeight, Number(Max * i / 2.0)));

    public static string Number(double value) => value.ToString(value == Math.Floor(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);

    /// <summary>SVG coordinates are written with a dot whatever the culture.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static double NiceCeiling(double value)
    {
        if (value <= 0) return 0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
            if (step * magnitude >= value) return step * magnitude;
        return 10 * magnitude;
    }
}
