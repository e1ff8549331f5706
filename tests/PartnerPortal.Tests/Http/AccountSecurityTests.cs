using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

public partial class AccountSecurityTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var client = PortalClient.Anonymous(_factory);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var html = await (await client.SignInAsync(DemoUsers.Partner, "not-the-password-123")).Content.ReadAsStringAsync();
            Assert.Contains("The email address or password is not right.", html);
        }
        var fifth = await (await client.SignInAsync(DemoUsers.Partner, "not-the-password-123")).Content.ReadAsStringAsync();
        Assert.Contains("locked for 15 minutes", fifth);

        var withRightPassword = await client.SignInAsync(DemoUsers.Partner, DemoUsers.Password);
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("locked for 15 minutes", await withRightPassword.Content.ReadAsStringAsync());

        var lockoutEnd = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Partner).Select(u => u.LockoutEnd).SingleAsync());
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "security.locked-out" && a.UserName == DemoUsers.Partner)));
        Assert.Equal(5, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "security.sign-in-failed" && a.UserName == DemoUsers.Partner)) + 1);
    }

    [Fact]
    public async Task Unknown_address_and_wrong_password_get_the_same_answer()
    {
        using var client = PortalClient.Anonymous(_factory);
        var unknown = await (await client.SignInAsync("nobody@example.org", "whatever-password-1")).Content.ReadAsStringAsync();
        Assert.Contains("The email address or password is not right.", unknown);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected_and_changes_nothing()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var orgId = await OrganisationOfAsync(DemoUsers.Signatory);
        var before = await _factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).SingleAsync());

        var response = await client.Http.PostAsync($"/Organisations/Edit/{orgId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = "Hijacked", ["Form.TypeId"] = "1", ["Form.CountryCode"] = "GN",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Sign_out_requires_a_post_with_token()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var forged = await client.Http.PostAsync("/Account/SignOut", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var real = await client.PostFormAsync("/", "/Account/SignOut", []);
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/Account/SignIn", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Forgotten_password_is_reset_through_the_emailed_link()
    {
        using var client = PortalClient.Anonymous(_factory);
        var page = await (await client.PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword",
            new() { ["Email"] = DemoUsers.Partner })).Content.ReadAsStringAsync();
        Assert.Contains("If an account exists for that address", page);
        // An unknown address gets the same page and no message.
        await client.PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword", new() { ["Email"] = "nobody@example.org" });
        Assert.False(await _factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == "nobody@example.org")));

        var body = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == DemoUsers.Partner).Select(m => m.BodyText).SingleAsync());
        var link = new Uri(ResetLink().Match(body).Value);

        var tooShort = await client.PostFormAsync(link.PathAndQuery, link.PathAndQuery,
            new() { ["Form.Password"] = "short", ["Form.ConfirmPassword"] = "short" });
        Assert.Contains("Use at least 12 characters.", await tooShort.Content.ReadAsStringAsync());

        var reset = await client.PostFormAsync(link.PathAndQuery, link.PathAndQuery,
            new() { ["Form.Password"] = "a brand new passphrase", ["Form.ConfirmPassword"] = "a brand new passphrase" });
        Assert.Contains("Your password has been changed", await reset.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await PortalClient.Anonymous(_factory).SignInAsync(DemoUsers.Partner, DemoUsers.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.Anonymous(_factory).SignInAsync(DemoUsers.Partner, "a brand new passphrase")).StatusCode);

        // The link works once.
        var again = await client.PostFormAsync(link.PathAndQuery, link.PathAndQuery,
            new() { ["Form.Password"] = "yet another passphrase", ["Form.ConfirmPassword"] = "yet another passphrase" });
        Assert.Contains("not valid or has expired", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Change_password_checks_the_current_one_and_the_policy()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var wrong = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = "not my password!", ["Form.Password"] = "a fresh passphrase 1", ["Form.ConfirmPassword"] = "a fresh passphrase 1",
        });
        Assert.Contains("Your current password is not right.", await wrong.Content.ReadAsStringAsync());
        var mismatch = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = DemoUsers.Password, ["Form.Password"] = "a fresh passphrase 1", ["Form.ConfirmPassword"] = "a different one 2",
        });
        Assert.Contains("The two passwords do not match.", await mismatch.Content.ReadAsStringAsync());
        var ok = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = DemoUsers.Password, ["Form.Password"] = "a fresh passphrase 1", ["Form.ConfirmPassword"] = "a fresh passphrase 1",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.Anonymous(_factory).SignInAsync(DemoUsers.Partner, "a fresh passphrase 1")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_user_loses_access_at_once()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        await _factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == DemoUsers.Partner);
            user.IsDeactivated = true;
            return await db.SaveChangesAsync();
        });
        var response = await client.GetAsync("/Organisations");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        var again = await PortalClient.Anonymous(_factory).SignInAsync(DemoUsers.Partner, DemoUsers.Password);
        Assert.Contains("deactivated", await again.Content.ReadAsStringAsync());
    }

    private Task<int> OrganisationOfAsync(string email) =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId).SingleAsync());

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex ResetLink();

    public void Dispose() => _factory.Dispose();
}
