using Microsoft.Playwright;
using PartnerPortal.Tests.Http;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ImportJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_coordinator_checks_a_file_sees_what_it_would_do_and_imports_it()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.CoordinatorGuinea);
        await page.GotoAsync(BaseUrl + "/Services");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import HSDS data" }).ClickAsync();

        var serviceId = Guid.NewGuid();
        var json = ImportTests.GuineaService(serviceId, Guid.NewGuid(), Guid.NewGuid(), "Imported in the browser").ToJsonString();
        await page.GetByLabel("HSDS file").SetInputFilesAsync(new FilePayload
        {
            Name = "service.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        var records = page.GetByTestId("import-records");
        await Expect(records.Locator($"tr[data-record='{serviceId:D}']")).ToContainTextAsync("create");
        await ScreenshotAsync(page, "import-preview");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Import \\d+ record") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 service(s) created");
        AssertNoBrowserErrors();
    }
}
