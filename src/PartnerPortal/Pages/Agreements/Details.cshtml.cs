using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Agreements;

/// <summary>A clause's negotiation thread, as the page and the htmx fragment render it.</summary>
public sealed record CommentThread(int AgreementId, int VersionNumber, string ClauseKey, string ClauseTitle,
    IReadOnlyList<AgreementComment> Comments, bool CanComment, bool Open, string? Error = null, string? Draft = null);

/// <summary>
/// One version of an agreement in words, clause by clause with the parties' comments, its fingerprint
/// and signatures, the event log, and the transitions the user may make now (Details.Transitions.cs).
/// Only those who may read the agreement see it; everyone else gets Not Found.
/// </summary>
[Authorize]
public partial class DetailsModel(PortalDbContext db, CurrentUser current, AgreementStore store, AgreementNotifier notifier,
    AuditLog audit, TimeProvider clock) : PageModel
{
    public const int CommentMaxLength = 4000;

    public SynergyAgreement Agreement { get; private set; } = null!;
    public AgreementVersion Version { get; private set; } = null!;
    public IReadOnlyList<ReadableClause> Clauses { get; private set; } = [];
    public string CountryName { get; private set; } = "";
    public IntegrityState Integrity { get; private set; }
    public List<AgreementEvent> Events { get; private set; } = [];
    /// <summary>What still stops an agreement in negotiation from being frozen for signature.</summary>
    public IReadOnlyList<string> Missing { get; private set; } = [];
    /// <summary>A refused transition or comment: the lifecycle's words, and the list of gaps when terms are incomplete.</summary>
    public string? Refusal { get; private set; }
    public IReadOnlyList<string> RefusalDetails { get; private set; } = [];
    /// <summary>The form whose reason was missing or too long, so that the message shows beside its field.</summary>
    public AgreementAction? ReasonMissingFor { get; private set; }
    /// <summary>The thread to show open: the one just posted to, or a refused comment with its draft.</summary>
    [BindProperty(SupportsGet = true, Name = "open")] public string? OpenThread { get; set; }
    private (string Key, string Error, string Draft)? _commentProblem;
    private ILookup<string, AgreementComment> _comments = Array.Empty<AgreementComment>().ToLookup(c => c.ClauseKey);
    private readonly HashSet<AgreementAction> _allowed = [];

    public bool May(AgreementAction action) => _allowed.Contains(action);

    /// <summary>
    /// "Ready for signature" is offered to those who may negotiate even while terms are missing: pressing
    /// it then lists what is missing, which is more use than a button that is simply not there.
    /// </summary>
    public bool OffersReadyForSignature => May(AgreementAction.MarkReadyForSignature)
        || (Version.Status == AgreementStatus.InNegotiation && May(AgreementAction.Edit));

    public bool CanDownload => Version.Status is AgreementStatus.Active or AgreementStatus.Expired or AgreementStatus.Terminated
        or AgreementStatus.Superseded && Version.ValidSignatures.Any();

    public string PartyName(int partyId) => Version.Parties.FirstOrDefault(p => p.Id == partyId)?.Organisation?.Name ?? "A former party";

    public CommentThread Thread(ReadableClause clause) => new(Agreement.Id, Version.Number, clause.Key, clause.Title,
        _comments[clause.Key].ToList(), May(AgreementAction.Comment), OpenThread == clause.Key,
        _commentProblem?.Key == clause.Key ? _commentProblem.Value.Error : null,
        _commentProblem?.Key == clause.Key ? _commentProblem.Value.Draft : null);

    public async Task<IActionResult> OnGetAsync(int id, int? version)
    {
        Response.Headers.Vary = "HX-Request";
        var user = (await current.GetScopeAsync())!;
        if (await store.LoadAsync(id, version, user) is not { } loaded) return NotFound();
        await RecordViewAsync(user, loaded.Agreement, loaded.Version);
        await ShowAsync(loaded.Agreement, loaded.Version, user);
        return Page();
    }

    /// <summary>Adds a comment to a clause; htmx gets the clause's thread again, a plain form the page at that thread.</summary>
    public async Task<IActionResult> OnPostCommentAsync(int id, int? version, string? clause, string? text)
    {
        Response.Headers.Vary = "HX-Request";
        var user = (await current.GetScopeAsync())!;
        if (await store.LoadAsync(id, version, user) is not { } loaded) return NotFound();
        var (agreement, v) = loaded;
        if (clause is null || !AgreementClauses.IsKnown(clause)) return BadRequest();
        var refusal = AgreementLifecycle.WhyNot(AgreementAction.Comment, v, user);
        var error = refusal
            ?? (string.IsNullOrWhiteSpace(text) ? "Write your comment first."
            : text.Trim().Length > CommentMaxLength ? $"Keep the comment under {CommentMaxLength:N0} characters; it has {text.Trim().Length:N0}." : null);
        if (error is null)
        {
            var actor = await store.ActorAsync(user);
            var now = clock.GetUtcNow().UtcDateTime;
            db.AgreementComments.Add(new AgreementComment
            {
                VersionId = v.Id, ClauseKey = clause, UserId = user.UserId, AuthorName = actor.Name,
                OrganisationName = actor.OrganisationName ?? "", Text = text!.Trim(), AtUtc = now,
            });
            RecordUntracked(agreement, v, actor, AgreementEventKind.Commented, AgreementClauses.TitleOf(clause));
            await db.SaveChangesAsync();
            if (!Request.WantsFragment()) return Redirect($"/Agreements/Details/{id}?version={v.Number}&open={clause}#thread-{clause}");
        }
        if (Request.WantsFragment())
        {
            var comments = await db.AgreementComments.AsNoTracking().Where(c => c.VersionId == v.Id && c.ClauseKey == clause)
                .OrderBy(c => c.AtUtc).ThenBy(c => c.Id).ToListAsync();
            return Partial("_CommentThread", new CommentThread(id, v.Number, clause, AgreementClauses.TitleOf(clause), comments,
                AgreementLifecycle.WhyNot(AgreementAction.Comment, v, user) is null, Open: true, error, error is null ? null : text));
        }
        await ShowAsync(agreement, v, user);
        // A refusal concerns the whole page (the thread has no form then); bad text belongs beside the field.
        if (refusal is not null) Refusal = refusal;
        else _commentProblem = (clause, error!, text ?? "");
        OpenThread = clause;
        return Page();
    }

    /// <summary>Fills the page from a version loaded without tracking.</summary>
    private async Task ShowAsync(SynergyAgreement agreement, AgreementVersion version, UserScope user)
    {
        Agreement = agreement;
        Version = version;
        Clauses = AgreementReadable.Of(version);
        CountryName = await db.Countries.Where(c => c.Code == agreement.CountryCode).Select(c => c.Name).SingleOrDefaultAsync() ?? agreement.CountryCode;
        Integrity = AgreementIntegrity.Check(version);
        Events = await db.AgreementEvents.AsNoTracking().Where(e => e.AgreementId == agreement.Id)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).ToListAsync();
        _comments = (await db.AgreementComments.AsNoTracking().Where(c => c.VersionId == version.Id)
            .OrderBy(c => c.AtUtc).ThenBy(c => c.Id).ToListAsync()).ToLookup(c => c.ClauseKey);
        _allowed.Clear();
        foreach (var action in Enum.GetValues<AgreementAction>().Where(a => a != AgreementAction.Expire))
            if (AgreementLifecycle.WhyNot(action, version, user) is null) _allowed.Add(action);
        Missing = version.Status == AgreementStatus.InNegotiation ? AgreementLifecycle.Incomplete(version) : [];
    }

    /// <summary>
    /// The event log tells the parties who has read which version: party members and coordinators,
    /// once per person, version and UTC day (administrators only look after the portal).
    /// </summary>
    private async Task RecordViewAsync(UserScope user, SynergyAgreement agreement, AgreementVersion version)
    {
        if (!AgreementLifecycle.IsPartyMember(user, version) && !AgreementLifecycle.IsCoordinatorOf(user, agreement.CountryCode)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var dayStart = now.Date;
        if (await db.AgreementEvents.AnyAsync(e => e.AgreementId == agreement.Id && e.VersionNumber == version.Number
                && e.Kind == AgreementEventKind.Viewed && e.UserId == user.UserId && e.AtUtc >= dayStart)) return;
        RecordUntracked(agreement, version, await store.ActorAsync(user), AgreementEventKind.Viewed, null);
        await db.SaveChangesAsync();
    }

    /// <summary>Records an event through the lifecycle on an agreement loaded without tracking, and adds it to the unit of work.</summary>
    private void RecordUntracked(SynergyAgreement agreement, AgreementVersion version, AgreementActor actor, AgreementEventKind kind, string? detail)
    {
        AgreementLifecycle.Record(version, actor, kind, clock.GetUtcNow().UtcDateTime, detail);
        db.AgreementEvents.Add(agreement.Events[^1]);
    }
}
