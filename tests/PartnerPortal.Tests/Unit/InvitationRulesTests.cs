using PartnerPortal.Accounts;
using PartnerPortal.Domain;

namespace PartnerPortal.Tests.Unit;

public class InvitationRulesTests
{
    private static readonly DateTime Sent = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Invitation NewInvitation() => new()
    {
        Email = "new.member@example.org", TokenHash = "x", InvitedByUserId = "u",
        CreatedAtUtc = Sent, ExpiresAtUtc = Sent + Invitation.Lifetime,
    };

    [Fact]
    public void A_link_is_valid_for_seven_days_and_not_a_moment_longer()
    {
        var invitation = NewInvitation();
        Assert.Equal(InvitationState.Pending, invitation.StateAt(Sent.AddDays(7).AddSeconds(-1)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Sent.AddDays(7)));
        Assert.Null(InvitationService.Problem(invitation, Sent.AddDays(1)));
        Assert.Contains("expired", InvitationService.Problem(invitation, Sent.AddDays(8)));
    }

    [Fact]
    public void A_used_link_says_so_even_after_expiry()
    {
        var invitation = NewInvitation();
        invitation.AcceptedAtUtc = Sent.AddHours(2);
        Assert.Equal(InvitationState.Accepted, invitation.StateAt(Sent.AddDays(30)));
        Assert.Contains("already been used", InvitationService.Problem(invitation, Sent.AddDays(1)));
    }

    [Fact]
    public void A_withdrawn_link_and_an_unknown_link_are_refused_with_their_reason()
    {
        var invitation = NewInvitation();
        invitation.RevokedAtUtc = Sent.AddHours(1);
        Assert.Contains("withdrawn", InvitationService.Problem(invitation, Sent.AddHours(2)));
        Assert.Contains("not valid", InvitationService.Problem(null, Sent));
    }

    [Fact]
    public void Only_the_hash_of_a_token_is_kept_and_it_is_stable()
    {
        var hash = InvitationService.HashToken("abc");
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
        Assert.NotEqual(hash, InvitationService.HashToken("abd"));
    }

    [Fact]
    public void Roles_are_described_in_words()
    {
        var invitation = NewInvitation();
        invitation.AsManager = true;
        invitation.AsSignatory = true;
        Assert.Equal("member, organisation manager, signatory", InvitationService.DescribeRoles(invitation));
        invitation.AsCoordinator = true;
        invitation.CoordinatorCountries = "*";
        Assert.EndsWith("coordinator (all countries)", InvitationService.DescribeRoles(invitation));
    }
}
