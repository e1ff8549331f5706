namespace PartnerPortal.Domain.Agreements;

/// <summary>
/// PRODUCT §5 lifecycle. <see cref="Superseded"/> is where an Active version goes when an amendment
/// (the next version) becomes Active in its place.
/// </summary>
public enum AgreementStatus
{
    Draft = 1, InNegotiation = 2, ReadyForSignature = 3, Active = 4, Expired = 5, Terminated = 6, Withdrawn = 7, Superseded = 8,
}

/// <summary>At which stage of the programmes the synergy is agreed (knowledge paper: design, implementation or closing).</summary>
public enum AgreementStage { Design = 1, Implementation = 2, Closing = 3 }

/// <summary>A general agreement that beneficiaries may use each other's support, or a conditional, mutual commitment.</summary>
public enum CommitmentDegree { General = 1, ConditionalMutual = 2 }

public enum ReferralChannel { Formal = 1, Informal = 2, FormalAndInformal = 3 }

public enum SigningOrder { Parallel = 1, Sequential = 2 }

public enum SupportType { Technical = 1, InKind = 2, Financial = 3, Referral = 4, Training = 5, Coordination = 6, Other = 7 }

/// <summary>
/// A synergy agreement: the reference number and the country whose coordinators oversee it. What was
/// agreed lives in its <see cref="AgreementVersion"/>s; an amendment is the next version.
/// </summary>
public class SynergyAgreement
{
    public int Id { get; set; }
    /// <summary>Generated, e.g. "SA-GN-2026-004": country, year of creation, sequence within both.</summary>
    public required string ReferenceNumber { get; set; }
    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<AgreementVersion> Versions { get; set; } = [];
    public List<AgreementEvent> Events { get; set; } = [];
}

/// <summary>One version of the terms, with its own status, parties, signatures and fingerprint.</summary>
public class AgreementVersion
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public SynergyAgreement? Agreement { get; set; }
    public int Number { get; set; } = 1;
    public AgreementStatus Status { get; set; } = AgreementStatus.Draft;

    public required string Title { get; set; }
    /// <summary>Respective objectives, comparative advantages and the gaps each party fills.</summary>
    public string? Purpose { get; set; }
    public List<AgreementParty> Parties { get; set; } = [];
    public string? BeneficiarySelection { get; set; }
    public ReferralChannel? ReferralChannel { get; set; }
    public List<ReferralPathway> ReferralPathways { get; set; } = [];
    public string? CommunitySelection { get; set; }
    public string? StructuralApproach { get; set; }
    public string? CoordinationMechanism { get; set; }
    public string? MeetingFrequency { get; set; }
    public string? FocalPoints { get; set; }
    public string? MonitoringAndDataSharing { get; set; }
    public string? DataProtection { get; set; }
    public string? ReportingObligations { get; set; }
    public LevelSet Levels { get; set; }
    public AgreementStage Stage { get; set; } = AgreementStage.Implementation;
    public CommitmentDegree Commitment { get; set; } = CommitmentDegree.General;
    /// <summary>Areas inside the agreement's country; none means the whole country.</summary>
    public List<AgreementArea> Areas { get; set; } = [];
    public List<AgreementTargetGroup> TargetGroups { get; set; } = [];
    public List<AgreementSdgTarget> SdgTargets { get; set; } = [];
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public DateOnly? ReviewDate { get; set; }
    public string? DueDiligenceNotes { get; set; }
    public SigningOrder SigningOrder { get; set; } = SigningOrder.Parallel;

    /// <summary>When the text was frozen for signature, and the SHA-256 of its canonical form then.</summary>
    public DateTime? FrozenAtUtc { get; set; }
    public string? Fingerprint { get; set; }
    public List<AgreementSignature> Signatures { get; set; } = [];
    public DateTime? ActivatedAtUtc { get; set; }
    /// <summary>Printed on the signature certificate; typed on the public verify page.</summary>
    public string? VerificationCode { get; set; }
    /// <summary>When it was withdrawn, terminated, expired or superseded, and why.</summary>
    public DateTime? EndedAtUtc { get; set; }
    public string? EndReason { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    /// <summary>Concurrency token, renewed by every change to the version (edits, signatures, transitions).</summary>
    public Guid Revision { get; set; } = Guid.NewGuid();

    public IEnumerable<AgreementSignature> ValidSignatures => Signatures.Where(s => s.VoidedAtUtc is null);
    public bool IsOpen => Status is AgreementStatus.Draft or AgreementStatus.InNegotiation or AgreementStatus.ReadyForSignature;
}

public class AgreementParty
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public int? ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    /// <summary>In words, e.g. "Reintegration programme, refers returnees".</summary>
    public required string Role { get; set; }
    /// <summary>This party's eligibility criteria and restrictions.</summary>
    public string? Eligibility { get; set; }
    /// <summary>Position in the signing order (1 = signs first when signing is sequential).</summary>
    public int Position { get; set; }
    public List<AgreementContribution> Contributions { get; set; } = [];
}

public class AgreementContribution
{
    public int Id { get; set; }
    public int PartyId { get; set; }
    public SupportType Type { get; set; }
    public required string Description { get; set; }
    /// <summary>Share of the joint costs this party carries, in percent.</summary>
    public decimal? CostSharePercent { get; set; }
}

/// <summary>From which directory service to which, and on what conditions of access.</summary>
public class ReferralPathway
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public Guid FromServiceId { get; set; }
    public Service? FromService { get; set; }
    public Guid ToServiceId { get; set; }
    public Service? ToService { get; set; }
    public string? Conditions { get; set; }
}

public class AgreementArea
{
    public int VersionId { get; set; }
    public int AdministrativeAreaId { get; set; }
    public AdministrativeArea? AdministrativeArea { get; set; }
}

public class AgreementTargetGroup
{
    public int VersionId { get; set; }
    public int TermId { get; set; }
    public TaxonomyTerm? Term { get; set; }
}

public class AgreementSdgTarget
{
    public int VersionId { get; set; }
    public required string TargetCode { get; set; }
    public SdgTarget? Target { get; set; }
}
