using Microsoft.AspNetCore.Identity;

namespace PartnerPortal.Domain;

public class ApplicationUser : IdentityUser
{
    public string FullName { get; set; } = "";
    /// <summary>Every user belongs to one organisation.</summary>
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>Invites and manages the organisation's users.</summary>
    public bool IsOrganisationManager { get; set; }
    /// <summary>May sign agreements on the organisation's behalf.</summary>
    public bool IsSignatory { get; set; }
    public bool IsAdministrator { get; set; }
    public bool IsCoordinator { get; set; }
    /// <summary>A coordinator with this flag covers every country; otherwise <see cref="CoordinatedCountries"/>.</summary>
    public bool CoordinatesAllCountries { get; set; }
    public List<CoordinatorCountry> CoordinatedCountries { get; set; } = [];
    public bool IsDeactivated { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

public class CoordinatorCountry
{
    public required string UserId { get; set; }
    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
}

/// <summary>
/// An invitation of an email address into an organisation. Only the SHA-256 of the link's token is
/// stored, so a database reader cannot accept someone else's invitation.
/// </summary>
public class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public int Id { get; set; }
    public required string Email { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public bool AsManager { get; set; }
    public bool AsSignatory { get; set; }
    public bool AsCoordinator { get; set; }
    /// <summary>Comma-separated ISO codes, or "*" for all countries; only for coordinator invitations.</summary>
    public string? CoordinatorCountries { get; set; }
    public required string TokenHash { get; set; }
    public required string InvitedByUserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? AcceptedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }

    public InvitationState StateAt(DateTime nowUtc) =>
        AcceptedAtUtc is not null ? InvitationState.Accepted
        : RevokedAtUtc is not null ? InvitationState.Revoked
        : nowUtc >= ExpiresAtUtc ? InvitationState.Expired
        : InvitationState.Pending;
}

public enum InvitationState { Pending, Accepted, Expired, Revoked }
