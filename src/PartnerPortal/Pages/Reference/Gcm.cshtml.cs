using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Reference;

[Authorize]
public class GcmModel(PortalDbContext db) : PageModel
{
    public List<GcmObjective> Objectives { get; private set; } = [];

    public async Task OnGetAsync() =>
        Objectives = await db.GcmObjectives.AsNoTracking().OrderBy(o => o.Number).ToListAsync();
}
