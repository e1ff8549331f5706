using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// The terms form of an agreement's newest version, while it is a draft or in negotiation: party members
/// and coordinators of the country edit every clause in one form with one Save. Rows are added and removed
/// by named handlers that answer htmx with the row's fragment and a plain post with the whole form again.
/// </summary>
[Authorize]
public class EditModel(PortalDbContext db, CurrentUser current, AgreementStore store, AgreementNotifier notifier, AuditLog audit,
    TimeProvider clock) : PageModel
{
    public sealed record PartyRowView(EditModel Page, TermsForm.PartyRow Row);
    public sealed record ContributionRowView(EditModel Page, string PartyKey, TermsForm.ContributionRow Row);
    public sealed record PathwayRowView(EditModel Page, TermsForm.PathwayRow Row);
    public sealed record ServicePickerView(EditModel Page, string Field, string Id, string Label, Guid? Selected);
    public sealed record ServiceOptionsView(IReadOnlyList<TermsChoices.ServiceChoice> Services, Guid? Selected, bool Searched);
    public sealed record ProgrammeOptionsView(IReadOnlyList<TermsChoices.ProgrammeChoice> Programmes, int? Selected);

    [BindProperty] public TermsForm Form { get; set; } = new();
    /// <summary>The version's revision when the form was opened; a save against a newer one is refused.</summary>
    [BindProperty] public Guid Revision { get; set; }
    public SynergyAgreement Agreement { get; private set; } = null!;
    public AgreementVersion Version { get; private set; } = null!;
    public TermsChoices Choices { get; private set; } = new();
    public bool Conflict { get; private set; }
    /// <summary>Why this reader may not change the terms now; the page says so with a 403.</summary>
    public string? Refusal { get; private set; }
    private UserScope _user = null!;

    /// <summary>A status in words: "In negotiation", "Ready for signature".</summary>
    public static string StatusName(AgreementStatus status)
    {
        var words = System.Text.RegularExpressions.Regex.Replace(status.ToString(), "(?<=[a-z])(?=[A-Z])", " ");
        return words[..1] + words[1..].ToLowerInvariant();
    }

    public string DetailsUrl => $"/Agreements/Details/{Agreement.Id}?version={Version.Number}";
    public string HandlerUrl(string handler, string? query = null) => $"/Agreements/Edit/{Agreement.Id}?handler={handler}{query}";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await OpenAsync(id, tracking: false) is { } refused) return refused;
        Form = TermsForm.From(Version);
        Revision = Version.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await OpenAsync(id, tracking: true) is { } refused) return refused;
        Form.Validate(ModelState, Version, Choices, _user);
        if (Version.Revision != Revision)
        {
            Conflict = true;
            ModelState.AddModelError("", "Someone else changed this agreement after you opened it. Nothing was saved. " +
                "Reload to see the current terms, then make your changes again.");
        }
        if (!ModelState.IsValid) return Page();

        var before = AgreementClauses.Of(Version);
        Form.ApplyTo(Version);
        var changed = AgreementClauses.Of(Version).Where((clause, i) => clause.Text != before[i].Text).Select(c => c.Title).ToList();
        if (changed.Count == 0)
        {
            TempData["Flash"] = "Nothing had changed.";
            return Redirect(DetailsUrl);
        }
        var titles = string.Join(", ", changed);
        var actor = await store.ActorAsync(_user);
        AgreementLifecycle.RecordEdit(Version, actor, titles, clock.GetUtcNow().UtcDateTime);
        audit.Record("agreement.edited", nameof(SynergyAgreement), Agreement.Id.ToString(),
            detail: $"{Agreement.ReferenceNumber} version {Version.Number}: {titles}");
        // In negotiation the other parties are waiting on the text; a draft is still being written.
        if (Version.Status == AgreementStatus.InNegotiation)
            await notifier.NotifyAsync(Agreement, Version, AgreementNotifier.Audience.Members, "terms changed",
                $"{actor.Name} ({actor.OrganisationName}) changed these clauses: {titles}.",
                Version.Parties.Select(p => p.OrganisationId).Where(o => o != _user.OrganisationId).ToList());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAtSaveAsync(id);
        }
        TempData["Flash"] = $"The terms were saved. Changed: {titles}.";
        return Redirect(DetailsUrl);
    }

    public async Task<IActionResult> OnPostAddPartyAsync(int id)
    {
        if (await OpenAsync(id, tracking: false) is { } refused) return refused;
        var row = new TermsForm.PartyRow { Position = Form.Parties.Select(p => p.Position ?? 0).DefaultIfEmpty(0).Max() + 1 };
        if (Request.WantsFragment()) return Partial("_TermsPartyRow", new PartyRowView(this, row));
        Form.Parties.Add(row);
        return FormAgain();
    }

    public async Task<IActionResult> OnPostAddContributionAsync(int id, string party)
    {
        if (!TermsForm.IsKey(party)) return BadRequest();
        if (await OpenAsync(id, tracking: false) is { } refused) return refused;
        var row = new TermsForm.ContributionRow();
        if (Request.WantsFragment()) return Partial("_TermsContributionRow", new ContributionRowView(this, party, row));
        Form.Parties.FirstOrDefault(p => p.Key == party)?.Contributions.Add(row);
        return FormAgain();
    }

    public async Task<IActionResult> OnPostAddPathwayAsync(int id)
    {
        if (await OpenAsync(id, tracking: false) is { } refused) return refused;
        var row = new TermsForm.PathwayRow();
        if (Request.WantsFragment()) return Partial("_TermsPathwayRow", new PathwayRowView(this, row));
        Form.Pathways.Add(row);
        return FormAgain();
    }

    /// <summary>
    /// Takes a row out of the form (nothing is saved until Save): "party:KEY", "contribution:PARTY:KEY" or
    /// "pathway:KEY". htmx gets an empty fragment in the row's place.
    /// </summary>
    public async Task<IActionResult> OnPostRemoveAsync(int id, string row)
    {
        if (await OpenAsync(id, tracking: false) is { } refused) return refused;
        if (Request.WantsFragment()) return Content("");
        var parts = (row ?? "").Split(':');
        switch (parts)
        {
            case ["party", var key]: Form.Parties.RemoveAll(p => p.Key == key); break;
            case ["contribution", var party, var key]: Form.Parties.FirstOrDefault(p => p.Key == party)?.Contributions.RemoveAll(c => c.Key == key); break;
            case ["pathway", var key]: Form.Pathways.RemoveAll(p => p.Key == key); break;
        }
        return FormAgain();
    }

    /// <summary>The programmes a new party's organisation may bring, as options for its programme list.</summary>
    public async Task<IActionResult> OnGetProgrammesAsync(int id, string party)
    {
        if (!TermsForm.IsKey(party)) return BadRequest();
        if (await OpenAsync(id, tracking: false) is { } refused) return refused;
        var organisation = int.TryParse(Request.Query[$"Form.Parties[{party}].OrganisationId"], out var o) ? o : (int?)null;
        var programmes = Choices.Organisations.Any(x => x.Id == organisation)
            ? Choices.Programmes.Where(p => p.OwnerOrganisationId == organisation).ToList() : [];
        return Partial("_TermsProgrammeOptions", new ProgrammeOptionsView(programmes, null));
    }

    /// <summary>Directory services of the agreement's country matching what was typed, keeping the one already chosen in <paramref name="field"/>.</summary>
    public async Task<IActionResult> OnGetServicesAsync(int id, string? q, string field)
    {
        if (await OpenAsync(id, tracking: false, withChoices: false) is { } refused) return refused;
        var selected = Guid.TryParse(Request.Query[field], out var chosen) ? chosen : (Guid?)null;
        var services = await TermsChoices.ServicesAsync(db, Agreement.CountryCode, selected is { } s ? [s] : [], q);
        return Partial("_TermsServiceOptions", new ServiceOptionsView(services, selected, !string.IsNullOrWhiteSpace(q)));
    }

    /// <summary>
    /// Loads the newest version with its terms and the choices; null when the user may edit it now. Unreadable:
    /// 404. Readable but not editable (frozen, signed, or the reader is no party member or coordinator): 403 saying why.
    /// </summary>
    private async Task<IActionResult?> OpenAsync(int id, bool tracking, bool withChoices = true)
    {
        Response.Headers.Vary = "HX-Request";
        _user = (await current.GetScopeAsync())!;
        if (await store.LoadAsync(id, null, _user, tracking) is not { } loaded) return NotFound();
        (Agreement, Version) = loaded;
        if (AgreementLifecycle.WhyNot(AgreementAction.Edit, Version, _user) is { } why)
        {
            Refusal = why;
            if (Request.WantsFragment()) return new ContentResult { StatusCode = StatusCodes.Status403Forbidden, Content = why };
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        if (withChoices) Choices = await TermsChoices.LoadAsync(db, Agreement.CountryCode, Version);
        return null;
    }

    /// <summary>The form as posted, with a row added or removed and no validation messages yet: nothing is saved.</summary>
    private PageResult FormAgain()
    {
        ModelState.Clear();
        return Page();
    }

    private async Task<IActionResult> ConflictAtSaveAsync(int id)
    {
        db.ChangeTracker.Clear();
        if (await OpenAsync(id, tracking: false) is { } refused) return refused;
        Conflict = true;
        ModelState.AddModelError("", "Someone else saved this agreement at the same moment. Nothing was saved. Reload and try again.");
        return Page();
    }
}
