using PartnerPortal.Domain.Agreements;
using static PartnerPortal.Tests.Unit.Agreements.AgreementSamples;

namespace PartnerPortal.Tests.Unit.Agreements;

/// <summary>
/// Every action from every status by every role: allowed exactly where PRODUCT §5 says, refused
/// everywhere else, and a refused transition leaves the agreement as it was.
/// </summary>
public class AgreementLifecycleMatrixTests
{
    private static readonly Role[] Workers = [Role.PartyMember, Role.PartySignatory, Role.Coordinator, Role.GlobalCoordinator];
    private static readonly AgreementStatus[] Open = [AgreementStatus.Draft, AgreementStatus.InNegotiation, AgreementStatus.ReadyForSignature];

    /// <summary>The lifecycle table, written out independently of the implementation.</summary>
    private static readonly Dictionary<AgreementAction, (AgreementStatus[] From, Role[] Who)> Allowed = new()
    {
        [AgreementAction.Edit] = ([AgreementStatus.Draft, AgreementStatus.InNegotiation], Workers),
        [AgreementAction.Comment] = (Open, Workers),
        [AgreementAction.StartNegotiation] = ([AgreementStatus.Draft], Workers),
        [AgreementAction.MarkReadyForSignature] = ([AgreementStatus.InNegotiation], Workers),
        [AgreementAction.ReturnToNegotiation] = ([AgreementStatus.ReadyForSignature], Workers),
        [AgreementAction.Sign] = ([AgreementStatus.ReadyForSignature], [Role.PartySignatory]),
        [AgreementAction.Decline] = ([AgreementStatus.ReadyForSignature], [Role.PartySignatory]),
        [AgreementAction.Withdraw] = ([AgreementStatus.Draft, AgreementStatus.InNegotiation], Workers),
        [AgreementAction.Terminate] = ([AgreementStatus.Active], [Role.PartySignatory, Role.Coordinator, Role.GlobalCoordinator]),
        [AgreementAction.Amend] = ([AgreementStatus.Active], Workers),
        [AgreementAction.Expire] = ([AgreementStatus.Active], [Role.Portal]),
    };

    public static TheoryData<AgreementAction, AgreementStatus, Role> Cases()
    {
        var data = new TheoryData<AgreementAction, AgreementStatus, Role>();
        foreach (var action in Enum.GetValues<AgreementAction>())
        foreach (var status in Enum.GetValues<AgreementStatus>())
        foreach (var role in Enum.GetValues<Role>())
            data.Add(action, status, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Action_is_allowed_only_from_the_right_status_by_the_right_role(AgreementAction action, AgreementStatus status, Role role)
    {
        var v = InStatus(status);
        var expected = Allowed[action].From.Contains(status) && Allowed[action].Who.Contains(role);
        var afterEnd = v.EndDate!.Value.AddDays(1);

        var why = AgreementLifecycle.WhyNot(action, v, Scope(role), afterEnd);

        Assert.True(expected == (why is null), $"{action} from {status} by {role}: expected {(expected ? "allowed" : "refused")}, got {why ?? "allowed"}");
        if (!expected) Assert.False(string.IsNullOrWhiteSpace(why));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Transition_applies_when_allowed_and_changes_nothing_when_refused(AgreementAction action, AgreementStatus status, Role role)
    {
        if (action is AgreementAction.Edit or AgreementAction.Comment) return; // not transitions: no status change to make
        var v = InStatus(status);
        var expected = Allowed[action].From.Contains(status) && Allowed[action].Who.Contains(role);
        var before = (v.Status, v.Revision, Events: v.Agreement!.Events.Count, Signatures: v.Signatures.Count, Versions: v.Agreement.Versions.Count, v.Fingerprint);

        var result = Apply(action, v, role);

        Assert.Equal(expected, result.Succeeded);
        if (expected)
        {
            Assert.NotEqual(before.Revision, v.Revision);
            Assert.True(v.Agreement.Events.Count > before.Events, "An allowed transition records an event.");
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
            Assert.Equal(before, (v.Status, v.Revision, v.Agreement.Events.Count, v.Signatures.Count, v.Agreement.Versions.Count, v.Fingerprint));
        }
    }

    private static TransitionResult Apply(AgreementAction action, AgreementVersion v, Role role)
    {
        var actor = Actor(role);
        return action switch
        {
            AgreementAction.StartNegotiation => AgreementLifecycle.StartNegotiation(v, actor, Now),
            AgreementAction.MarkReadyForSignature => AgreementLifecycle.MarkReadyForSignature(v, actor, Now),
            AgreementAction.ReturnToNegotiation => AgreementLifecycle.ReturnToNegotiation(v, actor, "Clause 3 needs a fix", Now),
            AgreementAction.Sign => AgreementLifecycle.Sign(v, actor, Signature(role), Now),
            AgreementAction.Decline => AgreementLifecycle.Decline(v, actor, "Cost share too high", Now),
            AgreementAction.Withdraw => AgreementLifecycle.Withdraw(v, actor, null, Now),
            AgreementAction.Terminate => AgreementLifecycle.Terminate(v, actor, "Programme closed", Now),
            AgreementAction.Amend => AgreementLifecycle.Amend(v, actor, Now).Result,
            AgreementAction.Expire => role == Role.Portal
                ? AgreementLifecycle.Expire(v, v.EndDate!.Value.AddDays(1), Now)
                : TransitionResult.Refused("Only the portal expires agreements."),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }

    [Fact]
    public void Expiry_waits_for_the_end_date()
    {
        var v = InStatus(AgreementStatus.Active);
        Assert.False(AgreementLifecycle.Expire(v, v.EndDate!.Value, Now).Succeeded);
        Assert.Equal(AgreementStatus.Active, v.Status);
        Assert.True(AgreementLifecycle.Expire(v, v.EndDate.Value.AddDays(1), Now).Succeeded);
        Assert.Equal(AgreementStatus.Expired, v.Status);
        Assert.False(AgreementLifecycle.Expire(v, v.EndDate.Value.AddDays(2), Now).Succeeded);
    }
}
