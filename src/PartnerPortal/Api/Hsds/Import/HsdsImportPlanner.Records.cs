using PartnerPortal.Domain;
using static PartnerPortal.Api.Hsds.Import.HsdsImportValues;

namespace PartnerPortal.Api.Hsds.Import;

// Locations and services: HSDS objects into detached entities, with the problems of each field.
public sealed partial class HsdsImportPlanner
{
    private static readonly string[] LocationTypes = ["physical", "postal", "virtual"];

    private void PlanLocation(Guid id, HsdsLocation source, Guid? organisationHsdsId)
    {
        var label = HsdsMapper.Id(id);
        _ctx.Locations.TryGetValue(id, out var existing);
        var incoming = new Location
        {
            Id = id,
            LocationType = source.LocationType?.Trim().ToLowerInvariant() ?? "physical",
            Name = Text(source.Name) ?? existing?.Name ?? "",
            Description = Text(source.Description),
            Transportation = Text(source.Transportation),
            Latitude = source.Latitude,
            Longitude = source.Longitude,
            Url = Url(source.Url, out var urlValid),
            OrganisationId = existing?.OrganisationId ?? 0,
        };
        if (!LocationTypes.Contains(incoming.LocationType)) Error("location", label, "location_type", "must be physical, postal or virtual");
        if (incoming.Name.Length is 0 or > 200) Error("location", label, "name", "a place needs a name of at most 200 characters");
        if (!urlValid) Error("location", label, "url", "must be a web address starting with http:// or https://");

        var planned = new PlannedLocation { Id = id, Incoming = incoming, Existing = existing };
        planned.OrganisationHsdsId = organisationHsdsId is { } org && KnownOrganisation(org) ? org : null;

        // The address: the first physical one, else the first; without one the stored address stays.
        var addresses = source.Addresses ?? [];
        var index = addresses.FindIndex(a => a.AddressType == "physical");
        if (index < 0 && addresses.Count > 0) index = 0;
        if (index >= 0)
        {
            var address = addresses[index];
            incoming.Address1 = Text(address.Address1);
            incoming.City = Text(address.City);
            incoming.Region = Text(address.Region);
            incoming.StateProvince = Text(address.StateProvince);
            incoming.PostalCode = Text(address.PostalCode);
            var country = Text(address.Country)?.Trim().ToUpperInvariant();
            if (country is null || !_ctx.Countries.Contains(country))
                Error("location", label, $"addresses[{index}].country", $"'{address.Country}' is not a country of the directory (ISO 3166 two-letter code)");
            else
            {
                incoming.CountryCode = country;
                planned.Area = _ctx.Areas.Match(country, incoming.City, incoming.Region, incoming.StateProvince);
            }
        }
        else if (existing is not null)
        {
            (incoming.Address1, incoming.City, incoming.Region, incoming.StateProvince, incoming.PostalCode, incoming.CountryCode) =
                (existing.Address1, existing.City, existing.Region, existing.StateProvince, existing.PostalCode, existing.CountryCode);
        }
        // An existing place whose address names no area keeps the area it has.
        if (planned.Area is null && existing?.AdministrativeAreaId is { } storedArea) planned.Area = _ctx.AreasById.GetValueOrDefault(storedArea);
        if (planned.Area is null && incoming.LocationType == "physical" && !Preview.Errors.Any(e => e.Record == label && e.Field.EndsWith("country")))
        {
            if (index < 0)
                Error("location", label, "addresses", "a physical place needs an address whose state_province, region or city names an administrative area of the directory");
            else
                Error("location", label, $"addresses[{index}].state_province",
                    $"no administrative area of {incoming.CountryCode} is named {string.Join(", ", new[] { incoming.StateProvince, incoming.Region, incoming.City }.OfType<string>().Select(n => $"'{n}'"))}");
        }
        incoming.AdministrativeAreaId = planned.Area?.Id;
        incoming.CountryCode ??= planned.Area?.CountryCode;

        if (source.Accessibility is { Count: > 0 } accessibility)
        {
            incoming.AccessibilityDescription = Text(accessibility[0].Description);
            incoming.AccessibilityDetails = Text(accessibility[0].Details);
        }
        else if (source.Accessibility is null && existing is not null)
            (incoming.AccessibilityDescription, incoming.AccessibilityDetails) = (existing.AccessibilityDescription, existing.AccessibilityDetails);

        planned.Action = existing is null ? ImportAction.Create : LocationDiffers(existing, incoming) ? ImportAction.Update : ImportAction.Unchanged;
        _plan.Locations.Add(planned);
        _places[id] = planned;
    }

    /// <summary>
    /// A place's own phones, mapped after the services' so that a phone id the file repeats under a
    /// service and its place stays with the service.
    /// </summary>
    private void PlanLocationPhones(PlannedLocation planned, HsdsLocation source)
    {
        if (source.Phones is null) return;
        var label = HsdsMapper.Id(planned.Id);
        planned.Phones = source.Phones.Select((p, i) => MapPhone(p, planned.Id, null, planned.Id, "location", label, $"phones[{i}]")).ToList();
        if (planned.Action == ImportAction.Unchanged) planned.Action = ImportAction.Update;
    }

    private static bool LocationDiffers(Location a, Location b) =>
        (a.LocationType, a.Name, Text(a.Description), Text(a.Transportation), a.Latitude, a.Longitude, Text(a.Url), a.AdministrativeAreaId)
        != (b.LocationType, b.Name, b.Description, b.Transportation, b.Latitude, b.Longitude, b.Url, b.AdministrativeAreaId)
        || (Text(a.Address1), Text(a.City), Text(a.Region), Text(a.StateProvince), Text(a.PostalCode), a.CountryCode)
        != (b.Address1, b.City, b.Region, b.StateProvince, b.PostalCode, b.CountryCode)
        || (Text(a.AccessibilityDescription), Text(a.AccessibilityDetails)) != (b.AccessibilityDescription, b.AccessibilityDetails);

    private Phone MapPhone(HsdsPhone p, Guid owner, Guid? serviceId, Guid? locationId, string type, string label, string field)
    {
        var number = Text(p.Number) ?? "";
        if (number.Length is 0 or > 50) Error(type, label, $"{field}.number", "a phone number must be 1 to 50 characters");
        return new Phone
        {
            Id = _ctx.ChildIds.For("phone", p.Id, owner),
            ServiceId = serviceId,
            LocationId = serviceId is null ? locationId : null,
            Number = number,
            Extension = p.Extension?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = Text(p.Type),
            Description = Text(p.Description),
        };
    }

    // ------------------------------------------------------------------ services

    private void PlanService(HsdsService source, string label)
    {
        var id = Uuid(source.Id)!.Value;
        const string T = "service";
        _ctx.Services.TryGetValue(id, out var existing);
        var s = new Service
        {
            Id = id,
            Name = Text(source.Name) ?? "",
            AlternateName = Text(source.AlternateName),
            Description = Text(source.Description),
            Url = Url(source.Url, out var urlValid),
            Email = Email(source.Email, out var emailValid),
            InterpretationServices = Text(source.InterpretationServices),
            ApplicationProcess = Text(source.ApplicationProcess),
            FeesDescription = Text(source.FeesDescription),
            EligibilityDescription = Text(source.EligibilityDescription),
            MinimumAge = source.MinimumAge,
            MaximumAge = source.MaximumAge,
            AssuredDate = Date(source.AssuredDate),
            AssurerEmail = Email(source.AssurerEmail, out var assurerValid),
            Alert = Text(source.Alert),
        };
        var planned = new PlannedService { Id = id, Label = label, Incoming = s, Existing = existing };
        if (s.Name.Length is 0 or > 200) Error(T, label, "name", "a service needs a name of at most 200 characters");
        if (s.AlternateName?.Length > 200) Error(T, label, "alternate_name", "must be at most 200 characters");
        if (s.Description?.Length > 4000) Error(T, label, "description", "must be at most 4,000 characters");
        if (!urlValid) Error(T, label, "url", "must be a web address starting with http:// or https://");
        if (!emailValid) Error(T, label, "email", "must be an email address like info@example.org");
        if (!assurerValid) Error(T, label, "assurer_email", "must be an email address like info@example.org");
        if (Status(source.Status) is { } status) s.Status = status;
        else Error(T, label, "status", "must be active, inactive, defunct or temporarily closed");
        foreach (var (field, age) in new[] { ("minimum_age", s.MinimumAge), ("maximum_age", s.MaximumAge) })
            if (age is < 0 or > 120) Error(T, label, field, "must be an age between 0 and 120");
        if (s.MinimumAge > s.MaximumAge) Error(T, label, "maximum_age", "cannot be below the minimum age");
        if (Text(source.AssuredDate) is not null && s.AssuredDate is null) Error(T, label, "assured_date", "must be a date (YYYY-MM-DD)");

        if ((Uuid(source.OrganizationId) ?? Uuid(source.Organization?.Id)) is { } orgId && KnownOrganisation(orgId)) planned.OrganisationHsdsId = orgId;
        else if (source.OrganizationId is null && source.Organization is null && existing is not null) planned.OrganisationHsdsId = existing.OrganisationHsdsId;
        else Error(T, label, "organization_id", source.OrganizationId is null && source.Organization is null
            ? "a service must name its organization (organization_id or organization)"
            : "names an organization that is neither in the file nor in the directory");

        PlanAttributes(planned, source, label);
        if (source.Funding is not null)
        {
            planned.FundingGiven = true;
            s.FundingSource = Text(string.Join("; ", source.Funding.Select(f => Text(f.Source)).OfType<string>()));
            if (s.FundingSource?.Length > 300) Error(T, label, "funding", "the funding sources must be at most 300 characters together");
        }
        PlanCollections(planned, source, label);
        _plan.Services.Add(planned);
    }

    private void PlanAttributes(PlannedService planned, HsdsService source, string label)
    {
        var categories = new List<(TaxonomyTerm Term, string? LinkType)>();
        if (source.Attributes is { } attributes)
        {
            planned.AttributesGiven = true;
            ClearExtensions(planned.Incoming);
            for (var i = 0; i < attributes.Count; i++)
            {
                var a = attributes[i];
                var termId = Uuid(a.TaxonomyTermId) ?? Uuid(a.TaxonomyTerm?.Id);
                var extension = HsdsTaxonomies.ExtensionFields.FirstOrDefault(f => f.TermId == termId
                    || (a.TaxonomyTerm?.Code == f.Code && (a.TaxonomyTerm.Taxonomy == HsdsTaxonomies.ExtensionTaxonomyName
                        || Uuid(a.TaxonomyTerm.TaxonomyId) == HsdsIds.ExtensionTaxonomy)));
                if (extension is not null)
                {
                    if (ApplyExtension(planned.Incoming, extension.Code, a.Value) is { } problem)
                        Error("service", label, $"attributes[{i}].value", $"{extension.Name}: {problem}");
                }
                else if (FindTerm(a, Taxonomy.ServiceCategory) is { } category) categories.Add((category, a.LinkType));
                else if (FindTerm(a, Taxonomy.TargetGroup) is { } group) { if (!planned.TargetGroupIds.Contains(group.Id)) planned.TargetGroupIds.Add(group.Id); }
                else
                    Warn("service", label, $"attributes[{i}]",
                        $"the term {Text(a.TaxonomyTerm?.Name) ?? Text(a.TaxonomyTerm?.Code) ?? a.TaxonomyTermId ?? "?"} is not in PartnerPortal's service categories, target groups or returnee fields; it is not stored");
            }
        }
        if (categories.Count > 0)
            planned.CategoryId = (categories.FirstOrDefault(c => c.LinkType == "category").Term ?? categories[0].Term).Id;
        else if (planned.Existing is null)
            Error("service", label, "attributes",
                "no service category from PartnerPortal's taxonomy: link an attribute to a term of \"Service categories\" by its id or its code");
    }

    private void PlanCollections(PlannedService planned, HsdsService source, string label)
    {
        var id = planned.Id;
        var ids = _ctx.ChildIds;
        const string T = "service";
        planned.Phones = source.Phones?.Select((p, i) => MapPhone(p, id, id, null, T, label, $"phones[{i}]")).ToList();
        planned.Contacts = source.Contacts?.Select((c, i) =>
        {
            var name = Text(c.Name) ?? Text(c.Title) ?? Text(c.Department) ?? Text(c.Email);
            if (name is null) Error(T, label, $"contacts[{i}].name", "a contact needs a name (or a title, department or email)");
            var email = Email(c.Email, out var valid);
            if (!valid) Error(T, label, $"contacts[{i}].email", "must be an email address like info@example.org");
            return new Contact
            {
                Id = ids.For("contact", c.Id, id), ServiceId = id, Name = name ?? "", Title = Text(c.Title), Department = Text(c.Department),
                Email = email, Phone = Text(c.Phones?.FirstOrDefault()?.Number),
            };
        }).ToList();
        planned.Schedules = source.Schedules?.Select((x, i) =>
        {
            var opens = Time(x.OpensAt);
            var closes = Time(x.ClosesAt);
            if (Text(x.OpensAt) is not null && opens is null) Error(T, label, $"schedules[{i}].opens_at", "must be a time (HH:MM:SS)");
            if (Text(x.ClosesAt) is not null && closes is null) Error(T, label, $"schedules[{i}].closes_at", "must be a time (HH:MM:SS)");
            return new Schedule { Id = ids.For("schedule", x.Id, id), ServiceId = id, ByDay = Text(x.Byday) ?? "", OpensAt = opens, ClosesAt = closes, Description = Text(x.Description) };
        }).ToList();
        planned.Languages = source.Languages?.Select((l, i) =>
        {
            var name = Text(l.Name) ?? Text(l.Code);
            if (name is null) Error(T, label, $"languages[{i}].name", "a language needs a name or a code");
            return new ServiceLanguage { Id = ids.For("language", l.Id, id), ServiceId = id, Name = name ?? "", Code = Text(l.Code), Note = Text(l.Note) };
        }).ToList();
        planned.CostOptions = source.CostOptions?.Select(c => new CostOption
        {
            Id = ids.For("cost_option", c.Id, id), ServiceId = id, Option = Text(c.Option), Currency = Text(c.Currency), Amount = c.Amount,
            AmountDescription = Text(c.AmountDescription),
        }).ToList();
        planned.RequiredDocuments = source.RequiredDocuments?.Select((d, i) =>
        {
            if (Text(d.Document) is null) Error(T, label, $"required_documents[{i}].document", "name the document");
            var uri = Url(d.Uri, out var valid);
            if (!valid) Error(T, label, $"required_documents[{i}].uri", "must be a web address starting with http:// or https://");
            return new RequiredDocument { Id = ids.For("required_document", d.Id, id), ServiceId = id, Document = Text(d.Document) ?? "", Uri = uri };
        }).ToList();

        var locations = new List<ServiceAtLocation>();
        foreach (var (x, i) in (source.ServiceAtLocations ?? []).Select((x, i) => (x, i)))
        {
            var locationId = Uuid(x.Location?.Id) ?? Uuid(x.LocationId);
            if (locationId is not { } lid || (!_locationSources.ContainsKey(lid) && !_ctx.Locations.ContainsKey(lid)))
            {
                Error(T, label, $"service_at_locations[{i}].location_id", "names no place that is in the file or in the directory");
                continue;
            }
            if (locations.Any(l => l.LocationId == lid)) continue;
            if (_places.GetValueOrDefault(lid) is { OrganisationHsdsId: null } place && planned.OrganisationHsdsId != Guid.Empty)
                place.OrganisationHsdsId = planned.OrganisationHsdsId;
            locations.Add(new ServiceAtLocation { Id = ids.For("service_at_location", x.Id, id), ServiceId = id, LocationId = lid, Description = Text(x.Description) });
        }
        planned.ServiceAtLocations = source.ServiceAtLocations is null ? null : locations;

        if (source.ServiceAreas is { } areas)
        {
            var countries = locations.Select(x => AreaOfLocation(x.LocationId)?.CountryCode)
                .Append(OrganisationCountry(planned.OrganisationHsdsId)).OfType<string>().Distinct().ToList();
            planned.ServiceAreas = [];
            for (var i = 0; i < areas.Count; i++)
            {
                var area = _ctx.Areas.ByName(countries, areas[i].Name);
                if (area is null)
                {
                    Warn(T, label, $"service_areas[{i}].name", $"no administrative area of {string.Join(", ", countries)} is named '{areas[i].Name}'; this service area is not stored");
                    continue;
                }
                planned.ServiceAreas.Add(new ServiceArea { Id = ids.For("service_area", areas[i].Id, id), ServiceId = id, AdministrativeAreaId = area.Id, Description = Text(areas[i].Description) });
            }
        }
    }
}
