using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartnerPortal.Domain;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AdministrationJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task An_administrator_renames_a_service_category_in_place_without_leaving_the_page()
    {
        var term = await Factory.WithDbAsync(db => db.TaxonomyTerms.Where(t => t.Taxonomy == Taxonomy.ServiceCategory).OrderBy(t => t.Name).FirstAsync());
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.Administrator);
        await page.GotoAsync("/Admin/Taxonomies?taxonomy=ServiceCategory");
        var row = page.Locator($"#term-{term.Id}");
        await row.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await row.GetByLabel("Name", new() { Exact = true }).FillAsync(term.Name + " and follow-up");
        await row.GetByLabel("French name").FillAsync("Accueil et suivi");
        await ScreenshotAsync(page, "taxonomy-inline-edit");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = term.Name + " and follow-up", Exact = true })).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToBeVisibleAsync();
        Assert.EndsWith("/Admin/Taxonomies?taxonomy=ServiceCategory", page.Url); // swapped in place, no navigation
        Assert.Equal(term.Name + " and follow-up", await Factory.WithDbAsync(db => db.TaxonomyTerms.Where(t => t.Id == term.Id).Select(t => t.Name).SingleAsync()));
        AssertNoBrowserErrors();
    }

    [Fact]
    public async Task A_coordinator_adds_an_organisation_choosing_a_jurisdiction_from_the_country_s_areas()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.CoordinatorGuinea);
        await page.GotoAsync("/Organisations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an organisation" }).ClickAsync();
        await page.Locator("#Form_Name").FillAsync("Mamou Prefectural Council");
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Local government" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        await Expect(page.GetByText("A local authority needs its jurisdiction")).ToBeVisibleAsync();
        await Expect(page.Locator("#Form_Name")).ToHaveValueAsync("Mamou Prefectural Council");

        // The coordinator of Guinea is offered Guinea only; choosing it loads Guinea's areas.
        var countries = await page.GetByLabel("Country", new() { Exact = true }).Locator("option").AllInnerTextsAsync();
        Assert.Equal(["Choose…", "Guinea"], countries);
        await page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Guinea" });
        var jurisdiction = page.GetByLabel("Jurisdiction (local authorities only)");
        await Expect(jurisdiction.Locator("option", new() { HasText = "Mamou" }).First).ToBeAttachedAsync();
        var mamou = await jurisdiction.Locator("option", new() { HasText = "Mamou" }).First.GetAttributeAsync("value");
        await jurisdiction.SelectOptionAsync(mamou!);
        await ScreenshotAsync(page, "organisation-create");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();

        await Expect(page.GetByTestId("organisation-name")).ToContainTextAsync("Mamou Prefectural Council");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Jurisdiction");
        AssertNoBrowserErrors();
    }
}
