using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Authentication)]
public class ForgotPasswordModel(UserManager<ApplicationUser> users, Outbox outbox, AuditLog audit, PublicLinks links,
    PortalDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { IsDeactivated: false })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
            var url = links.To($"/Account/ResetPassword?userId={Uri.EscapeDataString(user.Id)}&code={code}");
            outbox.Enqueue(user.Email!, "Reset your PartnerPortal password",
                $"""
                Hello {user.FullName},

                Someone (hopefully you) asked to reset your PartnerPortal password. To choose a new one, open:
                {url}

                The link works for 2 hours. If you did not ask for this, ignore this message: your password stays as it is.
                """);
            audit.Record("security.password-reset-requested", userId: user.Id, userName: user.UserName);
            await db.SaveChangesAsync();
        }
        // Same answer whether or not the address has an account.
        Sent = true;
        return Page();
    }
}
