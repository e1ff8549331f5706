namespace PartnerPortal.Domain;

public class Organisation
{
    public int Id { get; set; }
    /// <summary>The organisation's identifier in HSDS exports and the API.</summary>
    public Guid HsdsId { get; set; } = Guid.NewGuid();
    /// <summary>Public organisations and their published services appear in the public directory and the HSDS API.</summary>
    public bool IsPublic { get; set; } = true;
    public required string Name { get; set; }
    public string? Acronym { get; set; }
    public int TypeId { get; set; }
    public TaxonomyTerm? Type { get; set; }
    public int? ParentId { get; set; }
    public Organisation? Parent { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>The country whose coordinators oversee this organisation (its seat in the network).</summary>
    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
    /// <summary>For local authorities: the administrative area they govern (descendants included).</summary>
    public int? JurisdictionAreaId { get; set; }
    public AdministrativeArea? JurisdictionArea { get; set; }
    public List<OrganisationCountry> CountriesOfOperation { get; set; } = [];
    /// <summary>Administrative areas where it works, beyond whole countries.</summary>
    public List<OrganisationArea> AreasOfOperation { get; set; } = [];
    public List<OrganisationIdentifier> Identifiers { get; set; } = [];
    public List<OrganisationSector> Sectors { get; set; } = [];
    public List<FocalPoint> FocalPoints { get; set; } = [];
    public DimensionSet Dimensions { get; set; }
    public LevelSet Levels { get; set; }
    public MigrationRoles MigrationRoles { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    /// <summary>Optimistic concurrency token: a save based on an older version is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

public class OrganisationCountry
{
    public int OrganisationId { get; set; }
    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
}
