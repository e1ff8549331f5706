using PartnerPortal.Domain;
using PartnerPortal.Pages.Directory;

namespace PartnerPortal.Tests.Unit;

public class OpeningHoursTests
{
    [Theory]
    [InlineData("MO,TU,WE,TH,FR", "Mon–Fri")]
    [InlineData("FR,MO,TH,WE,TU", "Mon–Fri")]
    [InlineData("MO,WE,FR", "Mon, Wed, Fri")]
    [InlineData("SA,SU", "Sat, Sun")]
    [InlineData("MO,TU,WE,SA", "Mon–Wed, Sat")]
    [InlineData("mo, tu", "Mon, Tue")]
    [InlineData("TH,HOLIDAY", "Thu, HOLIDAY")]
    public void Days_are_named_and_runs_of_three_or_more_become_a_range(string byDay, string expected) =>
        Assert.Equal(expected, OpeningHours.Days(byDay));

    [Fact]
    public void A_schedule_reads_as_days_hours_and_its_note()
    {
        Assert.Equal("Mon–Fri 08:00–16:30", OpeningHours.Describe(new Schedule { ByDay = "MO,TU,WE,TH,FR", OpensAt = new(8, 0), ClosesAt = new(16, 30) }));
        Assert.Equal("Sat from 09:00 (market days only)", OpeningHours.Describe(new Schedule { ByDay = "SA", OpensAt = new(9, 0), Description = "market days only" }));
        Assert.Equal("By appointment", OpeningHours.Describe(new Schedule { ByDay = "", Description = "By appointment" }));
    }

    [Fact]
    public void Schedules_are_listed_in_the_order_of_the_week()
    {
        var saturday = new Schedule { ByDay = "SA", OpensAt = new(9, 0) };
        var weekdays = new Schedule { ByDay = "MO,TU,WE,TH,FR", OpensAt = new(8, 0) };
        var mondayEvening = new Schedule { ByDay = "MO", OpensAt = new(18, 0) };
        Assert.Equal([weekdays, mondayEvening, saturday], OpeningHours.InWeekOrder([saturday, mondayEvening, weekdays]));
    }
}
