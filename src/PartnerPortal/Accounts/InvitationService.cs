using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Accounts;

public sealed record InvitationRequest(string Email, int OrganisationId, bool AsManager, bool AsSignatory,
    bool AsCoordinator = false, string? CoordinatorCountries = null);

public sealed record InvitationResult(bool Succeeded, string? Error = null, ApplicationUser? User = null);

/// <summary>
/// Invitations into an organisation: the emailed link carries a random token; only its SHA-256 is
/// stored. A link works once and for seven days.
/// </summary>
public sealed class InvitationService(PortalDbContext db, UserManager<ApplicationUser> users, Outbox outbox,
    AuditLog audit, TimeProvider clock)
{
    public static string HashToken(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    /// <summary>Creates the invitation and queues the email; the caller has already checked permission.</summary>
    public async Task<(Invitation Invitation, string Token)> InviteAsync(InvitationRequest request, string invitedByUserId,
        string invitedByName, Func<string, string> acceptUrl, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == request.OrganisationId, ct);
        var token = Base64UrlToken();
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new Invitation
        {
            Email = request.Email.Trim(),
            OrganisationId = request.OrganisationId,
            AsManager = request.AsManager,
            AsSignatory = request.AsSignatory,
            AsCoordinator = request.AsCoordinator,
            CoordinatorCountries = request.AsCoordinator ? request.CoordinatorCountries : null,
            TokenHash = HashToken(token),
            InvitedByUserId = invitedByUserId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + Invitation.Lifetime,
        };
        db.Invitations.Add(invitation);
        var url = acceptUrl(token);
        outbox.Enqueue(invitation.Email, $"You are invited to join {organisation.Name} on PartnerPortal",
            $"""
            Hello,

            {invitedByName} invites you to join {organisation.Name} on PartnerPortal, the shared workspace of the
            return-and-reintegration coordination network.

            Your role: {DescribeRoles(invitation)}.

            To accept, open this link and choose your password (at least 12 characters):
            {url}

            The link works once and expires on {invitation.ExpiresAtUtc:yyyy-MM-dd HH:mm} UTC.
            If you did not expect this invitation, you can ignore this message.
            """);
        audit.Record("invitation.sent", nameof(Organisation), organisation.Id.ToString(),
            detail: $"{invitation.Email} as {DescribeRoles(invitation)}");
        await db.SaveChangesAsync(ct);
        return (invitation, token);
    }

    public static string DescribeRoles(Invitation i)
    {
        var roles = new List<string> { "member" };
        if (i.AsManager) roles.Add("organisation manager");
        if (i.AsSignatory) roles.Add("signatory");
        if (i.AsCoordinator) roles.Add(i.CoordinatorCountries == "*" ? "coordinator (all countries)" : $"coordinator ({i.CoordinatorCountries})");
        return string.Join(", ", roles);
    }

    public async Task<Invitation?> FindAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200) return null;
        var hash = HashToken(token);
        return await db.Invitations.Include(i => i.Organisation).SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
    }

    /// <summary>
    /// Explains why a link cannot be used, or null when it can. The messages are what the person
    /// who clicked the link reads.
    /// </summary>
    public static string? Problem(Invitation? invitation, DateTime nowUtc) => invitation?.StateAt(nowUtc) switch
    {
        null => "This invitation link is not valid. Check that you copied the whole link, or ask for a new invitation.",
        InvitationState.Accepted => "This invitation has already been used. Sign in with the password you chose, or reset it.",
        InvitationState.Expired => "This invitation has expired (links work for 7 days). Ask the person who invited you to send a new one.",
        InvitationState.Revoked => "This invitation was withdrawn. Ask your organisation manager for a new one.",
        _ => null,
    };

    /// <summary>Creates the account and marks the invitation used, in one transaction: all or nothing.</summary>
    public async Task<InvitationResult> AcceptAsync(string token, string fullName, string password, CancellationToken ct = default)
    {
        var invitation = await FindAsync(token, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (Problem(invitation, now) is { } problem) return new(false, problem);
        if (await users.FindByEmailAsync(invitation!.Email) is not null)
            return new(false, "An account with this email address already exists. Sign in instead, or reset your password.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new ApplicationUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true, // the link reached this mailbox
            FullName = fullName.Trim(),
            OrganisationId = invitation.OrganisationId,
            IsOrganisationManager = invitation.AsManager,
            IsSignatory = invitation.AsSignatory,
            IsCoordinator = invitation.AsCoordinator,
            CoordinatesAllCountries = invitation.AsCoordinator && invitation.CoordinatorCountries == "*",
            CreatedAtUtc = now,
        };
        if (invitation.AsCoordinator && invitation.CoordinatorCountries is { } list && list != "*")
            user.CoordinatedCountries = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => new CoordinatorCountry { UserId = user.Id, CountryCode = c }).ToList();

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await tx.RollbackAsync(ct);
            return new(false, string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        invitation.AcceptedAtUtc = now;
        audit.Record("invitation.accepted", nameof(Organisation), invitation.OrganisationId.ToString(),
            detail: invitation.Email, userId: user.Id, userName: user.UserName);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(true, User: user);
    }

    private static string Base64UrlToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
