using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Account;

/// <summary>Sign-out is a POST with antiforgery, so another site cannot sign a user out with a link.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public class SignOutModel(SignInManager<ApplicationUser> signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordNowAsync("security.sign-out");
        await signIn.SignOutAsync();
        TempData["Flash"] = "You are signed out.";
        return RedirectToPage("/Account/SignIn");
    }
}
