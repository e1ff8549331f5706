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

        // The best pair names both programmes and says in words where, when and whom they share.
        var best = page.GetByTestId("synergy-candidate").First;
        await Expect(best.Locator("a[href^='/Programmes/Details/']")).ToHaveCountAsync(2);
        var reasons = best.GetByTestId("synergy-reasons").Locator("li");
        await Expect(reasons.First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Both work in "));
        await Expect(reasons.Nth(1)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Both run in 20[0-9]{2}(–20[0-9]{2})?$"));
        await Expect(best.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Start a draft agreement") })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "synergies-guinea");

        // A country coordinator is offered only the countries it coordinates.
        await Expect(page.GetByLabel("Country", new() { Exact = true }).Locator("option")).ToHaveTextAsync(["Guinea"]);

        // Each programme's page lists its own possible synergies; its edit form opens for the coordinator of its country.
        var first = best.Locator("a[href^='/Programmes/Details/']").First;
        var name = await first.InnerTextAsync();
        await first.ClickAsync();
        await Expect(page.GetByTestId("programme-name")).ToContainTextAsync(name);
        await Expect(page.GetByTestId("synergy-candidate").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "programme-details");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit programme" }).ClickAsync();
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(name);
        await ScreenshotAsync(page, "programme-edit");
        var phone = await NewPageAsync(390, 844);
        await SignInAsync(phone, DemoUsers.CoordinatorGuinea);
        await phone.GotoAsync("/Programmes?country=GN");
        await ScreenshotAsync(phone, "programmes-phone");
        AssertNoBrowserErrors();
    }
}
