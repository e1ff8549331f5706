using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Programmes;

/// <summary>A list of options under a heading (a country's organisations or areas, an SDG goal's targets).</summary>
public sealed record OptionGroup(string Label, List<SelectListItem> Options);

/// <summary>What the programme form offers, limited where the user's rights limit it (the owner).</summary>
public sealed class ProgrammeFormChoices
{
    public List<OptionGroup> Owners { get; init; } = [];
    public List<OptionGroup> Organisations { get; init; } = [];
    public List<SelectListItem> Countries { get; init; } = [];
    public List<OptionGroup> Areas { get; init; } = [];
    public List<SelectListItem> TargetGroups { get; init; } = [];
    public List<SelectListItem> Sectors { get; init; } = [];
    public List<SelectListItem> Support { get; init; } = [];
    public List<OptionGroup> SdgTargets { get; init; } = [];

    public static async Task<ProgrammeFormChoices> LoadAsync(PortalDbContext db, UserScope user, ProgrammeForm form, int? storedOwnerId)
    {
        var orgs = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new OrgRow(o.Id, o.Name, o.CountryCode, o.Country!.Name)).ToListAsync();
        // The stored owner may stay; any other owner must be one the user may record programmes for.
        var owners = orgs.Where(o => o.Id == storedOwnerId || AccessRules.CanOwnProgrammeAs(user, o.Id, o.CountryCode));

        // Countries where the network works, and any the programme already names.
        var network = await db.Countries.AsNoTracking()
            .Where(c => db.AdministrativeAreas.Any(a => a.CountryCode == c.Code) || form.CountryCodes.Contains(c.Code))
            .OrderBy(c => c.Name).ToListAsync();
        var areaCountries = form.CountryCodes.Count > 0 ? form.CountryCodes : network.Select(c => c.Code).ToList();

        var terms = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Taxonomy == Taxonomy.TargetGroup || t.Taxonomy == Taxonomy.Sector || (t.Taxonomy == Taxonomy.ServiceCategory && t.ParentId == null))
            .OrderBy(t => t.Name).ToListAsync();
        var chosenTerms = form.TargetGroupIds.Concat(form.SectorIds).Concat(form.SupportIds).ToHashSet();
        List<SelectListItem> Terms(Taxonomy taxonomy) => terms.Where(t => t.Taxonomy == taxonomy && (!t.IsRetired || chosenTerms.Contains(t.Id)))
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(), chosenTerms.Contains(t.Id))).ToList();

        var targets = await db.SdgTargets.AsNoTracking().Include(t => t.Goal).OrderBy(t => t.GoalNumber).ThenBy(t => t.SortOrder).ToListAsync();
        return new ProgrammeFormChoices
        {
            Owners = ByCountry(owners, form.OwnerOrganisationId is { } o ? [o] : []),
            Organisations = ByCountry(orgs, []),
            Countries = network.Select(c => new SelectListItem(c.Name, c.Code, form.CountryCodes.Contains(c.Code))).ToList(),
            Areas = await AreaGroupsAsync(db, areaCountries, form.AreaIds),
            TargetGroups = Terms(Taxonomy.TargetGroup),
            Sectors = Terms(Taxonomy.Sector),
            Support = Terms(Taxonomy.ServiceCategory),
            SdgTargets = targets.GroupBy(t => t.GoalNumber).Select(g => new OptionGroup($"Goal {g.Key}: {g.First().Goal!.ShortEn}",
                g.Select(t => new SelectListItem($"{t.Code} {Shorten(t.TitleEn, 90)}", t.Code, form.SdgTargetCodes.Contains(t.Code))).ToList())).ToList(),
        };
    }

    /// <summary>The areas of the given countries, indented by depth under their country; also the htmx refresh of the area picker.</summary>
    public static async Task<List<OptionGroup>> AreaGroupsAsync(PortalDbContext db, IReadOnlyCollection<string> countries, IReadOnlyCollection<int> selected)
    {
        var areas = await db.AdministrativeAreas.AsNoTracking().Where(a => countries.Contains(a.CountryCode))
            .OrderBy(a => a.Country!.Name).ThenBy(a => a.Path).Select(a => new { a.Id, a.Name, a.Level, a.Path, Country = a.Country!.Name }).ToListAsync();
        return areas.GroupBy(a => a.Country).Select(g => new OptionGroup(g.Key, g.Select(a => new SelectListItem(
            new string('\u00a0', (a.Path.Count(ch => ch == '/') - 2) * 3) + $"{a.Name} ({a.Level.ToString().ToLowerInvariant()})",
            a.Id.ToString(), selected.Contains(a.Id))).ToList())).ToList();
    }

    private sealed record OrgRow(int Id, string Name, string CountryCode, string Country);

    private static List<OptionGroup> ByCountry(IEnumerable<OrgRow> rows, IReadOnlyCollection<int> selected) =>
        rows.GroupBy(o => o.Country).OrderBy(g => g.Key)
            .Select(g => new OptionGroup(g.Key, g.Select(o => new SelectListItem(o.Name, o.Id.ToString(), selected.Contains(o.Id))).ToList())).ToList();

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
