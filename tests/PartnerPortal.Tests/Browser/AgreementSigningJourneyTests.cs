using System.Text;
using Microsoft.Playwright;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AgreementSigningJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Both_signatories_sign_the_pdf_downloads_and_the_public_verify_page_tells_the_genuine_file_from_a_modified_one()
    {
        var agreement = await new AgreementTestData(Factory).AgreementAsync(AgreementStatus.ReadyForSignature);
        var signUrl = $"/Agreements/Sign/{agreement.AgreementId}";

        var first = await NewPageAsync();
        await SignInAsync(first, TestAgreement.SignatoryA);
        await first.GotoAsync(signUrl);
        await Expect(first.GetByTestId("signed-text")).ToContainTextAsync("Six-month certified course in solar installation");
        await ScreenshotAsync(first, "agreement-sign");
        await SignAsync(first, TestAgreement.SignatoryAName);
        await Expect(first.GetByText($"You signed {agreement.ReferenceNumber}")).ToBeVisibleAsync();
        await Expect(first.GetByTestId("signatures")).ToContainTextAsync($"Signed by {TestAgreement.SignatoryAName}");

        var second = await NewPageAsync(390, 844); // the second signatory signs on a phone
        await SignInAsync(second, TestAgreement.SignatoryB);
        await second.GotoAsync(signUrl);
        await ScreenshotAsync(second, "agreement-sign-phone");
        await SignAsync(second, TestAgreement.SignatoryBName);
        await Expect(second.GetByText("Every party has now signed: the agreement is active.")).ToBeVisibleAsync();
        await Expect(second.GetByTestId("agreement-status")).ToHaveTextAsync("Active");
        await ScreenshotAsync(second, "agreement-signed-active");

        var download = await second.RunAndWaitForDownloadAsync(() => second.GetByTestId("signed-pdf-link").ClickAsync());
        Assert.Equal($"{agreement.ReferenceNumber}-v1.pdf", download.SuggestedFilename);
        var pdfPath = Path.Combine(BrowserFixture.ScreenshotFolder, "signed-agreement.pdf");
        await download.SaveAsAsync(pdfPath);
        using (var pdf = PdfDocument.Open(pdfPath))
        {
            var certificate = pdf.GetPage(pdf.NumberOfPages).Text;
            Assert.Contains("127.0.0.1", certificate); // the signers' address, as the server saw it
            Assert.Contains("/verify", certificate);
        }
        var modifiedPath = Path.Combine(BrowserFixture.ScreenshotFolder, "signed-agreement-modified.pdf");
        await File.WriteAllBytesAsync(modifiedPath, (await File.ReadAllBytesAsync(pdfPath)).Concat(Encoding.ASCII.GetBytes("\n% signed again\n%%EOF\n")).ToArray());

        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/verify");
        await visitor.GetByLabel("Signed agreement (PDF, up to 10 MB)").SetInputFilesAsync(pdfPath);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Expect(visitor.GetByTestId("verify-result")).ToContainTextAsync($"Genuine and unchanged: this is the document the portal issued for {agreement.ReferenceNumber} version 1");
        await Expect(visitor.GetByTestId("verify-status")).ToContainTextAsync("Active since");
        await ScreenshotAsync(visitor, "verify-genuine");

        await visitor.GetByLabel("Signed agreement (PDF, up to 10 MB)").SetInputFilesAsync(modifiedPath);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Expect(visitor.GetByTestId("verify-result")).ToContainTextAsync("it is NOT the document the portal issued: it has been modified");
        await ScreenshotAsync(visitor, "verify-modified");
        AssertNoBrowserErrors();
    }

    private static async Task SignAsync(IPage page, string fullName)
    {
        await page.GetByLabel("Your password").FillAsync(DemoUsers.Password);
        await page.GetByLabel("Your full name").FillAsync(fullName);
        await page.GetByLabel("I sign on behalf of").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign version 1" }).ClickAsync();
    }
}
