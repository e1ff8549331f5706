using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Admin;

[Authorize(Policy = Policies.Administrator)]
public class AuditModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 100;
    /// <summary>Prefix of the action, e.g. "security" or "organisation.updated".</summary>
    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionPrefix { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "entity")] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true, Name = "entityId")] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true, Name = "before")] public long? Before { get; set; }
    public List<AuditEntry> Entries { get; private set; } = [];
    public bool HasMore { get; private set; }

    public async Task OnGetAsync()
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(ActionPrefix)) q = q.Where(a => a.Action.StartsWith(ActionPrefix.Trim()));
        if (!string.IsNullOrWhiteSpace(UserName)) q = q.Where(a => a.UserName != null && a.UserName.Contains(UserName.Trim()));
        if (!string.IsNullOrWhiteSpace(EntityType)) q = q.Where(a => a.EntityType == EntityType);
        if (!string.IsNullOrWhiteSpace(EntityId)) q = q.Where(a => a.EntityId == EntityId);
        if (Before is not null) q = q.Where(a => a.Id < Before);
        var page = await q.OrderByDescending(a => a.Id).Take(PageSize + 1).ToListAsync();
        HasMore = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();
    }
}
