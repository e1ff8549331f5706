using System.Globalization;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>
/// The indicator table of a progress form as typed: for each indicator, baseline, target and actual, each
/// split into returnee women, returnee men, community women and community men. Cells keep their text so a
/// form with a wrong value comes back exactly as it was sent, with the message next to the cell.
/// </summary>
public sealed class ProgressGrid
{
    public static readonly IndicatorMeasure[] Measures = [IndicatorMeasure.Baseline, IndicatorMeasure.Target, IndicatorMeasure.Actual];
    public static readonly string[] Groups = ["Returnee women", "Returnee men", "Community women", "Community men"];
    /// <summary>The posted list of the indicators on the form (one hidden field per indicator).</summary>
    public const string IndicatorField = "Indicators";

    private readonly Dictionary<string, string> _text = [];
    public List<int> IndicatorIds { get; } = [];

    public static string CellName(int indicatorId, IndicatorMeasure measure, int group) => $"v-{indicatorId}-{(int)measure}-{group}";

    public string Text(int indicatorId, IndicatorMeasure measure, int group) =>
        _text.GetValueOrDefault(CellName(indicatorId, measure, group), "");

    public static ProgressGrid FromReport(ProgressReport? report)
    {
        var grid = new ProgressGrid();
        if (report is null) return grid;
        foreach (var v in report.Values.OrderBy(v => v.Indicator?.SortOrder ?? 0).ThenBy(v => v.IndicatorId))
        {
            grid.Add(v.IndicatorId);
            double[] cells = [v.ReturneeFemale, v.ReturneeMale, v.CommunityFemale, v.CommunityMale];
            for (var g = 0; g < cells.Length; g++) grid._text[CellName(v.IndicatorId, v.Measure, g)] = Format(cells[g]);
        }
        return grid;
    }

    public static ProgressGrid FromForm(IFormCollection form)
    {
        var grid = new ProgressGrid();
        foreach (var raw in form[IndicatorField])
            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) grid.Add(id);
        foreach (var id in grid.IndicatorIds)
            foreach (var measure in Measures)
                for (var g = 0; g < Groups.Length; g++)
                    grid._text[CellName(id, measure, g)] = form[CellName(id, measure, g)].ToString().Trim();
        return grid;
    }

    public void Add(int indicatorId)
    {
        if (!IndicatorIds.Contains(indicatorId)) IndicatorIds.Add(indicatorId);
    }

    public void Remove(int indicatorId) => IndicatorIds.Remove(indicatorId);

    /// <summary>The cells that are not numbers of 0 or more, by field name. A blank cell counts as 0.</summary>
    public IEnumerable<(string Cell, string Message)> Problems() =>
        from id in IndicatorIds
        from measure in Measures
        from g in Enumerable.Range(0, Groups.Length)
        let name = CellName(id, measure, g)
        where Parse(_text.GetValueOrDefault(name)) is null
        select (name, "Enter a number of 0 or more.");

    /// <summary>Writes the table into the report: one value row per indicator and measure; indicators left out are removed.</summary>
    public void ApplyTo(ProgressReport report)
    {
        report.Values.RemoveAll(v => !IndicatorIds.Contains(v.IndicatorId));
        foreach (var id in IndicatorIds)
            foreach (var measure in Measures)
            {
                var row = report.Values.SingleOrDefault(v => v.IndicatorId == id && v.Measure == measure);
                if (row is null) report.Values.Add(row = new IndicatorValue { IndicatorId = id, Measure = measure });
                row.ReturneeFemale = Value(id, measure, 0);
                row.ReturneeMale = Value(id, measure, 1);
                row.CommunityFemale = Value(id, measure, 2);
                row.CommunityMale = Value(id, measure, 3);
            }
    }

    /// <summary>The row's total when every cell is a number, otherwise null.</summary>
    public double? Total(int indicatorId, IndicatorMeasure measure)
    {
        var values = Enumerable.Range(0, Groups.Length).Select(g => Parse(Text(indicatorId, measure, g))).ToList();
        return values.All(v => v is not null) ? values.Sum() : null;
    }

    public static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private double Value(int id, IndicatorMeasure measure, int group) => Parse(Text(id, measure, group)) ?? 0;

    /// <summary>A number of 0 or more; a decimal comma is accepted, as French-speaking users type it.</summary>
    private static double? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        return double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value <= 1e12 ? value : null;
    }
}
