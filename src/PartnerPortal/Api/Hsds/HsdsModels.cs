using System.Text.Json.Serialization;

namespace PartnerPortal.Api.Hsds;

// The HSDS 3.0 JSON shapes this API writes. Property names become snake_case on the wire; a null
// property is left out (optional fields without a value are omitted, and so are empty collections,
// which the mapper turns into null). Ids are lower-case UUID strings. The same classes give the rows
// of the data package's CSV files, whose columns are the scalar properties of the same names.

/// <summary>The HSDS page envelope of every list (openapi.json, components.schemas.Page).</summary>
public sealed record HsdsPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty,
    IReadOnlyList<T> Contents);

/// <summary>The answer of <c>GET /</c>: which HSDS version and profile this API follows.</summary>
public sealed record HsdsApiInfo(string Version, string Profile, string OpenapiUrl);

public sealed class HsdsOrganization
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public required string Description { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public string? ParentOrganizationId { get; init; }
    public List<HsdsPhone>? Phones { get; set; }
    public List<HsdsLocation>? Locations { get; set; }
    public List<HsdsAttribute>? Attributes { get; set; }
    /// <summary>Not an HSDS organization field: the services array of the fully nested organization (openapi).</summary>
    public List<HsdsService>? Services { get; set; }
}

public sealed class HsdsService
{
    public required string Id { get; init; }
    public string? OrganizationId { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public required string Status { get; init; }
    public string? InterpretationServices { get; init; }
    public string? ApplicationProcess { get; init; }
    public string? FeesDescription { get; init; }
    public string? EligibilityDescription { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public string? AssuredDate { get; init; }
    public string? AssurerEmail { get; init; }
    public string? Alert { get; init; }
    public string? LastModified { get; init; }
    public List<HsdsPhone>? Phones { get; set; }
    public List<HsdsSchedule>? Schedules { get; set; }
    public List<HsdsServiceArea>? ServiceAreas { get; set; }
    public List<HsdsServiceAtLocation>? ServiceAtLocations { get; set; }
    public List<HsdsLanguage>? Languages { get; set; }
    public HsdsOrganization? Organization { get; set; }
    public List<HsdsFunding>? Funding { get; set; }
    public List<HsdsCostOption>? CostOptions { get; set; }
    public List<HsdsRequiredDocument>? RequiredDocuments { get; set; }
    public List<HsdsContact>? Contacts { get; set; }
    public List<HsdsAttribute>? Attributes { get; set; }
    public List<HsdsMetadata>? Metadata { get; set; }
}

public sealed class HsdsServiceAtLocation
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? LocationId { get; init; }
    public string? Description { get; init; }
    public HsdsLocation? Location { get; set; }
    /// <summary>Not an HSDS service_at_location field: the service, as in the openapi's list and full examples.</summary>
    public HsdsService? Service { get; set; }
}

public sealed class HsdsLocation
{
    public required string Id { get; init; }
    public required string LocationType { get; init; }
    public string? Url { get; init; }
    public string? OrganizationId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Transportation { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public List<HsdsAddress>? Addresses { get; set; }
    public List<HsdsAccessibility>? Accessibility { get; set; }
    public List<HsdsPhone>? Phones { get; set; }
}

public sealed class HsdsAddress
{
    public required string Id { get; init; }
    public string? LocationId { get; init; }
    [JsonPropertyName("address_1")]
    public required string Address1 { get; init; }
    public required string City { get; init; }
    public string? Region { get; init; }
    public required string StateProvince { get; init; }
    public required string PostalCode { get; init; }
    public required string Country { get; init; }
    public required string AddressType { get; init; }
}

public sealed class HsdsAccessibility
{
    public required string Id { get; init; }
    public string? LocationId { get; init; }
    public string? Description { get; init; }
    public string? Details { get; init; }
}

public sealed class HsdsPhone
{
    public required string Id { get; init; }
    public string? LocationId { get; init; }
    public string? ServiceId { get; init; }
    public string? OrganizationId { get; init; }
    public string? ContactId { get; init; }
    public required string Number { get; init; }
    public long? Extension { get; init; }
    public string? Type { get; init; }
    public string? Description { get; init; }
}

public sealed class HsdsContact
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Department { get; init; }
    public string? Email { get; init; }
    public List<HsdsPhone>? Phones { get; set; }
}

public sealed class HsdsSchedule
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? Freq { get; init; }
    public string? Byday { get; init; }
    public string? Description { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
}

public sealed class HsdsLanguage
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Code { get; init; }
    public string? Note { get; init; }
}

public sealed class HsdsCostOption
{
    public required string Id { get; init; }
    public required string ServiceId { get; init; }
    public string? Option { get; init; }
    public string? Currency { get; init; }
    public decimal? Amount { get; init; }
    public string? AmountDescription { get; init; }
}

public sealed class HsdsRequiredDocument
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? Document { get; init; }
    public string? Uri { get; init; }
}

public sealed class HsdsServiceArea
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
}

public sealed class HsdsFunding
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? Source { get; init; }
}

public sealed class HsdsAttribute
{
    public required string Id { get; init; }
    public required string LinkId { get; init; }
    public required string TaxonomyTermId { get; init; }
    public string? LinkType { get; init; }
    public required string LinkEntity { get; init; }
    public string? Value { get; init; }
    public HsdsTaxonomyTerm? TaxonomyTerm { get; set; }
}

public sealed class HsdsMetadata
{
    public required string Id { get; init; }
    public required string ResourceId { get; init; }
    public required string ResourceType { get; init; }
    public required string LastActionDate { get; init; }
    public required string LastActionType { get; init; }
    public required string FieldName { get; init; }
    public required string PreviousValue { get; init; }
    public required string ReplacementValue { get; init; }
    public required string UpdatedBy { get; init; }
}

public sealed class HsdsTaxonomy
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
}

public sealed class HsdsTaxonomyTerm
{
    public required string Id { get; init; }
    public string? Code { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? ParentId { get; init; }
    public string? Taxonomy { get; init; }
    public HsdsTaxonomy? TaxonomyDetail { get; set; }
    public string? Language { get; init; }
    public string? TaxonomyId { get; init; }
}
