using Microsoft.Playwright;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SynergyJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_coordinator_finds_the_closest_synergy_in_Guinea_and_reads_why()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.CoordinatorGuinea);
        await page.GetByTestId("main-nav").GetByRole(AriaRole.Link, new() { Name = "Synergies" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Synergy finder" })).ToBeVisibleAsync();

        var best = page.GetByTestId("synergy-candidate").First;
        await Expect(best).ToContainTextAsync("Water points and feeder roads");
        await Expect(best).ToContainTextAsync("Kindia Prefectural Local Development Plan");
        var reasons = best.GetByTestId("synergy-reasons").Locator("li");
        await Expect(reasons.First).ToHaveTextAsync("Both work in Friguiagbé, Mambia and Souguéta municipalities");
        await Expect(reasons.Nth(1)).ToHaveTextAsync("Both run in 2025–2027");
        await Expect(best.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Start a draft agreement") })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "synergies-guinea");

        // A country coordinator is offered only the countries it coordinates.
        await Expect(page.GetByLabel("Country", new() { Exact = true }).Locator("option")).ToHaveTextAsync(["Guinea"]);
        AssertNoBrowserErrors();
    }
}
