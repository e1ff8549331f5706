using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Domain.Agreements;
using static PartnerPortal.Pages.Agreements.AgreementNotifier;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// The lifecycle transitions a user starts from the agreement page. Each form carries the version's
/// Revision: a page opened before someone else changed the version cannot act on what it no longer shows.
/// </summary>
public partial class DetailsModel
{
    public const int ReasonMaxLength = 1000;
    public const string StaleMessage =
        "Someone changed this agreement after you opened it, so nothing was done. It is shown below as it stands now; check it and try again.";

    /// <summary>What a transition does besides the lifecycle's change: its audit name, who is told, and what the user reads.</summary>
    private sealed record Transition(AgreementAction Action, string AuditAction, string Done,
        Func<AgreementVersion, AgreementActor, DateTime, (TransitionResult Result, AgreementVersion Changed)> Apply,
        Func<SynergyAgreement, AgreementVersion, AgreementActor, Task> Notify);

    public Task<IActionResult> OnPostStartNegotiationAsync(int id, int? version, Guid revision) =>
        TransitionAsync(id, version, revision, null, new(AgreementAction.StartNegotiation, "agreement.negotiation-started",
            "Negotiation is open: the parties can now comment on each clause.",
            (v, actor, now) => (AgreementLifecycle.StartNegotiation(v, actor, now), v),
            (a, v, actor) => notifier.NotifyAsync(a, v, Audience.Members, "negotiation has started",
                $"{Who(actor)} opened the terms for negotiation. Read them and comment on any clause in the portal.")));

    public Task<IActionResult> OnPostReadyForSignatureAsync(int id, int? version, Guid revision) =>
        TransitionAsync(id, version, revision, null, new(AgreementAction.MarkReadyForSignature, "agreement.frozen",
            "The text is frozen and fingerprinted; the signatories have been asked to sign.",
            (v, actor, now) => (AgreementLifecycle.MarkReadyForSignature(v, actor, now), v),
            (a, v, actor) => notifier.NotifyAsync(a, v, Audience.Signatories, "please sign",
                $"{Who(actor)} froze the terms for signature. Please read them and sign, or decline with a reason, in the portal.",
                FirstToSign(v))));

    public Task<IActionResult> OnPostReturnToNegotiationAsync(int id, int? version, Guid revision, string? reason) =>
        TransitionAsync(id, version, revision, reason, new(AgreementAction.ReturnToNegotiation, "agreement.returned-to-negotiation",
            "The agreement is back in negotiation; signatures of this version are void.",
            (v, actor, now) => (AgreementLifecycle.ReturnToNegotiation(v, actor, reason ?? "", now), v),
            (a, v, actor) => notifier.NotifyAsync(a, v, Audience.Members, "returned to negotiation",
                $"{Who(actor)} returned the terms to negotiation: {reason?.Trim()}\nAny signature of this version is void.")));

    public Task<IActionResult> OnPostWithdrawAsync(int id, int? version, Guid revision, string? reason) =>
        TransitionAsync(id, version, revision, reason, new(AgreementAction.Withdraw, "agreement.withdrawn",
            "The agreement was withdrawn.",
            (v, actor, now) => (AgreementLifecycle.Withdraw(v, actor, reason, now), v),
            (a, v, actor) => notifier.NotifyAsync(a, v, Audience.Members, "withdrawn",
                $"{Who(actor)} withdrew the agreement." + (string.IsNullOrWhiteSpace(reason) ? "" : $" Reason: {reason.Trim()}"))));

    public Task<IActionResult> OnPostTerminateAsync(int id, int? version, Guid revision, string? reason) =>
        TransitionAsync(id, version, revision, reason, new(AgreementAction.Terminate, "agreement.terminated",
            "The agreement was terminated.",
            (v, actor, now) => (AgreementLifecycle.Terminate(v, actor, reason ?? "", now), v),
            (a, v, actor) => notifier.NotifyAsync(a, v, Audience.Members, "terminated",
                $"{Who(actor)} terminated the agreement: {reason?.Trim()}")));

    /// <summary>Opens version n+1 as a draft copy and takes the user to its terms.</summary>
    public Task<IActionResult> OnPostAmendAsync(int id, int? version, Guid revision) =>
        TransitionAsync(id, version, revision, null, new(AgreementAction.Amend, "agreement.amended",
            "An amendment is open as a new draft version; the Active version stays in force until the amendment is signed.",
            (v, actor, now) =>
            {
                var (result, amendment) = AgreementLifecycle.Amend(v, actor, now);
                // Renewing the amended version's token makes a second, simultaneous amendment fail on save
                // instead of creating version n+1 twice.
                if (result.Succeeded) v.Revision = Guid.NewGuid();
                return (result, amendment ?? v);
            },
            (a, v, actor) => notifier.NotifyAsync(a, v, Audience.Members, "amendment opened",
                $"{Who(actor)} opened version {v.Number} to amend the agreement. The version in force stays Active until every party signs the amendment.")));

    private async Task<IActionResult> TransitionAsync(int id, int? version, Guid revision, string? reason, Transition t)
    {
        var user = (await current.GetScopeAsync())!;
        if (await store.LoadAsync(id, version, user, tracking: true) is not { } loaded) return NotFound();
        var (agreement, v) = loaded;
        if (v.Revision != revision) return await RefuseAsync(id, v.Number, user, StaleMessage);
        if (reason is not null && reason.Trim().Length > ReasonMaxLength)
            return await RefuseAsync(id, v.Number, user, $"Keep the reason under {ReasonMaxLength:N0} characters.", t.Action);

        var actor = await store.ActorAsync(user);
        var (result, changed) = t.Apply(v, actor, clock.GetUtcNow().UtcDateTime);
        if (!result.Succeeded)
        {
            var missing = AgreementLifecycle.Incomplete(v);
            return await RefuseAsync(id, v.Number, user, result.Error!,
                ReasonRequired(t.Action) && string.IsNullOrWhiteSpace(reason) ? t.Action : null,
                t.Action == AgreementAction.MarkReadyForSignature && missing.Contains(result.Error) ? missing : []);
        }
        audit.Record(t.AuditAction, nameof(SynergyAgreement), agreement.Id.ToString(),
            detail: $"{agreement.ReferenceNumber} version {changed.Number}" + (string.IsNullOrWhiteSpace(reason) ? "" : $": {reason.Trim()}"));
        await t.Notify(agreement, changed, actor);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseAsync(id, v.Number, user, StaleMessage);
        }
        TempData["Flash"] = t.Done;
        return Redirect(t.Action == AgreementAction.Amend ? $"/Agreements/Edit/{id}" : $"/Agreements/Details/{id}?version={v.Number}");
    }

    /// <summary>Nothing is saved: the page is shown again from the database as it stands, with the reason in an alert.</summary>
    private async Task<IActionResult> RefuseAsync(int id, int versionNumber, UserScope user, string message,
        AgreementAction? reasonFor = null, IReadOnlyList<string>? details = null)
    {
        db.ChangeTracker.Clear();
        if (await store.LoadAsync(id, versionNumber, user) is not { } fresh) return NotFound();
        await ShowAsync(fresh.Agreement, fresh.Version, user);
        Refusal = message;
        RefusalDetails = details ?? [];
        ReasonMissingFor = reasonFor;
        return Page();
    }

    /// <summary>The lifecycle refuses these without a reason; the form marks the field as required.</summary>
    public static bool ReasonRequired(AgreementAction action) => action is AgreementAction.ReturnToNegotiation or AgreementAction.Terminate;

    private static string Who(AgreementActor actor) => actor.OrganisationName is { } org ? $"{actor.Name} ({org})" : actor.Name;

    /// <summary>In sequential signing only the first party's signatories can sign now; in parallel signing, all.</summary>
    private static IReadOnlyCollection<int>? FirstToSign(AgreementVersion v) => v.SigningOrder == SigningOrder.Sequential
        ? v.Parties.Where(p => p.Position == v.Parties.Min(x => x.Position)).Select(p => p.OrganisationId).ToList()
        : null;
}
