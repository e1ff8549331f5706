using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class DirectoryJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_local_authority_verifies_a_stale_service_fixes_its_phone_inline_and_the_public_finds_it()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.LocalAuthority);
        await page.GetByRole(AriaRole.Link, new() { Name = "My territory", Exact = true }).ClickAsync();

        // Stale services come first.
        var first = page.GetByTestId("territory-row").First;
        await Expect(first.GetByTestId("stale-badge")).ToBeVisibleAsync();
        var name = (await first.GetByRole(AriaRole.Link).First.InnerTextAsync()).Trim();
        var service = await Factory.WithDbAsync(db => db.Services.SingleAsync(s => s.Name == name));
        await ScreenshotAsync(page, "territory-stale-first");

        await first.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        var row = page.Locator($"#svc-{service.Id:N}");
        await Expect(row.GetByTestId("verified-badge")).ToBeVisibleAsync();

        await row.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await row.GetByLabel("Phone").FillAsync("+224 622 10 20 30");
        await ScreenshotAsync(page, "territory-inline-edit");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await ScreenshotAsync(page, "territory-after-save");
        await Expect(row).ToHaveAttributeAsync("data-testid", "territory-row");
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "+224 622 10 20 30", Exact = true })).ToBeVisibleAsync();
        Assert.EndsWith("/Territory", page.Url);
        AssertNoBrowserErrors();

        var changes = await Factory.WithDbAsync(db => db.ServiceChanges.Where(c => c.ServiceId == service.Id)
            .Select(c => c.FieldName + " by " + c.UpdatedBy + ": " + c.PreviousValue + " -> " + c.ReplacementValue).ToListAsync());
        Assert.Contains(changes, c => c.StartsWith($"assured_date by {DemoUsers.LocalAuthority}"));
        Assert.Contains(changes, c => c.StartsWith($"number by {DemoUsers.LocalAuthority}") && c.EndsWith("-> +224 622 10 20 30"));

        // An anonymous visitor finds it by text and category, and sees the new number.
        var visitor = await NewPageAsync(390, 844);
        await visitor.GotoAsync("/Directory");
        await visitor.GetByLabel("What do you need?").PressSequentiallyAsync(name.Split(' ')[0]);
        var category = await Factory.WithDbAsync(db => db.Services.Where(s => s.Id == service.Id)
            .Select(s => s.Category!.Parent != null ? s.Category.Parent.Name : s.Category.Name).SingleAsync());
        await visitor.GetByLabel("Kind of service").SelectOptionAsync(new SelectOptionValue { Label = category });
        await visitor.WaitForURLAsync(url => url.Contains("category="));
        await visitor.GetByTestId("directory-results").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Expect(visitor.GetByTestId("service-name")).ToHaveTextAsync(name);
        await Expect(visitor.GetByTestId("phones")).ToContainTextAsync("+224 622 10 20 30");
        await Expect(visitor.GetByTestId("verified-badge")).ToBeVisibleAsync();
        await ScreenshotAsync(visitor, "directory-service-phone");
        AssertNoBrowserErrors();
    }

    [Fact]
    public async Task A_coordinator_records_a_gap_from_the_coverage_matrix()
    {
        var kindia = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.LocalAuthority)
            .Select(u => u.Organisation!.JurisdictionArea!).SingleAsync());
        var region = await Factory.WithDbAsync(db => db.AdministrativeAreas.SingleAsync(a => a.Id == kindia.ParentId));
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.CoordinatorGuinea);
        await page.GotoAsync($"/Territory?area={region.Id}");
        await ScreenshotAsync(page, "coverage-matrix");

        var recordedBefore = await page.GetByTestId("coverage-matrix").Locator("td.has-gap-record").CountAsync();
        var gapCell = page.GetByTestId("coverage-matrix").Locator("td.gap-cell a").First;
        var label = await gapCell.GetAttributeAsync("aria-label");
        await gapCell.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record a gap" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the gap" }).ClickAsync();
        await Expect(page.GetByText("Say what is missing and who is affected.")).ToBeVisibleAsync();
        await page.GetByLabel("What is missing, and who is affected?").FillAsync("Returnees in this district travel to Conakry for this; nobody offers it locally.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the gap" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The gap was recorded");
        await Expect(page.GetByTestId("gap-list")).ToContainTextAsync("nobody offers it locally");
        Assert.True(await Factory.WithDbAsync(db => db.ServiceGaps.AnyAsync(g => g.Description.Contains("nobody offers it locally") && g.ReportedByName != null)));
        Assert.StartsWith("No ", label);

        // Back on the matrix, the cell now shows the recorded gap.
        await page.GotoAsync($"/Territory?area={region.Id}");
        await Expect(page.GetByTestId("coverage-matrix").Locator("td.has-gap-record")).ToHaveCountAsync(recordedBefore + 1);
        AssertNoBrowserErrors();
    }
}
