using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Reference;

[Authorize]
public class SdgModel(PortalDbContext db) : PageModel
{
    /// <summary>en, fr or ar.</summary>
    [BindProperty(SupportsGet = true, Name = "lang")] public string Language { get; set; } = "en";
    public List<SdgGoal> Goals { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (Language is not ("en" or "fr" or "ar")) Language = "en";
        Goals = await db.SdgGoals.AsNoTracking().Include(g => g.Targets).OrderBy(g => g.Number).ToListAsync();
        foreach (var g in Goals) g.Targets = g.Targets.OrderBy(t => t.SortOrder).ToList();
    }

    public string Title(SdgGoal g) => Language switch { "fr" => g.TitleFr ?? g.TitleEn, "ar" => g.TitleAr ?? g.TitleEn, _ => g.TitleEn };
    public string Title(SdgTarget t) => Language switch { "fr" => t.TitleFr ?? t.TitleEn, "ar" => t.TitleAr ?? t.TitleEn, _ => t.TitleEn };
}
