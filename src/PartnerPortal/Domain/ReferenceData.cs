namespace PartnerPortal.Domain;

/// <summary>A country, keyed by its ISO 3166-1 alpha-2 code.</summary>
public class Country
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameFr { get; set; }
}

public enum AreaLevel { Region = 1, District = 2, Municipality = 3 }

/// <summary>
/// One node of a country's administrative-area tree. <see cref="Path"/> is the materialised list of
/// ancestor ids ("/3/17/42/") so that "this area and all its descendants" is a portable prefix query
/// on SQLite and PostgreSQL alike, without recursive SQL.
/// </summary>
public class AdministrativeArea
{
    public int Id { get; set; }
    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
    public int? ParentId { get; set; }
    public AdministrativeArea? Parent { get; set; }
    public required string Name { get; set; }
    public AreaLevel Level { get; set; }
    /// <summary>Official code such as a humanitarian P-code.</summary>
    public string? Code { get; set; }
    public string Path { get; set; } = "/";

    public static string ChildPath(string parentPath, int id) => $"{parentPath}{id}/";
}

/// <summary>The administrator-managed vocabularies. Each term has a code, a name and an optional parent.</summary>
public enum Taxonomy
{
    OrganisationType = 1,
    ServiceCategory = 2,
    TargetGroup = 3,
    ThematicArea = 4,
    InitiativeType = 5,
    Sector = 6,
}

public class TaxonomyTerm
{
    public int Id { get; set; }
    /// <summary>The term's identifier in HSDS exports and the API.</summary>
    public Guid HsdsId { get; set; } = Guid.NewGuid();
    public Taxonomy Taxonomy { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameFr { get; set; }
    public string? Description { get; set; }
    public int? ParentId { get; set; }
    public TaxonomyTerm? Parent { get; set; }
    /// <summary>Retired terms stay for existing records but are no longer offered.</summary>
    public bool IsRetired { get; set; }
}

/// <summary>Codes of organisation types that rules depend on; the names stay editable by administrators.</summary>
public static class OrganisationTypeCodes
{
    public const string LocalGovernment = "government-local";
    public const string NationalGovernment = "government-national";
    public const string OtherInternational = "international-organisation";
}

public class SdgGoal
{
    public int Number { get; set; }
    public required string ShortEn { get; set; }
    public required string TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleAr { get; set; }
    public List<SdgTarget> Targets { get; set; } = [];
}

public class SdgTarget
{
    /// <summary>The official target code, e.g. "8.5" or "10.c".</summary>
    public required string Code { get; set; }
    public int GoalNumber { get; set; }
    public SdgGoal? Goal { get; set; }
    public required string TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleAr { get; set; }
    /// <summary>Sort key so that 8.10 follows 8.9 and letters follow numbers.</summary>
    public int SortOrder { get; set; }
}

/// <summary>One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration.</summary>
public class GcmObjective
{
    public int Number { get; set; }
    public required string Title { get; set; }
}

/// <summary>The fixed axes of the integrated approach to reintegration.</summary>
public enum Dimension { Economic = 1, Social = 2, Psychosocial = 3 }

public enum InterventionLevel { Individual = 1, Community = 2, Structural = 3 }
