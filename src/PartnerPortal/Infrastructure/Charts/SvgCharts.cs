using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace PartnerPortal.Infrastructure.Charts;

public sealed record ChartBar(string Label, double Value);

public sealed record ChartSegment(string Label, double Value, string Colour);

/// <summary>One series of a grouped chart: a value per group, in the groups' order.</summary>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<double> Values);

/// <summary>Sober colours that stay distinct when printed in grey.</summary>
public static class ChartPalette
{
    public const string Primary = "#0b4f6c";
    public const string Secondary = "#7fa7c0";
    public const string Track = "#e3e9ed";
    public const string Grid = "#d0d7dd";
    public const string Text = "#1d2329";
    public const string Muted = "#55606a";
    public const string Good = "#2e6b3f";
    public const string Warning = "#c08a1e";
    public const string Bad = "#a33a32";
}

/// <summary>
/// Small inline SVG charts for printed reports and pages under a strict CSP: vector only, no script, no
/// style attributes (presentation attributes and classes instead). Every chart is an image with a title
/// and an aria-label that says its numbers; the table beside it remains the full text alternative.
/// All text is HTML-encoded here, so callers pass plain user text.
/// </summary>
public static class SvgCharts
{
    private const double Width = 360;
    private const double LabelWidth = 150;
    private const double RowHeight = 20;
    private const int MaxLabelChars = 24;

    /// <summary>One bar per row, longest first as given, the value printed after the bar.</summary>
    public static IHtmlContent HorizontalBars(string title, IReadOnlyList<ChartBar> bars, string colour = ChartPalette.Primary)
    {
        var max = Math.Max(1, bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        var barSpace = Width - LabelWidth - 48;
        var height = bars.Count * RowHeight + 8;
        var svg = Open(title, Summary(title, bars.Select(b => (b.Label, b.Value))), height);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = 4 + i * RowHeight;
            var length = bars[i].Value / max * barSpace;
            svg.Append($"<text x=\"{N(LabelWidth - 6)}\" y=\"{N(y + 13)}\" text-anchor=\"end\" font-size=\"9\" fill=\"{ChartPalette.Text}\">{E(Short(bars[i].Label))}</text>");
            svg.Append($"<rect x=\"{N(LabelWidth)}\" y=\"{N(y + 3)}\" width=\"{N(Math.Max(length, 0.5))}\" height=\"13\" fill=\"{colour}\"><title>{E(bars[i].Label)}: {Number(bars[i].Value)}</title></rect>");
            svg.Append($"<text x=\"{N(LabelWidth + length + 4)}\" y=\"{N(y + 13)}\" font-size=\"10\" fill=\"{ChartPalette.Text}\">{Number(bars[i].Value)}</text>");
        }
        return Close(svg);
    }

    /// <summary>Vertical columns: per group one column for each series, with a legend and value labels.</summary>
    public static IHtmlContent GroupedColumns(string title, IReadOnlyList<string> groups, IReadOnlyList<ChartSeries> series)
    {
        const double height = 190, top = 30, bottom = 24, left = 40;
        var max = NiceCeiling(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var plot = height - top - bottom;
        var groupWidth = (Width - left - 8) / groups.Count;
        var columnWidth = Math.Min(36, groupWidth * 0.7 / series.Count);
        var summary = Summary(title, groups.SelectMany((g, gi) => series.Select(s => ($"{g}, {s.Name}", s.Values[gi]))));
        var svg = Open(title, summary, height);
        for (var t = 0; t <= 4; t++)
        {
            var y = top + plot - plot * t / 4;
            svg.Append($"<line x1=\"{N(left)}\" x2=\"{N(Width - 4)}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"{ChartPalette.Grid}\" stroke-width=\"0.6\"/>");
            svg.Append($"<text x=\"{N(left - 5)}\" y=\"{N(y + 3)}\" text-anchor=\"end\" font-size=\"9\" fill=\"{ChartPalette.Muted}\">{Number(max * t / 4)}</text>");
        }
        Legend(svg, series.Select(s => (s.Name, s.Colour)), left, 12);
        for (var g = 0; g < groups.Count; g++)
        {
            var start = left + g * groupWidth + (groupWidth - columnWidth * series.Count) / 2;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[g];
                var h = max == 0 ? 0 : value / max * plot;
                var x = start + s * columnWidth;
                svg.Append($"<rect x=\"{N(x + 1)}\" y=\"{N(top + plot - h)}\" width=\"{N(columnWidth - 2)}\" height=\"{N(h)}\" fill=\"{series[s].Colour}\"><title>{E(groups[g])}, {E(series[s].Name)}: {Number(value)}</title></rect>");
                svg.Append($"<text x=\"{N(x + columnWidth / 2)}\" y=\"{N(top + plot - h - 3)}\" text-anchor=\"middle\" font-size=\"9\" fill=\"{ChartPalette.Text}\">{Number(value)}</text>");
            }
            svg.Append($"<text x=\"{N(left + g * groupWidth + groupWidth / 2)}\" y=\"{N(height - 8)}\" text-anchor=\"middle\" font-size=\"10\" fill=\"{ChartPalette.Text}\">{E(groups[g])}</text>");
        }
        return Close(svg);
    }

    /// <summary>One full-width bar split into parts of a whole, with a legend giving each part's count and share.</summary>
    public static IHtmlContent StackedBar(string title, IReadOnlyList<ChartSegment> segments)
    {
        const double barY = 4, barHeight = 22, lineHeight = 15;
        var height = barY + barHeight + 10 + segments.Count * lineHeight;
        var total = segments.Sum(s => s.Value);
        var svg = Open(title, Summary(title, segments.Select(s => (s.Label, s.Value))), height);
        var x = 0.0;
        if (total == 0) svg.Append($"<rect x=\"0\" y=\"{N(barY)}\" width=\"{N(Width)}\" height=\"{N(barHeight)}\" fill=\"{ChartPalette.Track}\"/>");
        foreach (var s in segments.Where(s => s.Value > 0))
        {
            var w = s.Value / total * Width;
            svg.Append($"<rect x=\"{N(x)}\" y=\"{N(barY)}\" width=\"{N(w)}\" height=\"{N(barHeight)}\" fill=\"{s.Colour}\" stroke=\"#ffffff\" stroke-width=\"1\"><title>{E(s.Label)}: {Number(s.Value)}</title></rect>");
            x += w;
        }
        // One legend line per part: counts and shares would not fit side by side.
        for (var i = 0; i < segments.Count; i++)
        {
            var share = total == 0 ? "" : $" ({Percent(segments[i].Value / total)})";
            Legend(svg, [($"{segments[i].Label}: {Number(segments[i].Value)}{share}", segments[i].Colour)], 0, barY + barHeight + 20 + i * lineHeight);
        }
        return Close(svg);
    }

    /// <summary>A ring showing a share from 0 to 1, the percentage in its centre and a caption beside it.</summary>
    public static IHtmlContent Share(string title, double share, string caption)
    {
        const double height = 120, cx = 60, cy = 60, r = 44;
        share = Math.Clamp(share, 0, 1);
        var circumference = 2 * Math.PI * r;
        var svg = Open(title, $"{title}: {Percent(share)}. {caption}", height);
        svg.Append($"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"none\" stroke=\"{ChartPalette.Track}\" stroke-width=\"16\"/>");
        if (share > 0)
            svg.Append($"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"none\" stroke=\"{ChartPalette.Primary}\" stroke-width=\"16\" " +
                $"stroke-dasharray=\"{N(share * circumference)} {N(circumference)}\" transform=\"rotate(-90 {N(cx)} {N(cy)})\"/>");
        svg.Append($"<text x=\"{N(cx)}\" y=\"{N(cy + 6)}\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"bold\" fill=\"{ChartPalette.Text}\">{Percent(share)}</text>");
        var lines = Wrap(caption, 34);
        for (var i = 0; i < lines.Count; i++)
            svg.Append($"<text x=\"{N(cx + r + 26)}\" y=\"{N(cy - lines.Count * 7 + 10 + i * 14)}\" font-size=\"10.5\" fill=\"{ChartPalette.Text}\">{E(lines[i])}</text>");
        return Close(svg);
    }

    public static string Number(double value) =>
        value.ToString(Math.Abs(value % 1) < 0.005 ? "#,##0" : "#,##0.##", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>1, 2, 2.5 or 5 times a power of ten, at least the value: round gridline labels.</summary>
    public static double NiceCeiling(double value)
    {
        if (value <= 0) return 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
            if (step * magnitude >= value) return Math.Max(4, step * magnitude);
        return 10 * magnitude;
    }

    private static void Legend(StringBuilder svg, IEnumerable<(string Label, string Colour)> items, double x, double y)
    {
        foreach (var (label, colour) in items)
        {
            svg.Append($"<rect x=\"{N(x)}\" y=\"{N(y - 9)}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>");
            svg.Append($"<text x=\"{N(x + 14)}\" y=\"{N(y)}\" font-size=\"10\" fill=\"{ChartPalette.Text}\">{E(label)}</text>");
            // No text measuring in SVG: advance by an average glyph width.
            x += 26 + label.Length * 5.4;
        }
    }

    private static StringBuilder Open(string title, string summary, double height) =>
        new StringBuilder()
            .Append($"<svg class=\"report-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(height)}\" ")
            .Append($"role=\"img\" aria-label=\"{E(summary)}\" focusable=\"false\"><title>{E(title)}</title>");

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Summary(string title, IEnumerable<(string Label, double Value)> items) =>
        $"{title}: " + string.Join("; ", items.Select(i => $"{i.Label} {Number(i.Value)}")) + ".";

    private static string Short(string label) => label.Length <= MaxLabelChars ? label : label[..(MaxLabelChars - 1)].TrimEnd() + "…";

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string> { "" };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > width) lines.Add("");
            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }
        return lines;
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
