using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The agreement list, the agreement page (who reads it, what it shows) and the comparison of versions.</summary>
public class AgreementPagesTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly AgreementTestData _data;

    public AgreementPagesTests() => _data = new AgreementTestData(_factory);

    private static string Details(TestAgreement t) => $"/Agreements/Details/{t.AgreementId}";

    [Fact]
    public async Task A_draft_is_read_by_its_parties_the_coordinators_of_its_country_and_administrators_only()
    {
        var draft = await _data.AgreementAsync(AgreementStatus.Draft, title: "Joint job placement in Kindia");
        var senegal = await AgreementSteps.CoordinatorOfAsync(_factory, "SN");
        foreach (var reader in new[] { TestAgreement.MemberA, TestAgreement.SignatoryA, TestAgreement.MemberB, DemoUsers.CoordinatorGuinea,
                     DemoUsers.GlobalCoordinator, DemoUsers.Administrator })
        {
            using var client = await PortalClient.SignedInAsync(_factory, reader);
            var html = WebUtility.HtmlDecode(await client.GetStringAsync(Details(draft)));
            Assert.Contains("Joint job placement in Kindia", html);
            Assert.Contains(draft.ReferenceNumber, await client.GetStringAsync("/Agreements"));
        }
        foreach (var outsider in new[] { DemoUsers.LocalAuthority, senegal })
        {
            using var client = await PortalClient.SignedInAsync(_factory, outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Details(draft))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Agreements/Compare/{draft.AgreementId}")).StatusCode);
            Assert.DoesNotContain(draft.ReferenceNumber, await client.GetStringAsync("/Agreements"));
        }
    }

    [Fact]
    public async Task The_page_shows_every_clause_in_words_with_names_instead_of_ids()
    {
        var active = await _data.AgreementAsync(AgreementStatus.Active);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var html = WebUtility.HtmlDecode(await partner.GetStringAsync(Details(active)));
        foreach (var (_, title) in AgreementClauses.All) Assert.Contains(title, html);
        Assert.Contains(TestAgreement.PartyBName, html);
        Assert.Contains("Six-month certified course in solar installation", html);
        Assert.Contains("60% of joint costs", html);
        Assert.Contains("1 January 2026", html);
        Assert.Contains("Fingerprint matches the frozen text", html);
        var version = await AgreementSteps.VersionAsync(_factory, active.VersionId);
        Assert.Contains(version.VerificationCode!, html);
        Assert.Contains($"href=\"/Agreements/Document/{active.AgreementId}?version=1\"", html);
        Assert.Contains($"✓ Signed by {TestAgreement.SignatoryBName}", html);
        Assert.DoesNotContain("organisation #", html);
    }

    [Fact]
    public async Task Opening_the_page_is_logged_once_per_person_version_and_day_and_not_for_administrators()
    {
        var draft = await _data.AgreementAsync(AgreementStatus.Draft);
        using (var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner))
        {
            await partner.GetStringAsync(Details(draft));
            await partner.GetStringAsync(Details(draft) + "?version=1");
        }
        using (var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator)) await admin.GetStringAsync(Details(draft));
        var views = (await AgreementSteps.EventsAsync(_factory, draft.AgreementId)).Where(e => e.Kind == AgreementEventKind.Viewed).ToList();
        Assert.Equal("Guinée Solidarité Retour", Assert.Single(views).OrganisationName);
    }

    [Fact]
    public async Task The_list_filters_by_status_and_words_and_answers_htmx_with_the_results_only()
    {
        var draft = await _data.AgreementAsync(AgreementStatus.Draft, title: "Psychosocial referral in Boké");
        var active = await _data.AgreementAsync(AgreementStatus.Active, title: "Solar training in Kindia");
        await AgreementSteps.AmendAsync(_factory, active);
        using var coordinator = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);

        var activeOnly = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/Agreements?status=Active"));
        Assert.Contains(active.ReferenceNumber, activeOnly);
        Assert.Contains("Version 1 is Active while this amendment is open", activeOnly);
        Assert.DoesNotContain(draft.ReferenceNumber, activeOnly);
        var byParty = await coordinator.GetStringAsync("/Agreements?q=Solaires");
        Assert.Contains(draft.ReferenceNumber, byParty);
        Assert.Contains(active.ReferenceNumber, byParty);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Agreements?q=Bok%C3%A9");
        request.Headers.Add("HX-Request", "true");
        var fragment = await coordinator.Http.SendAsync(request);
        var html = WebUtility.HtmlDecode(await fragment.Content.ReadAsStringAsync());
        Assert.Contains("HX-Request", fragment.Headers.Vary);
        Assert.DoesNotContain("<html", html);
        Assert.Contains("Psychosocial referral in Boké", html);
        Assert.DoesNotContain(active.ReferenceNumber, html);
    }

    [Fact]
    public async Task The_comparison_marks_the_clause_an_amendment_changed_and_collapses_the_others()
    {
        var active = await _data.AgreementAsync(AgreementStatus.Active);
        var next = await AgreementSteps.AmendAsync(_factory, active);
        await _factory.WithDbAsync(db => db.AgreementVersions.Where(v => v.AgreementId == active.AgreementId && v.Number == next)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.MeetingFrequency, "Every two weeks")));
        using var signatory = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);

        var html = WebUtility.HtmlDecode(await signatory.GetStringAsync($"/Agreements/Compare/{active.AgreementId}?from=1&to={next}"));
        Assert.Contains("1 of 14 clauses differ", html);
        var changed = html[html.IndexOf("id=\"compare-coordination\"", StringComparison.Ordinal)..];
        changed = changed[..changed.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains(">Changed<", changed);
        Assert.Contains("Monthly", changed);
        Assert.Contains("Every two weeks", changed);
        Assert.Matches("<dt class=\"entry-changed\">Meetings\\s*<span class=\"entry-changed-marker\">changed</span>", changed);
        Assert.Contains("<dt>Mechanism</dt>", changed);
        Assert.Contains("<details class=\"card mb-2 clause-unchanged\" id=\"compare-purpose\"", html);

        var details = await signatory.GetStringAsync(Details(active) + $"?version={next}");
        Assert.Contains($"href=\"/Agreements/Compare/{active.AgreementId}?from=1&to={next}\"", details);
        Assert.Equal(HttpStatusCode.NotFound, (await signatory.GetAsync($"/Agreements/Compare/{active.AgreementId}?from=7&to={next}")).StatusCode);
    }

    [Fact]
    public async Task Terms_changed_in_the_database_after_freezing_are_shown_as_altered()
    {
        var frozen = await _data.AgreementAsync(AgreementStatus.ReadyForSignature);
        using var signatory = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        Assert.Contains("Fingerprint matches the frozen text", await signatory.GetStringAsync(Details(frozen)));

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE AgreementVersions SET BeneficiarySelection = 'Anyone the centre likes' WHERE Id = {frozen.VersionId}"));

        var html = WebUtility.HtmlDecode(await signatory.GetStringAsync(Details(frozen)));
        Assert.Contains("The stored terms no longer match the fingerprint frozen on", html);
        Assert.Contains("they were changed after freezing", html);
        Assert.DoesNotContain("Fingerprint matches the frozen text", html);
    }

    public void Dispose() => _factory.Dispose();
}
