using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using static PartnerPortal.Api.Hsds.Import.HsdsImportValues;

namespace PartnerPortal.Api.Hsds.Import;

/// <summary>
/// Validates a file read by <see cref="HsdsImportReader"/> and works out what importing it would do,
/// without writing anything: the HSDS schemas first (a schema-invalid file stops there), then our
/// model's rules and reference data, then the importer's permission on every record.
/// </summary>
/// <remarks>
/// Matching: organisations by <see cref="Organisation.HsdsId"/>, services and locations by their id,
/// taxonomy terms by their HSDS id or by taxonomy and code. Terms are reference data: they are used,
/// never created. A collection the file leaves out (null or absent) keeps what is stored; one it
/// gives replaces it.
/// </remarks>
public sealed partial class HsdsImportPlanner(PortalDbContext db, IConfiguration config)
{
    /// <summary>The API's names and formats, except that no property is required: the schemas say what is.</summary>
    private static readonly JsonSerializerOptions Lenient = new(HsdsApi.Json)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { info => { foreach (var property in info.Properties) property.IsRequired = false; } },
        },
    };

    private ImportPlan _plan = null!;
    private ImportContext _ctx = null!;
    private UserScope _user = null!;
    private readonly Dictionary<Guid, (HsdsOrganization Source, string Label)> _orgSources = [];
    private readonly List<(HsdsService Source, string Label)> _serviceSources = [];
    private readonly Dictionary<Guid, (HsdsLocation Source, Guid? OrganisationHsdsId)> _locationSources = [];
    private readonly Dictionary<Guid, PlannedLocation> _places = [];
    private readonly Dictionary<Guid, PlannedOrganisation> _organisations = [];

    private ImportPreview Preview => _plan.Preview;

    private void Error(string type, string record, string field, string message) => Preview.Errors.Add(new ImportIssue(type, record, field, message));
    private void Warn(string type, string record, string field, string message) => Preview.Warnings.Add(new ImportIssue(type, record, field, message));

    public async Task<ImportPlan> PlanAsync(SourceFile file, UserScope user, CancellationToken ct)
    {
        _plan = new ImportPlan { Preview = new ImportPreview { Format = file.Format } };
        _user = user;
        _orgSources.Clear();
        _serviceSources.Clear();
        _locationSources.Clear();
        _places.Clear();
        _organisations.Clear();
        Preview.Errors.AddRange(file.Errors);
        if (Preview.Errors.Count > 0) return _plan;

        foreach (var record in file.Records)
            foreach (var (path, message) in await HsdsSchemaValidator.ValidateAsync(record.Type, record.Json))
                Error(record.Type, record.Label, path, $"{message} (HSDS schema {record.Type}.json)");
        if (Preview.Errors.Count > 0) return _plan;

        foreach (var record in file.Records) Gather(record);
        if (Preview.Errors.Count > 0) return _plan;

        var childIds = _serviceSources.SelectMany(s => ChildIdsOf(s.Source))
            .Concat(_locationSources.Values.SelectMany(l => l.Source.Phones ?? []).Select(p => p.Id))
            .Select(Uuid).OfType<Guid>().ToHashSet();
        var organisationIds = _orgSources.Keys
            .Concat(_orgSources.Values.Select(o => Uuid(o.Source.ParentOrganizationId)).OfType<Guid>())
            .Concat(_serviceSources.Select(s => Uuid(s.Source.OrganizationId)).OfType<Guid>())
            .Concat(_locationSources.Values.Select(l => Uuid(l.Source.OrganizationId)).OfType<Guid>())
            .ToHashSet();
        var locationIds = _locationSources.Keys
            .Concat(_serviceSources.SelectMany(s => s.Source.ServiceAtLocations ?? []).Select(x => Uuid(x.LocationId)).OfType<Guid>()).ToHashSet();
        var serviceIds = _serviceSources.Select(s => Uuid(s.Source.Id)).OfType<Guid>().ToHashSet();
        _ctx = await ImportContext.LoadAsync(db, organisationIds, locationIds, serviceIds, childIds, ct);

        foreach (var (id, (source, label)) in _orgSources) PlanOrganisation(id, source, label);
        foreach (var (id, (source, orgId)) in _locationSources) PlanLocation(id, source, orgId);
        foreach (var (source, label) in _serviceSources) PlanService(source, label);
        foreach (var place in _plan.Locations) PlanLocationPhones(place, _locationSources[place.Id].Source);
        SettleNewOrganisations();
        CheckPermissions();
        ListRecords();
        return _plan;
    }

    // ------------------------------------------------------------------ reading the records

    private void Gather(SourceRecord record)
    {
        try
        {
            if (record.Type == "organization")
            {
                var org = record.Json.Deserialize<HsdsOrganization>(Lenient)!;
                AddOrganisationSource(org, record.Label);
                foreach (var location in org.Locations ?? []) AddLocationSource(location, Uuid(org.Id));
                return;
            }
            var service = record.Json.Deserialize<HsdsService>(Lenient)!;
            if (Uuid(service.Id) is not { } id) { Error("service", record.Label, "id", "must be a UUID"); return; }
            if (_serviceSources.Any(s => Uuid(s.Source.Id) == id)) { Error("service", record.Label, "id", "appears twice in the file"); return; }
            _serviceSources.Add((service, record.Label));
            if (service.Organization is { } nested) AddOrganisationSource(nested, nested.Id ?? record.Label);
            var orgId = Uuid(service.OrganizationId) ?? Uuid(service.Organization?.Id);
            foreach (var x in service.ServiceAtLocations ?? [])
                if (x.Location is { } location) AddLocationSource(location, orgId);
        }
        catch (JsonException ex)
        {
            Error(record.Type, record.Label, ex.Path?.TrimStart('$', '.') ?? "", "cannot be read: " + ex.Message.Split(" Path:")[0]);
        }
    }

    private void AddOrganisationSource(HsdsOrganization org, string label)
    {
        if (Uuid(org.Id) is not { } id) { Error("organization", label, "id", "must be a UUID"); return; }
        _orgSources.TryAdd(id, (org, label));
    }

    private void AddLocationSource(HsdsLocation location, Guid? organisationHsdsId)
    {
        if (Uuid(location.Id) is not { } id) { Error("location", location.Id ?? "", "id", "must be a UUID"); return; }
        _locationSources.TryAdd(id, (location, Uuid(location.OrganizationId) ?? organisationHsdsId));
    }

    private static IEnumerable<string?> ChildIdsOf(HsdsService s) =>
        (s.Phones ?? []).Select(p => p.Id).Concat((s.Contacts ?? []).Select(c => c.Id)).Concat((s.Schedules ?? []).Select(x => x.Id))
            .Concat((s.Languages ?? []).Select(l => l.Id)).Concat((s.CostOptions ?? []).Select(c => c.Id))
            .Concat((s.RequiredDocuments ?? []).Select(d => d.Id)).Concat((s.ServiceAreas ?? []).Select(a => a.Id))
            .Concat((s.ServiceAtLocations ?? []).Select(x => x.Id));

    private bool KnownOrganisation(Guid id) => _orgSources.ContainsKey(id) || _ctx.Organisations.ContainsKey(id);

    // ------------------------------------------------------------------ organisations

    private void PlanOrganisation(Guid id, HsdsOrganization source, string label)
    {
        _ctx.Organisations.TryGetValue(id, out var existing);
        var incoming = new Organisation
        {
            HsdsId = id,
            Name = Text(source.Name) ?? "",
            Acronym = Text(source.AlternateName),
            Description = Text(source.Description),
            Email = Email(source.Email, out var emailValid),
            Website = Url(source.Website, out var websiteValid),
            Phone = Text(source.Phones?.FirstOrDefault()?.Number),
            CountryCode = existing?.CountryCode ?? "",
            TypeId = existing?.TypeId ?? 0,
            ParentId = existing?.ParentId,
        };
        var planned = new PlannedOrganisation { HsdsId = id, Label = label, Incoming = incoming, Existing = existing, PhonesGiven = source.Phones is not null };
        if (incoming.Name.Length is 0 or > 200) Error("organization", label, "name", "must be 1 to 200 characters");
        if (incoming.Description?.Length > 4000) Error("organization", label, "description", "must be at most 4,000 characters");
        if (!emailValid) Error("organization", label, "email", "must be an email address like info@example.org");
        if (!websiteValid) Error("organization", label, "website", "must be a web address starting with http:// or https://");
        if (incoming.Acronym?.Length > 30)
        {
            Warn("organization", label, "alternate_name", "is longer than the 30 characters of an acronym; it is not stored");
            incoming.Acronym = existing?.Acronym;
        }
        if (incoming.Phone?.Length > 50) Error("organization", label, "phones[0].number", "must be at most 50 characters");

        var type = (source.Attributes ?? []).Select(a => FindTerm(a, Taxonomy.OrganisationType)).OfType<TaxonomyTerm>().FirstOrDefault();
        if (type is not null) incoming.TypeId = type.Id;
        else if (existing is null)
        {
            var code = config["Import:DefaultOrganisationType"] is { Length: > 0 } c ? c : "national-ngo";
            if (_ctx.TermsByCode.TryGetValue((Taxonomy.OrganisationType, code.ToLowerInvariant()), out var fallback))
            {
                incoming.TypeId = fallback.Id;
                Warn("organization", label, "attributes", $"no organisation type from PartnerPortal's taxonomy; \"{fallback.Name}\" is assumed");
            }
            else Error("organization", label, "attributes", "no organisation type from PartnerPortal's taxonomy (Organisation types)");
        }

        if (Uuid(source.ParentOrganizationId) is { } parent)
        {
            if (parent != id && KnownOrganisation(parent)) planned.ParentHsdsId = parent;
            else Warn("organization", label, "parent_organization_id", "is neither in the file nor in the directory; the organisation is imported without its parent");
        }
        planned.Action = existing is null ? ImportAction.Create
            : Differs(existing, incoming, planned) ? ImportAction.Update : ImportAction.Unchanged;
        _plan.Organisations.Add(planned);
        _organisations[id] = planned;
    }

    private bool Differs(Organisation stored, Organisation incoming, PlannedOrganisation planned) =>
        stored.Name != incoming.Name || Text(stored.Acronym) != incoming.Acronym || Text(stored.Description) != incoming.Description
        || Text(stored.Email) != incoming.Email || Text(stored.Website) != incoming.Website || stored.TypeId != incoming.TypeId
        || (planned.PhonesGiven && Text(stored.Phone) != incoming.Phone)
        || (planned.ParentHsdsId is { } parent && (!_ctx.Organisations.TryGetValue(parent, out var p) || p.Id != stored.ParentId));

    /// <summary>A new organisation sits in the country of its first located place, its own or one of its services'.</summary>
    private void SettleNewOrganisations()
    {
        foreach (var place in _plan.Locations.Where(l => l.Existing is null && l.OrganisationHsdsId is null))
            Error("location", HsdsMapper.Id(place.Id), "organization_id", "names no organization that is in the file or in the directory");
        var placesByOrganisation = _plan.Locations.ToLookup(l => l.OrganisationHsdsId);
        var servicesByOrganisation = _plan.Services.ToLookup(s => s.OrganisationHsdsId);
        foreach (var org in _plan.Organisations.Where(o => o.Existing is null))
        {
            var country = placesByOrganisation[org.HsdsId].Select(l => l.Area?.CountryCode)
                .Concat(servicesByOrganisation[org.HsdsId].SelectMany(s => s.ServiceAtLocations ?? []).Select(x => AreaOfLocation(x.LocationId)?.CountryCode))
                .OfType<string>().FirstOrDefault();
            if (country is null)
                Error("organization", org.Label, "locations",
                    "cannot tell which country the organisation is in: none of its places, nor of its services' places, has an address in an administrative area of the directory");
            else
            {
                org.Incoming.CountryCode = country;
                org.Incoming.CountriesOfOperation = [new OrganisationCountry { CountryCode = country }];
            }
        }
    }

    private string? OrganisationCountry(Guid hsdsId) =>
        _organisations.GetValueOrDefault(hsdsId)?.Incoming.CountryCode is { Length: > 0 } planned ? planned
        : _ctx.Organisations.GetValueOrDefault(hsdsId)?.CountryCode;

    // ------------------------------------------------------------------ taxonomy terms

    /// <summary>The stored term an attribute names: by HSDS id, or by code within the taxonomy it names (or <paramref name="taxonomy"/>).</summary>
    private TaxonomyTerm? FindTerm(HsdsAttribute a, Taxonomy taxonomy)
    {
        var id = Uuid(a.TaxonomyTermId) ?? Uuid(a.TaxonomyTerm?.Id);
        if (id is { } termId && _ctx.TermsByHsdsId.TryGetValue(termId, out var byId)) return byId.Taxonomy == taxonomy ? byId : null;
        if (Text(a.TaxonomyTerm?.Code) is not { } code) return null;
        var named = NamedTaxonomy(a.TaxonomyTerm!);
        if (named is not null && named != taxonomy) return null;
        return _ctx.TermsByCode.GetValueOrDefault((taxonomy, code.Trim().ToLowerInvariant()));
    }

    /// <summary>Which of our taxonomies a nested term says it belongs to, by taxonomy id or name; null when it names none of ours.</summary>
    private static Taxonomy? NamedTaxonomy(HsdsTaxonomyTerm term) =>
        Uuid(term.TaxonomyId) is { } tid && HsdsTaxonomies.StoredTaxonomyOf(tid) is { } byId ? byId
        : HsdsTaxonomies.StoredTaxonomies.Cast<Taxonomy?>()
            .FirstOrDefault(t => string.Equals(HsdsTaxonomies.For(t!.Value).Name, term.Taxonomy?.Trim(), StringComparison.OrdinalIgnoreCase));

    // ------------------------------------------------------------------ permissions and the list

    private void CheckPermissions()
    {
        foreach (var org in _plan.Organisations)
        {
            if (org.Action == ImportAction.Create && org.Incoming.CountryCode.Length > 0 && !AccessRules.CanCreateOrganisationIn(_user, org.Incoming.CountryCode))
                Error("organization", org.Label, "id", $"you may add organisations only in the countries you coordinate, not in {org.Incoming.CountryCode}");
            if (org.Action == ImportAction.Update && !AccessRules.CanEditOrganisation(_user, org.Existing!.Id, org.Existing.CountryCode))
                Error("organization", org.Label, "id", $"you may not change this organisation of {org.Existing.CountryCode}");
        }
        foreach (var location in _plan.Locations.Where(l => l.Action != ImportAction.Unchanged))
        {
            var country = location.Area?.CountryCode ?? (location.OrganisationHsdsId is { } o ? OrganisationCountry(o) : null);
            if (country is not null && !AccessRules.CanActInCountry(_user, country) && !(location.Area is { } a && AccessRules.IsInJurisdiction(_user, a.Path)))
                Error("location", HsdsMapper.Id(location.Id), "addresses", $"you may not add or change places in {country}");
        }
        foreach (var service in _plan.Services)
        {
            if (service.Existing is { } existing && !AccessRules.CanEditService(_user, existing.Facts))
                Error("service", service.Label, "id", "this service is already in the directory and you may not edit it");
            var locations = (service.ServiceAtLocations ?? []).Select(x => AreaOfLocation(x.LocationId)).OfType<AreaMatcher.Area>().ToList();
            var orgCountry = OrganisationCountry(service.OrganisationHsdsId);
            var facts = new ServiceFacts(_ctx.Organisations.GetValueOrDefault(service.OrganisationHsdsId)?.Id ?? -1,
                locations.Select(a => a.CountryCode).Append(orgCountry).OfType<string>().Distinct().ToList(), locations.Select(a => a.Path).ToList());
            if (!AccessRules.CanEditService(_user, facts))
                Error("service", service.Label, "organization_id",
                    $"you may import services of organisations in the countries you coordinate, or delivered there; this one is in {string.Join(", ", facts.CountryCodes)}");
        }
    }

    private AreaMatcher.Area? AreaOfLocation(Guid locationId) =>
        _places.GetValueOrDefault(locationId) is { } planned
            ? planned.Area
            : _ctx.Locations.GetValueOrDefault(locationId)?.AdministrativeAreaId is { } areaId ? _ctx.AreasById.GetValueOrDefault(areaId) : null;

    private void ListRecords()
    {
        foreach (var o in _plan.Organisations)
            Preview.Records.Add(new ImportRecordPlan("organization", HsdsMapper.Id(o.HsdsId), o.Incoming.Name, o.Action,
                o.Action == ImportAction.Create && o.Incoming.CountryCode.Length > 0 ? $"in {o.Incoming.CountryCode}" : null));
        foreach (var l in _plan.Locations)
            Preview.Records.Add(new ImportRecordPlan("location", HsdsMapper.Id(l.Id), l.Incoming.Name, l.Action, l.Area?.Name));
        foreach (var s in _plan.Services)
            Preview.Records.Add(new ImportRecordPlan("service", HsdsMapper.Id(s.Id), s.Incoming.Name, s.Existing is null ? ImportAction.Create : ImportAction.Update));
        var used = _plan.Services.Select(s => s.CategoryId).OfType<int>().Concat(_plan.Services.SelectMany(s => s.TargetGroupIds))
            .Concat(_plan.Organisations.Select(o => o.Incoming.TypeId)).ToHashSet();
        foreach (var term in _ctx.TermsByHsdsId.Values.Where(t => used.Contains(t.Id)).OrderBy(t => t.Taxonomy).ThenBy(t => t.Code))
            Preview.Records.Add(new ImportRecordPlan("taxonomy_term", HsdsMapper.Id(term.HsdsId), term.Name, ImportAction.Use, HsdsTaxonomies.For(term.Taxonomy).Name));
    }
}
