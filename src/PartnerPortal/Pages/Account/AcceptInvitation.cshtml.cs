using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PartnerPortal.Accounts;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Authentication)]
public class AcceptInvitationModel(InvitationService invitations, SignInManager<ApplicationUser> signIn, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your full name as colleagues know it.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    [Display(Name = "Full name")]
    public string FullName { get; set; } = "";

    [BindProperty] public NewPasswordForm Form { get; set; } = new();

    public Invitation? Invitation { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Problem is not null || !ModelState.IsValid) return Page();
        var result = await invitations.AcceptAsync(Token!, FullName, Form.Password);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.Error!);
            return Page();
        }
        await signIn.SignInAsync(result.User!, isPersistent: false);
        TempData["Flash"] = $"Welcome to PartnerPortal, {result.User!.FullName}.";
        return RedirectToPage("/Index");
    }

    private async Task LoadAsync()
    {
        Invitation = await invitations.FindAsync(Token);
        Problem = InvitationService.Problem(Invitation, clock.GetUtcNow().UtcDateTime);
    }
}
