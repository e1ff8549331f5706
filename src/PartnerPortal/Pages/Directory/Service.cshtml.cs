using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerPortal.Data;
using PartnerPortal.Pages.Services;

namespace PartnerPortal.Pages.Directory;

/// <summary>A service as the public sees it, laid out to print for a returnee or a caseworker.</summary>
[AllowAnonymous]
public class ServiceModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public Domain.Service Service { get; private set; } = null!;
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        // Hidden services are "not found" to the public, exactly like unknown ids.
        if (await ServiceSheet.LoadAsync(db.Services.PubliclyVisible(), id) is not { } service) return NotFound();
        Service = service;
        return Page();
    }
}
