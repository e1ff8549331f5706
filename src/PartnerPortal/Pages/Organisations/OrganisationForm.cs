using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Organisations;

/// <summary>The basic organisation profile as edited on Create and Edit, with its validation and apply step.</summary>
public sealed class OrganisationForm
{
    [Required(ErrorMessage = "Enter the organisation's name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string Name { get; set; } = "";

    [StringLength(30, ErrorMessage = "Use at most 30 characters.")]
    public string? Acronym { get; set; }

    [Required(ErrorMessage = "Choose the type of organisation.")]
    [Display(Name = "Type")]
    public int? TypeId { get; set; }

    [Required(ErrorMessage = "Choose the country the organisation belongs to.")]
    [Display(Name = "Country")]
    public string? CountryCode { get; set; }

    [Display(Name = "Jurisdiction (local authorities)")]
    public int? JurisdictionAreaId { get; set; }

    [Display(Name = "Parent organisation")]
    public int? ParentId { get; set; }

    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")]
    public string? Description { get; set; }

    [Url(ErrorMessage = "Enter a full web address starting with https://.")]
    [StringLength(300)]
    public string? Website { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address like info@example.org.")]
    [StringLength(256)]
    public string? Email { get; set; }

    [Phone(ErrorMessage = "Enter a phone number with digits, spaces and an optional leading +.")]
    [StringLength(50)]
    public string? Phone { get; set; }

    [Display(Name = "Countries where it works")]
    public List<string> CountriesOfOperation { get; set; } = [];

    [Display(Name = "Areas where it works")]
    public List<int> AreasOfOperation { get; set; } = [];
    public List<DimensionSet> Dimensions { get; set; } = [];
    public List<LevelSet> Levels { get; set; } = [];
    public List<MigrationRoles> MigrationRoles { get; set; } = [];
    public List<int> SectorIds { get; set; } = [];
    public List<IdentifierRow> Identifiers { get; set; } = [];
    public List<FocalPointRow> FocalPoints { get; set; } = [];

    public sealed class IdentifierRow
    {
        [StringLength(100)] public string? Scheme { get; set; }
        [StringLength(100)] public string? Value { get; set; }
    }

    public sealed class FocalPointRow
    {
        [StringLength(200)] public string? Name { get; set; }
        [StringLength(200)] public string? Title { get; set; }
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")] [StringLength(256)] public string? Email { get; set; }
        [Phone(ErrorMessage = "Enter a phone number with digits, spaces and an optional leading +.")] [StringLength(50)] public string? Phone { get; set; }
        [StringLength(200)] public string? Languages { get; set; }
    }

    /// <summary>Blank rows offered for adding identifiers and focal points.</summary>
    public void AddBlankRows()
    {
        Identifiers.Add(new IdentifierRow());
        FocalPoints.Add(new FocalPointRow());
    }

    public static OrganisationForm From(Organisation o) => new()
    {
        Name = o.Name, Acronym = o.Acronym, TypeId = o.TypeId, CountryCode = o.CountryCode,
        JurisdictionAreaId = o.JurisdictionAreaId, ParentId = o.ParentId, Description = o.Description,
        Website = o.Website, Email = o.Email, Phone = o.Phone,
        CountriesOfOperation = o.CountriesOfOperation.Select(c => c.CountryCode).ToList(),
        AreasOfOperation = o.AreasOfOperation.Select(a => a.AdministrativeAreaId).ToList(),
        Dimensions = Flags(o.Dimensions), Levels = Flags(o.Levels), MigrationRoles = Flags(o.MigrationRoles),
        SectorIds = o.Sectors.Select(x => x.TermId).ToList(),
        Identifiers = o.Identifiers.OrderBy(i => i.Id).Select(i => new IdentifierRow { Scheme = i.Scheme, Value = i.Value }).ToList(),
        FocalPoints = o.FocalPoints.OrderBy(f => f.Id).Select(f => new FocalPointRow { Name = f.Name, Title = f.Title, Email = f.Email, Phone = f.Phone, Languages = f.Languages }).ToList(),
    };

    private static List<T> Flags<T>(T value) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt32(f) != 0 && value.HasFlag(f)).ToList();

    private static T Combine<T>(IEnumerable<T> flags) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), flags.Aggregate(0, (all, f) => all | Convert.ToInt32(f)));

    /// <summary>Rules that span fields or need the database. Errors go next to the field concerned.</summary>
    public async Task ValidateAsync(PortalDbContext db, ModelStateDictionary modelState, int? organisationId, string prefix)
    {
        var type = TypeId is null ? null
            : await db.TaxonomyTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == TypeId && t.Taxonomy == Taxonomy.OrganisationType);
        if (TypeId is not null && type is null) modelState.AddModelError($"{prefix}.{nameof(TypeId)}", "Choose a type from the list.");
        if (CountryCode is not null && !await db.Countries.AnyAsync(c => c.Code == CountryCode))
            modelState.AddModelError($"{prefix}.{nameof(CountryCode)}", "Choose a country from the list.");

        var isLocalGovernment = type?.Code == OrganisationTypeCodes.LocalGovernment;
        if (isLocalGovernment && JurisdictionAreaId is null)
            modelState.AddModelError($"{prefix}.{nameof(JurisdictionAreaId)}", "A local authority needs its jurisdiction: choose the area it governs.");
        if (!isLocalGovernment && JurisdictionAreaId is not null)
            modelState.AddModelError($"{prefix}.{nameof(JurisdictionAreaId)}", "Only a local government organisation has a jurisdiction. Leave this empty or change the type.");
        if (JurisdictionAreaId is not null
            && !await db.AdministrativeAreas.AnyAsync(a => a.Id == JurisdictionAreaId && a.CountryCode == CountryCode))
            modelState.AddModelError($"{prefix}.{nameof(JurisdictionAreaId)}", "The jurisdiction must be an area of the organisation's country.");

        if (ParentId is not null)
        {
            if (!await db.Organisations.AnyAsync(o => o.Id == ParentId))
                modelState.AddModelError($"{prefix}.{nameof(ParentId)}", "Choose a parent organisation from the list.");
            else if (organisationId is not null && await CreatesCycleAsync(db, organisationId.Value, ParentId.Value))
                modelState.AddModelError($"{prefix}.{nameof(ParentId)}", "An organisation cannot be its own parent, directly or through others.");
        }

        for (var i = 0; i < Identifiers.Count; i++)
            if (string.IsNullOrWhiteSpace(Identifiers[i].Scheme) != string.IsNullOrWhiteSpace(Identifiers[i].Value))
                modelState.AddModelError($"{prefix}.{nameof(Identifiers)}[{i}].Value", "Give both the scheme and the identifier, or neither.");
        for (var i = 0; i < FocalPoints.Count; i++)
            if (string.IsNullOrWhiteSpace(FocalPoints[i].Name) && (FocalPoints[i].Email ?? FocalPoints[i].Phone ?? FocalPoints[i].Title) is not null)
                modelState.AddModelError($"{prefix}.{nameof(FocalPoints)}[{i}].Name", "Give the focal point's name.");
        var sectors = SectorIds.Distinct().ToList();
        if (sectors.Count > 0 && await db.TaxonomyTerms.CountAsync(t => sectors.Contains(t.Id) && t.Taxonomy == Taxonomy.Sector) != sectors.Count)
            modelState.AddModelError($"{prefix}.{nameof(SectorIds)}", "Choose sectors from the list.");
        var countries = CountriesOfOperation.Append(CountryCode ?? "").ToList();
        var areas = AreasOfOperation.Distinct().ToList();
        if (areas.Count > 0 && await db.AdministrativeAreas.CountAsync(a => areas.Contains(a.Id) && countries.Contains(a.CountryCode)) != areas.Count)
            modelState.AddModelError($"{prefix}.{nameof(AreasOfOperation)}", "Choose areas of the countries where the organisation works.");

        var unknown = CountriesOfOperation.Except(await db.Countries.Where(c => CountriesOfOperation.Contains(c.Code)).Select(c => c.Code).ToListAsync());
        if (unknown.Any()) modelState.AddModelError($"{prefix}.{nameof(CountriesOfOperation)}", "Choose countries from the list.");
    }

    private static async Task<bool> CreatesCycleAsync(PortalDbContext db, int organisationId, int parentId)
    {
        var seen = new HashSet<int>();
        int? cursor = parentId;
        while (cursor is { } id && seen.Add(id))
        {
            if (id == organisationId) return true;
            cursor = await db.Organisations.Where(o => o.Id == id).Select(o => o.ParentId).SingleOrDefaultAsync();
        }
        return false;
    }

    public void ApplyTo(Organisation o, DateTime nowUtc)
    {
        o.Name = Name.Trim();
        o.Acronym = Blank(Acronym);
        o.TypeId = TypeId!.Value;
        o.CountryCode = CountryCode!;
        o.JurisdictionAreaId = JurisdictionAreaId;
        o.ParentId = ParentId;
        o.Description = Blank(Description);
        o.Website = Blank(Website);
        o.Email = Blank(Email);
        o.Phone = Blank(Phone);
        var wanted = CountriesOfOperation.Append(CountryCode!).Distinct().ToHashSet();
        o.CountriesOfOperation.RemoveAll(c => !wanted.Contains(c.CountryCode));
        foreach (var code in wanted.Where(code => o.CountriesOfOperation.All(c => c.CountryCode != code)))
            o.CountriesOfOperation.Add(new OrganisationCountry { CountryCode = code });
        var wantedAreas = AreasOfOperation.ToHashSet();
        o.AreasOfOperation.RemoveAll(a => !wantedAreas.Contains(a.AdministrativeAreaId));
        foreach (var id in wantedAreas.Where(id => o.AreasOfOperation.All(a => a.AdministrativeAreaId != id)))
            o.AreasOfOperation.Add(new OrganisationArea { AdministrativeAreaId = id });
        var wantedSectors = SectorIds.ToHashSet();
        o.Sectors.RemoveAll(x => !wantedSectors.Contains(x.TermId));
        foreach (var id in wantedSectors.Where(id => o.Sectors.All(x => x.TermId != id)))
            o.Sectors.Add(new OrganisationSector { TermId = id });
        o.Dimensions = Combine(Dimensions);
        o.Levels = Combine(Levels);
        o.MigrationRoles = Combine(MigrationRoles);
        // Identifiers and focal points are small lists edited as a whole: replace them.
        o.Identifiers.Clear();
        o.Identifiers.AddRange(Identifiers.Where(i => !string.IsNullOrWhiteSpace(i.Scheme) && !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => new OrganisationIdentifier { Scheme = i.Scheme!.Trim(), Value = i.Value!.Trim() }));
        o.FocalPoints.Clear();
        o.FocalPoints.AddRange(FocalPoints.Where(f => !string.IsNullOrWhiteSpace(f.Name))
            .Select(f => new FocalPoint { Name = f.Name!.Trim(), Title = Blank(f.Title), Email = Blank(f.Email), Phone = Blank(f.Phone), Languages = Blank(f.Languages) }));
        o.UpdatedAtUtc = nowUtc;
    }

    /// <summary>The audited fields of an organisation as text, for before/after comparison.</summary>
    public static Dictionary<string, string?> Snapshot(Organisation o) => new()
    {
        ["Name"] = o.Name, ["Acronym"] = o.Acronym, ["TypeId"] = o.TypeId.ToString(), ["CountryCode"] = o.CountryCode,
        ["JurisdictionAreaId"] = o.JurisdictionAreaId?.ToString(), ["ParentId"] = o.ParentId?.ToString(),
        ["Description"] = o.Description, ["Website"] = o.Website, ["Email"] = o.Email, ["Phone"] = o.Phone,
        ["CountriesOfOperation"] = string.Join(",", o.CountriesOfOperation.Select(c => c.CountryCode).Order()),
        ["AreasOfOperation"] = string.Join(",", o.AreasOfOperation.Select(a => a.AdministrativeAreaId).Order()),
        ["Sectors"] = string.Join(",", o.Sectors.Select(x => x.TermId).Order()),
        ["Dimensions"] = o.Dimensions.ToString(), ["Levels"] = o.Levels.ToString(), ["MigrationRoles"] = o.MigrationRoles.ToString(),
        ["Identifiers"] = string.Join("; ", o.Identifiers.Select(i => $"{i.Scheme}: {i.Value}")),
        ["FocalPoints"] = string.Join("; ", o.FocalPoints.Select(f => $"{f.Name} <{f.Email}> {f.Phone}")),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The choices offered by the organisation form, limited to what this user may pick.</summary>
public sealed class OrganisationFormChoices
{
    public List<SelectListItem> Types { get; init; } = [];
    public List<SelectListItem> Countries { get; init; } = [];
    public List<SelectListItem> AllCountries { get; init; } = [];
    public List<SelectListItem> Areas { get; init; } = [];
    public List<SelectListItem> Parents { get; init; } = [];
    public List<SelectListItem> Sectors { get; init; } = [];
    /// <summary>Areas of the organisation's countries, grouped by country name.</summary>
    public List<(string Country, List<SelectListItem> Areas)> OperationAreas { get; init; } = [];
    public bool CanChangeCountry { get; init; }

    public static async Task<OrganisationFormChoices> LoadAsync(PortalDbContext db, UserScope scope, OrganisationForm form, int? organisationId)
    {
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Name).ToListAsync();
        var allowedCountries = countries.Where(c => AccessRules.CanActInCountry(scope, c.Code)).ToList();
        var areas = form.CountryCode is null ? [] : await db.AdministrativeAreas.AsNoTracking()
            .Where(a => a.CountryCode == form.CountryCode).OrderBy(a => a.Path).ToListAsync();
        var depth = areas.ToDictionary(a => a.Id, a => a.Path.Count(ch => ch == '/') - 2);
        return new OrganisationFormChoices
        {
            Types = await db.TaxonomyTerms.AsNoTracking()
                .Where(t => t.Taxonomy == Taxonomy.OrganisationType && (!t.IsRetired || t.Id == form.TypeId))
                .OrderBy(t => t.Name).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToListAsync(),
            CanChangeCountry = allowedCountries.Count > 0,
            Countries = (allowedCountries.Count > 0 ? allowedCountries : countries.Where(c => c.Code == form.CountryCode))
                .Select(c => new SelectListItem(c.Name, c.Code)).ToList(),
            AllCountries = countries.Select(c => new SelectListItem(c.Name, c.Code, form.CountriesOfOperation.Contains(c.Code))).ToList(),
            Areas = areas.Select(a => new SelectListItem(new string('\u00a0', depth[a.Id] * 3) + a.Name + $" ({a.Level})", a.Id.ToString())).ToList(),
            Parents = await db.Organisations.AsNoTracking().Where(o => o.Id != organisationId).OrderBy(o => o.Name)
                .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(),
            Sectors = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.Sector && (!t.IsRetired || form.SectorIds.Contains(t.Id)))
                .OrderBy(t => t.Name).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToListAsync(),
            OperationAreas = await OperationAreasAsync(db, form),
        };
    }

    private static async Task<List<(string, List<SelectListItem>)>> OperationAreasAsync(PortalDbContext db, OrganisationForm form)
    {
        var countries = form.CountriesOfOperation.Append(form.CountryCode ?? "").Distinct().ToList();
        var areas = await db.AdministrativeAreas.AsNoTracking().Where(a => countries.Contains(a.CountryCode) && a.Level != AreaLevel.Municipality)
            .OrderBy(a => a.Path).Select(a => new { a.Id, a.Name, a.Level, Country = a.Country!.Name }).ToListAsync();
        return areas.GroupBy(a => a.Country).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Select(a => new SelectListItem((a.Level == AreaLevel.District ? "\u00a0\u00a0\u00a0" : "") + a.Name, a.Id.ToString(),
                form.AreasOfOperation.Contains(a.Id))).ToList()))
            .ToList();
    }
}
