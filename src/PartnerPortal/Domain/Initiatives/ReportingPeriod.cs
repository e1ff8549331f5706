using System.Globalization;

namespace PartnerPortal.Domain.Initiatives;

/// <summary>A half-year: H1 runs 1 January–30 June, H2 1 July–31 December.</summary>
public readonly record struct ReportingPeriod(int Year, int Half) : IComparable<ReportingPeriod>
{
    /// <summary>Reminders for missing progress go out this long after a period ends.</summary>
    public const int ReminderDelayDays = 14;

    public DateOnly Start => new(Year, Half == 1 ? 1 : 7, 1);
    public DateOnly End => Half == 1 ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);
    public ReportingPeriod Previous => Half == 1 ? new(Year - 1, 2) : new(Year, 1);
    public ReportingPeriod Next => Half == 1 ? new(Year, 2) : new(Year + 1, 1);
    public DateOnly ReminderDue => End.AddDays(ReminderDelayDays);

    public bool HasStartedOn(DateOnly day) => day >= Start;
    public bool HasEndedOn(DateOnly day) => day > End;

    public static ReportingPeriod Containing(DateOnly day) => new(day.Year, day.Month <= 6 ? 1 : 2);

    /// <summary>The last period that has ended on <paramref name="day"/>.</summary>
    public static ReportingPeriod LastEndedOn(DateOnly day) => Containing(day).Previous;

    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        // "2026-H1"
        if (text is not { Length: 7 } || text[4] != '-' || text[5] is not ('H' or 'h') || text[6] is not ('1' or '2')
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100)
            return false;
        period = new ReportingPeriod(year, text[6] - '0');
        return true;
    }

    public int CompareTo(ReportingPeriod other) => (Year * 2 + Half).CompareTo(other.Year * 2 + other.Half);

    public override string ToString() => $"{Year}-H{Half}";

    /// <summary>"H1 2026 (January–June)".</summary>
    public string Label => $"H{Half} {Year} ({(Half == 1 ? "January–June" : "July–December")})";
}
