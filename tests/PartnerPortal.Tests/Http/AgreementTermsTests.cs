using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Pages.Services;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The terms form of an agreement: who may edit which version, what a save records, and what it refuses.</summary>
public class AgreementTermsTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly AgreementTestData _agreements;

    public AgreementTermsTests() => _agreements = new AgreementTestData(_factory);

    internal static string EditUrl(TestAgreement a) => $"/Agreements/Edit/{a.AgreementId}";

    internal static async Task<HtmlForm> OpenAsync(PortalClient client, TestAgreement a) =>
        HtmlForm.Read(await client.GetStringAsync(EditUrl(a)), "terms-form");

    private Task<AgreementVersion> VersionAsync(TestAgreement a) =>
        _factory.WithDbAsync(db => db.AgreementVersions.AsNoTracking().AsSplitQuery().Include(v => v.Parties).ThenInclude(p => p.Contributions)
            .Include(v => v.ReferralPathways).Include(v => v.Areas).SingleAsync(v => v.Id == a.VersionId));

    private Task<List<AgreementEvent>> EditsAsync(TestAgreement a) =>
        _factory.WithDbAsync(db => db.AgreementEvents.AsNoTracking().Where(e => e.AgreementId == a.AgreementId && e.Kind == AgreementEventKind.Edited).ToListAsync());

    /// <summary>The save went through: the browser is sent to the agreement's page, on the version edited.</summary>
    internal static async Task AssertSavedToAsync(HttpResponseMessage response, TestAgreement a, int version = 1)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
            Assert.Fail($"Expected a redirect, got {(int)response.StatusCode}: {ErrorsIn(await response.Content.ReadAsStringAsync())}");
        Assert.Equal($"/Agreements/Details/{a.AgreementId}?version={version}", response.Headers.Location!.OriginalString);
    }

    /// <summary>The validation messages of a page, so that a failed save says why.</summary>
    private static string ErrorsIn(string html) =>
        string.Join("; ", System.Text.RegularExpressions.Regex.Matches(html, "field-validation-error[^>]*>([^<]+)<").Select(m => m.Groups[1].Value)
            .Concat(System.Text.RegularExpressions.Regex.Matches(html, "<li>([^<]+)</li>").Select(m => m.Groups[1].Value)));

    /// <summary>The form was shown again with the message, and the version is as it was.</summary>
    private async Task AssertRefusedWithAsync(HttpResponseMessage response, TestAgreement a, string message)
    {
        var before = await VersionAsync(a);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, html);
        Assert.Contains("Nothing was saved: correct the fields marked below", html);
        Assert.Empty(await EditsAsync(a));
        Assert.Equal(before.Revision, (await VersionAsync(a)).Revision);
    }

    [Theory]
    [InlineData(AgreementStatus.Draft)]
    [InlineData(AgreementStatus.InNegotiation)]
    public async Task A_party_member_edits_the_terms_and_one_event_names_the_changed_clauses(AgreementStatus status)
    {
        var a = await _agreements.AgreementAsync(status);
        var v = await VersionAsync(a);
        var partyB = v.Parties.Single(p => p.OrganisationId == a.PartyBOrganisationId);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var form = await OpenAsync(partner, a);
        Assert.Equal("Monthly", form["Form.MeetingFrequency"]);
        form.Set("Form.Title", "Vocational training for returnees in Kindia and Coyah")
            .Set("Form.MeetingFrequency", "Every two weeks")
            .Set($"Form.Parties[p{partyB.Id}].Contributions[c{partyB.Contributions[0].Id}].CostSharePercent", "55");

        await AssertSavedToAsync(await form.PostAsync(partner, EditUrl(a)), a);

        var saved = await VersionAsync(a);
        Assert.Equal("Vocational training for returnees in Kindia and Coyah", saved.Title);
        Assert.Equal("Every two weeks", saved.MeetingFrequency);
        Assert.Equal(55m, saved.Parties.Single(p => p.Id == partyB.Id).Contributions.Single().CostSharePercent);
        Assert.Equal("Monthly case-review meeting at the prefecture.", saved.CoordinationMechanism);
        Assert.Equal(status, saved.Status);
        var edit = Assert.Single(await EditsAsync(a));
        Assert.Equal("Title and purpose, Support each party provides, Coordination", edit.Detail);
        Assert.Equal("Guinée Solidarité Retour", edit.OrganisationName);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "agreement.edited" && e.EntityId == a.AgreementId.ToString())));
        // The other party hears of changes to a text under negotiation; nobody is told about a draft being written.
        var toB = await _factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == TestAgreement.MemberB && m.Subject.Contains("terms changed")));
        Assert.Equal(status == AgreementStatus.InNegotiation ? 1 : 0, toB);
    }

    [Fact]
    public async Task Saving_unchanged_terms_records_nothing()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.Draft);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        await AssertSavedToAsync(await (await OpenAsync(partner, a)).PostAsync(partner, EditUrl(a)), a);
        Assert.Empty(await EditsAsync(a));
    }

    [Fact]
    public async Task The_coordinator_of_the_country_edits_the_terms()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.InNegotiation);
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var form = (await OpenAsync(coordinator, a)).Set("Form.DueDiligenceNotes", "Both parties screened against the sanctions lists.");
        await AssertSavedToAsync(await form.PostAsync(coordinator, EditUrl(a)), a);
        Assert.Equal("Both parties screened against the sanctions lists.", (await VersionAsync(a)).DueDiligenceNotes);
        Assert.Equal("Due diligence", Assert.Single(await EditsAsync(a)).Detail);
    }

    [Fact]
    public async Task An_administrator_and_a_local_authority_outside_the_parties_change_nothing()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.Draft);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var form = (await OpenAsync(partner, a)).Set("Form.Title", "Hijacked");

        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var adminPage = await admin.GetAsync(EditUrl(a));
        Assert.Equal(HttpStatusCode.Forbidden, adminPage.StatusCode);
        Assert.Contains("Only members of the parties and coordinators", await adminPage.Content.ReadAsStringAsync());
        form.Set("__RequestVerificationToken", await admin.AntiforgeryTokenAsync("/Services/Create"));
        Assert.Equal(HttpStatusCode.Forbidden, (await form.PostAsync(admin, EditUrl(a))).StatusCode);

        using var authority = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        Assert.Equal(HttpStatusCode.NotFound, (await authority.GetAsync(EditUrl(a))).StatusCode);
        form.Set("__RequestVerificationToken", await authority.AntiforgeryTokenAsync("/Services/Create"));
        Assert.Equal(HttpStatusCode.NotFound, (await form.PostAsync(authority, EditUrl(a))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await form.PostAsync(authority, EditUrl(a) + "?handler=AddParty")).StatusCode);

        Assert.NotEqual("Hijacked", (await VersionAsync(a)).Title);
        Assert.Empty(await EditsAsync(a));
    }

    [Theory]
    [InlineData(AgreementStatus.ReadyForSignature)]
    [InlineData(AgreementStatus.Active)]
    public async Task Frozen_or_signed_terms_cannot_be_edited(AgreementStatus status)
    {
        var a = await _agreements.AgreementAsync(status);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var page = await partner.GetAsync(EditUrl(a));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("The terms can only be changed while the agreement is a draft or in negotiation.", html);
        Assert.DoesNotContain("data-testid=\"terms-form\"", html);

        var fields = new Dictionary<string, string> { ["Form.Title"] = "Changed after freezing", ["Revision"] = (await VersionAsync(a)).Revision.ToString() };
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostFormAsync("/Services/Create", EditUrl(a), fields)).StatusCode);
        var v = await VersionAsync(a);
        Assert.Equal(status, v.Status);
        Assert.NotEqual("Changed after freezing", v.Title);
        Assert.Empty(await EditsAsync(a));
    }

    [Fact]
    public async Task A_save_based_on_terms_someone_changed_since_is_refused_with_a_message()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.InNegotiation);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var stale = (await OpenAsync(partner, a)).Set("Form.ReportingObligations", "Quarterly reports");
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        await AssertSavedToAsync(await (await OpenAsync(coordinator, a)).Set("Form.FocalPoints", "M. Bah for party 1").PostAsync(coordinator, EditUrl(a)), a);

        var response = await stale.PostAsync(partner, EditUrl(a));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Someone else changed this agreement after you opened it. Nothing was saved.", html);
        Assert.Contains("data-testid=\"reload-latest\"", html);
        var v = await VersionAsync(a);
        Assert.Equal("Half-yearly progress in the portal.", v.ReportingObligations);
        Assert.Equal("M. Bah for party 1", v.FocalPoints);
        Assert.Single(await EditsAsync(a));
    }

    [Fact]
    public async Task An_end_date_before_the_start_is_refused_next_to_the_field()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.Draft);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var form = (await OpenAsync(partner, a)).Set("Form.StartDate", "2026-06-01").Set("Form.EndDate", "2026-05-01").Set("Form.ReviewDate", "");
        await AssertRefusedWithAsync(await form.PostAsync(partner, EditUrl(a)), a, "The end date must come after the start date.");
    }

    [Fact]
    public async Task Cost_shares_above_100_percent_are_refused()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.Draft);
        var v = await VersionAsync(a);
        var partyA = v.Parties.Single(p => p.OrganisationId == a.PartyAOrganisationId);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var form = (await OpenAsync(partner, a)).Set($"Form.Parties[p{partyA.Id}].Contributions[c{partyA.Contributions[0].Id}].CostSharePercent", "45");
        await AssertRefusedWithAsync(await form.PostAsync(partner, EditUrl(a)), a, "The cost shares add up to 105%; together they cannot exceed 100%.");
    }

    [Fact]
    public async Task A_programme_of_another_organisation_is_refused()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.Draft);
        var v = await VersionAsync(a);
        var partyA = v.Parties.Single(p => p.OrganisationId == a.PartyAOrganisationId);
        var programmeOfB = await AgreementCreateTests.ProgrammeAsync(_factory, a.PartyBOrganisationId, "Kindia skills programme");
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var form = (await OpenAsync(partner, a)).Set($"Form.Parties[p{partyA.Id}].ProgrammeId", programmeOfB.ToString());
        await AssertRefusedWithAsync(await form.PostAsync(partner, EditUrl(a)), a, "Choose a programme of this party's organisation, or none.");

        // Its own organisation's programme is accepted.
        var programmeOfA = await AgreementCreateTests.ProgrammeAsync(_factory, a.PartyAOrganisationId, "Retour et emploi");
        form = (await OpenAsync(partner, a)).Set($"Form.Parties[p{partyA.Id}].ProgrammeId", programmeOfA.ToString());
        await AssertSavedToAsync(await form.PostAsync(partner, EditUrl(a)), a);
        Assert.Equal(programmeOfA, (await VersionAsync(a)).Parties.Single(p => p.Id == partyA.Id).ProgrammeId);
        Assert.Equal("Parties", Assert.Single(await EditsAsync(a)).Detail);
    }

    [Fact]
    public async Task A_referral_pathway_between_two_directory_services_is_added_and_an_unknown_service_is_refused()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.InNegotiation);
        var services = await _factory.WithDbAsync(db => db.Services.PubliclyVisible().Where(s => s.Organisation!.CountryCode == "GN")
            .OrderBy(s => s.Name).Select(s => s.Id).Take(2).ToListAsync());
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);

        var unknown = (await OpenAsync(partner, a)).Add("Form.Pathways.Index", "n1").Add("Form.Pathways[n1].Key", "n1")
            .Add("Form.Pathways[n1].FromServiceId", services[0].ToString()).Add("Form.Pathways[n1].ToServiceId", Guid.NewGuid().ToString());
        await AssertRefusedWithAsync(await unknown.PostAsync(partner, EditUrl(a)), a,
            "Choose the service returnees are referred to, in the directory of the agreement's country.");

        var form = (await OpenAsync(partner, a)).Add("Form.Pathways.Index", "n1").Add("Form.Pathways[n1].Key", "n1")
            .Add("Form.Pathways[n1].FromServiceId", services[0].ToString()).Add("Form.Pathways[n1].ToServiceId", services[1].ToString())
            .Add("Form.Pathways[n1].Conditions", "With a reintegration plan");
        await AssertSavedToAsync(await form.PostAsync(partner, EditUrl(a)), a);
        var pathway = Assert.Single((await VersionAsync(a)).ReferralPathways);
        Assert.Equal((services[0], services[1], "With a reintegration plan"), (pathway.FromServiceId, pathway.ToServiceId, pathway.Conditions));
        Assert.Equal("Referral channel and pathways", Assert.Single(await EditsAsync(a)).Detail);

        // Leaving the row out of the form removes the pathway.
        var removed = (await OpenAsync(partner, a)).RemoveStartingWith($"Form.Pathways[r{pathway.Id}]").RemoveValue("Form.Pathways.Index", $"r{pathway.Id}");
        await AssertSavedToAsync(await removed.PostAsync(partner, EditUrl(a)), a);
        Assert.Empty((await VersionAsync(a)).ReferralPathways);
        Assert.Equal(2, (await EditsAsync(a)).Count);
    }

    [Fact]
    public async Task Parties_areas_and_duplicates_out_of_scope_are_refused()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.Draft);
        var v = await VersionAsync(a);
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);

        var noParty = (await OpenAsync(coordinator, a)).RemoveStartingWith("Form.Parties");
        await AssertRefusedWithAsync(await noParty.PostAsync(coordinator, EditUrl(a)), a, "An agreement keeps at least one party.");

        var duplicate = (await OpenAsync(coordinator, a)).Add("Form.Parties.Index", "n1").Add("Form.Parties[n1].Key", "n1")
            .Add("Form.Parties[n1].OrganisationId", a.PartyBOrganisationId.ToString());
        await AssertRefusedWithAsync(await duplicate.PostAsync(coordinator, EditUrl(a)), a, "This organisation is already a party.");

        var senegal = await _factory.WithDbAsync(db => db.AdministrativeAreas.Where(x => x.CountryCode == "SN").Select(x => x.Id).FirstAsync());
        var area = (await OpenAsync(coordinator, a)).Add("Form.AreaIds", senegal.ToString());
        await AssertRefusedWithAsync(await area.PostAsync(coordinator, EditUrl(a)), a, "Choose areas of the agreement's country from the list.");

        var partyB = v.Parties.Single(p => p.OrganisationId == a.PartyBOrganisationId);
        var removeB = (await OpenAsync(coordinator, a)).RemoveStartingWith($"Form.Parties[p{partyB.Id}]").RemoveValue("Form.Parties.Index", $"p{partyB.Id}");
        await AssertSavedToAsync(await removeB.PostAsync(coordinator, EditUrl(a)), a);
        Assert.Equal([a.PartyAOrganisationId], (await VersionAsync(a)).Parties.Select(p => p.OrganisationId));
    }

    public void Dispose() => _factory.Dispose();
}
