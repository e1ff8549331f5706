using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>Signing and declining on /Agreements/Sign/{id}: who may, what each refusal says, and what a signature changes.</summary>
public class AgreementSigningTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private const string A = TestAgreement.SignatoryAName, B = TestAgreement.SignatoryBName;
    /// <summary>A signatory of another organisation (IOM Guinea), party to nothing.</summary>
    private const string OtherSignatory = "sekou.conde@demo.partnerportal.org";

    private Task<TestAgreement> ReadyAsync(SigningOrder order = SigningOrder.Parallel) =>
        new AgreementTestData(_factory).AgreementAsync(AgreementStatus.ReadyForSignature, order);

    private Task<int> OutboxCountAsync() => _factory.WithDbAsync(db => db.OutboxMessages.CountAsync());

    [Fact]
    public async Task A_plain_member_sees_the_text_but_no_form_and_cannot_sign_by_posting()
    {
        var agreement = await ReadyAsync();
        using var member = await PortalClient.SignedInAsync(_factory, TestAgreement.MemberA);

        var page = await member.GetStringAsync(SigningPage.Url(agreement.AgreementId));
        Assert.Contains("Returnees in Kindia reach certified vocational training", page);
        Assert.DoesNotContain("data-testid=\"sign-form\"", page);
        Assert.Contains("You are not a signatory of your organisation.", page);

        var response = await SigningPage.SignAsync(_factory, member, agreement.AgreementId, "Fatoumata Diallo");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You are not a signatory of your organisation.", await response.Content.ReadAsStringAsync());
        Assert.Empty((await SigningPage.VersionAsync(_factory, agreement.AgreementId)).Signatures);
    }

    [Fact]
    public async Task A_signatory_of_an_organisation_that_is_not_a_party_finds_nothing()
    {
        var agreement = await ReadyAsync();
        using var outsider = await PortalClient.SignedInAsync(_factory, OtherSignatory);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(SigningPage.Url(agreement.AgreementId))).StatusCode);

        var fields = new Dictionary<string, string>
        {
            ["Form.Password"] = DemoUsers.Password, ["Form.TypedName"] = "Sékou Condé", ["Form.Confirm"] = "true",
            ["Form.Frozen"] = await SigningPage.FrozenTokenAsync(_factory, agreement.AgreementId),
        };
        var response = await outsider.PostFormAsync("/Account/ChangePassword", $"{SigningPage.Url(agreement.AgreementId)}?handler=Sign", fields);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty((await SigningPage.VersionAsync(_factory, agreement.AgreementId)).Signatures);
    }

    [Fact]
    public async Task A_party_signs_once_and_a_second_signature_is_refused()
    {
        var agreement = await ReadyAsync();
        using var signatory = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryA);
        var fields = await SigningPage.SignFieldsAsync(_factory, signatory, agreement.AgreementId, A);

        var first = await SigningPage.PostSignAsync(signatory, agreement.AgreementId, fields);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await signatory.GetStringAsync(SigningPage.Url(agreement.AgreementId));
        Assert.Contains($"Signed by {A}", page);
        Assert.Contains("Your organisation has already signed this version.", page);

        var again = await SigningPage.PostSignAsync(signatory, agreement.AgreementId, fields);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Your organisation has already signed this version.", await again.Content.ReadAsStringAsync());
        var version = await SigningPage.VersionAsync(_factory, agreement.AgreementId);
        var signature = Assert.Single(version.Signatures);
        Assert.Equal(AgreementStatus.ReadyForSignature, version.Status);
        Assert.Equal(version.Fingerprint, signature.Fingerprint);
        Assert.Equal(A, signature.SignerName);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "agreement.signed" && e.EntityId == agreement.AgreementId.ToString())));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_next_to_the_field_and_repeated_failures_lock_the_account()
    {
        var agreement = await ReadyAsync();
        using var signatory = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryA);

        var response = await SigningPage.SignAsync(_factory, signatory, agreement.AgreementId, A, password: "not my password at all");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("That is not your password. Nothing was signed.", SigningPage.FieldError(html, "Form.Password"));
        Assert.Contains($"value=\"{A}\"", html); // the typed name is kept, the password is not
        Assert.Empty((await SigningPage.VersionAsync(_factory, agreement.AgreementId)).Signatures);

        for (var i = 0; i < 4; i++) response = await SigningPage.SignAsync(_factory, signatory, agreement.AgreementId, A, password: "guess number " + i);
        Assert.Contains("your account is locked", await response.Content.ReadAsStringAsync());
        // Locked: even the right password signs nothing now.
        var withRightPassword = await SigningPage.SignAsync(_factory, signatory, agreement.AgreementId, A);
        Assert.Contains("your account is locked", await withRightPassword.Content.ReadAsStringAsync());
        Assert.Empty((await SigningPage.VersionAsync(_factory, agreement.AgreementId)).Signatures);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "security.locked-out")));
    }

    [Fact]
    public async Task A_typed_name_that_is_not_the_account_name_or_a_missing_confirmation_is_refused_next_to_the_field()
    {
        var agreement = await ReadyAsync();
        using var signatory = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryA);

        var wrongName = await (await SigningPage.SignAsync(_factory, signatory, agreement.AgreementId, "K. Barry")).Content.ReadAsStringAsync();
        Assert.Equal($"Type your full name exactly as your account shows it: {A}.", SigningPage.FieldError(wrongName, "Form.TypedName"));

        var unconfirmed = await (await SigningPage.SignAsync(_factory, signatory, agreement.AgreementId, A, confirm: false)).Content.ReadAsStringAsync();
        Assert.StartsWith("Tick the box to confirm", SigningPage.FieldError(unconfirmed, "Form.Confirm"));

        Assert.Empty((await SigningPage.VersionAsync(_factory, agreement.AgreementId)).Signatures);
        // Spacing and case do not matter: the name is the same name.
        Assert.Equal(HttpStatusCode.Redirect, (await SigningPage.SignAsync(_factory, signatory, agreement.AgreementId, "  kadiatou   BARRY ")).StatusCode);
    }

    [Fact]
    public async Task A_stale_page_cannot_sign_a_text_that_was_frozen_again()
    {
        var agreement = await ReadyAsync();
        using var signatory = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryA);
        var fields = await SigningPage.SignFieldsAsync(_factory, signatory, agreement.AgreementId, A);
        fields.RemoveAll(f => f.Key == "Form.Frozen");
        fields.Add(new("Form.Frozen", "0:" + new string('0', 64)));

        var response = await SigningPage.PostSignAsync(signatory, agreement.AgreementId, fields);
        Assert.Contains("The text was frozen again since you opened this page", await response.Content.ReadAsStringAsync());
        Assert.Empty((await SigningPage.VersionAsync(_factory, agreement.AgreementId)).Signatures);
    }

    [Fact]
    public async Task In_sequential_signing_the_second_party_waits_for_the_first_and_is_told_when_its_turn_comes()
    {
        var agreement = await ReadyAsync(SigningOrder.Sequential);
        using var second = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryB);
        Assert.Contains("Signing is sequential: the parties before yours must sign first.", await second.GetStringAsync(SigningPage.Url(agreement.AgreementId)));
        var early = await SigningPage.SignAsync(_factory, second, agreement.AgreementId, B);
        Assert.Contains("Signing is sequential", await early.Content.ReadAsStringAsync());
        Assert.Empty((await SigningPage.VersionAsync(_factory, agreement.AgreementId)).Signatures);

        using var first = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryA);
        Assert.Equal(HttpStatusCode.Redirect, (await SigningPage.SignAsync(_factory, first, agreement.AgreementId, A)).StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == TestAgreement.SignatoryB && m.Subject.Contains("your signature is awaited"))));
        Assert.False(await _factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == TestAgreement.MemberB)));

        Assert.Equal(HttpStatusCode.Redirect, (await SigningPage.SignAsync(_factory, second, agreement.AgreementId, B)).StatusCode);
        Assert.Equal(AgreementStatus.Active, (await SigningPage.VersionAsync(_factory, agreement.AgreementId)).Status);
    }

    [Fact]
    public async Task Declining_returns_the_agreement_to_negotiation_voids_signatures_and_tells_the_parties_why()
    {
        var agreement = await ReadyAsync();
        using var first = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryA);
        await SigningPage.SignAsync(_factory, first, agreement.AgreementId, A);
        using var second = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryB);

        var noReason = await SigningPage.DeclineAsync(_factory, second, agreement.AgreementId, "  ");
        Assert.Equal("Say why you decline; the other parties will read it.", SigningPage.FieldError(await noReason.Content.ReadAsStringAsync(), "Decline.Reason"));
        Assert.Equal(AgreementStatus.ReadyForSignature, (await SigningPage.VersionAsync(_factory, agreement.AgreementId)).Status);

        var outboxBefore = await OutboxCountAsync();
        var response = await SigningPage.DeclineAsync(_factory, second, agreement.AgreementId, "The cost share must be 50/50.");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var version = await SigningPage.VersionAsync(_factory, agreement.AgreementId);
        Assert.Equal(AgreementStatus.InNegotiation, version.Status);
        Assert.Null(version.Fingerprint);
        Assert.Empty(version.ValidSignatures);
        Assert.Equal("The cost share must be 50/50.", Assert.Single(version.Signatures).VoidReason);
        var messages = await _factory.WithDbAsync(db => db.OutboxMessages.Skip(outboxBefore).ToListAsync());
        Assert.Contains(messages, m => m.ToAddress == TestAgreement.MemberA && m.BodyText.Contains("The cost share must be 50/50."));
        Assert.Contains(messages, m => m.ToAddress == TestAgreement.SignatoryA);
        Assert.True(await _factory.WithDbAsync(db => db.AgreementEvents.AnyAsync(e => e.AgreementId == agreement.AgreementId && e.Kind == AgreementEventKind.Declined)));
    }

    [Fact]
    public async Task The_last_signature_activates_the_agreement_and_tells_every_member_of_the_parties()
    {
        var agreement = await ReadyAsync();
        using var first = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryA);
        await SigningPage.SignAsync(_factory, first, agreement.AgreementId, A);
        var outboxBefore = await OutboxCountAsync();
        using var second = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryB);

        var response = await SigningPage.SignAsync(_factory, second, agreement.AgreementId, B);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await second.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Every party has now signed: the agreement is active.", page);
        Assert.Contains($"/Agreements/Document/{agreement.AgreementId}?version=1", page);

        var version = await SigningPage.VersionAsync(_factory, agreement.AgreementId);
        Assert.Equal(AgreementStatus.Active, version.Status);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", version.VerificationCode);
        var told = await _factory.WithDbAsync(db => db.OutboxMessages.Skip(outboxBefore).Where(m => m.Subject.Contains("the agreement is active")).Select(m => m.ToAddress).ToListAsync());
        var members = await _factory.WithDbAsync(db => db.Users.Where(u => (u.OrganisationId == agreement.PartyAOrganisationId || u.OrganisationId == agreement.PartyBOrganisationId)
            && !u.IsDeactivated).Select(u => u.Email!).ToListAsync());
        Assert.Contains(TestAgreement.MemberA, members);
        Assert.Contains(TestAgreement.MemberB, members);
        Assert.Equal(members.Order(), told.Order());
    }

    [Fact]
    public async Task Two_last_signatures_at_the_same_moment_activate_the_agreement_exactly_once()
    {
        var agreement = await ReadyAsync();
        using var a = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryA);
        using var b = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryB);
        var fieldsA = await SigningPage.SignFieldsAsync(_factory, a, agreement.AgreementId, A);
        var fieldsB = await SigningPage.SignFieldsAsync(_factory, b, agreement.AgreementId, B);

        var responses = await Task.WhenAll(SigningPage.PostSignAsync(a, agreement.AgreementId, fieldsA), SigningPage.PostSignAsync(b, agreement.AgreementId, fieldsB));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var version = await SigningPage.VersionAsync(_factory, agreement.AgreementId);
        Assert.Equal(AgreementStatus.Active, version.Status);
        Assert.Equal(2, version.ValidSignatures.Count());
        Assert.NotNull(version.VerificationCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AgreementEvents.CountAsync(e => e.AgreementId == agreement.AgreementId && e.Kind == AgreementEventKind.Activated)));
        Assert.Equal(2, await _factory.WithDbAsync(db => db.AgreementEvents.CountAsync(e => e.AgreementId == agreement.AgreementId && e.Kind == AgreementEventKind.Signed)));
    }

    public void Dispose() => _factory.Dispose();
}
