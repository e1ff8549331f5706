using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

/// <summary>
/// The whole road of PRODUCT §5: the coordinator finds two programmes that should work together and
/// starts a draft, the two partners negotiate it, both signatories sign, the signed PDF downloads and
/// the public verify page accepts it and refuses a modified copy.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SynergyToAgreementJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Institute = "Institut des Métiers de Labé";
    private const string InstituteMember = "oumar.kante@test.partnerportal.org";
    private const string InstituteSignatory = "hawa.kourouma@test.partnerportal.org";

    [Fact]
    public async Task From_the_synergy_finder_to_a_signed_and_verified_agreement()
    {
        var people = new AgreementTestData(Factory);
        await people.PersonAsync(Institute, InstituteMember, "Oumar Kanté", signatory: false);
        await people.PersonAsync(Institute, InstituteSignatory, "Hawa Kourouma", signatory: true);

        // 1. The coordinator starts a draft from a ranked pair and opens it for negotiation.
        var coordinator = await NewPageAsync();
        AcceptConfirmations(coordinator);
        await SignInAsync(coordinator, DemoUsers.CoordinatorGuinea);
        await coordinator.GotoAsync("/Synergies?country=GN");
        var pair = coordinator.GetByTestId("synergy-candidate").Filter(new() { HasText = "Retour Digne" }).Filter(new() { HasText = "Skills for Labé" });
        await Expect(pair.GetByTestId("synergy-reasons")).ToContainTextAsync("Both work in Labé");
        await pair.GetByRole(AriaRole.Button, new() { NameRegex = new("^Start a draft agreement") }).ClickAsync();
        await Expect(coordinator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/Agreements/Edit/\d+$"));
        var id = int.Parse(coordinator.Url.Split('/')[^1].Split('?')[0]);
        var details = $"/Agreements/Details/{id}";
        await coordinator.GotoAsync(details);
        await Expect(coordinator.GetByTestId("agreement-status")).ToHaveTextAsync("Draft");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Open for negotiation" }).ClickAsync();
        await Expect(coordinator.GetByTestId("agreement-status")).ToHaveTextAsync("In negotiation");

        // 2. The returnee NGO's member writes its part of the terms and asks the institute a question.
        var partner = await NewPageAsync();
        await SignInAsync(partner, DemoUsers.Partner);
        await partner.GotoAsync($"/Agreements/Edit/{id}");
        await AddContributionAsync(partner, "Guinée Solidarité Retour", "Referral", "Refers returnees with a reintegration plan and pays their transport", "40");
        await partner.GetByLabel("How beneficiaries are selected, and by whom").FillAsync("Case managers propose returnees; the institute confirms after an interview.");
        await partner.GetByLabel("Are returnees referred through formal or informal channels?").SelectOptionAsync(new SelectOptionValue { Label = "Formal channels" });
        await partner.GetByLabel("Coordination mechanism").FillAsync("A case review at the institute every month.");
        await partner.GetByLabel("Who monitors the support, and how data is shared").FillAsync("The NGO follows attendance; names are shared only with consent.");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Save the terms" }).ClickAsync();
        await partner.WaitForURLAsync($"**{details}?version=1");
        await CommentAsync(partner, "contributions", "Could the institute keep ten seats per intake for our returnees?");

        // 3. The institute's member answers, adds its contribution and freezes the text for signature.
        var institute = await NewPageAsync();
        AcceptConfirmations(institute);
        await SignInAsync(institute, InstituteMember);
        await institute.GotoAsync(details);
        await institute.GetByTestId("thread-contributions").Locator("summary").ClickAsync();
        await Expect(institute.GetByTestId("thread-contributions").GetByTestId("comments")).ToContainTextAsync("ten seats per intake");
        await CommentAsync(institute, "contributions", "Yes: ten seats in solar installation, from the March intake.");
        await institute.GotoAsync($"/Agreements/Edit/{id}");
        await AddContributionAsync(institute, Institute, "Training", "Ten seats per intake in the certified solar installation course", "60");
        await institute.GetByRole(AriaRole.Button, new() { Name = "Save the terms" }).ClickAsync();
        await institute.WaitForURLAsync($"**{details}?version=1");
        await institute.GetByRole(AriaRole.Button, new() { Name = "Ready for signature" }).ClickAsync();
        await Expect(institute.GetByTestId("agreement-status")).ToHaveTextAsync("Ready for signature");
        await Expect(institute.GetByTestId("integrity")).ToContainTextAsync("Fingerprint matches the frozen text");
        await ScreenshotAsync(institute, "journey-ready-for-signature");

        // 4. Both signatories sign; the second signature makes the agreement Active.
        await SignAsync(DemoUsers.Signatory, "Kadiatou Barry", details);
        var lastSigner = await SignAsync(InstituteSignatory, "Hawa Kourouma", details);
        await Expect(lastSigner.GetByText("Every party has now signed: the agreement is active.")).ToBeVisibleAsync();
        await lastSigner.GotoAsync(details);
        await Expect(lastSigner.GetByTestId("agreement-status")).ToHaveTextAsync("Active");
        await ScreenshotAsync(lastSigner, "journey-active");

        // 5. The signed PDF downloads; the public verify page tells it from a modified copy.
        var download = await lastSigner.RunAndWaitForDownloadAsync(() =>
            lastSigner.GetByRole(AriaRole.Link, new() { Name = "Download signed PDF" }).ClickAsync());
        var reference = await Factory.WithDbAsync(db => db.SynergyAgreements.Where(a => a.Id == id).Select(a => a.ReferenceNumber).SingleAsync());
        Assert.Equal($"{reference}-v1.pdf", download.SuggestedFilename);
        var pdfPath = Path.Combine(BrowserFixture.ScreenshotFolder, "journey-signed-agreement.pdf");
        await download.SaveAsAsync(pdfPath);
        var modifiedPath = Path.Combine(BrowserFixture.ScreenshotFolder, "journey-signed-agreement-modified.pdf");
        var bytes = await File.ReadAllBytesAsync(pdfPath);
        await File.WriteAllBytesAsync(modifiedPath, bytes.Concat(Encoding.ASCII.GetBytes("\n% cost share changed to 10%\n%%EOF\n")).ToArray());

        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/verify");
        await visitor.GetByLabel("Signed agreement (PDF, up to 10 MB)").SetInputFilesAsync(pdfPath);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Expect(visitor.GetByTestId("verify-result")).ToContainTextAsync($"Genuine and unchanged: this is the document the portal issued for {reference} version 1");
        await visitor.GetByLabel("Signed agreement (PDF, up to 10 MB)").SetInputFilesAsync(modifiedPath);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Expect(visitor.GetByTestId("verify-result")).ToContainTextAsync("it is NOT the document the portal issued: it has been modified");
        await ScreenshotAsync(visitor, "journey-verify-modified");

        var log = await Factory.WithDbAsync(db => db.AgreementEvents.Where(e => e.AgreementId == id).Select(e => e.Kind).ToListAsync());
        Assert.Equal(1, log.Count(k => k == AgreementEventKind.Activated));
        Assert.Equal(2, log.Count(k => k == AgreementEventKind.Signed));
        AssertNoBrowserErrors();
    }

    /// <summary>Transitions ask "are you sure?"; the people in this journey are.</summary>
    private static void AcceptConfirmations(IPage page) => page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

    private static async Task AddContributionAsync(IPage page, string party, string type, string description, string share)
    {
        var card = page.GetByTestId("party").Filter(new() { HasText = party });
        await card.GetByTestId("add-contribution").ClickAsync();
        var row = card.GetByTestId("contribution").Last;
        await row.GetByLabel("Type of support").SelectOptionAsync(new SelectOptionValue { Label = type });
        await row.GetByLabel("What it provides").FillAsync(description);
        await row.GetByLabel("Cost share (%)").FillAsync(share);
    }

    private static async Task CommentAsync(IPage page, string clause, string text)
    {
        var thread = page.GetByTestId($"thread-{clause}");
        if (await thread.GetAttributeAsync("open") is null) await thread.Locator("summary").ClickAsync();
        await thread.Locator("textarea").FillAsync(text);
        await thread.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(page.GetByTestId($"thread-{clause}").GetByTestId("comments")).ToContainTextAsync(text);
    }

    private async Task<IPage> SignAsync(string email, string fullName, string details)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, email);
        await page.GotoAsync(details);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign or decline" }).ClickAsync();
        await page.GetByLabel("Your password").FillAsync(DemoUsers.Password);
        await page.GetByLabel("Your full name").FillAsync(fullName);
        await page.GetByLabel("I sign on behalf of").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign version 1" }).ClickAsync();
        await Expect(page.GetByTestId("signatures")).ToContainTextAsync($"Signed by {fullName}");
        return page;
    }
}
