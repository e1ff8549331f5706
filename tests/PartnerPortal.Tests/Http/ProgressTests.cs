using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Tests.Support;
using static PartnerPortal.Tests.Support.ProgressPage;

namespace PartnerPortal.Tests.Http;

/// <summary>The half-yearly progress form: who reports, values, submitting, locking, reopening.</summary>
public class ProgressTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private InitiativeTestData Data => new(_factory);

    private static bool Refused(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("/Account/AccessDenied"));

    [Fact]
    public async Task The_lead_implementers_members_coordinators_of_the_country_and_administrators_open_the_form_and_no_one_else()
    {
        var bakery = await Data.InitiativeAsync();
        var senegal = await AgreementSteps.CoordinatorOfAsync(_factory, "SN");
        foreach (var email in new[] { DemoUsers.Partner, DemoUsers.Signatory, DemoUsers.CoordinatorGuinea, DemoUsers.GlobalCoordinator, DemoUsers.Administrator })
        {
            using var client = await PortalClient.SignedInAsync(_factory, email);
            Assert.Contains("Half-yearly progress", await client.GetStringAsync(Url(bakery.Id, H1)));
        }
        // Others read the progress (part of the initiative's record) but get no form, and a post changes nothing.
        foreach (var email in new[] { DemoUsers.LocalAuthority, senegal })
        {
            using var client = await PortalClient.SignedInAsync(_factory, email);
            var page = await client.GetStringAsync(Url(bakery.Id, H1));
            Assert.Contains("Only the lead implementer's members and coordinators of the country report progress.", WebUtility.HtmlDecode(page));
            Assert.DoesNotContain("handler=Save", page);
            var post = await client.PostFormAsync(Url(bakery.Id, H1), $"{Url(bakery.Id, H1)}&handler=Save", new() { ["Form.Narrative"] = "Not mine to write" });
            Assert.True(Refused(post), email);
        }
        Assert.False(await _factory.WithDbAsync(db => db.ProgressReports.AnyAsync(r => r.InitiativeId == bakery.Id)));
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(Url(999_999, H1))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/Initiatives/Progress/{bakery.Id}?period=2026-H3")).StatusCode);
        // Without a period the page opens on the last half-year that has ended.
        var last = ReportingPeriod.LastEndedOn(DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Contains($"H{last.Half} {last.Year}", await partner.GetStringAsync($"/Initiatives/Progress/{bakery.Id}"));
    }

    [Fact]
    public async Task A_partner_adds_an_indicator_saves_disaggregated_values_and_submits_then_the_report_is_locked_and_coordinators_are_told()
    {
        var bakery = await Data.InitiativeAsync();
        var jobs = await Data.StandardIndicatorAsync("jobs-created");
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);

        var added = await PostAsync(partner, bakery.Id, H1, "AddIndicator", new(Fields(null)) { ["Form.ChosenIndicatorId"] = jobs.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var draft = (await ReportAsync(_factory, bakery.Id, H1))!;
        Assert.Equal((ProgressState.Draft, 3), (draft.State, draft.Values.Count(v => v.IndicatorId == jobs.Id)));

        var fields = Fields(draft.Version);
        foreach (var kv in Cells(jobs.Id, [0, 0, 0, 0], [3, 4, 2, 1], [2, 3, 1.5, 1])) fields[kv.Key] = kv.Value;
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(partner, bakery.Id, H1, "Save", fields, [jobs.Id])).StatusCode);
        var saved = (await ReportAsync(_factory, bakery.Id, H1))!;
        var actual = saved.Values.Single(v => v.IndicatorId == jobs.Id && v.Measure == IndicatorMeasure.Actual);
        Assert.Equal((2, 3, 1.5, 1, 7.5), (actual.ReturneeFemale, actual.ReturneeMale, actual.CommunityFemale, actual.CommunityMale, actual.Total));
        Assert.Equal(ProgressState.Draft, saved.State);

        fields["Form.Version"] = saved.Version.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(partner, bakery.Id, H1, "Submit", fields, [jobs.Id])).StatusCode);
        var submitted = (await ReportAsync(_factory, bakery.Id, H1))!;
        Assert.Equal(ProgressState.Submitted, submitted.State);
        Assert.NotNull(submitted.SubmittedAtUtc);
        Assert.Equal([ProgressEventKind.Submitted], (await EventsAsync(_factory, bakery.Id)).Select(e => e.Kind));

        var page = await partner.GetStringAsync(Url(bakery.Id, H1));
        Assert.Contains("Locked", page);
        Assert.Contains("Submitted by", page);
        Assert.DoesNotContain("handler=Submit", page);
        var told = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith(bakery.Reference + ":") && m.Subject.Contains("submitted")).Select(m => m.ToAddress).ToListAsync());
        Assert.Contains(DemoUsers.CoordinatorGuinea, told);
        Assert.Contains(DemoUsers.GlobalCoordinator, told);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "progress.submitted" && a.EntityId == submitted.Id.ToString())));
    }

    [Fact]
    public async Task Submitting_twice_or_editing_a_locked_report_is_refused_and_changes_nothing()
    {
        var bakery = await Data.InitiativeAsync();
        var jobs = await Data.StandardIndicatorAsync("jobs-created");
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        await SubmitAsync(_factory, partner, bakery.Id, H1, jobs.Id);
        var locked = (await ReportAsync(_factory, bakery.Id, H1))!;

        foreach (var handler in new[] { "Submit", "Save", "AddIndicator" })
        {
            var again = await PostAsync(partner, bakery.Id, H1, handler, Fields(locked.Version, "Rewritten after the fact."), [jobs.Id]);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("is locked", await again.Content.ReadAsStringAsync());
        }
        var after = (await ReportAsync(_factory, bakery.Id, H1))!;
        Assert.Equal((locked.Version, locked.Narrative), (after.Version, after.Narrative));
        Assert.Single(await EventsAsync(_factory, bakery.Id));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ProgressReports.CountAsync(r => r.InitiativeId == bakery.Id)));
    }

    [Fact]
    public async Task A_period_that_has_not_started_is_shown_but_cannot_be_saved()
    {
        var bakery = await Data.InitiativeAsync();
        var future = ReportingPeriod.Containing(DateOnly.FromDateTime(DateTime.UtcNow)).Next;
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var page = await partner.GetStringAsync(Url(bakery.Id, future));
        Assert.Contains("has not started yet", page);
        Assert.DoesNotContain("handler=Save", page);

        var refused = await PostAsync(partner, bakery.Id, future, "Save", Fields(null));
        Assert.Contains("has not started yet", await refused.Content.ReadAsStringAsync());
        Assert.Null(await ReportAsync(_factory, bakery.Id, future));
    }

    [Fact]
    public async Task Values_must_be_numbers_of_zero_or_more_and_a_wrong_one_saves_nothing()
    {
        var bakery = await Data.InitiativeAsync();
        var jobs = await Data.StandardIndicatorAsync("jobs-created");
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var fields = Fields(null);
        foreach (var kv in Cells(jobs.Id, [0, 0, 0, 0], [3, -4, 2, 1], [2, 3, 1, 1])) fields[kv.Key] = kv.Value;
        fields[PartnerPortal.Pages.Initiatives.ProgressGrid.CellName(jobs.Id, IndicatorMeasure.Actual, 0)] = "a few";

        var response = await PostAsync(partner, bakery.Id, H1, "Save", fields, [jobs.Id]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "Enter a number of 0 or more.").Count);
        Assert.Contains("value=\"a few\"", html);
        Assert.Null(await ReportAsync(_factory, bakery.Id, H1));

        // A decimal comma is a number.
        fields[PartnerPortal.Pages.Initiatives.ProgressGrid.CellName(jobs.Id, IndicatorMeasure.Actual, 0)] = "2,5";
        fields[PartnerPortal.Pages.Initiatives.ProgressGrid.CellName(jobs.Id, IndicatorMeasure.Target, 1)] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(partner, bakery.Id, H1, "Save", fields, [jobs.Id])).StatusCode);
        var saved = (await ReportAsync(_factory, bakery.Id, H1))!;
        Assert.Equal(2.5, saved.Values.Single(v => v.Measure == IndicatorMeasure.Actual).ReturneeFemale);
        Assert.Equal(0, saved.Values.Single(v => v.Measure == IndicatorMeasure.Target).ReturneeMale);
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_a_message()
    {
        var bakery = await Data.InitiativeAsync();
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(partner, bakery.Id, H1, "Save", Fields(null, "First draft."))).StatusCode);
        var first = (await ReportAsync(_factory, bakery.Id, H1))!;
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(partner, bakery.Id, H1, "Save", Fields(first.Version, "Second draft."))).StatusCode);

        var stale = await PostAsync(partner, bakery.Id, H1, "Save", Fields(first.Version, "Overwrites the second."));
        Assert.Contains("Someone else saved this progress", await stale.Content.ReadAsStringAsync());
        Assert.Equal("Second draft.", (await ReportAsync(_factory, bakery.Id, H1))!.Narrative);
        // A second "first" report for the same period cannot be created either.
        var duplicate = await PostAsync(partner, bakery.Id, H1, "Save", Fields(null, "Another first draft."));
        Assert.Contains("Someone else saved this progress", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_initiative_gets_its_own_indicators_with_codes_unique_to_it()
    {
        var bakery = await Data.InitiativeAsync();
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var custom = new Dictionary<string, string>(Fields(null)) { ["Form.CustomCode"] = "ovens-installed", ["Form.CustomName"] = "Ovens installed", ["Form.CustomUnit"] = "ovens" };
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(partner, bakery.Id, H1, "AddCustomIndicator", custom)).StatusCode);
        var ovens = await _factory.WithDbAsync(db => db.Indicators.SingleAsync(i => i.InitiativeId == bakery.Id));
        Assert.Equal(("ovens-installed", "Ovens installed"), (ovens.Code, ovens.Name));
        Assert.Equal(3, (await ReportAsync(_factory, bakery.Id, H1))!.Values.Count(v => v.IndicatorId == ovens.Id));
        Assert.Contains("Ovens installed", await partner.GetStringAsync(Url(bakery.Id, H1)));

        custom["Form.Version"] = (await ReportAsync(_factory, bakery.Id, H1))!.Version.ToString();
        var again = await PostAsync(partner, bakery.Id, H1, "AddCustomIndicator", custom, [ovens.Id]);
        Assert.Contains("This initiative already has an indicator with this code.", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Indicators.CountAsync(i => i.InitiativeId == bakery.Id)));
    }

    [Fact]
    public async Task Another_organisations_initiative_is_refused_by_id_and_nothing_changes()
    {
        var kindia = await Data.InitiativeAsync(leadEmail: DemoUsers.LocalAuthority, title: "Kindia market stalls");
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        // Reading is open to signed-in users; every change is refused.
        Assert.DoesNotContain("handler=Save", await partner.GetStringAsync(Url(kindia.Id, H1)));
        foreach (var handler in new[] { "Save", "Submit", "Reopen", "AddIndicator" })
            Assert.True(Refused(await PostAsync(partner, kindia.Id, H1, handler, Fields(null))), handler);
        Assert.Null(await ReportAsync(_factory, kindia.Id, H1));
        Assert.Empty(await EventsAsync(_factory, kindia.Id));
    }

    [Fact]
    public async Task Only_a_coordinator_of_the_country_reopens_with_a_reason_and_the_implementer_is_told_why()
    {
        var bakery = await Data.InitiativeAsync();
        var jobs = await Data.StandardIndicatorAsync("jobs-created");
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        await SubmitAsync(_factory, partner, bakery.Id, H1, jobs.Id);
        var locked = (await ReportAsync(_factory, bakery.Id, H1))!;
        var reopen = new Dictionary<string, string> { ["Form.Version"] = locked.Version.ToString(), ["Form.ReopenReason"] = "The actual jobs exceed the target; please check." };

        var byPartner = await PostAsync(partner, bakery.Id, H1, "Reopen", reopen);
        Assert.Contains("Only a coordinator of the initiative", await byPartner.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Reason for reopening", await partner.GetStringAsync(Url(bakery.Id, H1)));
        using (var senegal = await PortalClient.SignedInAsync(_factory, await AgreementSteps.CoordinatorOfAsync(_factory, "SN")))
            Assert.True(Refused(await PostAsync(senegal, bakery.Id, H1, "Reopen", reopen)));

        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        Assert.Contains("Reason for reopening", await coordinator.GetStringAsync(Url(bakery.Id, H1)));
        var noReason = await PostAsync(coordinator, bakery.Id, H1, "Reopen", new(reopen) { ["Form.ReopenReason"] = " " });
        Assert.Contains("Give the reason for reopening", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(ProgressState.Submitted, (await ReportAsync(_factory, bakery.Id, H1))!.State);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coordinator, bakery.Id, H1, "Reopen", reopen)).StatusCode);
        Assert.Equal(ProgressState.Reopened, (await ReportAsync(_factory, bakery.Id, H1))!.State);
        var reopened = (await EventsAsync(_factory, bakery.Id)).Last();
        Assert.Equal((ProgressEventKind.Reopened, reopen["Form.ReopenReason"]), (reopened.Kind, reopened.Detail));
        var told = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith(bakery.Reference + ":") && m.Subject.Contains("reopened")).ToListAsync());
        var members = await _factory.WithDbAsync(db => db.Users.Where(u => u.OrganisationId == bakery.LeadOrganisationId).Select(u => u.Email!).ToListAsync());
        Assert.Contains(DemoUsers.Partner, members);
        Assert.Contains(DemoUsers.Signatory, members);
        Assert.Equal(members.Order(), told.Select(m => m.ToAddress).Order());
        Assert.All(told, m => Assert.Contains("please check", m.BodyText));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "progress.reopened" && a.EntityId == locked.Id.ToString())));

        // Open again: the partner corrects and submits anew; the history keeps every step.
        var page = await partner.GetStringAsync(Url(bakery.Id, H1));
        Assert.Contains("Reopened", page);
        Assert.Contains("please check", page);
        await SubmitAsync(_factory, partner, bakery.Id, H1, jobs.Id);
        Assert.Equal([ProgressEventKind.Submitted, ProgressEventKind.Reopened, ProgressEventKind.Submitted], (await EventsAsync(_factory, bakery.Id)).Select(e => e.Kind));
    }

    public void Dispose() => _factory.Dispose();
}
