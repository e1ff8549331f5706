using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Tests.Support;
using static PartnerPortal.Tests.Support.ProgressPage;

namespace PartnerPortal.Tests.Http;

/// <summary>The coordinators' page of submitted and missing progress per country and half-year.</summary>
public class ProgressOverviewTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private const string GuineaH1 = "/Progress?country=GN&period=2026-H1";

    /// <summary>The part of the page listing one side ("missing-list" or "submitted-list"), or "" when that side is empty.</summary>
    private static string Side(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task An_expected_initiative_is_missing_until_submitted_and_initiatives_not_expected_are_not_listed()
    {
        var data = new InitiativeTestData(_factory);
        var bakery = await data.InitiativeAsync();
        var pipeline = await data.InitiativeAsync(i => i.Status = ActivityStatus.Pipeline, title: "Cooperative still in the pipeline");
        var later = await data.InitiativeAsync(i => i.StartDate = new DateOnly(2026, 9, 1), title: "Well starting in September");
        var jobs = await data.StandardIndicatorAsync("jobs-created");
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);

        var before = await coordinator.GetStringAsync(GuineaH1);
        Assert.Contains(bakery.Reference, Side(before, "missing-list"));
        Assert.Contains("Nothing reported", Side(before, "missing-list"));
        Assert.DoesNotContain(bakery.Reference, Side(before, "submitted-list"));
        Assert.DoesNotContain(pipeline.Reference, before);
        Assert.DoesNotContain(later.Reference, before);
        Assert.Contains($"href=\"/Initiatives/Progress/{bakery.Id}?period=2026-H1\"", before);

        using (var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(partner, bakery.Id, H1, "Save", Fields(null))).StatusCode);
            Assert.Contains("Draft, not submitted", Side(await coordinator.GetStringAsync(GuineaH1), "missing-list"));
            await SubmitAsync(_factory, partner, bakery.Id, H1, jobs.Id);
        }
        var after = await coordinator.GetStringAsync(GuineaH1);
        Assert.Contains(bakery.Reference, Side(after, "submitted-list"));
        Assert.DoesNotContain(bakery.Reference, Side(after, "missing-list"));
        var submitter = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Partner).Select(u => u.FullName).SingleAsync());
        Assert.Contains(submitter, Side(after, "submitted-list"));
        // Another half-year has its own list: the bakery has not reported H2 2025.
        Assert.Contains(bakery.Reference, Side(await coordinator.GetStringAsync("/Progress?country=GN&period=2025-H2"), "missing-list"));
    }

    [Fact]
    public async Task Changing_country_or_period_with_htmx_answers_with_the_lists_only()
    {
        var bakery = await new InitiativeTestData(_factory).InitiativeAsync();
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        using var request = new HttpRequestMessage(HttpMethod.Get, GuineaH1);
        request.Headers.Add("HX-Request", "true");
        var response = await admin.Http.SendAsync(request);
        var fragment = await response.Content.ReadAsStringAsync();
        Assert.Contains("HX-Request", response.Headers.Vary);
        Assert.DoesNotContain("<html", fragment);
        Assert.Contains(bakery.Reference, fragment);
        Assert.Contains("data-testid=\"missing-count\"", fragment);
        Assert.DoesNotContain(bakery.Reference, await admin.GetStringAsync("/Progress?country=SN&period=2026-H1"));
    }

    [Fact]
    public async Task Coordinators_see_only_their_countries_and_implementers_do_not_see_the_page()
    {
        using var guinea = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        Assert.Contains("Guinea", await guinea.GetStringAsync("/Progress"));
        Assert.Contains("AccessDenied", (await guinea.GetAsync("/Progress?country=SN")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await guinea.GetAsync("/Progress?country=GN&period=2026-H9")).StatusCode);
        foreach (var email in new[] { DemoUsers.Partner, DemoUsers.Signatory, DemoUsers.LocalAuthority })
        {
            using var client = await PortalClient.SignedInAsync(_factory, email);
            Assert.Contains("AccessDenied", (await client.GetAsync(GuineaH1)).Headers.Location!.OriginalString);
        }
    }

    public void Dispose() => _factory.Dispose();
}
