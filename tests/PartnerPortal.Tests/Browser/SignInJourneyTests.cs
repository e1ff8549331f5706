using Microsoft.Playwright;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SignInJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(DemoUsers.Administrator, "Administrator", true, true)]
    [InlineData(DemoUsers.CoordinatorGuinea, "Coordinator (GN)", false, true)]
    [InlineData(DemoUsers.GlobalCoordinator, "Coordinator (all countries)", false, true)]
    [InlineData(DemoUsers.LocalAuthority, "Local authority", false, false)]
    [InlineData(DemoUsers.Partner, "Member", false, false)]
    [InlineData(DemoUsers.Signatory, "Signatory", false, false)]
    public async Task Each_demo_user_signs_in_and_sees_the_navigation_of_its_role(string email, string role, bool seesAdministration, bool seesCountries)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, email);

        await Expect(page.GetByTestId("home-role")).ToContainTextAsync(role);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Organisations", Exact = true })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Button, new() { Name = "Administration" })).ToHaveCountAsync(seesAdministration ? 1 : 0);
        await Expect(page.GetByTestId("country-table")).ToHaveCountAsync(seesCountries ? 1 : 0);
        if (email == DemoUsers.LocalAuthority) await Expect(page.GetByTestId("home-role")).ToContainTextAsync("jurisdiction");
        await ScreenshotAsync(page, "home-" + email.Split('@')[0]);

        if (seesAdministration)
        {
            await nav.GetByRole(AriaRole.Button, new() { Name = "Administration" }).ClickAsync();
            await nav.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
            await Expect(page.GetByTestId("audit-table")).ToContainTextAsync("security.sign-in");
        }
        AssertNoBrowserErrors();
    }

    [Fact]
    public async Task A_wrong_password_is_explained_on_the_form()
    {
        var page = await NewPageAsync(390, 844);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.Partner);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not the password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email address or password is not right.");
        await ScreenshotAsync(page, "sign-in-error-phone");
    }

    [Fact]
    public async Task Organisation_search_updates_results_and_the_address_as_you_type()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.CoordinatorGuinea);
        await page.GotoAsync("/Organisations");
        var total = await page.GetByTestId("result-count").InnerTextAsync();
        await page.GetByLabel("Search", new() { Exact = true }).PressSequentiallyAsync("council");
        await page.WaitForURLAsync(url => url.Contains("q=council"));
        await Expect(page.GetByTestId("result-count")).Not.ToHaveTextAsync(total);
        var matching = Factory.WithDb(db => db.Organisations.Count(o => o.Name.ToLower().Contains("council")
            || (o.Acronym != null && o.Acronym.ToLower().Contains("council")) || (o.Description != null && o.Description.ToLower().Contains("council"))));
        Assert.True(matching > 0);
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync($"{matching} organisation{(matching == 1 ? "" : "s")}");
        await Expect(page.GetByTestId("organisation-table").Locator("tbody tr")).ToHaveCountAsync(Math.Min(matching, 25));
        await ScreenshotAsync(page, "organisations-search");
        AssertNoBrowserErrors();
    }
}
