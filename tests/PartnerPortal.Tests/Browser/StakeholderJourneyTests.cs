using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class StakeholderJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_coordinator_reads_the_influence_interest_map_and_opens_an_organisation_from_its_dot()
    {
        var assessed = await Factory.WithDbAsync(db => db.StakeholderAssessments.CountAsync(a => a.Organisation!.CountryCode == "GN"));
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.CoordinatorGuinea);
        await page.GotoAsync("/Organisations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Stakeholder map" }).ClickAsync();
        var dots = page.GetByTestId("stakeholder-map").Locator("a[data-testid=map-dot]");
        await Expect(dots).ToHaveCountAsync(assessed);
        await ScreenshotAsync(page, "stakeholder-map");

        var title = await dots.First.Locator("title").TextContentAsync();
        var name = title!.Split(':')[0];
        await dots.First.ClickAsync();
        await Expect(page.GetByTestId("organisation-name")).ToContainTextAsync(name);
        AssertNoBrowserErrors();
    }
}
