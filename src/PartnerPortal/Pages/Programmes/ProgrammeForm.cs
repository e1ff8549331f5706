using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Programmes;

/// <summary>A programme as edited on the Edit page, with the rules that span fields or need the database, and the apply step.</summary>
public sealed partial class ProgrammeForm
{
    [Required(ErrorMessage = "Enter the programme's name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string Name { get; set; } = "";

    [StringLength(30, ErrorMessage = "Use at most 30 characters.")]
    public string? Acronym { get; set; }

    [Required(ErrorMessage = "Choose the kind of programme.")]
    public ProgrammeKind? Kind { get; set; }

    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Choose the organisation that owns the programme.")]
    public int? OwnerOrganisationId { get; set; }

    public List<int> ImplementerIds { get; set; } = [];
    public List<int> DonorIds { get; set; } = [];
    public List<string> CountryCodes { get; set; } = [];
    public List<int> AreaIds { get; set; } = [];

    [Required(ErrorMessage = "Enter the start date.")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "Enter the end date.")]
    public DateOnly? EndDate { get; set; }

    public List<int> TargetGroupIds { get; set; } = [];
    public List<int> SectorIds { get; set; } = [];
    /// <summary>Top-level service categories: the kinds of support the programme offers.</summary>
    public List<int> SupportIds { get; set; } = [];

    [Range(typeof(decimal), "0", "9999999999999999", ErrorMessage = "The budget cannot be negative.")]
    public decimal? Budget { get; set; }

    public string? Currency { get; set; }
    public List<string> SdgTargetCodes { get; set; } = [];

    [Required(ErrorMessage = "Choose the programme's status.")]
    public ProgrammeStatus? Status { get; set; } = ProgrammeStatus.Implementation;

    /// <summary>The concurrency token of the programme as the user opened it.</summary>
    public Guid? Version { get; set; }

    public static ProgrammeForm From(Programme p) => new()
    {
        Name = p.Name, Acronym = p.Acronym, Kind = p.Kind, Description = p.Description, OwnerOrganisationId = p.OwnerOrganisationId,
        ImplementerIds = p.Partners.Where(x => x.Role == ProgrammePartnerRole.Implementer).Select(x => x.OrganisationId).ToList(),
        DonorIds = p.Partners.Where(x => x.Role == ProgrammePartnerRole.Donor).Select(x => x.OrganisationId).ToList(),
        CountryCodes = p.Countries.Select(c => c.CountryCode).ToList(), AreaIds = p.Areas.Select(a => a.AdministrativeAreaId).ToList(),
        StartDate = p.StartDate, EndDate = p.EndDate, Budget = p.Budget, Currency = p.Currency, Status = p.Status, Version = p.Version,
        TargetGroupIds = TermsOf(p, Taxonomy.TargetGroup), SectorIds = TermsOf(p, Taxonomy.Sector), SupportIds = TermsOf(p, Taxonomy.ServiceCategory),
        SdgTargetCodes = p.SdgTargets.Select(t => t.TargetCode).ToList(),
    };

    private static List<int> TermsOf(Programme p, Taxonomy taxonomy) => p.Terms.Where(t => t.Term!.Taxonomy == taxonomy).Select(t => t.TermId).ToList();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    /// <summary>
    /// Rules beyond the attributes; each error goes next to its field. <paramref name="storedOwnerId"/> is the
    /// owner before the edit (null when creating): it may stay, but a new owner must be one the user may choose.
    /// </summary>
    public async Task ValidateAsync(PortalDbContext db, ModelStateDictionary modelState, UserScope user, int? storedOwnerId, string prefix)
    {
        void Error(string field, string message) => modelState.AddModelError($"{prefix}.{field}", message);
        Currency = string.IsNullOrWhiteSpace(Currency) ? null : Currency.Trim().ToUpperInvariant();
        CountryCodes = CountryCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList();

        if (Kind is { } kind && !Enum.IsDefined(kind)) Error(nameof(Kind), "Choose a kind from the list.");
        if (Status is { } status && !Enum.IsDefined(status)) Error(nameof(Status), "Choose a status from the list.");
        if (OwnerOrganisationId is { } ownerId && ownerId != storedOwnerId)
        {
            var owner = await db.Organisations.AsNoTracking().Where(o => o.Id == ownerId).Select(o => new { o.Id, o.CountryCode }).SingleOrDefaultAsync();
            if (owner is null) Error(nameof(OwnerOrganisationId), "Choose the owner from the list.");
            else if (!AccessRules.CanOwnProgrammeAs(user, owner.Id, owner.CountryCode))
                Error(nameof(OwnerOrganisationId), "You can record programmes of your own organisation, or, as a coordinator, of organisations in your countries.");
        }
        var partners = ImplementerIds.Concat(DonorIds).Distinct().ToList();
        if (partners.Count > 0 && await db.Organisations.CountAsync(o => partners.Contains(o.Id)) != partners.Count)
            Error(nameof(ImplementerIds), "Choose implementing partners and donors from the lists.");

        if (CountryCodes.Count == 0) Error(nameof(CountryCodes), "Choose at least one country where the programme works.");
        else if (await db.Countries.CountAsync(c => CountryCodes.Contains(c.Code)) != CountryCodes.Count) Error(nameof(CountryCodes), "Choose countries from the list.");
        var areas = AreaIds.Distinct().ToList();
        if (areas.Count > 0 && await db.AdministrativeAreas.CountAsync(a => areas.Contains(a.Id) && CountryCodes.Contains(a.CountryCode)) != areas.Count)
            Error(nameof(AreaIds), "Each area must lie in one of the countries chosen above.");

        if (StartDate is { } start && EndDate is { } end && end <= start) Error(nameof(EndDate), "The end date must come after the start date.");

        await CheckTermsAsync(db, TargetGroupIds, t => t.Taxonomy == Taxonomy.TargetGroup, () => Error(nameof(TargetGroupIds), "Choose target groups from the list."));
        await CheckTermsAsync(db, SectorIds, t => t.Taxonomy == Taxonomy.Sector, () => Error(nameof(SectorIds), "Choose sectors from the list."));
        await CheckTermsAsync(db, SupportIds, t => t.Taxonomy == Taxonomy.ServiceCategory && t.ParentId == null,
            () => Error(nameof(SupportIds), "Choose the kinds of support from the list."));

        if (Currency is not null && !CurrencyCode().IsMatch(Currency))
            Error(nameof(Currency), "Enter the currency as its three-letter ISO 4217 code, for example EUR, USD or GNF.");
        else if (Budget is not null && Currency is null) Error(nameof(Currency), "Give the currency of the budget.");

        var codes = SdgTargetCodes.Distinct().ToList();
        if (codes.Count > 0 && await db.SdgTargets.CountAsync(t => codes.Contains(t.Code)) != codes.Count)
            Error(nameof(SdgTargetCodes), "Choose SDG targets from the list.");
    }

    private static async Task CheckTermsAsync(PortalDbContext db, List<int> ids, System.Linq.Expressions.Expression<Func<TaxonomyTerm, bool>> allowed, Action error)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count > 0 && await db.TaxonomyTerms.Where(allowed).CountAsync(t => wanted.Contains(t.Id)) != wanted.Count) error();
    }

    public void ApplyTo(Programme p, DateTime nowUtc)
    {
        p.Name = Name.Trim();
        p.Acronym = Blank(Acronym);
        p.Kind = Kind!.Value;
        p.Description = Blank(Description);
        p.OwnerOrganisationId = OwnerOrganisationId!.Value;
        p.StartDate = StartDate!.Value;
        p.EndDate = EndDate!.Value;
        p.Budget = Budget;
        p.Currency = Currency;
        p.Status = Status!.Value;
        var partners = ImplementerIds.Distinct().Select(id => (id, ProgrammePartnerRole.Implementer))
            .Concat(DonorIds.Distinct().Select(id => (id, ProgrammePartnerRole.Donor))).ToHashSet();
        p.Partners.RemoveAll(x => !partners.Contains((x.OrganisationId, x.Role)));
        p.Partners.AddRange(partners.Where(w => !p.Partners.Any(x => x.OrganisationId == w.Item1 && x.Role == w.Item2))
            .Select(w => new ProgrammePartner { OrganisationId = w.Item1, Role = w.Item2 }));
        Sync(p.Countries, CountryCodes, c => c.CountryCode, code => new ProgrammeCountry { CountryCode = code });
        Sync(p.Areas, AreaIds, a => a.AdministrativeAreaId, id => new ProgrammeArea { AdministrativeAreaId = id });
        Sync(p.Terms, TargetGroupIds.Concat(SectorIds).Concat(SupportIds), t => t.TermId, id => new ProgrammeTerm { TermId = id });
        Sync(p.SdgTargets, SdgTargetCodes, t => t.TargetCode, code => new ProgrammeSdgTarget { TargetCode = code });
        p.UpdatedAtUtc = nowUtc;
        p.Version = Guid.NewGuid();
    }

    /// <summary>Makes a child list hold exactly the wanted keys, keeping rows that stay.</summary>
    private static void Sync<TRow, TKey>(List<TRow> rows, IEnumerable<TKey> wanted, Func<TRow, TKey> key, Func<TKey, TRow> create)
    {
        var keys = wanted.ToHashSet();
        rows.RemoveAll(r => !keys.Contains(key(r)));
        rows.AddRange(keys.Where(k => !rows.Any(r => EqualityComparer<TKey>.Default.Equals(key(r), k))).Select(create));
    }

    /// <summary>The audited fields as text, for the before/after comparison.</summary>
    public static Dictionary<string, string?> Snapshot(Programme p) => new()
    {
        ["Name"] = p.Name, ["Acronym"] = p.Acronym, ["Kind"] = p.Kind.ToString(), ["Description"] = p.Description,
        ["OwnerOrganisationId"] = p.OwnerOrganisationId.ToString(), ["Status"] = p.Status.ToString(),
        ["Partners"] = string.Join(",", p.Partners.Select(x => $"{x.Role}:{x.OrganisationId}").Order()),
        ["Countries"] = string.Join(",", p.Countries.Select(c => c.CountryCode).Order()),
        ["Areas"] = string.Join(",", p.Areas.Select(a => a.AdministrativeAreaId).Order()),
        ["StartDate"] = p.StartDate.ToString("yyyy-MM-dd"), ["EndDate"] = p.EndDate.ToString("yyyy-MM-dd"),
        ["Terms"] = string.Join(",", p.Terms.Select(t => t.TermId).Order()),
        ["Budget"] = p.Budget?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Currency"] = p.Currency,
        ["SdgTargets"] = string.Join(",", p.SdgTargets.Select(t => t.TargetCode).Order()),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
