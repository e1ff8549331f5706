using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartnerPortal.Tests.Support;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class FactSheetJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task The_fact_sheet_downloads_as_a_pdf_that_names_the_organisation_and_its_members()
    {
        var organisation = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Partner)
            .Select(u => new { u.Organisation!.Name, Country = u.Organisation.Country!.Name }).SingleAsync());
        var signatoryName = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Signatory).Select(u => u.FullName).SingleAsync());

        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.Partner);
        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My organisation", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("organisation-name")).ToContainTextAsync(organisation.Name);
        await ScreenshotAsync(page, "organisation-details");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("fact-sheet-link").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        var file = Path.Combine(BrowserFixture.ScreenshotFolder, "fact-sheet.pdf");
        await download.SaveAsAsync(file);

        using var pdf = PdfDocument.Open(file);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains(Squash(organisation.Name), Squash(text));
        Assert.Contains(Squash(organisation.Country), Squash(text));
        Assert.Contains(Squash(signatoryName), Squash(text));
        Assert.Contains("Page1of", Squash(text));
        Assert.DoesNotContain(DemoUsers.Signatory, text); // member emails are not printed
    }

    /// <summary>PDF text extraction may drop spaces between words; compare without them.</summary>
    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
