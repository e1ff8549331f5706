using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerPortal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public partial class InvitationJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_manager_invites_the_invitation_is_read_in_the_outbox_accepted_and_the_new_user_signs_in()
    {
        // The signatory is also the manager of a Guinean NGO.
        var manager = await NewPageAsync();
        await SignInAsync(manager, DemoUsers.Signatory);
        await manager.GetByTestId("user-menu").ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "My organisation", Exact = true }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Manage members" }).ClickAsync();
        await manager.GetByLabel("Email address").FillAsync("mariama.sow@example.org");
        await manager.GetByLabel("Signatory (signs agreements for the organisation)").CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(manager.GetByRole(AriaRole.Status)).ToContainTextAsync("An invitation was sent to mariama.sow@example.org");
        await Expect(manager.GetByTestId("pending-invitations")).ToContainTextAsync("mariama.sow@example.org");
        await ScreenshotAsync(manager, "members-invitation-sent");

        // No SMTP server: the administrator reads the message in the outbox.
        var admin = await NewPageAsync();
        await SignInAsync(admin, DemoUsers.Administrator);
        await admin.GotoAsync("/Admin/Outbox");
        await admin.GetByTestId("outbox-table").GetByRole(AriaRole.Row).Filter(new() { HasText = "mariama.sow@example.org" })
            .GetByRole(AriaRole.Link).ClickAsync();
        var body = await admin.GetByTestId("outbox-body").InnerTextAsync();
        await ScreenshotAsync(admin, "outbox-invitation");
        var link = AcceptLink().Match(body).Value;
        Assert.StartsWith(BaseUrl, link);

        var invitee = await NewPageAsync(390, 844);
        await invitee.GotoAsync(link);
        await Expect(invitee.GetByRole(AriaRole.Main)).ToContainTextAsync("member, signatory");
        await invitee.GetByLabel("Full name").FillAsync("Mariama Sow");
        await invitee.GetByLabel("New password", new() { Exact = true }).FillAsync("short");
        await invitee.GetByLabel("Confirm new password").FillAsync("short");
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Expect(invitee.GetByText("Use at least 12 characters.")).ToBeVisibleAsync();
        await invitee.GetByLabel("New password", new() { Exact = true }).FillAsync("river of kindia 2026");
        await invitee.GetByLabel("Confirm new password").FillAsync("river of kindia 2026");
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Expect(invitee.GetByRole(AriaRole.Status)).ToContainTextAsync("Welcome to PartnerPortal, Mariama Sow.");
        await Expect(invitee.GetByTestId("home-role")).ToContainTextAsync("Signatory");
        await ScreenshotAsync(invitee, "invitation-accepted-phone");

        // Signs out and back in with the chosen password.
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Show navigation" }).ClickAsync();
        await invitee.GetByTestId("user-menu").ClickAsync();
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(invitee.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await SignInAsync(invitee, "mariama.sow@example.org", "river of kindia 2026");
        await Expect(invitee.GetByTestId("home-role")).ToContainTextAsync("Signatory");

        // The link cannot be used twice.
        await invitee.GotoAsync(link);
        await Expect(invitee.GetByTestId("invitation-problem")).ToContainTextAsync("already been used");
        AssertNoBrowserErrors();
    }

    [GeneratedRegex(@"https?://\S+/Account/AcceptInvitation\?token=\S+")]
    private static partial Regex AcceptLink();
}
