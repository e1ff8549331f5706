using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>Hangfire's server and storage are process-wide: no other app may run beside this one.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireServerCollection
{
    public const string Name = "hangfire-server";
}

/// <summary>The one test with the real Hangfire server: a report requested over HTTP is rendered by a Hangfire worker.</summary>
[Collection(HangfireServerCollection.Name)]
public class ReportRunHangfireTests
{
    /// <summary>realPrinter: the report's query and template (the other parts of issue 6); otherwise a stand-in.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_requested_report_is_rendered_by_a_hangfire_worker(bool realPrinter)
    {
        using var factory = ReportRunTests.Factory(realPrinter ? null : new ScriptedReportPrinter(), new() { ["Hangfire:Server"] = "true" });
        using var coordinator = await PortalClient.SignedInAsync(factory, DemoUsers.CoordinatorGuinea);
        var period = ReportingPeriod.LastEndedOn(DateOnly.FromDateTime(DateTime.UtcNow));
        await ReportRunTests.RequestAsync(coordinator, "GN", period);
        var id = await factory.WithDbAsync(db => db.ReportRuns.Select(r => r.Id).SingleAsync());

        var run = await ReportRunTestData.UntilFinishedAsync(factory, id, TimeSpan.FromSeconds(90));
        Assert.True(run.State == ReportRunState.Succeeded, run.Error);
        Assert.Contains("badge text-bg-success", await coordinator.GetStringAsync("/Reports"));
    }
}
