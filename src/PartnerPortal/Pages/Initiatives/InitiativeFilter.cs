using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>
/// The registry's filters (country, area with its sub-areas, status, type, theme, SDG goal, words), read
/// from the query string, so that the list, the public list and the 3W export select the same rows.
/// </summary>
public sealed class InitiativeFilter
{
    public string? Country { get; set; }
    public int? Area { get; set; }
    public ActivityStatus? Status { get; set; }
    public int? Type { get; set; }
    public int? Theme { get; set; }
    public int? Sdg { get; set; }
    public string? Q { get; set; }
    /// <summary>The lead implementer (e.g. "the initiatives my organisation leads").</summary>
    public int? Lead { get; set; }

    public bool IsEmpty => Country is null && Area is null && Status is null && Type is null && Theme is null && Sdg is null
        && string.IsNullOrWhiteSpace(Q) && Lead is null;

    /// <summary>The filter as query-string values (for links, paging and the export address).</summary>
    public Dictionary<string, string?> RouteValues() => new()
    {
        ["country"] = Country, ["area"] = Area?.ToString(), ["status"] = Status?.ToString(), ["type"] = Type?.ToString(),
        ["theme"] = Theme?.ToString(), ["sdg"] = Sdg?.ToString(), ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        ["lead"] = Lead?.ToString(),
    };

    public static InitiativeFilter From(IQueryCollection query) => new()
    {
        Country = query["country"].FirstOrDefault() is { Length: 2 } c ? c.ToUpperInvariant() : null,
        Area = int.TryParse(query["area"], out var area) ? area : null,
        Status = Enum.TryParse<ActivityStatus>(query["status"], true, out var status) && Enum.IsDefined(status) ? status : null,
        Type = int.TryParse(query["type"], out var type) ? type : null,
        Theme = int.TryParse(query["theme"], out var theme) ? theme : null,
        Sdg = int.TryParse(query["sdg"], out var sdg) && sdg is >= 1 and <= 17 ? sdg : null,
        Q = query["q"].FirstOrDefault() is { } q && !string.IsNullOrWhiteSpace(q) ? q.Trim()[..Math.Min(q.Trim().Length, 200)] : null,
        Lead = int.TryParse(query["lead"], out var lead) ? lead : null,
    };

    /// <summary>Narrows <paramref name="initiatives"/>; an area includes every area below it.</summary>
    public async Task<IQueryable<Initiative>> ApplyAsync(IQueryable<Initiative> initiatives, PortalDbContext db, CancellationToken ct = default)
    {
        var q = initiatives;
        if (Country is not null) q = q.Where(i => i.CountryCode == Country);
        if (Area is { } areaId)
        {
            var path = await db.AdministrativeAreas.Where(a => a.Id == areaId).Select(a => a.Path).SingleOrDefaultAsync(ct);
            q = path is null ? q.Where(_ => false) : q.Where(i => i.AdministrativeArea != null && i.AdministrativeArea.Path.StartsWith(path));
        }
        if (Status is { } status) q = q.Where(i => i.Status == status);
        if (Lead is { } leadId) q = q.Where(i => i.LeadOrganisationId == leadId);
        if (Type is { } type) q = q.Where(i => i.TypeId == type);
        if (Theme is { } theme) q = q.Where(i => i.Themes.Any(t => t.TermId == theme));
        if (Sdg is { } goal) q = q.Where(i => i.SdgTargets.Any(t => t.Target!.GoalNumber == goal));
        if (Q is { } words)
        {
            var pattern = $"%{words.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            q = q.Where(i => EF.Functions.Like(i.Title, pattern, "\\") || EF.Functions.Like(i.Reference, pattern, "\\")
                || (i.Locality != null && EF.Functions.Like(i.Locality, pattern, "\\"))
                || (i.LeadOrganisation != null && EF.Functions.Like(i.LeadOrganisation.Name, pattern, "\\")));
        }
        return q;
    }
}
