using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Infrastructure.Pdf;

namespace PartnerPortal.Tests.Unit;

public class ReportRunRulesTests
{
    private static readonly DateTime Now = new(2026, 7, 2, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_run_is_rendered_at_most_four_times_with_growing_waits_between()
    {
        Assert.True(ReportRunRules.MayRetry(1));
        Assert.True(ReportRunRules.MayRetry(3));
        Assert.False(ReportRunRules.MayRetry(4));
        Assert.Equal(TimeSpan.FromSeconds(30), ReportRunRules.RetryDelay(1));
        Assert.Equal(TimeSpan.FromMinutes(2), ReportRunRules.RetryDelay(2));
        Assert.Equal(TimeSpan.FromMinutes(10), ReportRunRules.RetryDelay(3));
        Assert.Equal(TimeSpan.FromMinutes(10), ReportRunRules.RetryDelay(7));
        Assert.Equal(TimeSpan.FromSeconds(5), ReportRunRules.RetryDelay(2, [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)]));
        Assert.Equal(TimeSpan.FromSeconds(40), ReportRunRules.RenewalInterval(TimeSpan.FromMinutes(2)));
    }

    [Theory]
    [InlineData(ReportRunState.Queued, null, null, true)]
    [InlineData(ReportRunState.Queued, -1, null, true)]
    [InlineData(ReportRunState.Queued, 30, null, false)]
    [InlineData(ReportRunState.Running, null, 60, false)]
    [InlineData(ReportRunState.Running, null, -1, true)]
    [InlineData(ReportRunState.Running, null, null, true)]
    [InlineData(ReportRunState.Succeeded, null, null, false)]
    [InlineData(ReportRunState.Failed, null, null, false)]
    public void A_run_is_claimable_when_due_or_when_its_worker_stopped_renewing(ReportRunState state, int? nextAttemptInSeconds, int? leaseLeftSeconds, bool claimable)
    {
        var run = new ReportRun
        {
            Scope = "GN", Year = 2026, Half = 1, State = state, RequestedByName = "x",
            NextAttemptAtUtc = nextAttemptInSeconds is { } n ? Now.AddSeconds(n) : null,
            LeaseExpiresAtUtc = leaseLeftSeconds is { } l ? Now.AddSeconds(l) : null,
        };
        Assert.Equal(claimable, ReportRunRules.IsClaimable(run, Now));
        var next = ReportRunRules.NextLook(run, Now);
        if (state is ReportRunState.Succeeded or ReportRunState.Failed) Assert.Null(next);
        else Assert.Equal(claimable ? Now : Now.AddSeconds((nextAttemptInSeconds ?? 0) + (leaseLeftSeconds ?? 0)), next);
    }

    [Fact]
    public void Only_ended_half_years_from_2020_may_be_requested()
    {
        var today = new DateOnly(2026, 7, 1);
        Assert.True(ReportRunRules.MayRequest(new ReportingPeriod(2026, 1), today));
        Assert.False(ReportRunRules.MayRequest(new ReportingPeriod(2026, 1), new DateOnly(2026, 6, 30)));
        Assert.False(ReportRunRules.MayRequest(new ReportingPeriod(2026, 2), today));
        Assert.True(ReportRunRules.MayRequest(new ReportingPeriod(2020, 1), today));
        Assert.False(ReportRunRules.MayRequest(new ReportingPeriod(2019, 2), today));
        Assert.Equal(["2026-H1", "2025-H2", "2025-H1", "2024-H2", "2024-H1", "2023-H2"], ReportRunRules.OfferedPeriods(today).Select(p => p.ToString()));
        Assert.Equal(["2020-H2", "2020-H1"], ReportRunRules.OfferedPeriods(new DateOnly(2021, 3, 1)).Select(p => p.ToString()));
    }

    [Fact]
    public void Errors_are_told_in_words()
    {
        Assert.Equal("No PDF render slot became free within 60 s.", ReportRunRules.DescribeError(new TimeoutException("No PDF render slot became free within 60 s.")));
        Assert.Equal("The PDF printer (Chromium) is not installed on the server: an administrator must install it.",
            ReportRunRules.DescribeError(new PdfBrowserNotFoundException(["/usr/bin/chromium"])));
        Assert.Equal("Unexpected error while preparing the report: boom", ReportRunRules.DescribeError(new InvalidOperationException("boom")));
    }
}
