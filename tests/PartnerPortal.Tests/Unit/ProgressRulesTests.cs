using PartnerPortal.Authorization;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Tests.Unit;

/// <summary>Half-yearly progress: periods, who reports, when, locking and reopening.</summary>
public class ProgressRulesTests
{
    private const int Lead = 10;
    private static readonly UserScope LeadMember = new() { UserId = "m", OrganisationId = Lead, OrganisationCountryCode = "GN" };
    private static readonly UserScope OtherMember = new() { UserId = "o", OrganisationId = 20, OrganisationCountryCode = "GN" };
    private static readonly UserScope Administrator = new() { UserId = "a", OrganisationId = 1, IsAdministrator = true };
    private static readonly UserScope GuineaCoordinator = new() { UserId = "c", OrganisationId = 2, IsCoordinator = true, CoordinatedCountries = new HashSet<string> { "GN" } };
    private static readonly UserScope SenegalCoordinator = new() { UserId = "s", OrganisationId = 3, IsCoordinator = true, CoordinatedCountries = new HashSet<string> { "SN" } };

    private static readonly ReportingPeriod H1 = new(2026, 1);
    private static readonly DateOnly InJuly = new(2026, 7, 20);

    private static Initiative Bakery(Action<Initiative>? change = null)
    {
        var i = new Initiative
        {
            Id = 1, Reference = "CBI-GN-2025-001", Title = "Bakery", CountryCode = "GN", LeadOrganisationId = Lead,
            Status = ActivityStatus.Implementation, StartDate = new DateOnly(2025, 3, 1), EndDate = new DateOnly(2027, 2, 28),
        };
        change?.Invoke(i);
        return i;
    }

    private static ProgressReport Report(ProgressState state = ProgressState.Draft, string? narrative = "Ovens installed.") =>
        new() { InitiativeId = 1, Year = 2026, Half = 1, State = state, Narrative = narrative };

    [Theory]
    [InlineData("2026-H1", 2026, 1)]
    [InlineData("2025-h2", 2025, 2)]
    public void A_period_reads_from_its_short_form_and_writes_back_to_it(string text, int year, int half)
    {
        Assert.True(ReportingPeriod.TryParse(text, out var period));
        Assert.Equal(new ReportingPeriod(year, half), period);
        Assert.Equal($"{year}-H{half}", period.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-H3")]
    [InlineData("2026H1")]
    [InlineData("1999-H1")]
    [InlineData("20x6-H1")]
    [InlineData("2026-H1 ")]
    public void Anything_else_is_not_a_period(string? text) => Assert.False(ReportingPeriod.TryParse(text, out _));

    [Fact]
    public void Halves_run_January_to_June_and_July_to_December_and_follow_each_other()
    {
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), (H1.Start, H1.End));
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)), (H1.Next.Start, H1.Next.End));
        Assert.Equal(new ReportingPeriod(2025, 2), H1.Previous);
        Assert.Equal(new ReportingPeriod(2027, 1), H1.Next.Next);
        Assert.Equal(H1, H1.Next.Previous);
        Assert.Equal("H1 2026 (January–June)", H1.Label);
        Assert.Equal("H2 2025 (July–December)", H1.Previous.Label);
        Assert.Equal(new DateOnly(2026, 7, 14), H1.ReminderDue);
    }

    [Fact]
    public void The_last_ended_period_is_the_half_before_the_one_containing_the_day()
    {
        Assert.Equal(H1, ReportingPeriod.LastEndedOn(new DateOnly(2026, 7, 1)));
        Assert.Equal(H1, ReportingPeriod.LastEndedOn(new DateOnly(2026, 12, 31)));
        Assert.Equal(new ReportingPeriod(2025, 2), ReportingPeriod.LastEndedOn(new DateOnly(2026, 6, 30)));
        Assert.Equal(new ReportingPeriod(2025, 2), ReportingPeriod.LastEndedOn(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Progress_is_expected_from_initiatives_running_in_the_period_neither_in_the_pipeline_nor_cancelled()
    {
        Assert.True(ProgressRules.IsExpected(Bakery(), H1));
        Assert.False(ProgressRules.IsExpected(Bakery(i => i.Status = ActivityStatus.Pipeline), H1));
        Assert.False(ProgressRules.IsExpected(Bakery(i => i.Status = ActivityStatus.Cancelled), H1));
        Assert.True(ProgressRules.IsExpected(Bakery(i => i.Status = ActivityStatus.Suspended), H1));
        Assert.False(ProgressRules.IsExpected(Bakery(i => i.StartDate = null), H1));
        Assert.False(ProgressRules.IsExpected(Bakery(i => i.StartDate = new DateOnly(2026, 7, 1)), H1));
        Assert.True(ProgressRules.IsExpected(Bakery(i => i.StartDate = new DateOnly(2026, 6, 30)), H1));
        Assert.False(ProgressRules.IsExpected(Bakery(i => i.EndDate = new DateOnly(2025, 12, 31)), H1));
        Assert.True(ProgressRules.IsExpected(Bakery(i => (i.Status, i.EndDate) = (ActivityStatus.Closed, new DateOnly(2026, 1, 1))), H1));
        Assert.True(ProgressRules.IsExpected(Bakery(i => i.EndDate = null), H1));
    }

    [Fact]
    public void The_lead_implementers_members_coordinators_of_the_country_and_administrators_report()
    {
        Assert.Null(ProgressRules.WhyNotEdit(LeadMember, Bakery(), H1, null, InJuly));
        Assert.Null(ProgressRules.WhyNotEdit(GuineaCoordinator, Bakery(), H1, null, InJuly));
        Assert.Null(ProgressRules.WhyNotEdit(Administrator, Bakery(), H1, null, InJuly));
        Assert.Contains("lead implementer", ProgressRules.WhyNotEdit(OtherMember, Bakery(), H1, null, InJuly));
        Assert.NotNull(ProgressRules.WhyNotEdit(SenegalCoordinator, Bakery(), H1, null, InJuly));
        Assert.NotNull(ProgressRules.WhyNotEdit(LeadMember, Bakery(i => i.LeadOrganisationId = null), H1, null, InJuly));
    }

    [Fact]
    public void A_period_that_has_not_started_cannot_be_reported_but_the_running_one_can()
    {
        var next = new ReportingPeriod(2027, 1);
        Assert.Contains("has not started", ProgressRules.WhyNotEdit(LeadMember, Bakery(), next, null, InJuly));
        Assert.Contains("has not started", ProgressRules.WhyNotSubmit(LeadMember, Bakery(), next, Report(), InJuly));
        Assert.Null(ProgressRules.WhyNotEdit(LeadMember, Bakery(), H1.Next, null, InJuly));
        Assert.Null(ProgressRules.WhyNotEdit(LeadMember, Bakery(), H1, null, H1.Start));
    }

    [Fact]
    public void Submitting_locks_the_report_records_who_and_refuses_a_second_submission_or_an_edit()
    {
        var report = Report();
        Assert.Null(ProgressRules.WhyNotSubmit(LeadMember, Bakery(), H1, report, InJuly));
        var at = new DateTime(2026, 7, 20, 9, 0, 0, DateTimeKind.Utc);
        var before = report.Version;
        var submitted = ProgressRules.Submit(report, LeadMember, "Aïssatou Bah", at);

        Assert.True(report.IsLocked);
        Assert.Equal((at, "m", "Aïssatou Bah"), (report.SubmittedAtUtc!.Value, report.SubmittedByUserId!, report.SubmittedByName!));
        Assert.NotEqual(before, report.Version);
        Assert.Equal((ProgressEventKind.Submitted, 2026, 1, at), (submitted.Kind, submitted.Year, submitted.Half, submitted.AtUtc));
        Assert.Contains("locked", ProgressRules.WhyNotEdit(LeadMember, Bakery(), H1, report, InJuly));
        Assert.Contains("locked", ProgressRules.WhyNotSubmit(LeadMember, Bakery(), H1, report, InJuly));
        Assert.Contains("locked", ProgressRules.WhyNotEdit(GuineaCoordinator, Bakery(), H1, report, InJuly));
    }

    [Fact]
    public void A_report_needs_saving_and_a_narrative_before_it_is_submitted()
    {
        Assert.NotNull(ProgressRules.WhyNotSubmit(LeadMember, Bakery(), H1, null, InJuly));
        Assert.Contains("narrative", ProgressRules.WhyNotSubmit(LeadMember, Bakery(), H1, Report(narrative: "  "), InJuly));
    }

    [Fact]
    public void Only_a_coordinator_of_the_country_or_an_administrator_reopens_and_only_with_a_reason()
    {
        var locked = Report(ProgressState.Submitted);
        Assert.Null(ProgressRules.WhyNotReopen(GuineaCoordinator, Bakery(), locked, "Actual jobs look too high."));
        Assert.Null(ProgressRules.WhyNotReopen(Administrator, Bakery(), locked, "Typo."));
        Assert.Contains("coordinator", ProgressRules.WhyNotReopen(LeadMember, Bakery(), locked, "Typo."));
        Assert.Contains("coordinator", ProgressRules.WhyNotReopen(SenegalCoordinator, Bakery(), locked, "Typo."));
        Assert.Contains("reason", ProgressRules.WhyNotReopen(GuineaCoordinator, Bakery(), locked, " "));
        Assert.Contains("submitted", ProgressRules.WhyNotReopen(GuineaCoordinator, Bakery(), Report(), "Typo."));
        Assert.NotNull(ProgressRules.WhyNotReopen(GuineaCoordinator, Bakery(), null, "Typo."));
    }

    [Fact]
    public void Reopening_unlocks_the_report_for_the_implementer_and_keeps_the_reason()
    {
        var report = Report(ProgressState.Submitted);
        var reopened = ProgressRules.Reopen(report, GuineaCoordinator, "Coordinator GN", "  Jobs count twice the women.  ", new DateTime(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(ProgressState.Reopened, report.State);
        Assert.False(report.IsLocked);
        Assert.Equal((ProgressEventKind.Reopened, "Jobs count twice the women."), (reopened.Kind, reopened.Detail));
        Assert.Null(ProgressRules.WhyNotEdit(LeadMember, Bakery(), H1, report, InJuly));
        Assert.Null(ProgressRules.WhyNotSubmit(LeadMember, Bakery(), H1, report, InJuly));
    }
}
