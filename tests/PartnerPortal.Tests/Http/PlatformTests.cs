using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

public class PlatformTests
{
    [Fact]
    public async Task Health_answers_when_the_database_does()
    {
        using var factory = new PortalFactory();
        using var client = PortalClient.Anonymous(factory);
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_development_the_sign_in_page_lists_the_demo_accounts()
    {
        using var factory = new PortalFactory();
        using var client = PortalClient.Anonymous(factory);
        var page = await client.GetStringAsync("/Account/SignIn");
        foreach (var email in DemoUsers.All) Assert.Contains(email, page);
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        using var factory = new PortalFactory();
        using var client = PortalClient.Anonymous(factory);
        var response = await client.GetAsync("/Account/SignIn");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_auth_cookie_is_http_only_and_data_protection_keys_live_in_the_database()
    {
        using var factory = new PortalFactory();
        using var client = PortalClient.Anonymous(factory);
        var response = await client.SignInAsync(DemoUsers.Partner, DemoUsers.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pp.auth="));
        Assert.Contains("httponly", cookie.ToLowerInvariant());
        Assert.Contains("samesite=lax", cookie.ToLowerInvariant());
        Assert.True(await factory.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task A_sign_in_survives_a_restart_and_works_on_a_second_instance()
    {
        using var first = new PortalFactory();
        using var client = PortalClient.Anonymous(first);
        var cookie = (await client.SignInAsync(DemoUsers.Partner, DemoUsers.Password)).Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pp.auth="));

        using var second = new PortalFactory(settings: new() { ["ConnectionStrings:Portal"] = $"Data Source={first.DatabasePath}" }, fromTemplate: false);
        using var other = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var response = await other.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Welcome", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Outside_development_there_is_no_demo_data_and_the_first_administrator_comes_from_configuration()
    {
        using var factory = new PortalFactory("Production", new()
        {
            ["FirstAdministrator:Email"] = "it@network.example.org",
            ["FirstAdministrator:Password"] = "a long production passphrase",
            ["https_port"] = "443",
        });
        Assert.Equal(["it@network.example.org"], await factory.WithDbAsync(db => db.Users.Select(u => u.Email!).ToListAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Organisations.CountAsync()));
        using (var signIn = factory.CreateClient(new() { BaseAddress = new Uri("https://portal.example.org") }))
            Assert.DoesNotContain("Demo accounts", await signIn.GetStringAsync("/Account/SignIn"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AdministrativeAreas.CountAsync()));
        Assert.Equal(17, await factory.WithDbAsync(db => db.SdgGoals.CountAsync()));

        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://portal.example.org") });
        var redirect = await client.GetAsync("/Account/SignIn");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.StartsWith("https://portal.example.org/", redirect.Headers.Location!.OriginalString);

        using var https = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example.org") });
        var page = await https.GetAsync("/Account/SignIn");
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pp.af="));
        Assert.Contains("secure", antiforgeryCookie.ToLowerInvariant());
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        using var factory = new PortalFactory(settings: new() { ["RateLimits:AuthenticationPerMinute"] = "3" });
        using var client = PortalClient.Anonymous(factory);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("someone@example.org", "wrong password here")).StatusCode);
        var limited = await client.SignInAsync("someone@example.org", "wrong password here");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Too many requests from your network", await limited.Content.ReadAsStringAsync());
        // Reading the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/SignIn")).StatusCode);
    }

    [Fact]
    public async Task Whole_directory_exports_are_rate_limited_per_address()
    {
        using var factory = new PortalFactory(settings: new() { ["RateLimits:BulkExportsPerMinute"] = "2" });
        using var client = PortalClient.Anonymous(factory);
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/hsds/datapackage.zip")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/hsds/datapackage.zip")).StatusCode);
        // Ordinary API pages are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/hsds/services")).StatusCode);
    }

    [Fact]
    public async Task Reference_data_loads_idempotently_with_all_three_sdg_languages()
    {
        using var factory = new PortalFactory();
        async Task<int[]> Counts() => await factory.WithDbAsync(async db => new[]
        {
            await db.Countries.CountAsync(), await db.TaxonomyTerms.CountAsync(), await db.SdgGoals.CountAsync(),
            await db.SdgTargets.CountAsync(), await db.GcmObjectives.CountAsync(),
        });
        var before = await Counts();
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadAsync();
        Assert.Equal(before, await Counts());
        Assert.Equal([17, 169, 23], before[2..]);

        var target = await factory.WithDbAsync(db => db.SdgTargets.SingleAsync(t => t.Code == "10.7"));
        Assert.Contains("migration", target.TitleEn);
        Assert.Contains("mobilité", target.TitleFr);
        Assert.False(string.IsNullOrWhiteSpace(target.TitleAr));
        Assert.Contains("reintegration", await factory.WithDbAsync(db => db.GcmObjectives.Where(o => o.Number == 21).Select(o => o.Title).SingleAsync()));
    }

    [Theory]
    [InlineData(DemoUsers.Administrator, true)]
    [InlineData(DemoUsers.GlobalCoordinator, false)]
    [InlineData(DemoUsers.CoordinatorGuinea, false)]
    [InlineData(DemoUsers.LocalAuthority, false)]
    [InlineData(DemoUsers.Partner, false)]
    [InlineData(DemoUsers.Signatory, false)]
    public async Task Administration_pages_are_for_administrators_only(string email, bool allowed)
    {
        using var factory = new PortalFactory();
        using var client = await PortalClient.SignedInAsync(factory, email);
        foreach (var page in new[] { "/Admin/Users", "/Admin/Taxonomies", "/Admin/Outbox", "/Admin/Audit" })
        {
            var response = await client.GetAsync(page);
            if (allowed) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            else Assert.Contains("AccessDenied", response.Headers.Location!.OriginalString);
        }
    }
}
