using System.Globalization;
using System.Net.Mail;
using PartnerPortal.Domain;

namespace PartnerPortal.Api.Hsds;

/// <summary>What the full mapping of a service needs besides the service and its loaded collections.</summary>
public sealed class HsdsLookups
{
    /// <summary>Every taxonomy term by its database id (a small table, read once per request).</summary>
    public required IReadOnlyDictionary<int, TaxonomyTerm> Terms { get; init; }
    public ILookup<Guid, ServiceChange> ChangesByService { get; init; } = Array.Empty<ServiceChange>().ToLookup(c => c.ServiceId);
    /// <summary>Phones of locations (not of a service) by location id.</summary>
    public ILookup<Guid, Phone> PhonesByLocation { get; init; } = Array.Empty<Phone>().ToLookup(p => p.LocationId!.Value);
}

/// <summary>
/// Turns our entities into HSDS 3.0 objects. Optional values that are blank, and empty collections,
/// become null so that they are left out of the JSON. URLs and email addresses that would not pass
/// the schemas' <c>uri</c> and <c>email</c> formats are left out rather than published broken.
/// </summary>
public static class HsdsMapper
{
    public const string TermLanguage = "en";

    public static string Status(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        ServiceStatus.TemporarilyClosed => "temporarily closed",
        _ => "inactive",
    };

    // ------------------------------------------------------------------ organisations

    public static HsdsOrganization Organization(Organisation o) => new()
    {
        Id = Id(o.HsdsId),
        Name = o.Name,
        AlternateName = Text(o.Acronym),
        // Required by the schema: the empty string when we have no description.
        Description = o.Description ?? "",
        Email = Email(o.Email),
        Website = Uri(o.Website),
        // A parent that is not public is not named.
        ParentOrganizationId = o.Parent is { IsPublic: true } parent ? Id(parent.HsdsId) : null,
    };

    public static HsdsOrganization FullOrganization(Organisation o, IEnumerable<HsdsLocation> locations, IReadOnlyDictionary<int, TaxonomyTerm> terms)
    {
        var org = Organization(o);
        org.Phones = OrganizationPhone(o) is { } phone ? [phone] : null;
        org.Locations = NullIfEmpty(locations.ToList());
        org.Attributes = terms.TryGetValue(o.TypeId, out var type)
            ? [TermAttribute(o.HsdsId, "organization", "organization_type", type, terms)]
            : null;
        return org;
    }

    /// <summary>The organisation's one phone number as an HSDS phone.</summary>
    public static HsdsPhone? OrganizationPhone(Organisation o) => Text(o.Phone) is { } number
        ? new HsdsPhone { Id = Id(HsdsIds.OrganizationPhone(o.HsdsId)), OrganizationId = Id(o.HsdsId), Number = number }
        : null;

    // ------------------------------------------------------------------ services

    /// <summary>The one-to-one fields of a service (the openapi's service_list), with its organisation when given.</summary>
    public static HsdsService Service(Service s) => new()
    {
        Id = Id(s.Id),
        OrganizationId = s.Organisation is { } o ? Id(o.HsdsId) : null,
        Name = s.Name,
        AlternateName = Text(s.AlternateName),
        Description = Text(s.Description),
        Url = Uri(s.Url),
        Email = Email(s.Email),
        Status = Status(s.Status),
        InterpretationServices = Text(s.InterpretationServices),
        ApplicationProcess = Text(s.ApplicationProcess),
        FeesDescription = Text(s.FeesDescription),
        EligibilityDescription = Text(s.EligibilityDescription),
        MinimumAge = s.MinimumAge,
        MaximumAge = s.MaximumAge,
        AssuredDate = s.AssuredDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        AssurerEmail = Email(s.AssurerEmail),
        Alert = Text(s.Alert),
        LastModified = DateTimeText(s.LastModifiedUtc),
        Organization = s.Organisation is { } org ? Organization(org) : null,
    };

    /// <summary>A fully nested service: every collection, the attributes and the change history.</summary>
    public static HsdsService FullService(Service s, HsdsLookups lookups)
    {
        var service = Service(s);
        var serviceId = service.Id;
        service.Phones = NullIfEmpty(s.Phones.OrderBy(p => p.Number, StringComparer.Ordinal).Select(Phone));
        service.Schedules = NullIfEmpty(s.Schedules.OrderBy(x => x.ByDay, StringComparer.Ordinal).ThenBy(x => x.OpensAt).Select(Schedule));
        service.ServiceAreas = NullIfEmpty(s.ServiceAreas.OrderBy(a => a.AdministrativeArea?.Name, StringComparer.Ordinal).Select(ServiceArea));
        service.ServiceAtLocations = NullIfEmpty(s.ServiceAtLocations.OrderBy(x => x.Location?.Name, StringComparer.Ordinal)
            .Select(x => ServiceAtLocation(x, x.Location is { } l ? Location(l, lookups.PhonesByLocation[l.Id]) : null)));
        service.Languages = NullIfEmpty(s.Languages.OrderBy(l => l.Name, StringComparer.Ordinal).Select(Language));
        service.Funding = Funding(s) is { } funding ? [funding] : null;
        service.CostOptions = NullIfEmpty(s.CostOptions.OrderBy(c => c.Option, StringComparer.Ordinal).Select(CostOption));
        service.RequiredDocuments = NullIfEmpty(s.RequiredDocuments.OrderBy(d => d.Document, StringComparer.Ordinal).Select(RequiredDocument));
        service.Contacts = NullIfEmpty(s.Contacts.OrderBy(c => c.Name, StringComparer.Ordinal).Select(Contact));
        service.Attributes = NullIfEmpty(Attributes(s, lookups.Terms));
        service.Metadata = NullIfEmpty(lookups.ChangesByService[s.Id].OrderBy(c => c.AtUtc).Select(Metadata));
        return service;
    }

    public static HsdsServiceAtLocation ServiceAtLocation(ServiceAtLocation x, HsdsLocation? location) => new()
    {
        Id = Id(x.Id),
        ServiceId = Id(x.ServiceId),
        LocationId = Id(x.LocationId),
        Description = Text(x.Description),
        Location = location,
    };

    public static HsdsFunding? Funding(Service s) => Text(s.FundingSource) is { } source
        ? new HsdsFunding { Id = Id(HsdsIds.Funding(s.Id)), ServiceId = Id(s.Id), Source = source }
        : null;

    // ------------------------------------------------------------------ locations

    /// <summary>A location with its address, accessibility and phones (pass no phones for the one-to-one fields only).</summary>
    public static HsdsLocation Location(Location l, IEnumerable<Phone>? phones, bool nested = true)
    {
        var location = new HsdsLocation
        {
            Id = Id(l.Id),
            LocationType = l.LocationType is "physical" or "postal" or "virtual" ? l.LocationType : "physical",
            Url = Uri(l.Url),
            OrganizationId = l.Organisation is { IsPublic: true } o ? Id(o.HsdsId) : null,
            Name = Text(l.Name),
            Description = Text(l.Description),
            Transportation = Text(l.Transportation),
            Latitude = l.Latitude,
            Longitude = l.Longitude,
        };
        if (!nested) return location;
        location.Addresses = Address(l) is { } address ? [address] : null;
        location.Accessibility = Accessibility(l) is { } accessibility ? [accessibility] : null;
        location.Phones = NullIfEmpty((phones ?? []).OrderBy(p => p.Number, StringComparer.Ordinal).Select(Phone));
        return location;
    }

    /// <summary>
    /// The location's street address, when it has any address line, city or postal code. The schema
    /// requires address_1, city, state_province, postal_code and country: a value we do not have is
    /// the empty string (the schema's type string accepts it). The country falls back to the country
    /// of the location's administrative area.
    /// </summary>
    public static HsdsAddress? Address(Location l)
    {
        if (Text(l.Address1) is null && Text(l.City) is null && Text(l.PostalCode) is null) return null;
        return new HsdsAddress
        {
            Id = Id(HsdsIds.Address(l.Id)),
            LocationId = Id(l.Id),
            Address1 = l.Address1 ?? "",
            City = l.City ?? "",
            Region = Text(l.Region),
            StateProvince = l.StateProvince ?? "",
            PostalCode = l.PostalCode ?? "",
            Country = l.CountryCode ?? l.AdministrativeArea?.CountryCode ?? "",
            AddressType = "physical",
        };
    }

    public static HsdsAccessibility? Accessibility(Location l) =>
        Text(l.AccessibilityDescription) is null && Text(l.AccessibilityDetails) is null
            ? null
            : new HsdsAccessibility
            {
                Id = Id(HsdsIds.Accessibility(l.Id)),
                LocationId = Id(l.Id),
                Description = Text(l.AccessibilityDescription),
                Details = Text(l.AccessibilityDetails),
            };

    // ------------------------------------------------------------------ a service's collections

    public static HsdsPhone Phone(Phone p)
    {
        // HSDS types the extension as a number; one that is not (e.g. "ext. 12 or 13") goes into the description.
        var extension = Text(p.Extension);
        var numeric = long.TryParse(extension, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        var description = Text(p.Description);
        if (extension is not null && numeric is null)
            description = description is null ? $"Extension: {extension}" : $"{description} (extension: {extension})";
        return new HsdsPhone
        {
            Id = Id(p.Id),
            ServiceId = p.ServiceId is { } s ? Id(s) : null,
            LocationId = p.LocationId is { } l ? Id(l) : null,
            Number = p.Number,
            Extension = numeric,
            Type = Text(p.Type),
            Description = description,
        };
    }

    public static HsdsContact Contact(Contact c) => new()
    {
        Id = Id(c.Id),
        ServiceId = Id(c.ServiceId),
        Name = Text(c.Name),
        Title = Text(c.Title),
        Department = Text(c.Department),
        Email = Email(c.Email),
        Phones = Text(c.Phone) is { } number
            ? [new HsdsPhone { Id = Id(HsdsIds.ContactPhone(c.Id)), ContactId = Id(c.Id), Number = number }]
            : null,
    };

    /// <summary>Our schedules are weekly opening hours: freq WEEKLY, byday as stored, times as HH:mm:ss (local time of the location).</summary>
    public static HsdsSchedule Schedule(Schedule x) => new()
    {
        Id = Id(x.Id),
        ServiceId = Id(x.ServiceId),
        Freq = "WEEKLY",
        Byday = Text(x.ByDay),
        Description = Text(x.Description),
        OpensAt = x.OpensAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        ClosesAt = x.ClosesAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
    };

    public static HsdsLanguage Language(ServiceLanguage l) => new()
    {
        Id = Id(l.Id),
        ServiceId = Id(l.ServiceId),
        Name = Text(l.Name),
        Code = Text(l.Code),
        Note = Text(l.Note),
    };

    public static HsdsCostOption CostOption(CostOption c) => new()
    {
        Id = Id(c.Id),
        ServiceId = Id(c.ServiceId),
        Option = Text(c.Option),
        Currency = Text(c.Currency),
        Amount = c.Amount,
        AmountDescription = Text(c.AmountDescription),
    };

    public static HsdsRequiredDocument RequiredDocument(RequiredDocument d) => new()
    {
        Id = Id(d.Id),
        ServiceId = Id(d.ServiceId),
        Document = Text(d.Document),
        Uri = Uri(d.Uri),
    };

    public static HsdsServiceArea ServiceArea(ServiceArea a) => new()
    {
        Id = Id(a.Id),
        ServiceId = Id(a.ServiceId),
        Name = Text(a.AdministrativeArea?.Name),
        Description = Text(a.Description),
    };

    /// <summary>
    /// One change of the field-level history. HSDS requires previous_value and replacement_value:
    /// the empty string stands for "no value" (a created or cleared field). The date is the day of
    /// the change (the datapackage types last_action_date as a date).
    /// </summary>
    public static HsdsMetadata Metadata(ServiceChange c) => new()
    {
        Id = Id(c.Id),
        ResourceId = Id(c.ResourceId),
        ResourceType = c.ResourceType,
        LastActionDate = c.AtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LastActionType = c.ActionType,
        FieldName = c.FieldName,
        PreviousValue = c.PreviousValue ?? "",
        ReplacementValue = c.ReplacementValue ?? "",
        UpdatedBy = c.UpdatedBy,
    };

    // ------------------------------------------------------------------ taxonomies and attributes

    public static HsdsTaxonomyTerm Term(TaxonomyTerm t, IReadOnlyDictionary<int, TaxonomyTerm> terms) => Term(t,
        t.ParentId is { } parentId && terms.TryGetValue(parentId, out var parent) ? parent.HsdsId : null);

    public static HsdsTaxonomyTerm Term(TaxonomyTerm t, Guid? parentHsdsId)
    {
        var taxonomy = HsdsTaxonomies.For(t.Taxonomy);
        return new HsdsTaxonomyTerm
        {
            Id = Id(t.HsdsId),
            Code = t.Code,
            Name = t.Name,
            Description = t.Description ?? "",
            ParentId = parentHsdsId is { } p ? Id(p) : null,
            Taxonomy = taxonomy.Name,
            TaxonomyId = taxonomy.Id,
            TaxonomyDetail = taxonomy,
            Language = TermLanguage,
        };
    }

    public static HsdsAttribute TermAttribute(Guid linkId, string linkEntity, string linkType, TaxonomyTerm term,
        IReadOnlyDictionary<int, TaxonomyTerm> terms) => new()
    {
        Id = Id(HsdsIds.Attribute(linkId, linkType, term.HsdsId)),
        LinkId = Id(linkId),
        LinkEntity = linkEntity,
        LinkType = linkType,
        TaxonomyTermId = Id(term.HsdsId),
        TaxonomyTerm = Term(term, terms),
    };

    /// <summary>
    /// A service's attributes: its category (link_type "category"), each target group
    /// (link_type "target_group"), and each returnee extension field that has a value, linked to the
    /// field's term in the extension taxonomy with the value in <c>value</c>.
    /// </summary>
    public static List<HsdsAttribute> Attributes(Service s, IReadOnlyDictionary<int, TaxonomyTerm> terms)
    {
        var list = new List<HsdsAttribute>();
        if (terms.TryGetValue(s.CategoryId, out var category))
            list.Add(TermAttribute(s.Id, "service", "category", category, terms));
        foreach (var group in s.TargetGroups.Select(g => terms.GetValueOrDefault(g.TermId)).OfType<TaxonomyTerm>().OrderBy(t => t.Code, StringComparer.Ordinal))
            list.Add(TermAttribute(s.Id, "service", "target_group", group, terms));
        list.AddRange(ExtensionAttributes(s));
        return list;
    }

    public static IEnumerable<HsdsAttribute> ExtensionAttributes(Service s)
    {
        foreach (var field in HsdsTaxonomies.ExtensionFields)
        {
            if (ExtensionValue(s, field.Code) is not { } value) continue;
            yield return new HsdsAttribute
            {
                Id = Id(HsdsIds.Attribute(s.Id, field.Code, field.TermId)),
                LinkId = Id(s.Id),
                LinkEntity = "service",
                LinkType = field.Code,
                TaxonomyTermId = Id(field.TermId),
                Value = value,
                TaxonomyTerm = HsdsTaxonomies.ExtensionTerm(field),
            };
        }
    }

    /// <summary>The value of one returnee extension field as attribute text; null when it has none.</summary>
    public static string? ExtensionValue(Service s, string code) => code switch
    {
        "is_mainstream" => Bool(s.IsMainstream),
        "returnee_categories" => Text(s.ReturneeCategories),
        "dimension" => Enum.IsDefined(s.Dimension) ? s.Dimension.ToString().ToLowerInvariant() : null,
        "level" => Enum.IsDefined(s.Level) ? s.Level.ToString().ToLowerInvariant() : null,
        "referral_method" => s.ReferralMethod switch
        {
            ReferralMethod.WalkIn => "walk_in",
            ReferralMethod.Phone => "phone",
            ReferralMethod.Email => "email",
            ReferralMethod.OnlineForm => "online_form",
            ReferralMethod.ReferralOnly => "referral_only",
            _ => null,
        },
        "referral_required" => Bool(s.ReferralRequired),
        "next_steps" => Text(s.NextSteps),
        "intake_criteria" => Text(s.IntakeCriteria),
        "access_barriers" => s.AccessBarriers == AccessBarriers.None
            ? null
            : string.Join(",", Enum.GetValues<AccessBarriers>().Where(b => b != AccessBarriers.None && s.AccessBarriers.HasFlag(b))
                .Select(b => b.ToString().ToLowerInvariant())),
        "access_barrier_notes" => Text(s.AccessBarrierNotes),
        "quality_notes" => Text(s.QualityNotes),
        "funding_end_date" => s.FundingEndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "complaints_mechanism" => Text(s.ComplaintsMechanism),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an extension field."),
    };

    // ------------------------------------------------------------------ values

    public static string Id(Guid id) => HsdsIds.Text(id);

    /// <summary>HSDS date-times: UTC with millisecond accuracy (our timestamps are stored in UTC).</summary>
    public static string DateTimeText(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>An absolute http(s) URL, else null (the schemas' <c>uri</c> format).</summary>
    public static string? Uri(string? value) =>
        System.Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? value!.Trim() : null;

    /// <summary>A plain address such as name@example.org, else null (the schemas' <c>email</c> format).</summary>
    public static string? Email(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed) return null;
        return address.Host.Contains('.') ? trimmed : null;
    }

    public static List<T>? NullIfEmpty<T>(IEnumerable<T> items)
    {
        var list = items as List<T> ?? items.ToList();
        return list.Count == 0 ? null : list;
    }
}
