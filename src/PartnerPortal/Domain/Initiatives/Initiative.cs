namespace PartnerPortal.Domain.Initiatives;

/// <summary>IATI activity status (codes 1–6), as donors' systems know it.</summary>
public enum ActivityStatus { Pipeline = 1, Implementation = 2, Finalisation = 3, Closed = 4, Cancelled = 5, Suspended = 6 }

/// <summary>IATI organisation role in an activity (codes 1–4).</summary>
public enum ParticipatingRole { Funding = 1, Accountable = 2, Extending = 3, Implementing = 4 }

/// <summary>How the community group that runs the initiative governs itself.</summary>
public enum GovernanceForm { CommunityCommittee = 1, CooperativeBoard = 2, SelfHelpGroup = 3, VillageDevelopmentCommittee = 4, Other = 5 }

/// <summary>The outcome categories of PRODUCT §2, used by initiatives and reports.</summary>
[Flags]
public enum OutcomeCategories
{
    None = 0, EconomicOpportunities = 1, AccessToServices = 2, SocialCohesion = 4, EnvironmentalResilience = 8,
}

/// <summary>
/// A community-based initiative (PRODUCT §6): a community-level project that serves a community of
/// return as a whole while supporting returnees' reintegration.
/// </summary>
public class Initiative
{
    public int Id { get; set; }
    /// <summary>Generated, e.g. "CBI-GN-2025-007".</summary>
    public required string Reference { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    /// <summary>Taxonomy.InitiativeType.</summary>
    public int TypeId { get; set; }
    public TaxonomyTerm? Type { get; set; }
    public DimensionSet Dimensions { get; set; }
    /// <summary>Taxonomy.Sector.</summary>
    public int? SectorId { get; set; }
    public TaxonomyTerm? Sector { get; set; }
    public string? ValueChain { get; set; }

    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
    public int? AdministrativeAreaId { get; set; }
    public AdministrativeArea? AdministrativeArea { get; set; }
    /// <summary>Village, neighbourhood or site, as written locally.</summary>
    public string? Locality { get; set; }
    /// <summary>The lead implementer; its members keep the record and submit progress.</summary>
    public int? LeadOrganisationId { get; set; }
    public Organisation? LeadOrganisation { get; set; }
    public List<InitiativePartner> Partners { get; set; } = [];
    public List<InitiativeProgramme> Programmes { get; set; } = [];
    public List<InitiativeAgreement> Agreements { get; set; } = [];

    public decimal? Budget { get; set; }
    public string? Currency { get; set; }
    public decimal? CoFunding { get; set; }
    /// <summary>Who co-funds, e.g. "Municipal council, 10% in kind".</summary>
    public string? CoFundingSource { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public ActivityStatus Status { get; set; } = ActivityStatus.Pipeline;

    public int ReturneesFemale { get; set; }
    public int ReturneesMale { get; set; }
    public int CommunityMembersFemale { get; set; }
    public int CommunityMembersMale { get; set; }
    /// <summary>Other groups taking part (IDPs, youth …), each with a count.</summary>
    public List<InitiativeGroup> OtherGroups { get; set; } = [];
    public int? HouseholdsReached { get; set; }
    public int? IndirectBeneficiaries { get; set; }
    public bool HasSkilledMentor { get; set; }
    /// <summary>Required for a collective income-generating activity without a skilled mentor.</summary>
    public string? SkillsTransferPlan { get; set; }

    public GovernanceForm? Governance { get; set; }
    public string? GroupAgreement { get; set; }
    public string? LegalRegistration { get; set; }
    public string? ParticipatoryProcess { get; set; }
    public string? SustainabilityArrangement { get; set; }
    public string? EnvironmentalConsiderations { get; set; }
    public string? DoNoHarmNotes { get; set; }

    /// <summary>Taxonomy.ThematicArea terms.</summary>
    public List<InitiativeTheme> Themes { get; set; } = [];
    public List<InitiativeSdgTarget> SdgTargets { get; set; } = [];
    public List<InitiativeGcmObjective> GcmObjectives { get; set; } = [];
    public OutcomeCategories Outcomes { get; set; }
    /// <summary>The public registry at /initiatives shows a summary of published initiatives only.</summary>
    public bool IsPublished { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public int Returnees => ReturneesFemale + ReturneesMale;
    public int CommunityMembers => CommunityMembersFemale + CommunityMembersMale;
    public int Participants => Returnees + CommunityMembers;
}

public class InitiativePartner
{
    public int InitiativeId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public ParticipatingRole Role { get; set; }
}

public class InitiativeProgramme
{
    public int InitiativeId { get; set; }
    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
}

public class InitiativeAgreement
{
    public int InitiativeId { get; set; }
    public int AgreementId { get; set; }
    public Agreements.SynergyAgreement? Agreement { get; set; }
}

/// <summary>Participants of another group (Taxonomy.TargetGroup, e.g. internally displaced persons, youth).</summary>
public class InitiativeGroup
{
    public int InitiativeId { get; set; }
    public int TermId { get; set; }
    public TaxonomyTerm? Term { get; set; }
    public int Count { get; set; }
}

public class InitiativeTheme
{
    public int InitiativeId { get; set; }
    public int TermId { get; set; }
    public TaxonomyTerm? Term { get; set; }
}

public class InitiativeSdgTarget
{
    public int InitiativeId { get; set; }
    public required string TargetCode { get; set; }
    public SdgTarget? Target { get; set; }
}

public class InitiativeGcmObjective
{
    public int InitiativeId { get; set; }
    public int ObjectiveNumber { get; set; }
    public GcmObjective? Objective { get; set; }
}
