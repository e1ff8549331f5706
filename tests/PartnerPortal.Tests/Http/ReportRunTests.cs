using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Pages.Reports;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>Requesting report runs on /Reports: one live run per scope and half-year, who may request, list and download.</summary>
public class ReportRunTests
{
    private static readonly ReportingPeriod LastEnded = ReportingPeriod.LastEndedOn(DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>An app whose report printer is <paramref name="printer"/> (null: the real one) and whose retries do not wait.</summary>
    public static PortalFactory Factory(IBiannualReportPrinter? printer, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Reports:RetryDelays:0"] = "00:00:00", ["Reports:RetryDelays:1"] = "00:00:00", ["Reports:RetryDelays:2"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        return new PortalFactory(settings: all, services: s =>
        {
            if (printer is null) return;
            s.RemoveAll<IBiannualReportPrinter>();
            s.AddSingleton(printer);
        });
    }

    public static Task<HttpResponseMessage> RequestAsync(PortalClient client, string scope, ReportingPeriod period, bool htmx = false) =>
        htmx ? HtmxRequestAsync(client, scope, period)
            : client.PostFormAsync("/Reports", "/Reports?handler=Request", new() { ["scope"] = scope, ["period"] = period.ToString() });

    private static async Task<HttpResponseMessage> HtmxRequestAsync(PortalClient client, string scope, ReportingPeriod period)
    {
        var token = await client.AntiforgeryTokenAsync("/Reports");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Reports?handler=Request")
        {
            Content = new FormUrlEncodedContent([new("scope", scope), new("period", period.ToString())]),
            Headers = { { "HX-Request", "true" }, { "RequestVerificationToken", token } },
        };
        return await client.Http.SendAsync(request);
    }

    private static Task<List<ReportRun>> RunsAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => db.ReportRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task Two_requests_for_the_same_scope_and_period_create_one_run_even_at_the_same_time()
    {
        var printer = new ScriptedReportPrinter(open: false);
        using var factory = Factory(printer);
        using var coordinator = await PortalClient.SignedInAsync(factory, DemoUsers.CoordinatorGuinea);

        var first = await RequestAsync(coordinator, "GN", LastEnded);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Queued: the report for Guinea", await coordinator.GetStringAsync("/Reports"));
        await RequestAsync(coordinator, "GN", LastEnded);
        var page = await coordinator.GetStringAsync("/Reports");
        Assert.Contains("Already queued: the report for Guinea", page);
        Assert.Single(await RunsAsync(factory));

        // Two people at once, for another half-year: still one run, and both are told about it.
        using var admin = await PortalClient.SignedInAsync(factory, DemoUsers.Administrator);
        using var global = await PortalClient.SignedInAsync(factory, DemoUsers.GlobalCoordinator);
        var responses = await Task.WhenAll(RequestAsync(admin, "SN", LastEnded.Previous, htmx: true), RequestAsync(global, "SN", LastEnded.Previous, htmx: true));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var fragments = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(fragments, f => f.Contains("Queued: the report for Senegal"));
        Assert.Single(fragments, f => f.Contains("Already queued: the report for Senegal"));
        var runs = await RunsAsync(factory);
        Assert.Equal(2, runs.Count);
        Assert.Single(runs, r => r.Scope == "SN");

        printer.Gate.SetResult();
        foreach (var run in runs) Assert.Equal(ReportRunState.Succeeded, (await ReportRunTestData.UntilFinishedAsync(factory, run.Id)).State);
        // Once the run is finished, asking again prepares a new one (the data may have been corrected since).
        await RequestAsync(coordinator, "GN", LastEnded);
        Assert.Equal(3, (await RunsAsync(factory)).Count);
    }

    [Fact]
    public async Task A_country_coordinator_requests_and_downloads_only_its_country()
    {
        using var factory = Factory(new ScriptedReportPrinter());
        var senegalRun = await ReportRunTestData.SucceededAsync(factory, "SN");
        var networkRun = await ReportRunTestData.SucceededAsync(factory, ReportScope.NetworkKey);
        using var coordinator = await PortalClient.SignedInAsync(factory, DemoUsers.CoordinatorGuinea);

        Assert.Equal(HttpStatusCode.Forbidden, (await RequestAsync(coordinator, "SN", LastEnded)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RequestAsync(coordinator, ReportScope.NetworkKey, LastEnded)).StatusCode);
        Assert.Equal(2, (await RunsAsync(factory)).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Reports/Download/{senegalRun}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Reports/Download/{networkRun}")).StatusCode);
        var form = await coordinator.GetStringAsync("/Reports");
        Assert.Contains("<option value=\"GN\"", form);
        Assert.DoesNotContain("<option value=\"SN\"", form);
        Assert.DoesNotContain("<option value=\"network\"", form);

        var (_, created) = await RequestAndWaitAsync(factory, coordinator, "GN");
        var download = await coordinator.GetAsync($"/Reports/Download/{created.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"partnerportal-report-GN-{LastEnded}.pdf", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync()));
    }

    private static async Task<(HttpResponseMessage Response, ReportRun Run)> RequestAndWaitAsync(PortalFactory factory, PortalClient client, string scope)
    {
        var response = await RequestAsync(client, scope, LastEnded);
        var id = await factory.WithDbAsync(db => db.ReportRuns.Where(r => r.Scope == scope && r.Year == LastEnded.Year && r.Half == LastEnded.Half)
            .OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        return (response, await ReportRunTestData.UntilFinishedAsync(factory, id));
    }

    [Fact]
    public async Task With_a_reports_folder_the_pdf_is_kept_there_and_downloads_the_same()
    {
        var folder = Path.Combine(Path.GetTempPath(), "partnerportal-tests", Guid.NewGuid().ToString("N"), "reports");
        using var factory = Factory(new ScriptedReportPrinter(), new() { ["Reports:Folder"] = folder });
        using var coordinator = await PortalClient.SignedInAsync(factory, DemoUsers.CoordinatorGuinea);
        var (_, run) = await RequestAndWaitAsync(factory, coordinator, "GN");
        Assert.Equal($"{run.Id}-{run.Sha256}.pdf", run.StoredFileName);
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(folder, run.StoredFileName!));
        Assert.Equal(run.FileSize, onDisk.Length);
        Assert.False(await factory.WithDbAsync(db => db.ReportRunFiles.AnyAsync()));
        Assert.Equal(onDisk, await (await coordinator.GetAsync($"/Reports/Download/{run.Id}")).Content.ReadAsByteArrayAsync());
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }

    [Theory]
    [InlineData(DemoUsers.GlobalCoordinator)]
    [InlineData(DemoUsers.Administrator)]
    public async Task Global_coordinators_and_administrators_request_and_download_any_scope(string email)
    {
        using var factory = Factory(new ScriptedReportPrinter());
        using var client = await PortalClient.SignedInAsync(factory, email);
        foreach (var scope in new[] { ReportScope.NetworkKey, "SN", "GN" })
        {
            var (response, run) = await RequestAndWaitAsync(factory, client, scope);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(ReportRunState.Succeeded, run.State);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Reports/Download/{run.Id}")).StatusCode);
        }
    }

    [Theory]
    [InlineData(DemoUsers.Partner)]
    [InlineData(DemoUsers.LocalAuthority)]
    [InlineData(DemoUsers.Signatory)]
    public async Task Members_of_organisations_are_refused_everything(string email)
    {
        using var factory = Factory(new ScriptedReportPrinter());
        var run = await ReportRunTestData.SucceededAsync(factory, "GN");
        using var client = await PortalClient.SignedInAsync(factory, email);
        foreach (var url in new[] { "/Reports", "/Reports?handler=Rows", $"/Reports/Download/{run}" })
            AssertRefused(await client.GetAsync(url), url);
        var post = await client.Http.PostAsync("/Reports?handler=Request", new FormUrlEncodedContent([new("scope", "GN"), new("period", LastEnded.ToString())]));
        Assert.True(post.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden
            || post.Headers.Location?.OriginalString.Contains("/Account/AccessDenied") == true, $"POST answered {(int)post.StatusCode}");
        Assert.Single(await RunsAsync(factory));
    }

    private static void AssertRefused(HttpResponseMessage response, string url) =>
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied") == true, $"{url} answered {(int)response.StatusCode}");

    [Fact]
    public async Task Anonymous_visitors_get_nothing()
    {
        using var factory = Factory(new ScriptedReportPrinter());
        var run = await ReportRunTestData.SucceededAsync(factory, "GN");
        using var anonymous = PortalClient.Anonymous(factory);
        foreach (var url in new[] { "/Reports", $"/Reports/Download/{run}" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/SignIn", response.Headers.Location!.OriginalString);
        }
        using var poll = new HttpRequestMessage(HttpMethod.Get, "/Reports?handler=Rows") { Headers = { { "HX-Request", "true" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.SendAsync(poll)).StatusCode);
    }

    [Fact]
    public async Task The_list_shows_only_runs_of_the_users_scopes_and_polls_only_while_one_is_live()
    {
        using var factory = Factory(new ScriptedReportPrinter());
        await ReportRunTestData.SucceededAsync(factory, "GN");
        await ReportRunTestData.SucceededAsync(factory, "SN");
        await ReportRunTestData.SucceededAsync(factory, ReportScope.NetworkKey);

        using var coordinator = await PortalClient.SignedInAsync(factory, DemoUsers.CoordinatorGuinea);
        var mine = await coordinator.GetStringAsync("/Reports");
        Assert.Contains("data-scope=\"GN\"", mine);
        Assert.DoesNotContain("data-scope=\"SN\"", mine);
        Assert.DoesNotContain("data-scope=\"network\"", mine);
        Assert.DoesNotContain("hx-trigger=\"every 2s\"", mine);

        using var global = await PortalClient.SignedInAsync(factory, DemoUsers.GlobalCoordinator);
        var all = await global.GetStringAsync("/Reports?handler=Rows");
        Assert.Contains("data-scope=\"SN\"", all);
        Assert.Contains("data-scope=\"network\"", all);
        Assert.Contains(">Whole network<", all);

        // A live run makes the fragment poll; the coordinator of Guinea does not see it poll for Senegal's.
        await factory.WithDbAsync(async db => { db.ReportRuns.Add(ReportRunTestData.Run("SN", ReportRunState.Running)); return await db.SaveChangesAsync(); });
        Assert.Contains("hx-trigger=\"every 2s\"", await global.GetStringAsync("/Reports?handler=Rows"));
        Assert.DoesNotContain("hx-trigger=\"every 2s\"", await coordinator.GetStringAsync("/Reports?handler=Rows"));
    }

    [Fact]
    public async Task A_poll_announces_the_watched_runs_that_finished_and_only_those_the_user_may_see()
    {
        using var factory = Factory(new ScriptedReportPrinter());
        var guinea = await ReportRunTestData.SucceededAsync(factory, "GN");
        var senegal = await ReportRunTestData.SucceededAsync(factory, "SN");
        using var coordinator = await PortalClient.SignedInAsync(factory, DemoUsers.CoordinatorGuinea);

        async Task<string> PollAsync(string watch)
        {
            using var poll = new HttpRequestMessage(HttpMethod.Get, $"/Reports?handler=Rows&watch={watch}") { Headers = { { "HX-Request", "true" } } };
            return System.Net.WebUtility.HtmlDecode(await (await coordinator.Http.SendAsync(poll)).Content.ReadAsStringAsync());
        }
        var announced = await PollAsync($"{guinea},{senegal}");
        Assert.Contains("hx-swap-oob", announced);
        Assert.Contains($"Ready: the report for Guinea, {ReportRunTestData.Period.Label}.", announced);
        Assert.DoesNotContain("Senegal", announced);
        Assert.DoesNotContain("hx-swap-oob", await PollAsync(""));
        Assert.DoesNotContain("hx-swap-oob", await PollAsync("x,-1"));
    }

    [Fact]
    public async Task Wrong_fields_are_refused_with_a_message_next_to_them()
    {
        using var factory = Factory(new ScriptedReportPrinter());
        using var coordinator = await PortalClient.SignedInAsync(factory, DemoUsers.CoordinatorGuinea);
        var current = ReportingPeriod.Containing(DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var (scope, period, message) in new[]
                 {
                     ("GN", current.ToString(), "Choose a half-year that has ended"),
                     ("GN", "2019-H2", "Choose a half-year that has ended"),
                     ("XX", LastEnded.ToString(), "Choose the network or a country of the network"),
                     ("Guinea", LastEnded.ToString(), "Choose the network or a country of the network"),
                 })
        {
            var response = await coordinator.PostFormAsync("/Reports", "/Reports?handler=Request", new() { ["scope"] = scope, ["period"] = period });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(message, html);
            Assert.Contains("id=\"report-request\"", html);
        }

        // With htmx, the form alone comes back, with its message, in place of the form.
        var token = await coordinator.AntiforgeryTokenAsync("/Reports");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Reports?handler=Request")
        {
            Headers = { { "HX-Request", "true" }, { "RequestVerificationToken", token } },
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["scope"] = "GN", ["period"] = current.ToString() }),
        };
        var htmx = await coordinator.Http.SendAsync(post);
        Assert.Equal("#report-request", htmx.Headers.GetValues("HX-Retarget").Single());
        var fragment = await htmx.Content.ReadAsStringAsync();
        Assert.Contains("Choose a half-year that has ended", fragment);
        Assert.DoesNotContain("<html", fragment);
        Assert.Empty(await RunsAsync(factory));
    }
}
