using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Authentication)]
public class SignInModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, AuditLog audit) : PageModel
{
    [BindProperty] public SignInForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class SignInForm
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var user = await users.FindByEmailAsync(Form.Email.Trim());
        if (user is { IsDeactivated: true })
        {
            await audit.RecordNowAsync("security.sign-in-refused", "account deactivated", user.Id, user.UserName);
            ModelState.AddModelError("", "This account has been deactivated. Contact your organisation manager.");
            return Page();
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Form.Password, Form.RememberMe, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            await audit.RecordNowAsync("security.sign-in", userId: user!.Id, userName: user.UserName);
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.IsLockedOut)
        {
            await audit.RecordNowAsync("security.locked-out", userId: user!.Id, userName: user.UserName);
            ModelState.AddModelError("", "Too many failed attempts: this account is locked for 15 minutes. " +
                "You can reset your password by email in the meantime.");
            return Page();
        }
        await audit.RecordNowAsync("security.sign-in-failed", detail: Form.Email.Trim(), userId: user?.Id, userName: user?.UserName);
        // Same message whether or not the address exists, so the form does not reveal who has an account.
        ModelState.AddModelError("", "The email address or password is not right.");
        return Page();
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
