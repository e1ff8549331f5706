namespace PartnerPortal.Domain;

/// <summary>HSDS service status values.</summary>
public enum ServiceStatus { Active = 1, Inactive = 2, Defunct = 3, TemporarilyClosed = 4 }

/// <summary>How a person gets into a service.</summary>
public enum ReferralMethod { WalkIn = 1, Phone = 2, Email = 3, OnlineForm = 4, ReferralOnly = 5 }

/// <summary>What keeps returnees from a service (PRODUCT §4); several may apply.</summary>
[Flags]
public enum AccessBarriers { None = 0, Documentation = 1, Distance = 2, Cost = 4, Safety = 8, Eligibility = 16 }

/// <summary>
/// A service in the HSDS sense (organization → service → service_at_location → location), with the
/// fields returnees and caseworkers need on top. Ids are UUIDs as HSDS requires.
/// </summary>
public class Service
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(180);

    public Guid Id { get; set; } = Guid.NewGuid();
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    public ServiceStatus Status { get; set; } = ServiceStatus.Active;
    /// <summary>Unpublished services are kept for their editors but hidden from the public and the API.</summary>
    public bool IsPublished { get; set; } = true;

    public int CategoryId { get; set; }
    public TaxonomyTerm? Category { get; set; }
    public Dimension Dimension { get; set; } = Dimension.Economic;
    public InterventionLevel Level { get; set; } = InterventionLevel.Individual;
    public List<ServiceTargetGroup> TargetGroups { get; set; } = [];

    public string? EligibilityDescription { get; set; }
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    /// <summary>Which returnees are covered (e.g. "voluntary and forced returns, within 12 months of arrival").</summary>
    public string? ReturneeCategories { get; set; }
    /// <summary>Open to the whole local population (true) or only to returnees (false).</summary>
    public bool IsMainstream { get; set; }

    public ReferralMethod ReferralMethod { get; set; } = ReferralMethod.WalkIn;
    public bool ReferralRequired { get; set; }
    /// <summary>HSDS application_process: what to do to get the service.</summary>
    public string? ApplicationProcess { get; set; }
    public string? NextSteps { get; set; }
    public string? IntakeCriteria { get; set; }
    public string? FeesDescription { get; set; }
    public string? InterpretationServices { get; set; }

    public AccessBarriers AccessBarriers { get; set; }
    public string? AccessBarrierNotes { get; set; }
    public string? QualityNotes { get; set; }
    public string? FundingSource { get; set; }
    public DateOnly? FundingEndDate { get; set; }
    public string? ComplaintsMechanism { get; set; }
    public string? Alert { get; set; }

    /// <summary>When the record was last confirmed true, and by whom (HSDS assured_date, assurer_email).</summary>
    public DateOnly? AssuredDate { get; set; }
    public string? AssurerUserId { get; set; }
    public string? AssurerEmail { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime LastModifiedUtc { get; set; }
    /// <summary>Optimistic concurrency token: a save based on an older version is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ServiceAtLocation> ServiceAtLocations { get; set; } = [];
    public List<Phone> Phones { get; set; } = [];
    public List<Contact> Contacts { get; set; } = [];
    public List<Schedule> Schedules { get; set; } = [];
    public List<ServiceLanguage> Languages { get; set; } = [];
    public List<CostOption> CostOptions { get; set; } = [];
    public List<RequiredDocument> RequiredDocuments { get; set; } = [];
    public List<ServiceArea> ServiceAreas { get; set; } = [];

    /// <summary>Stale: never verified, or verified more than 180 days before <paramref name="today"/>.</summary>
    public static bool IsStaleOn(DateOnly? assuredDate, DateOnly today) =>
        assuredDate is not { } d || d.AddDays((int)StaleAfter.TotalDays) < today;

    /// <summary>The last assured date that still counts as fresh on <paramref name="today"/>.</summary>
    public static DateOnly FreshSince(DateOnly today) => today.AddDays(-(int)StaleAfter.TotalDays);
}

public class ServiceTargetGroup
{
    public Guid ServiceId { get; set; }
    public int TermId { get; set; }
    public TaxonomyTerm? Term { get; set; }
}

/// <summary>A place where services are delivered. Physical locations sit in an administrative area.</summary>
public class Location
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>HSDS location_type: "physical", "postal" or "virtual".</summary>
    public string LocationType { get; set; } = "physical";
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Transportation { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Url { get; set; }
    public int? AdministrativeAreaId { get; set; }
    public AdministrativeArea? AdministrativeArea { get; set; }
    // The location's one street address (HSDS address, address_type "physical").
    public string? Address1 { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? StateProvince { get; set; }
    public string? PostalCode { get; set; }
    public string? CountryCode { get; set; }
    public string? AccessibilityDescription { get; set; }
    public string? AccessibilityDetails { get; set; }
    public DateTime LastModifiedUtc { get; set; }
}

public class ServiceAtLocation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    public Service? Service { get; set; }
    public Guid LocationId { get; set; }
    public Location? Location { get; set; }
    public string? Description { get; set; }
}

public class Phone
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? ServiceId { get; set; }
    public Guid? LocationId { get; set; }
    public required string Number { get; set; }
    public string? Extension { get; set; }
    /// <summary>HSDS phone type: text, voice, fax, cell, video, pager, textphone.</summary>
    public string? Type { get; set; }
    public string? Description { get; set; }
}

public class Contact
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

/// <summary>Opening hours as an HSDS weekly schedule.</summary>
public class Schedule
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    /// <summary>RFC 5545 days, comma-separated: MO,TU,WE,TH,FR.</summary>
    public required string ByDay { get; set; }
    public TimeOnly? OpensAt { get; set; }
    public TimeOnly? ClosesAt { get; set; }
    public string? Description { get; set; }
}

public class ServiceLanguage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    public required string Name { get; set; }
    /// <summary>ISO 639 code, e.g. "fr", "ff" (Pular), "sus" (Susu).</summary>
    public string? Code { get; set; }
    public string? Note { get; set; }
}

public class CostOption
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    public string? Option { get; set; }
    public string? Currency { get; set; }
    /// <summary>Stored as text-free decimal; never sorted in SQL (SQLite cannot order by decimal).</summary>
    public decimal? Amount { get; set; }
    public string? AmountDescription { get; set; }
}

public class RequiredDocument
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    public required string Document { get; set; }
    public string? Uri { get; set; }
}

/// <summary>An administrative area a service covers beyond the places it is delivered.</summary>
public class ServiceArea
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    public int AdministrativeAreaId { get; set; }
    public AdministrativeArea? AdministrativeArea { get; set; }
    public string? Description { get; set; }
}

/// <summary>One field of one record changed (HSDS metadata): who, when, before, after.</summary>
public class ServiceChange
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ServiceId { get; set; }
    /// <summary>HSDS resource_type of the changed record: service, location, phone …</summary>
    public required string ResourceType { get; set; }
    public Guid ResourceId { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>HSDS last_action_type: create, update, delete, verify.</summary>
    public required string ActionType { get; set; }
    public required string FieldName { get; set; }
    public string? PreviousValue { get; set; }
    public string? ReplacementValue { get; set; }
    public required string UpdatedBy { get; set; }
}

/// <summary>A recorded absence of a kind of service in an area.</summary>
public class ServiceGap
{
    public int Id { get; set; }
    public int AdministrativeAreaId { get; set; }
    public AdministrativeArea? AdministrativeArea { get; set; }
    public int CategoryId { get; set; }
    public TaxonomyTerm? Category { get; set; }
    public required string Description { get; set; }
    public required string ReportedByUserId { get; set; }
    public string? ReportedByName { get; set; }
    public DateTime ReportedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public string? ClosedByName { get; set; }
    public string? ClosingNote { get; set; }
}
