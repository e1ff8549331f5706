using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Accounts;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Organisations;

/// <summary>An organisation's managers (and administrators) invite, change and remove members here.</summary>
[Authorize]
public class MembersModel(PortalDbContext db, CurrentUser current, IAuthorizationService authorization,
    InvitationService invitations, UserManager<ApplicationUser> users, AuditLog audit, PublicLinks links, TimeProvider clock) : PageModel
{
    public sealed class InviteForm
    {
        [Required(ErrorMessage = "Enter the email address to invite.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
        [StringLength(256)]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";
        [Display(Name = "Organisation manager (invites and manages members)")]
        public bool AsManager { get; set; }
        [Display(Name = "Signatory (signs agreements for the organisation)")]
        public bool AsSignatory { get; set; }
        [Display(Name = "Coordinator")]
        public bool AsCoordinator { get; set; }
        [Display(Name = "All countries")]
        public bool AllCountries { get; set; }
        public List<string> Countries { get; set; } = [];
    }

    public sealed record PendingInvitation(int Id, string Email, string Roles, DateTime ExpiresAtUtc);

    [BindProperty] public InviteForm Invite { get; set; } = new();
    public Organisation Organisation { get; private set; } = null!;
    public List<OrganisationProfile.Member> Members { get; private set; } = [];
    public List<PendingInvitation> Pending { get; private set; } = [];
    public List<Country> AllCountries { get; private set; } = [];
    public bool CanGrantNetworkRoles { get; private set; }
    public string CurrentUserId { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id) =>
        await AuthorizeAsync(id) ?? await PageAsync();

    public async Task<IActionResult> OnPostInviteAsync(int id)
    {
        if (await AuthorizeAsync(id) is { } refused) return refused;
        var scope = (await current.GetScopeAsync())!;
        if (Invite.AsCoordinator && !AccessRules.CanGrantNetworkRoles(scope))
            ModelState.AddModelError("", "Only an administrator can invite a coordinator.");
        if (Invite.AsCoordinator && !Invite.AllCountries && Invite.Countries.Count == 0)
            ModelState.AddModelError("Invite.Countries", "Choose the countries this coordinator covers, or tick all countries.");
        if (Invite.Countries.Count > 0 && await db.Countries.CountAsync(c => Invite.Countries.Contains(c.Code)) != Invite.Countries.Distinct().Count())
            ModelState.AddModelError("Invite.Countries", "Choose countries from the list.");
        if (ModelState.IsValid && await users.FindByEmailAsync(Invite.Email.Trim()) is not null)
            ModelState.AddModelError("Invite.Email", "This person already has an account. An administrator can move them to this organisation.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (ModelState.IsValid && await db.Invitations.AnyAsync(i => i.Email == Invite.Email.Trim() && i.OrganisationId == id
                && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now))
            ModelState.AddModelError("Invite.Email", "An invitation to this address is already waiting. Withdraw it first to send a new one.");
        if (!ModelState.IsValid) return await PageAsync();

        var me = (await users.GetUserAsync(User))!;
        await invitations.InviteAsync(new InvitationRequest(Invite.Email, id, Invite.AsManager, Invite.AsSignatory, Invite.AsCoordinator,
                Invite.AllCountries ? "*" : string.Join(",", Invite.Countries.Distinct())),
            me.Id, me.FullName, token => links.To($"/Account/AcceptInvitation?token={token}"));
        TempData["Flash"] = $"An invitation was sent to {Invite.Email.Trim()}. The link works for 7 days.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, int invitationId)
    {
        if (await AuthorizeAsync(id) is { } refused) return refused;
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.OrganisationId == id);
        if (invitation is null) return NotFound();
        if (invitation.StateAt(clock.GetUtcNow().UtcDateTime) == InvitationState.Pending)
        {
            invitation.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
            audit.Record("invitation.revoked", nameof(Organisation), id.ToString(), detail: invitation.Email);
            await db.SaveChangesAsync();
        }
        return Request.WantsFragment() ? Content("") : RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRolesAsync(int id, string userId, bool isManager, bool isSignatory)
    {
        if (await AuthorizeAsync(id) is { } refused) return refused;
        var member = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.OrganisationId == id && !u.IsDeactivated);
        if (member is null) return NotFound();
        var scope = (await current.GetScopeAsync())!;
        if (member.Id == scope.UserId && !isManager && !scope.IsAdministrator)
        {
            TempData["Flash"] = "You cannot remove your own manager role. Ask another manager or an administrator.";
            return RedirectToPage(new { id });
        }
        var before = new Dictionary<string, string?> { ["IsOrganisationManager"] = member.IsOrganisationManager.ToString(), ["IsSignatory"] = member.IsSignatory.ToString() };
        member.IsOrganisationManager = isManager;
        member.IsSignatory = isSignatory;
        var after = new Dictionary<string, string?> { ["IsOrganisationManager"] = isManager.ToString(), ["IsSignatory"] = isSignatory.ToString() };
        audit.Record("security.role-changed", nameof(ApplicationUser), member.Id, AuditLog.Diff(before, after));
        await db.SaveChangesAsync();
        TempData["Flash"] = $"The roles of {member.FullName} were saved.";
        return RedirectToPage(new { id });
    }

    /// <summary>Removing a member deactivates the account: every user belongs to exactly one organisation.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int id, string userId)
    {
        if (await AuthorizeAsync(id) is { } refused) return refused;
        var member = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.OrganisationId == id && !u.IsDeactivated);
        if (member is null) return NotFound();
        if (member.Id == (await current.GetScopeAsync())!.UserId)
        {
            TempData["Flash"] = "You cannot remove yourself. Ask another manager or an administrator.";
            return RedirectToPage(new { id });
        }
        member.IsDeactivated = true;
        audit.Record("member.removed", nameof(ApplicationUser), member.Id, detail: $"{member.Email} removed from organisation {id}");
        await db.SaveChangesAsync();
        // A new security stamp ends the removed member's open sessions.
        await users.UpdateSecurityStampAsync(member);
        if (Request.WantsFragment()) return Content("");
        TempData["Flash"] = $"{member.FullName} was removed from the organisation.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> AuthorizeAsync(int id)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, organisation, Operations.ManageMembers)).Succeeded) return Forbid();
        Organisation = organisation;
        return null;
    }

    private async Task<IActionResult> PageAsync()
    {
        var scope = (await current.GetScopeAsync())!;
        CurrentUserId = scope.UserId;
        CanGrantNetworkRoles = AccessRules.CanGrantNetworkRoles(scope);
        var now = clock.GetUtcNow().UtcDateTime;
        Members = (await OrganisationProfile.LoadAsync(db, Organisation.Id))!.Members;
        Pending = (await db.Invitations.AsNoTracking()
                .Where(i => i.OrganisationId == Organisation.Id && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now)
                .OrderBy(i => i.Email).ToListAsync())
            .Select(i => new PendingInvitation(i.Id, i.Email, InvitationService.DescribeRoles(i), i.ExpiresAtUtc)).ToList();
        if (CanGrantNetworkRoles) AllCountries = await db.Countries.AsNoTracking().OrderBy(c => c.Name).ToListAsync();
        return Page();
    }
}
