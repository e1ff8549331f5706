using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using static PartnerPortal.Tests.Unit.Agreements.AgreementSamples;

namespace PartnerPortal.Tests.Unit.Agreements;

public class AgreementFingerprintTests
{
    private const string Reference = "SA-GN-2026-001";

    [Fact]
    public void The_same_agreement_always_yields_the_same_fingerprint()
    {
        var first = AgreementClauses.Fingerprint(Reference, Draft());
        var again = AgreementClauses.Fingerprint(Reference, Draft());
        Assert.Equal(first, again);
        Assert.Equal(first, AgreementClauses.Fingerprint(Reference, Draft()));
    }

    [Fact]
    public void Order_of_stored_rows_and_invisible_differences_do_not_change_it()
    {
        var stored = Draft();
        var reordered = Draft();
        reordered.Parties.Reverse();
        reordered.TargetGroups.Insert(0, new AgreementTargetGroup { TermId = 1 });
        stored.TargetGroups.Add(new AgreementTargetGroup { TermId = 1 });
        reordered.BeneficiarySelection = "  " + reordered.BeneficiarySelection + "\r\n";
        // "é" typed as one code point in one, as e + combining accent in the other.
        stored.Purpose = "Returnees reach certified training in Kindia pr\u00e9fecture.";
        reordered.Purpose = "Returnees reach certified training in Kindia pre\u0301fecture.";

        Assert.Equal(AgreementClauses.Fingerprint(Reference, stored), AgreementClauses.Fingerprint(Reference, reordered));
    }

    public static TheoryData<string, Action<AgreementVersion>> ClauseChanges() => new()
    {
        { "purpose", v => v.Title += "." },
        { "purpose", v => v.Purpose = "Something else" },
        { "parties", v => v.Parties[1].Role = "Lead training provider" },
        { "parties", v => v.Parties[1].ProgrammeId = 5 },
        { "parties", v => v.Parties[1].OrganisationId = ThirdOrg },
        { "contributions", v => v.Parties[0].Contributions[0].CostSharePercent = 41 },
        { "contributions", v => v.Parties[0].Contributions[0].Type = SupportType.Financial },
        { "contributions", v => v.Parties[0].Contributions.Add(new AgreementContribution { Type = SupportType.InKind, Description = "Tool kits" }) },
        { "eligibility", v => v.Parties[0].Eligibility = "Any returnee" },
        { "beneficiary-selection", v => v.BeneficiarySelection = "The centre selects alone." },
        { "referral", v => v.ReferralChannel = ReferralChannel.Informal },
        { "referral", v => v.ReferralPathways[0].Conditions = "None" },
        { "referral", v => v.ReferralPathways.Clear() },
        { "community-selection", v => v.CommunitySelection = "Community committees choose" },
        { "structural-approach", v => v.StructuralApproach = "Joint planning with the prefecture" },
        { "coordination", v => v.MeetingFrequency = "Quarterly" },
        { "coordination", v => v.FocalPoints = "Someone new" },
        { "monitoring", v => v.DataProtection = "No sharing" },
        { "reporting", v => v.ReportingObligations = "Yearly" },
        { "scope", v => v.Levels = LevelSet.Individual | LevelSet.Community },
        { "scope", v => v.Stage = AgreementStage.Design },
        { "scope", v => v.Commitment = CommitmentDegree.ConditionalMutual },
        { "scope", v => v.Areas.Add(new AgreementArea { AdministrativeAreaId = 8 }) },
        { "scope", v => v.TargetGroups.Clear() },
        { "scope", v => v.SdgTargets.Add(new AgreementSdgTarget { TargetCode = "10.7" }) },
        { "dates", v => v.EndDate = v.EndDate!.Value.AddDays(1) },
        { "dates", v => v.ReviewDate = null },
        { "dates", v => v.SigningOrder = SigningOrder.Sequential },
        { "due-diligence", v => v.DueDiligenceNotes += " (renewed)" },
    };

    [Theory]
    [MemberData(nameof(ClauseChanges))]
    public void Any_clause_change_changes_the_fingerprint_and_only_that_clause(string clause, Action<AgreementVersion> change)
    {
        var original = Draft();
        var changed = Draft();
        change(changed);

        Assert.NotEqual(AgreementClauses.Fingerprint(Reference, original), AgreementClauses.Fingerprint(Reference, changed));
        var differing = AgreementClauses.Of(original).Zip(AgreementClauses.Of(changed)).Where(p => p.First.Text != p.Second.Text).Select(p => p.First.Key);
        Assert.Contains(clause, differing);
    }

    [Fact]
    public void Another_reference_or_version_number_is_another_document()
    {
        var v = Draft();
        var fingerprint = AgreementClauses.Fingerprint(Reference, v);
        Assert.NotEqual(fingerprint, AgreementClauses.Fingerprint("SA-GN-2026-002", v));
        v.Number = 2;
        Assert.NotEqual(fingerprint, AgreementClauses.Fingerprint(Reference, v));
    }

    [Fact]
    public void Tampering_with_a_stored_clause_after_freezing_is_detected()
    {
        var v = InStatus(AgreementStatus.Active);
        Assert.Equal(IntegrityState.Intact, AgreementIntegrity.Check(v));

        v.Parties[1].Contributions[0].Description = "Three-month course";

        Assert.Equal(IntegrityState.Altered, AgreementIntegrity.Check(v));
    }

    [Fact]
    public void Rewriting_the_stored_fingerprint_to_match_is_still_detected_through_the_signatures()
    {
        var v = InStatus(AgreementStatus.Active);
        v.DataProtection = "Data may be shared freely";
        v.Fingerprint = AgreementClauses.Fingerprint(Reference, v);

        Assert.Equal(IntegrityState.Altered, AgreementIntegrity.Check(v));
    }

    [Fact]
    public void Clearing_the_fingerprint_of_a_frozen_version_is_detected_and_a_draft_is_not_frozen()
    {
        Assert.Equal(IntegrityState.NotFrozen, AgreementIntegrity.Check(Draft()));
        var v = InStatus(AgreementStatus.ReadyForSignature);
        Assert.Equal(IntegrityState.Intact, AgreementIntegrity.Check(v));
        v.Fingerprint = null;
        Assert.Equal(IntegrityState.Altered, AgreementIntegrity.Check(v));
    }
}
