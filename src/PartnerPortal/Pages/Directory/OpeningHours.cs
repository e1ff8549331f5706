using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Directory;

/// <summary>Opening hours in words for printed pages: "Mon–Fri 08:00–16:30 (closed on public holidays)".</summary>
public static class OpeningHours
{
    private static readonly string[] Codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] Names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static string Describe(Schedule schedule)
    {
        var hours = (schedule.OpensAt, schedule.ClosesAt) switch
        {
            ({ } opens, { } closes) => $"{opens:HH:mm}–{closes:HH:mm}",
            ({ } opens, null) => $"from {opens:HH:mm}",
            (null, { } closes) => $"until {closes:HH:mm}",
            _ => null,
        };
        var text = string.Join(" ", new[] { Days(schedule.ByDay), hours }.Where(x => !string.IsNullOrEmpty(x)));
        var description = string.IsNullOrWhiteSpace(schedule.Description) ? null : schedule.Description.Trim();
        return description is null ? text : text.Length == 0 ? description : $"{text} ({description})";
    }

    /// <summary>Schedules in the order of the week (then of the day), as a reader scans them.</summary>
    public static IEnumerable<Schedule> InWeekOrder(IEnumerable<Schedule> schedules) =>
        schedules.OrderBy(s => s.ByDay.Split(',').Select(d => Array.IndexOf(Codes, d.Trim().ToUpperInvariant())).Where(i => i >= 0).DefaultIfEmpty(7).Min())
            .ThenBy(s => s.OpensAt);

    /// <summary>RFC 5545 day codes as short names, consecutive days of the week joined into a range: "Mon–Fri, Sat".</summary>
    public static string Days(string byDay)
    {
        var codes = byDay.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => d.ToUpperInvariant()).ToList();
        var known = codes.Select(d => Array.IndexOf(Codes, d)).Where(i => i >= 0).Distinct().Order().ToList();
        var parts = new List<string>();
        for (var start = 0; start < known.Count;)
        {
            var end = start;
            while (end + 1 < known.Count && known[end + 1] == known[end] + 1) end++;
            // Two days in a row read better as a list than as a range ("Sat, Sun", not "Sat–Sun").
            if (end - start >= 2) parts.Add($"{Names[known[start]]}–{Names[known[end]]}");
            else parts.AddRange(known[start..(end + 1)].Select(i => Names[i]));
            start = end + 1;
        }
        parts.AddRange(codes.Where(d => Array.IndexOf(Codes, d) < 0)); // unknown codes are shown as recorded
        return string.Join(", ", parts);
    }
}
