namespace PartnerPortal.Domain;

public enum ProgrammeKind { Reintegration = 1, Development = 2, DevelopmentOrientedReintegration = 3 }

/// <summary>Where a programme is in its life, after the IATI activity statuses a donor would recognise.</summary>
public enum ProgrammeStatus { Pipeline = 1, Implementation = 2, Finalisation = 3, Closed = 4, Suspended = 5 }

public enum ProgrammePartnerRole { Implementer = 1, Donor = 2 }

/// <summary>
/// A reintegration or development programme (PRODUCT §5). Synergy agreements are signed between the
/// organisations that run programmes, optionally naming the programme each brings.
/// </summary>
public class Programme
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Acronym { get; set; }
    public ProgrammeKind Kind { get; set; }
    public string? Description { get; set; }
    public int OwnerOrganisationId { get; set; }
    public Organisation? OwnerOrganisation { get; set; }
    public List<ProgrammePartner> Partners { get; set; } = [];
    public List<ProgrammeCountry> Countries { get; set; } = [];
    /// <summary>Areas the programme covers; a country with no area listed means the whole country.</summary>
    public List<ProgrammeArea> Areas { get; set; } = [];
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    /// <summary>Target groups, sectors and the kinds of support offered (service categories), as taxonomy terms.</summary>
    public List<ProgrammeTerm> Terms { get; set; } = [];
    public decimal? Budget { get; set; }
    /// <summary>ISO 4217 code of the budget, e.g. EUR.</summary>
    public string? Currency { get; set; }
    public List<ProgrammeSdgTarget> SdgTargets { get; set; } = [];
    public ProgrammeStatus Status { get; set; } = ProgrammeStatus.Implementation;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public class ProgrammePartner
{
    public int ProgrammeId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public ProgrammePartnerRole Role { get; set; }
}

public class ProgrammeCountry
{
    public int ProgrammeId { get; set; }
    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
}

public class ProgrammeArea
{
    public int ProgrammeId { get; set; }
    public int AdministrativeAreaId { get; set; }
    public AdministrativeArea? AdministrativeArea { get; set; }
}

public class ProgrammeTerm
{
    public int ProgrammeId { get; set; }
    public int TermId { get; set; }
    public TaxonomyTerm? Term { get; set; }
}

public class ProgrammeSdgTarget
{
    public int ProgrammeId { get; set; }
    public required string TargetCode { get; set; }
    public SdgTarget? Target { get; set; }
}
