using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ReferenceDataJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_local_authority_finds_its_jurisdiction_in_the_area_tree_and_reads_the_sdgs_in_arabic()
    {
        var jurisdiction = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.LocalAuthority)
            .Select(u => u.Organisation!.JurisdictionArea!.Name).SingleAsync());
        var page = await NewPageAsync(390, 844);
        await SignInAsync(page, DemoUsers.LocalAuthority);
        await Expect(page.GetByTestId("home-role")).ToContainTextAsync(jurisdiction);

        await page.GotoAsync("/Reference/Areas");
        var mine = page.GetByTestId("area-tree").Locator("li", new() { Has = page.GetByText("your jurisdiction") }).Last;
        await Expect(mine).ToContainTextAsync(jurisdiction);
        await ScreenshotAsync(page, "areas-local-authority-phone");

        await page.GotoAsync("/Reference/Sdg");
        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        var list = page.GetByTestId("sdg-list");
        await Expect(list).ToHaveAttributeAsync("dir", "rtl");
        await list.Locator("summary").Nth(7).ClickAsync();
        await Expect(list.GetByText("8.5", new() { Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "sdg-arabic-phone");
        AssertNoBrowserErrors();
    }
}
