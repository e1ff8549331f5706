using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>Lifecycle transitions and negotiation comments posted from the agreement page.</summary>
public class AgreementTransitionTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly AgreementTestData _data;

    public AgreementTransitionTests() => _data = new AgreementTestData(_factory);

    private static string Details(TestAgreement t) => $"/Agreements/Details/{t.AgreementId}";

    /// <summary>Posts a transition form as the page would, with the version's current Revision unless another is given.</summary>
    private async Task<HttpResponseMessage> PostAsync(PortalClient client, TestAgreement t, string handler, string? reason = null,
        Guid? revision = null, int version = 1)
    {
        var current = revision ?? (await AgreementSteps.VersionAsync(_factory, t.VersionId)).Revision;
        var fields = new Dictionary<string, string> { ["revision"] = current.ToString() };
        if (reason is not null) fields["reason"] = reason;
        return await client.PostFormAsync("/Agreements", $"{Details(t)}?version={version}&handler={handler}", fields);
    }

    private Task<AgreementStatus> StatusAsync(TestAgreement t) =>
        _factory.WithDbAsync(db => db.AgreementVersions.Where(v => v.Id == t.VersionId).Select(v => v.Status).SingleAsync());

    private Task<List<string>> MailToAsync(string subjectEnd) =>
        _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.EndsWith(subjectEnd)).Select(m => m.ToAddress).OrderBy(a => a).ToListAsync());

    /// <summary>Everyone the notifier should reach: active users of the parties, or only their signatories.</summary>
    private Task<List<string>> PeopleOfPartiesAsync(TestAgreement t, bool signatoriesOnly = false) =>
        _factory.WithDbAsync(db => db.Users.Where(u => (u.OrganisationId == t.PartyAOrganisationId || u.OrganisationId == t.PartyBOrganisationId)
            && !u.IsDeactivated && (!signatoriesOnly || u.IsSignatory)).Select(u => u.Email!).OrderBy(e => e).ToListAsync());

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_party_member_opens_a_draft_for_negotiation_and_every_member_is_told()
    {
        var draft = await _data.AgreementAsync(AgreementStatus.Draft);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var response = await PostAsync(partner, draft, "StartNegotiation");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Details(draft)}?version=1", response.Headers.Location!.OriginalString);

        Assert.Equal(AgreementStatus.InNegotiation, await StatusAsync(draft));
        Assert.Contains(await AgreementSteps.EventsAsync(_factory, draft.AgreementId), e => e.Kind == AgreementEventKind.NegotiationStarted);
        var members = await PeopleOfPartiesAsync(draft);
        Assert.Contains(TestAgreement.MemberB, members);
        Assert.Equal(members, await MailToAsync("negotiation has started"));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "agreement.negotiation-started"
            && a.EntityId == draft.AgreementId.ToString())));
    }

    [Fact]
    public async Task Administrators_and_outsiders_cannot_move_an_agreement_and_nothing_changes()
    {
        var draft = await _data.AgreementAsync(AgreementStatus.Draft);
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var refused = await PostAsync(admin, draft, "StartNegotiation");
        Assert.Contains("Only members of the parties and coordinators of the country may do this.", await TextAsync(refused));
        using var outsider = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(outsider, draft, "Withdraw")).StatusCode);

        Assert.Equal(AgreementStatus.Draft, await StatusAsync(draft));
        Assert.Empty(await MailToAsync("negotiation has started"));
        Assert.Equal([AgreementEventKind.Created], (await AgreementSteps.EventsAsync(_factory, draft.AgreementId)).Select(e => e.Kind).Distinct());
    }

    [Fact]
    public async Task The_coordinator_freezes_complete_terms_and_only_signatories_are_asked_to_sign()
    {
        var negotiating = await _data.AgreementAsync(AgreementStatus.InNegotiation);
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coordinator, negotiating, "ReadyForSignature")).StatusCode);

        var version = await AgreementSteps.VersionAsync(_factory, negotiating.VersionId);
        Assert.Equal(AgreementStatus.ReadyForSignature, version.Status);
        Assert.Matches("^[0-9a-f]{64}$", version.Fingerprint);
        var signatories = await PeopleOfPartiesAsync(negotiating, signatoriesOnly: true);
        Assert.Contains(DemoUsers.Signatory, signatories);
        Assert.DoesNotContain(DemoUsers.Partner, signatories);
        Assert.Equal(signatories, await MailToAsync("please sign"));
        var page = await coordinator.GetStringAsync(Details(negotiating));
        Assert.Contains(version.Fingerprint!, page);
        using var signatory = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        Assert.Contains($"href=\"/Agreements/Sign/{negotiating.AgreementId}\"", await signatory.GetStringAsync(Details(negotiating)));
    }

    [Fact]
    public async Task Incomplete_terms_are_not_frozen_and_the_page_lists_what_is_missing()
    {
        var negotiating = await _data.AgreementAsync(AgreementStatus.InNegotiation);
        await _factory.WithDbAsync(db => db.AgreementVersions.Where(v => v.Id == negotiating.VersionId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.BeneficiarySelection, (string?)null).SetProperty(v => v.CoordinationMechanism, (string?)null)));
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var html = await TextAsync(await PostAsync(partner, negotiating, "ReadyForSignature"));
        Assert.Contains("Before the text can be frozen for signature:", html);
        Assert.Contains("Say how beneficiaries are selected, and by whom.", html);
        Assert.Contains("Say how coordination is ensured.", html);
        Assert.Equal(AgreementStatus.InNegotiation, await StatusAsync(negotiating));
        Assert.Null((await AgreementSteps.VersionAsync(_factory, negotiating.VersionId)).Fingerprint);
    }

    [Fact]
    public async Task Returning_to_negotiation_needs_a_reason_and_voids_the_signatures_given()
    {
        var frozen = await _data.AgreementAsync(AgreementStatus.ReadyForSignature);
        using var member = await PortalClient.SignedInAsync(_factory, TestAgreement.MemberB);
        var refused = await TextAsync(await PostAsync(member, frozen, "ReturnToNegotiation", reason: "  "));
        Assert.Contains("Give a reason; the other parties will read it.", refused);
        Assert.Contains("id=\"reason-error-ReturnToNegotiation\"", refused);
        Assert.Equal(AgreementStatus.ReadyForSignature, await StatusAsync(frozen));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(member, frozen, "ReturnToNegotiation", reason: "The cost shares need another look")).StatusCode);
        var version = await AgreementSteps.VersionAsync(_factory, frozen.VersionId);
        Assert.Equal(AgreementStatus.InNegotiation, version.Status);
        Assert.Null(version.Fingerprint);
        var returned = (await AgreementSteps.EventsAsync(_factory, frozen.AgreementId)).Single(e => e.Kind == AgreementEventKind.ReturnedToNegotiation);
        Assert.Equal("The cost shares need another look", returned.Detail);
        Assert.Equal(await PeopleOfPartiesAsync(frozen), await MailToAsync("returned to negotiation"));
    }

    [Fact]
    public async Task A_draft_is_withdrawn_without_a_reason_but_cannot_be_terminated()
    {
        var draft = await _data.AgreementAsync(AgreementStatus.Draft);
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var refused = await TextAsync(await PostAsync(coordinator, draft, "Terminate", reason: "Funding ended"));
        Assert.Contains("Only an Active agreement can be terminated.", refused);
        Assert.Equal(AgreementStatus.Draft, await StatusAsync(draft));
        Assert.DoesNotContain(await AgreementSteps.EventsAsync(_factory, draft.AgreementId), e => e.Kind == AgreementEventKind.Terminated);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coordinator, draft, "Withdraw", reason: "")).StatusCode);
        Assert.Equal(AgreementStatus.Withdrawn, await StatusAsync(draft));
        Assert.Equal(await PeopleOfPartiesAsync(draft), await MailToAsync("withdrawn"));
    }

    [Fact]
    public async Task Only_a_signatory_or_coordinator_terminates_an_active_agreement()
    {
        var active = await _data.AgreementAsync(AgreementStatus.Active);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        Assert.Contains("Only a signatory of a party or a coordinator of the country may terminate an agreement.",
            await TextAsync(await PostAsync(partner, active, "Terminate", reason: "We stop")));
        Assert.Equal(AgreementStatus.Active, await StatusAsync(active));

        using var signatory = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(signatory, active, "Terminate", reason: "The training centre closed")).StatusCode);
        var version = await AgreementSteps.VersionAsync(_factory, active.VersionId);
        Assert.Equal(AgreementStatus.Terminated, version.Status);
        Assert.Equal("The training centre closed", version.EndReason);
        Assert.Contains("Terminated on", await TextAsync(await signatory.GetAsync(Details(active))));
    }

    [Fact]
    public async Task Amending_an_active_agreement_opens_the_next_version_and_goes_to_its_terms()
    {
        var active = await _data.AgreementAsync(AgreementStatus.Active);
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var response = await PostAsync(coordinator, active, "Amend");
        Assert.Equal($"/Agreements/Edit/{active.AgreementId}", response.Headers.Location!.OriginalString);

        var versions = await _factory.WithDbAsync(db => db.AgreementVersions.Where(v => v.AgreementId == active.AgreementId)
            .OrderBy(v => v.Number).Select(v => v.Status).ToListAsync());
        Assert.Equal([AgreementStatus.Active, AgreementStatus.Draft], versions);
        Assert.Contains(await AgreementSteps.EventsAsync(_factory, active.AgreementId), e => e.Kind == AgreementEventKind.Amended && e.VersionNumber == 2);
        Assert.Equal(await PeopleOfPartiesAsync(active), await MailToAsync("amendment opened"));
        // The page opened before the amendment cannot open a second one.
        Assert.Contains("An amendment of this agreement is already open.", await TextAsync(await PostAsync(coordinator, active, "Amend")));
    }

    [Fact]
    public async Task A_transition_from_a_page_opened_before_someone_else_acted_is_refused()
    {
        var draft = await _data.AgreementAsync(AgreementStatus.Draft);
        var seen = (await AgreementSteps.VersionAsync(_factory, draft.VersionId)).Revision;
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coordinator, draft, "StartNegotiation")).StatusCode);

        var stale = await TextAsync(await PostAsync(partner, draft, "Withdraw", reason: "Not needed", revision: seen));
        Assert.Contains("Someone changed this agreement after you opened it, so nothing was done.", stale);
        Assert.Equal(AgreementStatus.InNegotiation, await StatusAsync(draft));
    }

    [Fact]
    public async Task A_comment_posted_with_htmx_comes_back_as_the_clause_thread()
    {
        var negotiating = await _data.AgreementAsync(AgreementStatus.InNegotiation);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var token = await partner.AntiforgeryTokenAsync(Details(negotiating));
        HttpRequestMessage Comment(string text) => new(HttpMethod.Post, $"{Details(negotiating)}?version=1&handler=Comment")
        {
            Headers = { { "HX-Request", "true" }, { "RequestVerificationToken", token } },
            Content = new FormUrlEncodedContent([new("clause", "coordination"), new("text", text)]),
        };

        var empty = await partner.Http.SendAsync(Comment("   "));
        Assert.Contains("Write your comment first.", await TextAsync(empty));
        var response = await partner.Http.SendAsync(Comment("Could the case review be held in Kindia town hall?"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("HX-Request", response.Headers.Vary);
        var html = await TextAsync(response);
        Assert.StartsWith("<details", html.Trim());
        Assert.Contains("id=\"thread-coordination\"", html);
        Assert.Contains("Comments (1)", html);
        Assert.Contains("Could the case review be held in Kindia town hall?", html);

        var comment = await _factory.WithDbAsync(db => db.AgreementComments.SingleAsync(c => c.VersionId == negotiating.VersionId));
        Assert.Equal(("coordination", "Guinée Solidarité Retour"), (comment.ClauseKey, comment.OrganisationName));
        Assert.Contains(await AgreementSteps.EventsAsync(_factory, negotiating.AgreementId), e => e.Kind == AgreementEventKind.Commented && e.Detail == "Coordination");

        // Without JavaScript the form leads back to the page, at the open thread.
        var plain = await partner.PostFormAsync(Details(negotiating), $"{Details(negotiating)}?version=1&handler=Comment",
            new() { ["clause"] = "dates", ["text"] = "Start in March instead?" });
        Assert.Equal($"{Details(negotiating)}?version=1&open=dates#thread-dates", plain.Headers.Location!.OriginalString);
        Assert.Contains("Start in March instead?", await partner.GetStringAsync($"{Details(negotiating)}?version=1&open=dates"));
    }

    [Fact]
    public async Task Comments_close_once_the_agreement_is_active_and_outsiders_cannot_post()
    {
        var active = await _data.AgreementAsync(AgreementStatus.Active);
        using var signatory = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var fields = new Dictionary<string, string> { ["clause"] = "purpose", ["text"] = "Too late?" };
        var closed = await signatory.PostFormAsync(Details(active), $"{Details(active)}?version=1&handler=Comment", fields);
        Assert.Contains("Comments are closed once the agreement is signed or closed.", await TextAsync(closed));
        using var outsider = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync("/Agreements", $"{Details(active)}?version=1&handler=Comment", fields)).StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.AgreementComments.AnyAsync(c => c.VersionId == active.VersionId)));
    }

    public void Dispose() => _factory.Dispose();
}
