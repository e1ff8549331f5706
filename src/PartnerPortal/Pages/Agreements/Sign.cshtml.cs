using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// Signing the newest version of an agreement (PRODUCT §5): its frozen text, its fingerprint, who has
/// signed, and for a signatory of a party whose turn it is a form that re-checks the password, takes the
/// typed full name and a confirmation. Declining (with a reason) returns the text to negotiation.
/// </summary>
[Authorize]
public class SignModel(PortalDbContext db, AgreementStore store, AgreementNotifier notifier, CurrentUser current,
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AuditLog audit, TimeProvider clock,
    IBackgroundJobClient jobs, PublicLinks links, ILogger<SignModel> log) : PageModel
{
    /// <summary>How often a signature is retried when another party's signature was saved at the same moment.</summary>
    public const int SaveAttempts = 5;

    public sealed class SignForm
    {
        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Your password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Type your full name.")]
        [StringLength(200)]
        [Display(Name = "Your full name")]
        public string TypedName { get; set; } = "";

        public bool Confirm { get; set; }

        /// <summary>The frozen text the signatory read (<see cref="FrozenToken"/>); a signature applies to that text only.</summary>
        public string? Frozen { get; set; }
    }

    public sealed class DeclineForm
    {
        [Required(ErrorMessage = "Say why you decline; the other parties will read it.")]
        [StringLength(1000)]
        [Display(Name = "Why do you decline?")]
        public string Reason { get; set; } = "";

        public string? Frozen { get; set; }
    }

    public sealed record PartyRow(int Position, string Organisation, string? SignedBy, DateTime? SignedAtUtc);

    public SignForm Form { get; private set; } = new();
    public DeclineForm Decline { get; private set; } = new();
    public SynergyAgreement Agreement { get; private set; } = null!;
    public AgreementVersion Version { get; private set; } = null!;
    public IReadOnlyList<ReadableClause> Clauses { get; private set; } = [];
    public IReadOnlyList<PartyRow> Parties { get; private set; } = [];
    public IntegrityState Integrity { get; private set; }
    /// <summary>Null when the user may sign now; otherwise why not.</summary>
    public string? WhyNotSign { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public string AccountName { get; private set; } = "";
    public bool IsIssued => DocumentModel.Issued.Contains(Version.Status) && Version.ActivatedAtUtc is not null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var user = (await current.GetScopeAsync(ct))!;
        if (await store.LoadAsync(id, null, user, ct: ct) is not { } loaded) return NotFound();
        await ShowAsync(loaded.Agreement, loaded.Version, user, ct);
        Form.TypedName = "";
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(int id, [Bind(Prefix = nameof(Form))] SignForm form, CancellationToken ct)
    {
        var user = (await current.GetScopeAsync(ct))!;
        if (await store.LoadAsync(id, null, user, ct: ct) is not { } loaded) return NotFound();
        var (agreement, seen) = loaded;
        if (Refusal(AgreementLifecycle.WhyNot(AgreementAction.Sign, seen, user), seen, form.Frozen) is { } refused)
            ModelState.AddModelError("", refused);
        else if (!form.Confirm)
            ModelState.AddModelError("Form.Confirm", "Tick the box to confirm that you are authorised to sign on behalf of your organisation.");
        if (!ModelState.IsValid) return await RedisplayAsync(agreement, seen, user, form, ct);

        // The password is checked once, before any attempt; failures count towards lock-out like at sign-in.
        var account = (await users.GetUserAsync(User))!;
        var check = await signIn.CheckPasswordSignInAsync(account, form.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            audit.Record(check.IsLockedOut ? "security.locked-out" : "security.signature-password-failed", "SynergyAgreement", id.ToString(CultureInfo.InvariantCulture),
                detail: $"{agreement.ReferenceNumber} version {seen.Number}");
            await db.SaveChangesAsync(ct);
            ModelState.AddModelError("Form.Password", check.IsLockedOut
                ? "Too many wrong passwords: your account is locked for 15 minutes. Nothing was signed."
                : "That is not your password. Nothing was signed.");
            return await RedisplayAsync(agreement, seen, user, form, ct);
        }

        var actor = await store.ActorAsync(user, ct);
        var details = new SignatureDetails(form.TypedName, account.FullName, account.Email,
            HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString());
        for (var attempt = 1; ; attempt++)
        {
            // Each attempt starts from what is stored now, so a signature saved meanwhile counts.
            db.ChangeTracker.Clear();
            if (await store.LoadAsync(id, seen.Number, user, tracking: true, ct) is not { } fresh) return NotFound();
            var version = fresh.Version;
            if (Refusal(AgreementLifecycle.WhyNot(AgreementAction.Sign, version, user), version, form.Frozen) is { } refusedNow)
                return await RefuseAsync(id, user, form, "", refusedNow, ct);
            // With the rules above met and the text intact, only the typed name can still be refused.
            var nameIsTheQuestion = AgreementIntegrity.Check(version) == IntegrityState.Intact;
            var result = AgreementLifecycle.Sign(version, actor, details, clock.GetUtcNow().UtcDateTime);
            if (!result.Succeeded) return await RefuseAsync(id, user, form, nameIsTheQuestion ? "Form.TypedName" : "", result.Error!, ct);

            audit.Record("agreement.signed", "SynergyAgreement", id.ToString(CultureInfo.InvariantCulture),
                detail: $"{fresh.Agreement.ReferenceNumber} version {version.Number} signed as {details.TypedName.Trim()} for {actor.OrganisationName}; fingerprint {version.Fingerprint}");
            var activated = version.Status == AgreementStatus.Active;
            await NotifyAfterSignatureAsync(fresh.Agreement, version, actor, activated, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (Exception ex) when (IsConflict(ex) && attempt < SaveAttempts)
            {
                log.LogInformation("Signature of agreement {Id} met a concurrent change (attempt {Attempt}); retrying", id, attempt);
                await Task.Delay(Random.Shared.Next(20, 80) * attempt, ct);
                continue;
            }
            catch (Exception ex) when (IsConflict(ex))
            {
                return await RefuseAsync(id, user, form, "", "Others were signing at the same moment and your signature could not be saved. Please sign again.", ct);
            }

            if (activated)
            {
                var verifyUrl = links.To("/verify");
                var versionId = version.Id;
                jobs.Enqueue<SignedAgreementPdf>(d => d.IssueAsync(versionId, verifyUrl));
            }
            TempData["Flash"] = activated
                ? $"You signed {fresh.Agreement.ReferenceNumber}. Every party has now signed: the agreement is active."
                : $"You signed {fresh.Agreement.ReferenceNumber} on behalf of {actor.OrganisationName}.";
            return RedirectToPage(new { id });
        }
    }

    public async Task<IActionResult> OnPostDeclineAsync(int id, [Bind(Prefix = nameof(Decline))] DeclineForm decline, CancellationToken ct)
    {
        var user = (await current.GetScopeAsync(ct))!;
        if (await store.LoadAsync(id, null, user, tracking: true, ct) is not { } loaded) return NotFound();
        var (agreement, version) = loaded;
        if (Refusal(AgreementLifecycle.WhyNot(AgreementAction.Decline, version, user), version, decline.Frozen) is { } refused)
            ModelState.AddModelError("", refused);
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await ShowAsync(agreement, version, user, ct);
            Decline.Reason = decline.Reason;
            return Page();
        }
        var actor = await store.ActorAsync(user, ct);
        var result = AgreementLifecycle.Decline(version, actor, decline.Reason, clock.GetUtcNow().UtcDateTime);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Decline.Reason", result.Error!);
            db.ChangeTracker.Clear();
            return await RedisplayAsync(id, user, ct);
        }
        audit.Record("agreement.declined", "SynergyAgreement", id.ToString(CultureInfo.InvariantCulture),
            detail: $"{agreement.ReferenceNumber} version {version.Number} declined for {actor.OrganisationName}: {decline.Reason.Trim()}");
        await notifier.NotifyAsync(agreement, version, AgreementNotifier.Audience.Members, "signature declined, back in negotiation",
            $"{actor.Name} declined to sign on behalf of {actor.OrganisationName}. The agreement is back in negotiation and the signatures " +
            $"already given are void.\n\nTheir reason: {decline.Reason.Trim()}", ct: ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", "Someone signed or changed the agreement while you were declining. Read it again and decide.");
            return await RedisplayAsync(id, user, ct);
        }
        TempData["Flash"] = $"You declined to sign {agreement.ReferenceNumber}. It is back in negotiation and the other parties were told why.";
        return RedirectToPage(new { id });
    }

    /// <summary>Identifies the frozen text: the same fingerprint frozen at the same moment.</summary>
    public static string FrozenToken(AgreementVersion v) =>
        $"{v.FrozenAtUtc?.Ticks.ToString(CultureInfo.InvariantCulture)}:{v.Fingerprint}";

    private static string? Refusal(string? whyNot, AgreementVersion v, string? frozenSeen) =>
        whyNot ?? (frozenSeen != FrozenToken(v) ? "The text was frozen again since you opened this page: read it again before you sign or decline." : null);

    /// <summary>Another request saved first: the row version moved on, the database refused a second signature, or it was busy.</summary>
    private static bool IsConflict(Exception ex) =>
        ex is DbUpdateConcurrencyException
        || (ex is DbUpdateException { InnerException: SqliteException inner } && inner.SqliteErrorCode is 5 or 6 or 19)
        || ex is SqliteException { SqliteErrorCode: 5 or 6 };

    private async Task NotifyAfterSignatureAsync(SynergyAgreement agreement, AgreementVersion version, AgreementActor actor, bool activated, CancellationToken ct)
    {
        if (activated)
        {
            await notifier.NotifyAsync(agreement, version, AgreementNotifier.Audience.Members, "the agreement is active",
                $"Every party has signed: the agreement is active from today. The signed PDF, with its signature certificate, " +
                $"can be downloaded from the agreement's page. The last signature was given by {actor.Name} for {actor.OrganisationName}.", ct: ct);
            return;
        }
        // Signing in order: the next party waiting hears that it is its turn.
        if (version.SigningOrder != SigningOrder.Sequential) return;
        var next = version.Parties.OrderBy(p => p.Position).FirstOrDefault(p => version.ValidSignatures.All(s => s.PartyId != p.Id));
        if (next is not null)
            await notifier.NotifyAsync(agreement, version, AgreementNotifier.Audience.Signatories, "your signature is awaited",
                $"{actor.OrganisationName} has signed. It is now your organisation's turn to sign.", [next.OrganisationId], ct);
    }

    private async Task<IActionResult> RefuseAsync(int id, UserScope user, SignForm form, string field, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError(field, message);
        var result = await RedisplayAsync(id, user, ct);
        Form = new SignForm { TypedName = form.TypedName, Confirm = form.Confirm, Frozen = Form.Frozen };
        return result;
    }

    private async Task<IActionResult> RedisplayAsync(int id, UserScope user, CancellationToken ct)
    {
        if (await store.LoadAsync(id, null, user, ct: ct) is not { } loaded) return NotFound();
        await ShowAsync(loaded.Agreement, loaded.Version, user, ct);
        return Page();
    }

    private async Task<IActionResult> RedisplayAsync(SynergyAgreement agreement, AgreementVersion version, UserScope user, SignForm form, CancellationToken ct)
    {
        await ShowAsync(agreement, version, user, ct);
        // The password is never sent back; the token is that of the text shown now, which must be read again if it changed.
        Form = new SignForm { TypedName = form.TypedName, Confirm = form.Confirm, Frozen = Form.Frozen };
        return Page();
    }

    private async Task ShowAsync(SynergyAgreement agreement, AgreementVersion version, UserScope user, CancellationToken ct)
    {
        Agreement = agreement;
        Version = version;
        Clauses = AgreementReadable.Of(version);
        Integrity = AgreementIntegrity.Check(version);
        WhyNotSign = AgreementLifecycle.WhyNot(AgreementAction.Sign, version, user);
        Parties = version.Parties.OrderBy(p => p.Position).Select(p =>
        {
            var signature = version.ValidSignatures.FirstOrDefault(s => s.PartyId == p.Id);
            return new PartyRow(p.Position, p.Organisation?.Name ?? "", signature?.SignerName, signature?.SignedAtUtc);
        }).ToList();
        var me = await db.Users.AsNoTracking().Where(u => u.Id == user.UserId)
            .Select(u => new { u.FullName, Organisation = u.Organisation!.Name }).SingleAsync(ct);
        AccountName = me.FullName;
        OrganisationName = me.Organisation;
        Form.Frozen = FrozenToken(version);
        Decline.Frozen = Form.Frozen;
    }
}
