using Microsoft.Playwright;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ProgressJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_partner_submits_H1_progress_which_locks_and_a_coordinator_sees_it_submitted_then_reopens_it()
    {
        var bakery = await new InitiativeTestData(Factory).InitiativeAsync();
        const string overview = "/Progress?country=GN&period=2026-H1";

        var coordinator = await NewPageAsync();
        await SignInAsync(coordinator, DemoUsers.CoordinatorGuinea);
        await coordinator.GotoAsync(overview);
        await Expect(coordinator.GetByTestId("missing-list")).ToContainTextAsync(bakery.Title);

        var partner = await NewPageAsync();
        partner.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(partner, DemoUsers.Partner);
        await partner.GotoAsync($"/Initiatives/Progress/{bakery.Id}?period=2026-H1");
        await Expect(partner.GetByTestId("progress-state")).ToHaveTextAsync("Not reported");
        await partner.GetByLabel("Indicator", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Jobs created (jobs)" });
        await partner.GetByRole(AriaRole.Button, new() { Name = "Add indicator" }).ClickAsync();
        await Expect(partner.GetByTestId("indicator-jobs-created")).ToBeVisibleAsync();

        await partner.GetByLabel("Narrative").FillAsync("Two ovens installed; the bakery sells 400 loaves a day and employs seven people.");
        await partner.GetByLabel("Risks").FillAsync("Flour prices rose by a fifth.");
        string[] groups = ["returnee women", "returnee men", "community women", "community men"];
        var values = new Dictionary<string, string[]> { ["baseline"] = ["0", "0", "0", "0"], ["target"] = ["3", "4", "2", "1"], ["actual"] = ["2", "3", "1.5", "1"] };
        foreach (var (measure, cells) in values)
            for (var g = 0; g < groups.Length; g++)
                await partner.GetByLabel($"Jobs created, {measure}, {groups[g]}").FillAsync(cells[g]);
        var actualRow = partner.GetByTestId("indicator-jobs-created").Locator("tr[data-progress-row]").Nth(2);
        await Expect(actualRow.Locator("[data-total]")).ToHaveTextAsync("7.5");
        await ScreenshotAsync(partner, "progress-form");
        await partner.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(partner, "progress-form-phone");
        await partner.SetViewportSizeAsync(1280, 900);

        await partner.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await Expect(partner.GetByTestId("progress-state")).ToHaveTextAsync("Locked");
        await Expect(partner.GetByTestId("indicator-jobs-created")).ToContainTextAsync("7.5");
        await Expect(partner.GetByRole(AriaRole.Button, new() { Name = "Save draft" })).ToHaveCountAsync(0);
        await ScreenshotAsync(partner, "progress-locked");

        // The coordinator's lists follow: another period through htmx, then H1 again.
        await coordinator.GetByLabel("Period", new() { Exact = true }).SelectOptionAsync("2025-H2");
        await Expect(coordinator.GetByTestId("progress-summary")).ToContainTextAsync("H2 2025");
        await coordinator.GetByLabel("Period", new() { Exact = true }).SelectOptionAsync("2026-H1");
        await Expect(coordinator.GetByTestId("submitted-list")).ToContainTextAsync(bakery.Title);
        await Expect(coordinator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("period=2026-H1"));
        await ScreenshotAsync(coordinator, "progress-overview");

        await coordinator.GetByTestId("submitted-list").GetByRole(AriaRole.Link, new() { Name = bakery.Title }).ClickAsync();
        await coordinator.GetByLabel("Reason for reopening").FillAsync("The actual jobs for returnee men exceed what the visit found; please check.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Reopen" }).ClickAsync();
        await Expect(coordinator.GetByTestId("progress-state")).ToHaveTextAsync("Reopened");
        await Expect(coordinator.GetByTestId("progress-history")).ToContainTextAsync("please check");

        await coordinator.GotoAsync(overview);
        await Expect(coordinator.GetByTestId("missing-list")).ToContainTextAsync(bakery.Title);
        await Expect(coordinator.GetByTestId("missing-list")).ToContainTextAsync("Reopened");
        AssertNoBrowserErrors();
    }

    [Fact]
    public async Task An_administrator_edits_and_retires_a_library_indicator_in_place()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.Administrator);
        await page.GotoAsync("/Admin/Indicators");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "hectares-restored" });
        await row.GetByRole(AriaRole.Link, new() { Name = "Edit Hectares restored" }).ClickAsync();
        await row.GetByLabel("Name").FillAsync("Hectares of land restored");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var renamed = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "hectares-restored" });
        await Expect(renamed).ToContainTextAsync("Hectares of land restored");
        await renamed.GetByRole(AriaRole.Button, new() { Name = "Retire Hectares of land restored" }).ClickAsync();
        await Expect(renamed).ToContainTextAsync("Retired");
        await Expect(renamed.GetByRole(AriaRole.Button, new() { Name = "Bring back Hectares of land restored" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "admin-indicators");
        AssertNoBrowserErrors();
    }
}
