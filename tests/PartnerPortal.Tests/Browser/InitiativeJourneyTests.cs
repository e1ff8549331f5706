using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class InitiativeJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_partner_records_an_initiative_and_the_public_sees_its_summary()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.Partner);
        await page.GotoAsync("/Initiatives");
        await page.GetByRole(AriaRole.Link, new() { Name = "New initiative" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New initiative" })).ToBeVisibleAsync();

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Women's soap makers of Kindia");
        await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Collective income-generating activity" });
        await page.GetByLabel("Locality").FillAsync("Abattoir quarter");
        await page.GetByLabel("Returnees: women").FillAsync("7");
        await page.GetByLabel("Community members: women").FillAsync("12");
        await page.GetByLabel("Budget", new() { Exact = true }).FillAsync("18000");
        await page.GetByLabel("Currency").FillAsync("EUR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // No mentor among them: the form asks how the skills will be passed on, next to the plan.
        var plan = page.GetByLabel("Skills-transfer plan");
        await Expect(page.Locator("[data-valmsg-for='Form.SkillsTransferPlan']")).ToContainTextAsync("without a skilled mentor must say how the skills will be transferred");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Women's soap makers of Kindia");
        await ScreenshotAsync(page, "initiative-edit-rule");
        await plan.FillAsync("A soap maker from Conakry trains the group for six months; two members then train the newcomers.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByTestId("initiative-title")).ToHaveTextAsync("Women's soap makers of Kindia");
        await Expect(page.GetByText(new Regex(@"CBI-GN-20\d\d-\d{3}")).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("initiative-budget")).ToHaveTextAsync("EUR 18,000");
        await Expect(page.GetByTestId("indicator-chart")).ToContainTextAsync("No actual values of standard indicators");
        await ScreenshotAsync(page, "initiative-details");

        // Once progress is reported, the chart shows the actual totals per half-year.
        var id = int.Parse(page.Url.Split('/').Last());
        await ReportProgressAsync(id);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("indicator-chart").Locator("svg[role='img'] rect")).ToHaveCountAsync(4);
        await Expect(page.GetByTestId("indicator-table")).ToContainTextAsync("Jobs created");
        await ScreenshotAsync(page, "initiative-details-chart");

        var phone = await NewPageAsync(390, 844);
        await SignInAsync(phone, DemoUsers.Partner);
        await phone.GotoAsync(page.Url);
        await ScreenshotAsync(phone, "initiative-details-phone");

        // The public sees the summary only: no budget, no reference, no export.
        var visitor = await NewPageAsync(390, 844);
        await visitor.GotoAsync("/Initiatives");
        var summary = visitor.GetByTestId("public-summary").Filter(new() { HasText = "Women's soap makers of Kindia" });
        await Expect(summary).ToContainTextAsync("Abattoir quarter");
        await Expect(summary).ToContainTextAsync("7 returnees, 12 community members");
        await Expect(summary).ToContainTextAsync("Guinée Solidarité Retour");
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("18,000");
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("CBI-GN-");
        await Expect(visitor.GetByTestId("export-link")).ToHaveCountAsync(0);
        await ScreenshotAsync(visitor, "initiatives-public-phone");
        var desk = await NewPageAsync();
        await desk.GotoAsync("/Initiatives");
        await ScreenshotAsync(desk, "initiatives-public");
        AssertNoBrowserErrors();
    }

    /// <summary>Two half-years of actual participants and jobs, as the progress pages (another slice) would store them.</summary>
    private async Task ReportProgressAsync(int initiativeId)
    {
        var data = new InitiativeTestData(Factory);
        var participants = await data.StandardIndicatorAsync("participants");
        var jobs = await data.StandardIndicatorAsync("jobs-created");
        await Factory.WithDbAsync(async db =>
        {
            foreach (var (half, people, created) in new[] { (1, 19.0, 3.0), (2, 24.0, 7.0) })
            {
                var report = new ProgressReport { InitiativeId = initiativeId, Year = 2025, Half = half, State = ProgressState.Submitted, Status = ActivityStatus.Implementation };
                report.Values.Add(new IndicatorValue { IndicatorId = participants.Id, Measure = IndicatorMeasure.Actual, ReturneeFemale = 7, CommunityFemale = people - 7 });
                report.Values.Add(new IndicatorValue { IndicatorId = jobs.Id, Measure = IndicatorMeasure.Actual, ReturneeFemale = created });
                db.ProgressReports.Add(report);
            }
            return await db.SaveChangesAsync();
        });
    }
}
