using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Pages.Agreements;
using PartnerPortal.Pages.Programmes;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>What the initiative form offers; agreements only those the user may read (and any already linked, by reference).</summary>
public sealed class InitiativeFormChoices
{
    public List<SelectListItem> Types { get; init; } = [];
    public List<SelectListItem> Themes { get; init; } = [];
    public List<SelectListItem> Sectors { get; init; } = [];
    public List<SelectListItem> Groups { get; init; } = [];
    public List<SelectListItem> Countries { get; init; } = [];
    public List<OptionGroup> Areas { get; init; } = [];
    public List<OptionGroup> Organisations { get; init; } = [];
    public List<SelectListItem> Programmes { get; init; } = [];
    public List<SelectListItem> Agreements { get; init; } = [];
    public List<OptionGroup> SdgTargets { get; init; } = [];
    public List<SelectListItem> GcmObjectives { get; init; } = [];

    public static async Task<InitiativeFormChoices> LoadAsync(PortalDbContext db, AgreementStore agreements, UserScope user, InitiativeForm form)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Taxonomy == Taxonomy.InitiativeType || t.Taxonomy == Taxonomy.ThematicArea || t.Taxonomy == Taxonomy.Sector || t.Taxonomy == Taxonomy.TargetGroup)
            .OrderBy(t => t.Name).ToListAsync();
        var chosen = form.ThemeIds.Concat(form.OtherGroups.Select(g => g.TermId ?? 0)).Append(form.TypeId ?? 0).Append(form.SectorId ?? 0).ToHashSet();
        List<SelectListItem> Terms(Taxonomy taxonomy) => terms.Where(t => t.Taxonomy == taxonomy && (!t.IsRetired || chosen.Contains(t.Id)))
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(), chosen.Contains(t.Id))).ToList();

        var orgs = await db.Organisations.AsNoTracking().OrderBy(o => o.Country!.Name).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, Country = o.Country!.Name }).ToListAsync();
        var countries = await db.Countries.AsNoTracking().Where(c => db.AdministrativeAreas.Any(a => a.CountryCode == c.Code) || c.Code == form.CountryCode)
            .OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Code, c.Code == form.CountryCode)).ToListAsync();
        var readable = await agreements.Readable(user).AsNoTracking().Select(a => a.Id).ToListAsync();
        var agreementRows = await db.SynergyAgreements.AsNoTracking().Where(a => readable.Contains(a.Id) || form.AgreementIds.Contains(a.Id))
            .OrderBy(a => a.ReferenceNumber)
            .Select(a => new { a.Id, a.ReferenceNumber, Title = a.Versions.OrderByDescending(v => v.Number).Select(v => v.Title).FirstOrDefault() }).ToListAsync();
        var targets = await db.SdgTargets.AsNoTracking().Include(t => t.Goal).OrderBy(t => t.GoalNumber).ThenBy(t => t.SortOrder).ToListAsync();
        return new InitiativeFormChoices
        {
            Types = Terms(Taxonomy.InitiativeType), Themes = Terms(Taxonomy.ThematicArea), Sectors = Terms(Taxonomy.Sector), Groups = Terms(Taxonomy.TargetGroup),
            Countries = countries,
            Areas = form.CountryCode is { } country ? await ProgrammeFormChoices.AreaGroupsAsync(db, [country], form.AdministrativeAreaId is { } a ? [a] : []) : [],
            Organisations = orgs.GroupBy(o => o.Country).Select(g => new OptionGroup(g.Key, g.Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList())).ToList(),
            Programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name)
                .Select(p => new SelectListItem(p.Name, p.Id.ToString(), form.ProgrammeIds.Contains(p.Id))).ToListAsync(),
            // An agreement the user may not read keeps its link, shown by reference only.
            Agreements = agreementRows.Select(a => new SelectListItem(readable.Contains(a.Id) ? $"{a.ReferenceNumber} – {a.Title}" : a.ReferenceNumber,
                a.Id.ToString(), form.AgreementIds.Contains(a.Id))).ToList(),
            SdgTargets = targets.GroupBy(t => t.GoalNumber).Select(g => new OptionGroup($"Goal {g.Key}: {g.First().Goal!.ShortEn}",
                g.Select(t => new SelectListItem($"{t.Code} {Shorten(t.TitleEn, 90)}", t.Code, form.SdgTargetCodes.Contains(t.Code))).ToList())).ToList(),
            GcmObjectives = await db.GcmObjectives.AsNoTracking().OrderBy(o => o.Number)
                .Select(o => new SelectListItem($"{o.Number}. {o.Title}", o.Number.ToString(), form.GcmObjectiveNumbers.Contains(o.Number))).ToListAsync(),
        };
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
