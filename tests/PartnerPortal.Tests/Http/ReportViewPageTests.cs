using System.Net;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>/Reports/View: the report in the portal, for scopes the user may report on and half-years that have ended.</summary>
public class ReportViewPageTests
{
    /// <summary>Needs the report query (BiannualReportQuery) to compute the demo data's figures.</summary>
    [Fact]
    public async Task A_coordinator_reads_the_report_of_its_country_with_every_section_and_can_request_the_pdf()
    {
        using var factory = new PortalFactory();
        using var client = await PortalClient.SignedInAsync(factory, DemoUsers.CoordinatorGuinea);

        var response = await client.GetAsync("/Reports/View?scope=GN&period=2025-H2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html);
        foreach (var title in new[] { "Biannual report", "Guinea", "H2 2025 (July–December)", "About the data", "1. Key figures", "2. Stakeholders",
                     "3. Service directory", "4. Synergy agreements", "5. Community-based initiatives", "Annex: data quality" })
            Assert.Contains(title, text);
        Assert.Contains("href=\"/css/report.css", html);
        Assert.Contains("action=\"/Reports?handler=Request\"", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("name=\"scope\" value=\"GN\"", html);
        Assert.Contains("name=\"period\" value=\"2025-H2\"", html);
        Assert.DoesNotMatch(@"\sstyle\s*=", html);
    }

    [Theory]
    [InlineData(DemoUsers.CoordinatorGuinea, "/Reports/View?scope=SN&period=2025-H2")]
    [InlineData(DemoUsers.CoordinatorGuinea, "/Reports/View?scope=network&period=2025-H2")]
    [InlineData(DemoUsers.Partner, "/Reports/View?scope=GN&period=2025-H2")]
    [InlineData(DemoUsers.LocalAuthority, "/Reports/View?scope=GN&period=2025-H2")]
    public async Task Someone_who_may_not_report_on_the_scope_is_refused(string email, string url)
    {
        using var factory = new PortalFactory();
        using var client = await PortalClient.SignedInAsync(factory, email);
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied")),
            $"{url} for {email}: {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/Reports/View?scope=GN&period=2099-H1")] // not ended
    [InlineData("/Reports/View?scope=GN&period=2019-H2")] // before the network's data
    [InlineData("/Reports/View?scope=GN&period=2025-H3")]
    [InlineData("/Reports/View?scope=XX&period=2025-H2")] // not a country of the network
    [InlineData("/Reports/View?scope=everything&period=2025-H2")]
    [InlineData("/Reports/View?scope=GN")]
    public async Task Unknown_scopes_and_periods_that_have_not_ended_are_not_found(string url)
    {
        using var factory = new PortalFactory();
        using var client = await PortalClient.SignedInAsync(factory, DemoUsers.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var factory = new PortalFactory();
        using var client = PortalClient.Anonymous(factory);
        var response = await client.GetAsync("/Reports/View?scope=GN&period=2025-H2");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn", response.Headers.Location!.OriginalString);
    }
}
