using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Agreements;

/// <summary>The agreements the user may read (parties, coordinators of the country, administrators), newest first.</summary>
[Authorize]
public class IndexModel(PortalDbContext db, CurrentUser current, AgreementStore store) : PageModel
{
    public const int PageSize = 25;
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public AgreementStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "country")] public string? Country { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    /// <summary>An agreement as listed: its newest version, and the version in force when that is an open amendment.</summary>
    public sealed record Row(int Id, string Reference, string CountryCode, int NewestNumber, string Title, AgreementStatus Status,
        IReadOnlyList<string> Parties, int? ActiveNumber);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public List<Country> Countries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.Vary = "HX-Request";
        var scope = (await current.GetScopeAsync())!;
        var readable = store.Readable(scope).AsNoTracking();
        var q = readable;
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var text = Query.Trim().ToLower();
            q = q.Where(a => a.ReferenceNumber.ToLower().Contains(text)
                || a.Versions.Any(v => v.Title.ToLower().Contains(text) || v.Parties.Any(p => p.Organisation!.Name.ToLower().Contains(text))));
        }
        if (!string.IsNullOrWhiteSpace(Country)) q = q.Where(a => a.CountryCode == Country);
        if (Status is { } status)
        {
            // The newest version's status; "Active" also finds agreements in force while an amendment is negotiated.
            q = q.Where(a => a.Versions.Any(v => v.Status == status
                && (v.Number == a.Versions.Max(x => x.Number) || status == AgreementStatus.Active)));
        }

        Total = await q.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var agreements = await q.OrderByDescending(a => a.CreatedAtUtc).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Id, a.ReferenceNumber, a.CountryCode }).ToListAsync();
        var ids = agreements.Select(a => a.Id).ToList();
        var versions = await db.AgreementVersions.AsNoTracking().Where(v => ids.Contains(v.AgreementId))
            .Select(v => new
            {
                v.AgreementId, v.Number, v.Title, v.Status,
                Parties = v.Parties.OrderBy(p => p.Position).Select(p => p.Organisation!.Name).ToList(),
            }).ToListAsync();
        Rows = agreements.Select(a =>
        {
            var mine = versions.Where(v => v.AgreementId == a.Id).ToList();
            var newest = mine.MaxBy(v => v.Number)!;
            var active = mine.FirstOrDefault(v => v.Status == AgreementStatus.Active && v.Number != newest.Number);
            return new Row(a.Id, a.ReferenceNumber, a.CountryCode, newest.Number, newest.Title, newest.Status, newest.Parties, active?.Number);
        }).ToList();
        if (Request.WantsFragment()) return Partial("_AgreementResults", this);

        var countries = await readable.Select(a => a.CountryCode).Distinct().ToListAsync();
        Countries = await db.Countries.AsNoTracking().Where(c => countries.Contains(c.Code)).OrderBy(c => c.Name).ToListAsync();
        return Page();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query, ["status"] = Status?.ToString(), ["country"] = Country, ["page"] = page.ToString(),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
