using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

public partial class InvitationTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    private async Task<(int OrgId, Uri Link)> InviteAsync(string inviter, string email)
    {
        using var manager = await PortalClient.SignedInAsync(_factory, inviter);
        var orgId = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == inviter).Select(u => u.OrganisationId).SingleAsync());
        var response = await manager.PostFormAsync($"/Organisations/Members/{orgId}", $"/Organisations/Members/{orgId}?handler=Invite",
            new() { ["Invite.Email"] = email, ["Invite.AsSignatory"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var body = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == email).Select(m => m.BodyText).SingleAsync());
        return (orgId, new Uri(AcceptLink().Match(body).Value));
    }

    private static Dictionary<string, string> Acceptance(string password = "welcome to the network") =>
        new() { ["FullName"] = "Aminata Camara", ["Form.Password"] = password, ["Form.ConfirmPassword"] = password };

    [Fact]
    public async Task An_invited_person_sets_a_password_joins_the_organisation_and_can_sign_in()
    {
        var (orgId, link) = await InviteAsync(DemoUsers.Signatory, "aminata.camara@example.org");
        using var visitor = PortalClient.Anonymous(_factory);
        var page = await visitor.GetStringAsync(link.PathAndQuery);
        Assert.Contains("member, signatory", page);

        var accepted = await visitor.PostFormAsync(link.PathAndQuery, link.PathAndQuery, Acceptance());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var user = await _factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "aminata.camara@example.org"));
        Assert.Equal(orgId, user.OrganisationId);
        Assert.True(user.IsSignatory);
        Assert.False(user.IsOrganisationManager);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.Anonymous(_factory).SignInAsync(user.Email!, "welcome to the network")).StatusCode);
    }

    [Fact]
    public async Task A_reused_link_gets_a_clear_message_and_creates_nothing()
    {
        var (_, link) = await InviteAsync(DemoUsers.Signatory, "reuse@example.org");
        using var visitor = PortalClient.Anonymous(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostFormAsync(link.PathAndQuery, link.PathAndQuery, Acceptance())).StatusCode);
        var users = await _factory.WithDbAsync(db => db.Users.CountAsync());

        using var second = PortalClient.Anonymous(_factory);
        var page = await second.GetStringAsync(link.PathAndQuery);
        Assert.Contains("This invitation has already been used.", page);
        var replay = await second.PostFormAsync("/Account/SignIn", link.PathAndQuery, Acceptance("another password here"));
        Assert.Contains("This invitation has already been used.", await replay.Content.ReadAsStringAsync());
        Assert.Equal(users, await _factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task An_expired_link_gets_a_clear_message_and_creates_nothing()
    {
        var (_, link) = await InviteAsync(DemoUsers.Signatory, "late@example.org");
        await _factory.WithDbAsync(async db =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Email == "late@example.org");
            invitation.ExpiresAtUtc = DateTime.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        using var visitor = PortalClient.Anonymous(_factory);
        Assert.Contains("This invitation has expired", await visitor.GetStringAsync(link.PathAndQuery));
        var post = await visitor.PostFormAsync("/Account/SignIn", link.PathAndQuery, Acceptance());
        Assert.Contains("This invitation has expired", await post.Content.ReadAsStringAsync());
        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "late@example.org")));
    }

    [Fact]
    public async Task A_made_up_token_is_refused()
    {
        using var visitor = PortalClient.Anonymous(_factory);
        Assert.Contains("This invitation link is not valid", await visitor.GetStringAsync("/Account/AcceptInvitation?token=made-up"));
    }

    [Fact]
    public async Task A_plain_member_cannot_invite_and_a_manager_cannot_invite_into_another_organisation()
    {
        using var member = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var ownOrg = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Partner).Select(u => u.OrganisationId).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync($"/Organisations/Members/{ownOrg}")).StatusCode); // to access denied
        var token = await member.AntiforgeryTokenAsync("/Account/ChangePassword");
        var attempt = await member.Http.PostAsync($"/Organisations/Members/{ownOrg}?handler=Invite", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Invite.Email"] = "sneaky@example.org", ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains("AccessDenied", attempt.Headers.Location!.OriginalString);

        using var manager = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var otherOrg = await _factory.WithDbAsync(db => db.Organisations.Where(o => o.Id != ownOrg).Select(o => o.Id).FirstAsync());
        var managerToken = await manager.AntiforgeryTokenAsync("/Account/ChangePassword");
        var cross = await manager.Http.PostAsync($"/Organisations/Members/{otherOrg}?handler=Invite", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Invite.Email"] = "sneaky@example.org", ["__RequestVerificationToken"] = managerToken,
        }));
        Assert.Contains("AccessDenied", cross.Headers.Location!.OriginalString);
        Assert.False(await _factory.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == "sneaky@example.org")));
    }

    [Fact]
    public async Task Only_an_administrator_can_invite_a_coordinator()
    {
        using var manager = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var orgId = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Signatory).Select(u => u.OrganisationId).SingleAsync());
        var page = await manager.PostFormAsync($"/Organisations/Members/{orgId}", $"/Organisations/Members/{orgId}?handler=Invite",
            new() { ["Invite.Email"] = "boss@example.org", ["Invite.AsCoordinator"] = "true", ["Invite.AllCountries"] = "true" });
        Assert.Contains("Only an administrator can invite a coordinator.", await page.Content.ReadAsStringAsync());
        Assert.False(await _factory.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == "boss@example.org")));
    }

    [GeneratedRegex(@"https?://\S+/Account/AcceptInvitation\?token=\S+")]
    private static partial Regex AcceptLink();

    public void Dispose() => _factory.Dispose();
}
