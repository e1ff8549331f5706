using Microsoft.Playwright;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Tests.Support;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

/// <summary>A coordinator requests a biannual report and watches it become ready without reloading (in-process run queue, real printer).</summary>
[Collection(BrowserCollection.Name)]
public class ReportJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_coordinator_requests_a_report_watches_it_succeed_without_reloading_and_downloads_it()
    {
        var period = ReportingPeriod.LastEndedOn(DateOnly.FromDateTime(DateTime.UtcNow));
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.CoordinatorGuinea);
        await page.GotoAsync("/Reports");
        await Expect(page.GetByLabel("Scope")).ToHaveValueAsync("GN");
        await Expect(page.GetByLabel("Half-year")).ToHaveValueAsync(period.ToString());
        // A mark on this document: it survives only if the page is never reloaded or left.
        await page.EvaluateAsync("() => { document.documentElement.dataset.journeyMark = 'still-here'; }");

        await page.GetByRole(AriaRole.Button, new() { Name = "Request report" }).ClickAsync();
        await Expect(page.GetByTestId("report-status")).ToContainTextAsync("Queued: the report for Guinea");
        var row = page.Locator($"tr[data-scope='GN'][data-period='{period}']");
        await Expect(row.GetByTestId("run-state")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Queued|Running)"));
        await Expect(page.GetByTestId("report-runs")).ToHaveAttributeAsync("data-live", "true");
        await ScreenshotAsync(page, "reports-running");

        await Expect(row.GetByTestId("run-state")).ToHaveTextAsync("Succeeded", new() { Timeout = 90_000 });
        // The status region says so too, for whoever is not looking at the table.
        await Expect(page.GetByTestId("report-status")).ToContainTextAsync("Ready: the report for Guinea");
        Assert.Equal("still-here", await page.EvaluateAsync<string>("() => document.documentElement.dataset.journeyMark"));
        // Nothing is live any more: the list stopped polling.
        await Expect(page.GetByTestId("report-runs")).ToHaveAttributeAsync("data-live", "false");
        await Expect(page.GetByTestId("report-runs")).Not.ToHaveAttributeAsync("hx-trigger", new System.Text.RegularExpressions.Regex("."));

        await ScreenshotAsync(page, "reports");
        await page.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(page, "reports-phone");
        await page.SetViewportSizeAsync(1280, 900);

        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        Assert.Equal($"partnerportal-report-GN-{period}.pdf", download.SuggestedFilename);
        var path = Path.Combine(Factory.Directory, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using (var pdf = PdfDocument.Open(path))
            Assert.Contains("Guinea", string.Join("\n", pdf.GetPages().Select(p => p.Text)));

        AssertNoBrowserErrors();
    }
}
