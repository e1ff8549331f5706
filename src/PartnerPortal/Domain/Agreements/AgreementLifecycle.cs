using System.Security.Cryptography;
using PartnerPortal.Authorization;

namespace PartnerPortal.Domain.Agreements;

public enum AgreementAction
{
    Edit, Comment, StartNegotiation, MarkReadyForSignature, ReturnToNegotiation, Sign, Decline, Withdraw, Terminate, Amend, Expire,
}

/// <summary>Who acts: a signed-in user with their name and organisation, or the portal itself (jobs).</summary>
public sealed record AgreementActor(UserScope? User, string Name, string? OrganisationName)
{
    public static readonly AgreementActor Portal = new(null, "PartnerPortal", null);
}

/// <summary>What a signatory supplies when signing (the password is checked by the page before this).</summary>
public sealed record SignatureDetails(string TypedName, string AccountName, string? Email, string? IpAddress, string? UserAgent);

public sealed record TransitionResult(bool Succeeded, string? Error)
{
    public static readonly TransitionResult Ok = new(true, null);
    public static TransitionResult Refused(string error) => new(false, error);
}

/// <summary>
/// The agreement lifecycle of PRODUCT §5 in one place: which transitions exist from which status, who may
/// make each, what must hold first, and the event each records. A refused transition changes nothing.
/// Administrators read every agreement but do not act in one: agreements are the parties' business,
/// driven by the coordinators of their country.
/// </summary>
public static class AgreementLifecycle
{
    public static bool IsCoordinatorOf(UserScope user, string countryCode) =>
        user.IsCoordinator && (user.CoordinatesAllCountries || user.CoordinatedCountries.Contains(countryCode));

    public static bool IsPartyMember(UserScope user, AgreementVersion v) => v.Parties.Any(p => p.OrganisationId == user.OrganisationId);

    /// <summary>Parties (of any version), coordinators of the country and administrators read an agreement; nobody else.</summary>
    public static bool CanRead(UserScope user, SynergyAgreement agreement) =>
        user.IsAdministrator || IsCoordinatorOf(user, agreement.CountryCode)
        || agreement.Versions.Any(v => IsPartyMember(user, v));

    /// <summary>Null when the user may take the action now, otherwise the reason in words.</summary>
    public static string? WhyNot(AgreementAction action, AgreementVersion v, UserScope? user, DateOnly? today = null)
    {
        var country = v.Agreement?.CountryCode ?? throw new InvalidOperationException("Load the agreement with its version.");
        if (action == AgreementAction.Expire)
        {
            if (user is not null) return "Agreements expire by themselves at their end date.";
            if (v.Status != AgreementStatus.Active) return "Only an Active agreement can expire.";
            return v.EndDate is { } end && today is { } t && end < t ? null : "The agreement has not reached its end date.";
        }
        if (user is null) return "Only people act on an agreement.";
        var worker = IsPartyMember(user, v) || IsCoordinatorOf(user, country);
        if (!worker) return "Only members of the parties and coordinators of the country may do this.";

        return action switch
        {
            AgreementAction.Edit => v.Status is AgreementStatus.Draft or AgreementStatus.InNegotiation ? null
                : "The terms can only be changed while the agreement is a draft or in negotiation.",
            AgreementAction.Comment => v.IsOpen ? null : "Comments are closed once the agreement is signed or closed.",
            AgreementAction.StartNegotiation => v.Status != AgreementStatus.Draft ? "Only a draft can be opened for negotiation."
                : v.Parties.Count < 2 ? "An agreement needs at least two parties." : null,
            AgreementAction.MarkReadyForSignature => v.Status != AgreementStatus.InNegotiation
                ? "Only an agreement in negotiation can be made ready for signature."
                : Incomplete(v) is [var first, ..] ? first : null,
            AgreementAction.ReturnToNegotiation => v.Status == AgreementStatus.ReadyForSignature ? null
                : "Only an agreement waiting for signatures can return to negotiation.",
            AgreementAction.Sign or AgreementAction.Decline => WhyNotSign(v, user),
            AgreementAction.Withdraw => v.Status is AgreementStatus.Draft or AgreementStatus.InNegotiation ? null
                : "Only a draft or an agreement in negotiation can be withdrawn.",
            AgreementAction.Terminate => v.Status != AgreementStatus.Active ? "Only an Active agreement can be terminated."
                : IsCoordinatorOf(user, country) || (user.IsSignatory && IsPartyMember(user, v)) ? null
                : "Only a signatory of a party or a coordinator of the country may terminate an agreement.",
            AgreementAction.Amend => v.Status != AgreementStatus.Active ? "Only an Active agreement can be amended."
                : v.Agreement!.Versions.Any(x => x.Number > v.Number && x.IsOpen) ? "An amendment of this agreement is already open."
                : null,
            _ => "Unknown action.",
        };
    }

    /// <summary>What is missing before the terms can be frozen for signature; empty when complete.</summary>
    public static IReadOnlyList<string> Incomplete(AgreementVersion v)
    {
        var problems = new List<string>();
        if (v.Parties.Count < 2) problems.Add("An agreement needs at least two parties.");
        if (v.Parties.Select(p => p.OrganisationId).Distinct().Count() != v.Parties.Count) problems.Add("Each party must be a different organisation.");
        foreach (var p in v.Parties.Where(p => p.Contributions.Count == 0).OrderBy(p => p.Position))
            problems.Add($"Party {p.Position} has no contribution: say what support it provides.");
        var shares = v.Parties.SelectMany(p => p.Contributions).Sum(c => c.CostSharePercent ?? 0);
        if (shares > 100) problems.Add($"The cost shares add up to {shares:0.##}%, more than 100%.");
        if (string.IsNullOrWhiteSpace(v.BeneficiarySelection)) problems.Add("Say how beneficiaries are selected, and by whom.");
        if (v.ReferralChannel is null) problems.Add("Choose whether returnees are referred through formal or informal channels.");
        if (string.IsNullOrWhiteSpace(v.CoordinationMechanism)) problems.Add("Say how coordination is ensured.");
        if (string.IsNullOrWhiteSpace(v.MonitoringAndDataSharing)) problems.Add("Say who monitors the support and how data is shared.");
        if (v.StartDate is null || v.EndDate is null) problems.Add("Enter the start and end dates.");
        else if (v.EndDate <= v.StartDate) problems.Add("The end date must come after the start date.");
        if (v.ReviewDate is { } review && (review < v.StartDate || review > v.EndDate)) problems.Add("The review date must fall between the start and end dates.");
        return problems;
    }

    private static string? WhyNotSign(AgreementVersion v, UserScope user)
    {
        if (v.Status != AgreementStatus.ReadyForSignature) return "The agreement is not waiting for signatures.";
        var party = v.Parties.FirstOrDefault(p => p.OrganisationId == user.OrganisationId);
        if (party is null) return "Only a signatory of a party may sign.";
        if (!user.IsSignatory) return "You are not a signatory of your organisation.";
        if (v.ValidSignatures.Any(s => s.PartyId == party.Id)) return "Your organisation has already signed this version.";
        if (v.SigningOrder == SigningOrder.Sequential
            && v.Parties.Where(p => p.Position < party.Position).Any(p => v.ValidSignatures.All(s => s.PartyId != p.Id)))
            return "Signing is sequential: the parties before yours must sign first.";
        return null;
    }

    public static TransitionResult StartNegotiation(AgreementVersion v, AgreementActor actor, DateTime nowUtc) =>
        Apply(AgreementAction.StartNegotiation, v, actor, nowUtc, () =>
        {
            v.Status = AgreementStatus.InNegotiation;
            Record(v, actor, AgreementEventKind.NegotiationStarted, nowUtc, null);
        });

    /// <summary>Freezes the text: records the fingerprint of its canonical form.</summary>
    public static TransitionResult MarkReadyForSignature(AgreementVersion v, AgreementActor actor, DateTime nowUtc) =>
        Apply(AgreementAction.MarkReadyForSignature, v, actor, nowUtc, () =>
        {
            v.Status = AgreementStatus.ReadyForSignature;
            v.FrozenAtUtc = nowUtc;
            v.Fingerprint = AgreementClauses.Fingerprint(v.Agreement!.ReferenceNumber, v);
            Record(v, actor, AgreementEventKind.Frozen, nowUtc, $"Fingerprint {v.Fingerprint}");
        });

    public static TransitionResult ReturnToNegotiation(AgreementVersion v, AgreementActor actor, string reason, DateTime nowUtc) =>
        RequireReason(reason) ?? Apply(AgreementAction.ReturnToNegotiation, v, actor, nowUtc, () =>
        {
            Unfreeze(v, reason, nowUtc);
            Record(v, actor, AgreementEventKind.ReturnedToNegotiation, nowUtc, reason.Trim());
        });

    public static TransitionResult Decline(AgreementVersion v, AgreementActor actor, string reason, DateTime nowUtc) =>
        RequireReason(reason) ?? Apply(AgreementAction.Decline, v, actor, nowUtc, () =>
        {
            Unfreeze(v, reason, nowUtc);
            Record(v, actor, AgreementEventKind.Declined, nowUtc, reason.Trim());
        });

    /// <summary>
    /// Records the signatory's signature of the frozen text; the last signature activates the version,
    /// which supersedes the version that was Active before it.
    /// </summary>
    public static TransitionResult Sign(AgreementVersion v, AgreementActor actor, SignatureDetails details, DateTime nowUtc)
    {
        if (WhyNot(AgreementAction.Sign, v, actor.User) is { } why) return TransitionResult.Refused(why);
        if (!SameName(details.TypedName, details.AccountName))
            return TransitionResult.Refused($"Type your full name exactly as your account shows it: {details.AccountName}.");
        if (AgreementIntegrity.Check(v) != IntegrityState.Intact)
            return TransitionResult.Refused("The text no longer matches its fingerprint; it cannot be signed. Tell the coordinator.");

        var party = v.Parties.First(p => p.OrganisationId == actor.User!.OrganisationId);
        v.Signatures.Add(new AgreementSignature
        {
            VersionId = v.Id, PartyId = party.Id, OrganisationId = party.OrganisationId, UserId = actor.User!.UserId,
            SignerName = details.TypedName.Trim(), SignerEmail = details.Email, SignedAtUtc = nowUtc,
            IpAddress = details.IpAddress, UserAgent = Truncate(details.UserAgent, 500), Fingerprint = v.Fingerprint!,
        });
        Touch(v, nowUtc);
        Record(v, actor, AgreementEventKind.Signed, nowUtc, $"Signed as {details.TypedName.Trim()} (fingerprint {v.Fingerprint})");

        if (v.Parties.All(p => v.ValidSignatures.Any(s => s.PartyId == p.Id)))
        {
            v.Status = AgreementStatus.Active;
            v.ActivatedAtUtc = nowUtc;
            v.VerificationCode = NewVerificationCode();
            Record(v, AgreementActor.Portal, AgreementEventKind.Activated, nowUtc, "Every party has signed.");
            foreach (var previous in v.Agreement!.Versions.Where(x => x != v && x.Status == AgreementStatus.Active))
            {
                previous.Status = AgreementStatus.Superseded;
                previous.EndedAtUtc = nowUtc;
                previous.EndReason = $"Replaced by version {v.Number}.";
                Touch(previous, nowUtc);
                Record(previous, AgreementActor.Portal, AgreementEventKind.Superseded, nowUtc, $"Replaced by version {v.Number}.");
            }
        }
        return TransitionResult.Ok;
    }

    public static TransitionResult Withdraw(AgreementVersion v, AgreementActor actor, string? reason, DateTime nowUtc) =>
        Apply(AgreementAction.Withdraw, v, actor, nowUtc, () => End(v, actor, AgreementStatus.Withdrawn, AgreementEventKind.Withdrawn, reason, nowUtc));

    public static TransitionResult Terminate(AgreementVersion v, AgreementActor actor, string reason, DateTime nowUtc) =>
        RequireReason(reason) ?? Apply(AgreementAction.Terminate, v, actor, nowUtc,
            () => End(v, actor, AgreementStatus.Terminated, AgreementEventKind.Terminated, reason, nowUtc));

    public static TransitionResult Expire(AgreementVersion v, DateOnly today, DateTime nowUtc)
    {
        if (WhyNot(AgreementAction.Expire, v, null, today) is { } why) return TransitionResult.Refused(why);
        End(v, AgreementActor.Portal, AgreementStatus.Expired, AgreementEventKind.Expired, $"End date {v.EndDate:yyyy-MM-dd} passed.", nowUtc);
        return TransitionResult.Ok;
    }

    /// <summary>Opens version n+1 as a draft copy of an Active version, which stays Active until the amendment is.</summary>
    public static (TransitionResult Result, AgreementVersion? Amendment) Amend(AgreementVersion v, AgreementActor actor, DateTime nowUtc)
    {
        if (WhyNot(AgreementAction.Amend, v, actor.User) is { } why) return (TransitionResult.Refused(why), null);
        var next = AgreementCopy.NextVersion(v, v.Agreement!.Versions.Max(x => x.Number) + 1, nowUtc);
        v.Agreement.Versions.Add(next);
        // Renewing the amended version's token makes a second, concurrent amendment fail instead of forking.
        Touch(v, nowUtc);
        Record(next, actor, AgreementEventKind.Amended, nowUtc, $"Amendment of version {v.Number}.");
        return (TransitionResult.Ok, next);
    }

    /// <summary>Records an edit of the terms (the page has checked <see cref="AgreementAction.Edit"/>).</summary>
    public static void RecordEdit(AgreementVersion v, AgreementActor actor, string clauseTitles, DateTime nowUtc)
    {
        Touch(v, nowUtc);
        Record(v, actor, AgreementEventKind.Edited, nowUtc, clauseTitles);
    }

    public static void Record(AgreementVersion v, AgreementActor actor, AgreementEventKind kind, DateTime nowUtc, string? detail) =>
        v.Agreement!.Events.Add(new AgreementEvent
        {
            AgreementId = v.AgreementId, VersionNumber = v.Number, Kind = kind, AtUtc = nowUtc, UserId = actor.User?.UserId,
            ActorName = actor.Name, OrganisationName = actor.OrganisationName, Detail = Truncate(detail, 2000),
        });

    private static TransitionResult Apply(AgreementAction action, AgreementVersion v, AgreementActor actor, DateTime nowUtc, Action change)
    {
        if (WhyNot(action, v, actor.User) is { } why) return TransitionResult.Refused(why);
        change();
        Touch(v, nowUtc);
        return TransitionResult.Ok;
    }

    private static TransitionResult? RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? TransitionResult.Refused("Give a reason; the other parties will read it.") : null;

    /// <summary>Back to negotiation: the fingerprint is cleared and every signature of this version is voided.</summary>
    private static void Unfreeze(AgreementVersion v, string reason, DateTime nowUtc)
    {
        v.Status = AgreementStatus.InNegotiation;
        v.FrozenAtUtc = null;
        v.Fingerprint = null;
        foreach (var s in v.ValidSignatures.ToList())
        {
            s.VoidedAtUtc = nowUtc;
            s.VoidReason = Truncate(reason.Trim(), 1000);
        }
    }

    private static void End(AgreementVersion v, AgreementActor actor, AgreementStatus status, AgreementEventKind kind, string? reason, DateTime nowUtc)
    {
        v.Status = status;
        v.EndedAtUtc = nowUtc;
        v.EndReason = string.IsNullOrWhiteSpace(reason) ? null : Truncate(reason.Trim(), 1000);
        Touch(v, nowUtc);
        Record(v, actor, kind, nowUtc, v.EndReason);
    }

    private static void Touch(AgreementVersion v, DateTime nowUtc)
    {
        v.UpdatedAtUtc = nowUtc;
        v.Revision = Guid.NewGuid();
    }

    private static bool SameName(string typed, string account) =>
        string.Equals(Squash(typed), Squash(account), StringComparison.OrdinalIgnoreCase) && Squash(typed).Length > 0;

    private static string Squash(string? s) => string.Join(' ', (s ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Twelve characters from an alphabet without look-alikes (no 0/O, 1/I), in three groups.</summary>
    private static string NewVerificationCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, 12);
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
    }

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
