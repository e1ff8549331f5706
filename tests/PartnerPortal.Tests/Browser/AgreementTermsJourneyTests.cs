using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Pages.Services;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AgreementTermsJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_partner_adds_a_contribution_and_a_referral_pathway_to_terms_in_negotiation()
    {
        var a = await new AgreementTestData(Factory).AgreementAsync(AgreementStatus.InNegotiation);
        var services = await Factory.WithDbAsync(db => db.Services.PubliclyVisible().Where(s => s.Organisation!.CountryCode == "GN")
            .OrderBy(s => s.Name).Select(s => new { s.Name, Label = s.Name + " · " + s.Organisation!.Name }).Take(40).ToListAsync());
        var (from, to) = (services[0], services[^1]);
        var page = await NewPageAsync();
        await SignInAsync(page, DemoUsers.Partner);
        await page.GotoAsync($"/Agreements/Edit/{a.AgreementId}");
        await Expect(page.GetByTestId("agreement-status")).ToHaveTextAsync("In negotiation");
        await ScreenshotAsync(page, "agreement-terms-desktop");

        var partyA = page.GetByTestId("party").Filter(new() { HasText = "Guinée Solidarité Retour" });
        await partyA.GetByTestId("add-contribution").ClickAsync();
        var contribution = partyA.GetByTestId("contribution").Nth(1);
        await contribution.GetByLabel("Type of support").SelectOptionAsync(new SelectOptionValue { Label = "Coordination" });
        await contribution.GetByLabel("What it provides").FillAsync("Hosts the monthly case review");
        await contribution.GetByLabel("Cost share (%)").FillAsync("0");

        await page.GetByTestId("add-pathway").ClickAsync();
        var pathway = page.GetByTestId("pathway").First;
        await ChooseServiceAsync(pathway, "from service", from.Name, from.Label);
        await ChooseServiceAsync(pathway, "to service", to.Name, to.Label);
        await pathway.GetByLabel("Conditions").FillAsync("With a reintegration plan");
        await page.GetByLabel("Meeting frequency").FillAsync("Every two weeks");
        AssertNoBrowserErrors();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the terms" }).ClickAsync();
        await page.WaitForURLAsync($"**/Agreements/Details/{a.AgreementId}?version=1");

        // The agreement page is another slice; the saved terms show when the form is opened again.
        await page.GotoAsync($"/Agreements/Edit/{a.AgreementId}");
        await Expect(page.GetByLabel("Meeting frequency")).ToHaveValueAsync("Every two weeks");
        var saved = page.GetByTestId("party").Filter(new() { HasText = "Guinée Solidarité Retour" }).GetByTestId("contribution");
        await Expect(saved).ToHaveCountAsync(2);
        await Expect(saved.GetByLabel("What it provides").Nth(1)).ToHaveValueAsync("Hosts the monthly case review");
        var savedPathway = page.GetByTestId("pathway");
        await Expect(savedPathway).ToHaveCountAsync(1);
        await Expect(savedPathway.GetByLabel("From service", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync(from.Label);
        await Expect(savedPathway.GetByLabel("To service", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync(to.Label);
        await Expect(savedPathway.GetByLabel("Conditions")).ToHaveValueAsync("With a reintegration plan");
        var edit = await Factory.WithDbAsync(db => db.AgreementEvents.SingleAsync(e => e.AgreementId == a.AgreementId && e.Kind == AgreementEventKind.Edited));
        Assert.Equal("Support each party provides, Referral channel and pathways, Coordination", edit.Detail);

        var phone = await NewPageAsync(390, 844);
        await SignInAsync(phone, DemoUsers.Partner);
        await phone.GotoAsync($"/Agreements/Edit/{a.AgreementId}");
        await Expect(phone.GetByTestId("pathway")).ToHaveCountAsync(1);
        await ScreenshotAsync(phone, "agreement-terms-phone");
        // Only the agreement page, which this branch does not have, may have failed to load.
        Assert.All(ConsoleErrors, e => Assert.Contains("404", e));
    }

    /// <summary>Types part of the service's name in the picker's search box and chooses it from the narrowed list.</summary>
    private static async Task ChooseServiceAsync(ILocator pathway, string which, string name, string label)
    {
        await pathway.GetByLabel($"Search the directory for the {which}").FillAsync(name);
        var list = pathway.GetByLabel(char.ToUpperInvariant(which[0]) + which[1..], new() { Exact = true });
        await Expect(list.Locator("option").First).ToContainTextAsync("found");
        await list.SelectOptionAsync(new SelectOptionValue { Label = label });
    }
}
