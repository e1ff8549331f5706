using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AgreementJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_partner_comments_on_a_clause_in_negotiation_without_leaving_the_page_and_compares_versions()
    {
        var data = new AgreementTestData(Factory);
        var negotiating = await data.AgreementAsync(AgreementStatus.InNegotiation);
        var amended = await data.AgreementAsync(AgreementStatus.Active, title: "Solar installation training for returnees in Kindia");
        var next = await AgreementSteps.AmendAsync(Factory, amended);
        await Factory.WithDbAsync(db => db.AgreementVersions.Where(v => v.AgreementId == amended.AgreementId && v.Number == next)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.MeetingFrequency, "Every two weeks")));

        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.Partner);
        await page.GotoAsync($"/Agreements/Details/{negotiating.AgreementId}");
        await Expect(page.GetByTestId("agreement-status")).ToHaveTextAsync("In negotiation");
        // A marker on the window survives an htmx swap but not a page load.
        await page.EvaluateAsync("window.stillTheSamePage = true");

        var thread = page.GetByTestId("thread-coordination");
        await thread.Locator("summary").ClickAsync();
        await thread.GetByLabel("Your comment on “Coordination”").FillAsync("Could the monthly case review rotate between Kindia and Mamou?");
        await thread.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();

        var updated = page.GetByTestId("thread-coordination");
        await Expect(updated.Locator("summary")).ToHaveTextAsync("Comments (1) on “Coordination”");
        await Expect(updated.GetByTestId("comments")).ToContainTextAsync("Could the monthly case review rotate between Kindia and Mamou?");
        await Expect(updated.GetByTestId("comments")).ToContainTextAsync("Guinée Solidarité Retour");
        await Expect(updated.GetByLabel("Your comment on “Coordination”")).ToHaveValueAsync("");
        Assert.True(await page.EvaluateAsync<bool>("window.stillTheSamePage === true"), "The comment reloaded the page instead of swapping the thread.");
        await ScreenshotAsync(page, "agreement-details");

        // The partner's NGO also has demo agreements; the two made here are the ones with the solar training school.
        await page.GotoAsync("/Agreements?q=Solaires");
        await Expect(page.GetByTestId("agreement-row")).ToHaveCountAsync(2);
        await ScreenshotAsync(page, "agreements-list");
        await page.GotoAsync($"/Agreements/Details/{amended.AgreementId}?version=1");
        await Expect(page.GetByTestId("integrity")).ToContainTextAsync("Fingerprint matches the frozen text");
        await ScreenshotAsync(page, "agreement-details-active");

        await page.GotoAsync($"/Agreements/Details/{amended.AgreementId}?version={next}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Compare with version 1" }).ClickAsync();
        var changed = page.GetByTestId("clause-changed");
        await Expect(changed).ToHaveCountAsync(1);
        await Expect(changed).ToContainTextAsync("Changed");
        await Expect(changed).ToContainTextAsync("Every two weeks");
        await ScreenshotAsync(page, "agreement-compare");

        var phone = await NewPageAsync(390, 844);
        await SignInAsync(phone, DemoUsers.Partner);
        await phone.GotoAsync($"/Agreements/Compare/{amended.AgreementId}?from=1&to={next}");
        await Expect(phone.GetByTestId("clause-changed")).ToBeVisibleAsync();
        await ScreenshotAsync(phone, "agreement-compare-phone");
        AssertNoBrowserErrors();
    }
}
