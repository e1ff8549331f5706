namespace PartnerPortal.Domain;

/// <summary>Which of the three dimensions an organisation works on.</summary>
[Flags]
public enum DimensionSet { None = 0, Economic = 1, Social = 2, Psychosocial = 4 }

/// <summary>At which levels an organisation works.</summary>
[Flags]
public enum LevelSet { None = 0, Individual = 1, Community = 2, Structural = 4 }

/// <summary>The organisation's role in migration.</summary>
[Flags]
public enum MigrationRoles { None = 0, Origin = 1, Transit = 2, Destination = 4 }

public enum PartnershipPotential { Low = 1, Medium = 2, High = 3 }

/// <summary>An official identifier of an organisation (HSDS organization_identifier): scheme and value.</summary>
public class OrganisationIdentifier
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    /// <summary>E.g. "IATI organisation identifier", "NGO registration (GN)", "Tax ID".</summary>
    public required string Scheme { get; set; }
    public required string Value { get; set; }
}

public class OrganisationArea
{
    public int OrganisationId { get; set; }
    public int AdministrativeAreaId { get; set; }
    public AdministrativeArea? AdministrativeArea { get; set; }
}

public class OrganisationSector
{
    public int OrganisationId { get; set; }
    public int TermId { get; set; }
    public TaxonomyTerm? Term { get; set; }
}

/// <summary>A named person to contact at an organisation.</summary>
public class FocalPoint
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>Languages spoken, as written (e.g. "French, Pular").</summary>
    public string? Languages { get; set; }
}

/// <summary>
/// A coordinator's assessment of an organisation as a stakeholder in its country: capacity, interest
/// (willingness) and influence from 1 to 5, partnership potential, needs, and whether it is a trusted intermediary.
/// </summary>
public class StakeholderAssessment
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public int Capacity { get; set; }
    public int Interest { get; set; }
    public int Influence { get; set; }
    public PartnershipPotential PartnershipPotential { get; set; } = PartnershipPotential.Medium;
    public string? Needs { get; set; }
    public bool IsTrustedIntermediary { get; set; }
    public string? Notes { get; set; }
    public required string AssessedByName { get; set; }
    public DateTime AssessedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public static bool IsValidScore(int score) => score is >= 1 and <= 5;
}

public enum CoordinationBodyKind { SteeringCommittee = 1, TechnicalWorkingGroup = 2, CaseManagementCommittee = 3, Other = 4 }

/// <summary>A steering committee, technical working group or case-management committee of a country.</summary>
public class CoordinationBody
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public CoordinationBodyKind Kind { get; set; }
    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
    public int? LeadOrganisationId { get; set; }
    public Organisation? LeadOrganisation { get; set; }
    public List<CoordinationBodyMember> Members { get; set; } = [];
    /// <summary>Link to the terms of reference.</summary>
    public string? TermsOfReferenceUrl { get; set; }
    public string? MeetingFrequency { get; set; }
    public string? Description { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public class CoordinationBodyMember
{
    public int CoordinationBodyId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}
