using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ReferralGuideJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task An_anonymous_visitor_chooses_an_area_and_downloads_its_referral_guide()
    {
        var kindia = await Factory.WithDbAsync(db => db.AdministrativeAreas
            .SingleAsync(a => a.CountryCode == "GN" && a.Level == AreaLevel.District && a.Name == "Kindia"));

        var page = await NewPageAsync();
        await page.GotoAsync("/Directory");
        await Expect(page.GetByTestId("referral-guide-link")).ToHaveCountAsync(0);
        await page.GetByLabel("Where").SelectOptionAsync(kindia.Id.ToString());
        await page.WaitForURLAsync(url => url.Contains($"area={kindia.Id}"));
        var link = page.GetByTestId("referral-guide-link");
        await Expect(link).ToHaveTextAsync("Referral guide for Kindia (PDF)");
        await ScreenshotAsync(page, "directory-referral-guide-link");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("referral-guide-kindia.pdf", download.SuggestedFilename);
        var file = Path.Combine(BrowserFixture.ScreenshotFolder, "referral-guide-kindia.pdf");
        await download.SaveAsAsync(file);
        using (var pdf = PdfDocument.Open(file))
        {
            var text = Squash(string.Join("\n", pdf.GetPages().Select(p => p.Text)));
            Assert.Contains(Squash("Referral guide"), text);
            Assert.Contains(Squash("Kindia — Kindia region, Guinea"), text);
        }
        AssertNoBrowserErrors();

        // On a phone the link shows above the results too.
        var phone = await NewPageAsync(390, 844);
        await phone.GotoAsync($"/Directory?area={kindia.Id}");
        await Expect(phone.GetByTestId("referral-guide-link")).ToBeVisibleAsync();
        await ScreenshotAsync(phone, "directory-referral-guide-link-phone");
        AssertNoBrowserErrors();
    }

    /// <summary>PDF text extraction may drop spaces between words; compare without them.</summary>
    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
