using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Tests.Support;
using static PartnerPortal.Tests.Support.ProgressPage;

namespace PartnerPortal.Tests.Http;

/// <summary>Administrators keep the standard indicator library; progress forms offer what is in use.</summary>
public class IndicatorLibraryTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private const string Page = "/Admin/Indicators";

    [Fact]
    public async Task An_administrator_adds_an_indicator_and_a_duplicate_code_is_refused_with_a_message()
    {
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        Assert.Contains("Jobs created", await admin.GetStringAsync(Page));
        var added = await admin.PostFormAsync(Page, $"{Page}?handler=Add",
            new() { ["Form.Code"] = "wells-built", ["Form.Name"] = "Wells built", ["Form.Unit"] = "wells", ["Form.Description"] = "Working wells handed over to the community." });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var wells = await _factory.WithDbAsync(db => db.Indicators.SingleAsync(i => i.Code == "wells-built"));
        Assert.Null(wells.InitiativeId);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "indicator.added" && a.EntityId == wells.Id.ToString())));

        var duplicate = await admin.PostFormAsync(Page, $"{Page}?handler=Add", new() { ["Form.Code"] = "jobs-created", ["Form.Name"] = "Jobs again", ["Form.Unit"] = "jobs" });
        Assert.Contains("This code is already used in the library", await duplicate.Content.ReadAsStringAsync());
        var bad = await admin.PostFormAsync(Page, $"{Page}?handler=Add", new() { ["Form.Code"] = "Wells Built", ["Form.Name"] = "", ["Form.Unit"] = "wells" });
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Use lower-case letters", html);
        Assert.Contains("Enter the name.", html);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Indicators.CountAsync(i => i.InitiativeId == null && (i.Code == "jobs-created" || i.Name == "Jobs again"))));
    }

    [Fact]
    public async Task Editing_inline_changes_the_wording_and_keeps_the_code()
    {
        var jobs = await new InitiativeTestData(_factory).StandardIndicatorAsync("jobs-created");
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var token = await admin.AntiforgeryTokenAsync(Page);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Page}?handler=Save&id={jobs.Id}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Code"] = "renamed", ["Form.Name"] = "Decent jobs created", ["Form.Unit"] = "jobs (FTE)" }),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        var row = await (await admin.Http.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.StartsWith($"<tr id=\"indicator-{jobs.Id}\"", row.Trim());
        Assert.Contains("Decent jobs created", row);
        var after = await new InitiativeTestData(_factory).StandardIndicatorAsync("jobs-created");
        Assert.Equal(("Decent jobs created", "jobs (FTE)"), (after.Name, after.Unit));
    }

    [Fact]
    public async Task A_retired_indicator_is_no_longer_offered_on_progress_forms_until_it_is_brought_back()
    {
        var data = new InitiativeTestData(_factory);
        var bakery = await data.InitiativeAsync();
        var hectares = await data.StandardIndicatorAsync("hectares-restored");
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var option = $"<option value=\"{hectares.Id}\">";
        Assert.Contains(option, await partner.GetStringAsync(Url(bakery.Id, H1)));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, $"{Page}?handler=Retire&id={hectares.Id}&retire=true", [])).StatusCode);
        Assert.True((await data.StandardIndicatorAsync("hectares-restored")).IsRetired);
        Assert.DoesNotContain(option, await partner.GetStringAsync(Url(bakery.Id, H1)));
        var refused = await PostAsync(partner, bakery.Id, H1, "AddIndicator", new(Fields(null)) { ["Form.ChosenIndicatorId"] = hectares.Id.ToString() });
        Assert.Contains("Choose an indicator from the list.", await refused.Content.ReadAsStringAsync());
        Assert.Null(await ReportAsync(_factory, bakery.Id, H1));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, $"{Page}?handler=Retire&id={hectares.Id}&retire=false", [])).StatusCode);
        Assert.Contains(option, await partner.GetStringAsync(Url(bakery.Id, H1)));
    }

    [Fact]
    public async Task Only_administrators_change_the_library()
    {
        var jobs = await new InitiativeTestData(_factory).StandardIndicatorAsync("jobs-created");
        foreach (var email in new[] { DemoUsers.CoordinatorGuinea, DemoUsers.GlobalCoordinator, DemoUsers.Partner })
        {
            using var client = await PortalClient.SignedInAsync(_factory, email);
            var add = await client.PostFormAsync("/", $"{Page}?handler=Add", new() { ["Form.Code"] = "sneaky", ["Form.Name"] = "Sneaky", ["Form.Unit"] = "x" });
            var retire = await client.PostFormAsync("/", $"{Page}?handler=Retire&id={jobs.Id}&retire=true", []);
            Assert.All([add, retire], r => Assert.Contains("AccessDenied", r.Headers.Location!.OriginalString));
        }
        Assert.False(await _factory.WithDbAsync(db => db.Indicators.AnyAsync(i => i.Code == "sneaky")));
        Assert.False((await new InitiativeTestData(_factory).StandardIndicatorAsync("jobs-created")).IsRetired);
    }

    public void Dispose() => _factory.Dispose();
}
