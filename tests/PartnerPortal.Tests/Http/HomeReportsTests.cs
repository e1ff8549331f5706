using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The home page tells coordinators how many of their scopes have a biannual report ready for the last half-year.</summary>
public class HomeReportsTests
{
    [Fact]
    public async Task A_coordinator_sees_the_reports_ready_for_the_last_half_year_of_its_own_countries()
    {
        using var factory = new PortalFactory();
        var last = ReportingPeriod.LastEndedOn(DateOnly.FromDateTime(DateTime.UtcNow));
        using var guinea = await PortalClient.SignedInAsync(factory, DemoUsers.CoordinatorGuinea);
        using var global = await PortalClient.SignedInAsync(factory, DemoUsers.GlobalCoordinator);
        Assert.Equal(0, await HomePage.StatAsync(guinea, "stat-reports-ready"));

        await ReportRunTestData.SucceededAsync(factory, "GN", last);
        await ReportRunTestData.SucceededAsync(factory, "GN", last); // asked again: still one report ready
        await ReportRunTestData.SucceededAsync(factory, "SN", last);
        await ReportRunTestData.SucceededAsync(factory, "GN", last.Previous);

        Assert.Equal(1, await HomePage.StatAsync(guinea, "stat-reports-ready"));
        Assert.Equal(2, await HomePage.StatAsync(global, "stat-reports-ready"));
        using var partner = await PortalClient.SignedInAsync(factory, DemoUsers.Partner);
        Assert.False(await HomePage.HasStatAsync(partner, "stat-reports-ready"));
    }
}
