using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>
/// The registry as a 3W/5W table (who does what where, when, for whom): one row per initiative that the
/// registry's filter selects (same query string as /Initiatives), a header row, then an HXL hashtag row so
/// that humanitarian tools (HXL Proxy, HDX) recognise the columns.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimitPolicies.BulkExport)]
public class ExportModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Reference, string Title, string? Lead, string? Sector, string Type, string CountryCode, string Country,
        string? AreaPath, string? Locality, DateOnly? Start, DateOnly? End, ActivityStatus Status, int ReturneesFemale, int ReturneesMale,
        int CommunityFemale, int CommunityMale, int? Households, decimal? Budget, string? Currency)
    {
        public Dictionary<ParticipatingRole, List<string>> Partners { get; } = [];
        public string? Region { get; set; }
        public string? District { get; set; }

        public string PartnersIn(ParticipatingRole role, string? except = null) =>
            string.Join("; ", Partners.GetValueOrDefault(role, []).Where(name => name != except));
    }

    private static string? Number(int? n) => n?.ToString(CultureInfo.InvariantCulture);
    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Column heading, HXL hashtag and value, in file order.</summary>
    public static readonly (string Header, string Hxl, Func<Row, string?> Value)[] Columns =
    [
        ("Reference", "#activity+code", r => r.Reference),
        ("Title", "#activity+name", r => r.Title),
        ("Lead implementer", "#org+impl", r => r.Lead),
        ("Other implementing partners", "#org+impl+partner", r => r.PartnersIn(ParticipatingRole.Implementing, except: r.Lead)),
        ("Funding partners", "#org+funder", r => r.PartnersIn(ParticipatingRole.Funding)),
        ("Accountable organisations", "#org+accountable", r => r.PartnersIn(ParticipatingRole.Accountable)),
        ("Extending organisations", "#org+extending", r => r.PartnersIn(ParticipatingRole.Extending)),
        ("Sector", "#sector", r => r.Sector),
        ("Initiative type", "#activity+type", r => r.Type),
        ("Country code", "#country+code", r => r.CountryCode),
        ("Country", "#country+name", r => r.Country),
        ("Region", "#adm1+name", r => r.Region),
        ("District", "#adm2+name", r => r.District),
        ("Locality", "#loc+name", r => r.Locality),
        ("Start", "#date+start", r => Date(r.Start)),
        ("End", "#date+end", r => Date(r.End)),
        ("Status", "#status", r => r.Status.ToString()),
        ("Returnees reached", "#reached+returnees", r => Number(r.ReturneesFemale + r.ReturneesMale)),
        ("Community members reached", "#reached+community", r => Number(r.CommunityFemale + r.CommunityMale)),
        ("Women and girls reached", "#reached+f", r => Number(r.ReturneesFemale + r.CommunityFemale)),
        ("Men and boys reached", "#reached+m", r => Number(r.ReturneesMale + r.CommunityMale)),
        ("Households reached", "#reached+households", r => Number(r.Households)),
        ("Budget", "#value+budget", r => r.Budget?.ToString("0.##", CultureInfo.InvariantCulture)),
        ("Currency", "#currency", r => r.Currency),
    ];

    /// <summary>
    /// UTF-8 with a byte order mark, or Excel reads "Côte d'Ivoire" as Windows-1252. A cell that starts with =, +, -
    /// or @ would run as a formula when the file is opened in a spreadsheet (CSV injection): CsvHelper writes it with
    /// a leading apostrophe, which spreadsheets read as "this is text", and quotes it.
    /// </summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true, Injection = CsvInjection.Escape,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var rows = await RowsAsync(InitiativeFilter.From(Request.Query), ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return File(Write(rows), "text/csv; charset=utf-8", $"initiatives-3w-{today:yyyy-MM-dd}.csv");
    }

    public static byte[] Write(IEnumerable<Row> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader(Columns.Select(c => c.Header).ToArray());
            csv.WriteRecord(Columns.Select(c => c.Hxl).ToArray());
            foreach (var row in rows) csv.WriteRecord(Columns.Select(c => c.Value(row)).ToArray());
        }
        return buffer.ToArray();
    }

    /// <summary>Three queries whatever the number of rows: the initiatives, their partners, and the areas above them.</summary>
    private async Task<List<Row>> RowsAsync(InitiativeFilter filter, CancellationToken ct)
    {
        var initiatives = await filter.ApplyAsync(db.Initiatives.AsNoTracking(), db, ct);
        var rows = await initiatives.OrderBy(i => i.CountryCode).ThenBy(i => i.Reference)
            .Select(i => new Row(i.Id, i.Reference, i.Title, i.LeadOrganisation != null ? i.LeadOrganisation.Name : null,
                i.Sector != null ? i.Sector.Name : null, i.Type!.Name, i.CountryCode, i.Country!.Name,
                i.AdministrativeArea != null ? i.AdministrativeArea.Path : null, i.Locality, i.StartDate, i.EndDate, i.Status,
                i.ReturneesFemale, i.ReturneesMale, i.CommunityMembersFemale, i.CommunityMembersMale, i.HouseholdsReached, i.Budget, i.Currency))
            .ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);

        var partners = await db.InitiativePartners.AsNoTracking()
            .Where(p => initiatives.Select(i => i.Id).Contains(p.InitiativeId))
            .OrderBy(p => p.Organisation!.Name)
            .Select(p => new { p.InitiativeId, p.Role, p.Organisation!.Name })
            .ToListAsync(ct);
        foreach (var p in partners)
        {
            var names = byId[p.InitiativeId].Partners;
            if (!names.TryGetValue(p.Role, out var list)) names[p.Role] = list = [];
            list.Add(p.Name);
        }

        // The area and its ancestors are the ids on its materialised path ("/12/40/97/").
        var pathIds = rows.SelectMany(r => PathIds(r.AreaPath)).Distinct().ToList();
        var areas = await db.AdministrativeAreas.AsNoTracking().Where(a => pathIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Name, a.Level }).ToDictionaryAsync(a => a.Id, ct);
        foreach (var row in rows)
        {
            var above = PathIds(row.AreaPath).Where(areas.ContainsKey).Select(id => areas[id]).ToList();
            row.Region = above.FirstOrDefault(a => a.Level == AreaLevel.Region)?.Name;
            row.District = above.FirstOrDefault(a => a.Level == AreaLevel.District)?.Name;
        }
        return rows;
    }

    private static IEnumerable<int> PathIds(string? path) =>
        (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.TryParse(s, out var id) ? id : 0).Where(id => id > 0);
}
