using PartnerPortal.Domain.Agreements;
using static PartnerPortal.Tests.Unit.Agreements.AgreementSamples;

namespace PartnerPortal.Tests.Unit.Agreements;

public class AgreementLifecycleTests
{
    [Fact]
    public void Freezing_records_the_fingerprint_of_the_canonical_text()
    {
        var v = InStatus(AgreementStatus.InNegotiation);
        Must(AgreementLifecycle.MarkReadyForSignature(v, Actor(Role.PartyMember), Now));

        Assert.Equal(AgreementStatus.ReadyForSignature, v.Status);
        Assert.Equal(Now, v.FrozenAtUtc);
        Assert.Equal(AgreementClauses.Fingerprint("SA-GN-2026-001", v), v.Fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", v.Fingerprint);
        Assert.Contains(v.Agreement!.Events, e => e.Kind == AgreementEventKind.Frozen && e.Detail!.Contains(v.Fingerprint!));
    }

    [Fact]
    public void Incomplete_terms_cannot_be_frozen_and_the_reasons_are_listed()
    {
        var v = InStatus(AgreementStatus.InNegotiation);
        v.Parties[1].Contributions.Clear();
        v.EndDate = v.StartDate!.Value.AddDays(-1);
        v.ReviewDate = null;
        v.CoordinationMechanism = " ";

        var result = AgreementLifecycle.MarkReadyForSignature(v, Actor(Role.Coordinator), Now);

        Assert.False(result.Succeeded);
        Assert.Equal(AgreementStatus.InNegotiation, v.Status);
        Assert.Null(v.Fingerprint);
        Assert.Equal(
            ["Party 2 has no contribution: say what support it provides.", "Say how coordination is ensured.", "The end date must come after the start date."],
            AgreementLifecycle.Incomplete(v));
    }

    [Fact]
    public void Each_party_signs_once_and_the_last_signature_activates()
    {
        var v = InStatus(AgreementStatus.ReadyForSignature);
        Must(AgreementLifecycle.Sign(v, Actor(Role.PartySignatory, OrgB), Signature(Role.PartySignatory, OrgB), Now));
        Assert.Equal(AgreementStatus.ReadyForSignature, v.Status);

        var twice = AgreementLifecycle.Sign(v, Actor(Role.PartySignatory, OrgB), Signature(Role.PartySignatory, OrgB), Now);
        Assert.Equal("Your organisation has already signed this version.", twice.Error);

        Must(AgreementLifecycle.Sign(v, Actor(Role.PartySignatory, OrgA), Signature(Role.PartySignatory, OrgA), Now));
        Assert.Equal(AgreementStatus.Active, v.Status);
        Assert.Equal(Now, v.ActivatedAtUtc);
        Assert.Matches("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$", v.VerificationCode);
        Assert.All(v.Signatures, s => Assert.Equal(v.Fingerprint, s.Fingerprint));
        Assert.Single(v.Agreement!.Events, e => e.Kind == AgreementEventKind.Activated);
        var signature = v.Signatures.Single(s => s.OrganisationId == OrgA);
        Assert.Equal(("192.0.2.10", "xunit", Now), (signature.IpAddress, signature.UserAgent, signature.SignedAtUtc));
    }

    [Fact]
    public void A_member_who_is_not_a_signatory_and_a_third_organisations_signatory_cannot_sign()
    {
        var v = InStatus(AgreementStatus.ReadyForSignature);
        Assert.Equal("You are not a signatory of your organisation.",
            AgreementLifecycle.Sign(v, Actor(Role.PartyMember), Signature(Role.PartyMember), Now).Error);
        Assert.Equal("Only members of the parties and coordinators of the country may do this.",
            AgreementLifecycle.Sign(v, Actor(Role.ThirdOrganisationSignatory), Signature(Role.ThirdOrganisationSignatory), Now).Error);
        Assert.Empty(v.Signatures);
    }

    [Fact]
    public void The_typed_name_must_be_the_account_name()
    {
        var v = InStatus(AgreementStatus.ReadyForSignature);
        var wrong = new SignatureDetails("Someone Else", "Kadiatou Barry", null, null, null);
        Assert.False(AgreementLifecycle.Sign(v, Actor(Role.PartySignatory), wrong, Now).Succeeded);
        var spacing = new SignatureDetails("  kadiatou   BARRY ", "Kadiatou Barry", null, null, null);
        Must(AgreementLifecycle.Sign(v, Actor(Role.PartySignatory), spacing, Now));
        Assert.Equal("kadiatou   BARRY", v.Signatures.Single().SignerName);
    }

    [Fact]
    public void Sequential_signing_follows_the_parties_order()
    {
        var v = InStatus(AgreementStatus.ReadyForSignature, SigningOrder.Sequential);
        var early = AgreementLifecycle.Sign(v, Actor(Role.PartySignatory, OrgB), Signature(Role.PartySignatory, OrgB), Now);
        Assert.Equal("Signing is sequential: the parties before yours must sign first.", early.Error);
        Must(AgreementLifecycle.Sign(v, Actor(Role.PartySignatory, OrgA), Signature(Role.PartySignatory, OrgA), Now));
        Must(AgreementLifecycle.Sign(v, Actor(Role.PartySignatory, OrgB), Signature(Role.PartySignatory, OrgB), Now));
        Assert.Equal(AgreementStatus.Active, v.Status);
    }

    [Fact]
    public void Declining_needs_a_reason_returns_to_negotiation_and_voids_earlier_signatures()
    {
        var v = InStatus(AgreementStatus.ReadyForSignature);
        Must(AgreementLifecycle.Sign(v, Actor(Role.PartySignatory, OrgA), Signature(Role.PartySignatory, OrgA), Now));

        Assert.False(AgreementLifecycle.Decline(v, Actor(Role.PartySignatory, OrgB), "  ", Now).Succeeded);
        Must(AgreementLifecycle.Decline(v, Actor(Role.PartySignatory, OrgB), "Our board must approve the cost share first", Now));

        Assert.Equal(AgreementStatus.InNegotiation, v.Status);
        Assert.Null(v.Fingerprint);
        var voided = Assert.Single(v.Signatures);
        Assert.Equal("Our board must approve the cost share first", voided.VoidReason);
        Assert.Empty(v.ValidSignatures);
        Assert.Contains(v.Agreement!.Events, e => e.Kind == AgreementEventKind.Declined && e.Detail == "Our board must approve the cost share first");

        // Frozen again, party A must sign again: its earlier signature no longer counts.
        Must(AgreementLifecycle.MarkReadyForSignature(v, Actor(Role.Coordinator), Now));
        Must(AgreementLifecycle.Sign(v, Actor(Role.PartySignatory, OrgB), Signature(Role.PartySignatory, OrgB), Now));
        Assert.Equal(AgreementStatus.ReadyForSignature, v.Status);
    }

    [Fact]
    public void An_amendment_copies_the_terms_and_the_previous_version_stays_active_until_it_is_signed()
    {
        var v1 = InStatus(AgreementStatus.Active);
        var (result, v2) = AgreementLifecycle.Amend(v1, Actor(Role.PartyMember), Now);
        Must(result);

        Assert.Equal(2, v2!.Number);
        Assert.Equal(AgreementStatus.Draft, v2.Status);
        Assert.Equal(AgreementStatus.Active, v1.Status);
        Assert.Equal(AgreementClauses.Of(v1).Where(c => c.Key != "dates").Select(c => c.Text),
            AgreementClauses.Of(v2).Where(c => c.Key != "dates").Select(c => c.Text));
        Assert.Equal("An amendment of this agreement is already open.", AgreementLifecycle.WhyNot(AgreementAction.Amend, v1, Scope(Role.PartyMember)));

        v2.Id = 101;
        for (var i = 0; i < v2.Parties.Count; i++) v2.Parties[i].Id = 11 + i;
        v2.Parties[1].Contributions[0].CostSharePercent = 50;
        Must(AgreementLifecycle.StartNegotiation(v2, Actor(Role.Coordinator), Now));
        Must(AgreementLifecycle.MarkReadyForSignature(v2, Actor(Role.Coordinator), Now));
        Assert.Equal(AgreementStatus.Active, v1.Status);
        SignAll(v2);

        Assert.Equal(AgreementStatus.Active, v2.Status);
        Assert.Equal(AgreementStatus.Superseded, v1.Status);
        Assert.Equal("Replaced by version 2.", v1.EndReason);
        Assert.NotEqual(v1.Fingerprint, v2.Fingerprint);
    }

    [Fact]
    public void A_withdrawn_amendment_leaves_the_active_version_in_force()
    {
        var v1 = InStatus(AgreementStatus.Active);
        var (_, v2) = AgreementLifecycle.Amend(v1, Actor(Role.Coordinator), Now);
        Must(AgreementLifecycle.Withdraw(v2!, Actor(Role.PartyMember), "Not needed after all", Now));
        Assert.Equal(AgreementStatus.Active, v1.Status);
        Assert.Null(AgreementLifecycle.WhyNot(AgreementAction.Amend, v1, Scope(Role.PartyMember)));
    }

    [Fact]
    public void Altered_frozen_terms_cannot_be_signed()
    {
        var v = InStatus(AgreementStatus.ReadyForSignature);
        v.Parties[0].Contributions[0].CostSharePercent = 10;
        var result = AgreementLifecycle.Sign(v, Actor(Role.PartySignatory), Signature(Role.PartySignatory), Now);
        Assert.False(result.Succeeded);
        Assert.Contains("no longer matches its fingerprint", result.Error);
        Assert.Empty(v.Signatures);
    }
}
