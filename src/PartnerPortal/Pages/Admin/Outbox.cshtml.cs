using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Admin;

/// <summary>Every notification the portal produced; where no SMTP server is configured, this is where they are read.</summary>
[Authorize(Policy = Policies.Administrator)]
public class OutboxModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 50;
    [BindProperty(SupportsGet = true, Name = "to")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public List<OutboxMessage> Messages { get; private set; } = [];
    public OutboxMessage? Selected { get; private set; }
    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? id)
    {
        var q = db.OutboxMessages.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(To)) q = q.Where(m => m.ToAddress.Contains(To.Trim()));
        PageNumber = Math.Max(1, PageNumber);
        var page = await q.OrderByDescending(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        HasMore = page.Count > PageSize;
        Messages = page.Take(PageSize).ToList();
        if (id is not null && (Selected = await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id)) is null)
            return NotFound();
        return Page();
    }
}
