using Microsoft.Playwright;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

/// <summary>The report read in the portal: under the strict CSP, on a desktop and on a phone. Needs the report query.</summary>
[Collection(BrowserCollection.Name)]
public class ReportViewBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_coordinator_reads_the_guinea_report_with_its_charts_without_browser_errors_on_desktop_and_phone()
    {
        foreach (var (width, name) in new[] { (1280, "report-view"), (390, "report-view-phone") })
        {
            var page = await NewPageAsync(width);
            await SignInAsync(page, DemoUsers.CoordinatorGuinea);
            await page.GotoAsync("/Reports/View?scope=GN&period=2025-H2");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Biannual report", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Annex: data quality" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Request the PDF" })).ToBeVisibleAsync();
            Assert.True(await page.Locator("svg.report-chart").CountAsync() >= 4);
            await ScreenshotAsync(page, name);
        }
        AssertNoBrowserErrors();
    }
}
