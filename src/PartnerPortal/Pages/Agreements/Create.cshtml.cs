using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// Starts a draft agreement by hand: a title, a country and the parties; the terms are written on the edit
/// page next. A member starts one between their own organisation (party 1) and others working in a country
/// where it works; a coordinator of the country chooses every party. Administrators only read agreements.
/// </summary>
[Authorize]
public class CreateModel(PortalDbContext db, CurrentUser current, AgreementStore store, AgreementNotifier notifier, AuditLog audit) : PageModel
{
    public sealed class DraftForm
    {
        [Required(ErrorMessage = "Enter the agreement's title.")] [StringLength(300, ErrorMessage = "Use at most 300 characters.")]
        public string Title { get; set; } = "";
        [Required(ErrorMessage = "Choose the country.")] [Display(Name = "Country")] public string? CountryCode { get; set; }
        /// <summary>Chosen by a coordinator of the country; anyone else's party 1 is their own organisation.</summary>
        [Display(Name = "Party 1")] public int? FirstPartyId { get; set; }
        public List<int> OtherPartyIds { get; set; } = [];
    }

    [BindProperty] public DraftForm Form { get; set; } = new();
    public List<Country> Countries { get; private set; } = [];
    public List<TermsChoices.OrganisationChoice> Organisations { get; private set; } = [];
    public string OwnOrganisationName { get; private set; } = "";
    public int OwnOrganisationId => _user.OrganisationId;
    /// <summary>True when the user coordinates the chosen country and so chooses party 1 too.</summary>
    public bool ChoosesEveryParty { get; private set; }
    private UserScope _user = null!;

    /// <summary>The form, or (htmx, when the country changes) only its parties for that country.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "Form.CountryCode")] string? country)
    {
        if (await AuthorizeAsync() is { } refused) return refused;
        Response.Headers.Vary = "HX-Request";
        Form.CountryCode = country;
        await LoadChoicesAsync();
        return Request.WantsFragment() ? Partial("_CreateParties", this) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AuthorizeAsync() is { } refused) return refused;
        await LoadChoicesAsync();
        if (Form.CountryCode is not null && Countries.All(c => c.Code != Form.CountryCode))
            ModelState.AddModelError("Form.CountryCode", "Choose a country where your organisation works or that you coordinate.");
        var first = ChoosesEveryParty ? Form.FirstPartyId : _user.OrganisationId;
        if (ChoosesEveryParty && first is null) ModelState.AddModelError("Form.FirstPartyId", "Choose party 1.");
        else if (first is not null && Form.CountryCode is not null && Organisations.All(o => o.Id != first))
            ModelState.AddModelError("Form.FirstPartyId", "Choose an organisation working in this country.");
        var others = Form.OtherPartyIds.Distinct().Where(id => id != first).ToList();
        if (others.Count == 0) ModelState.AddModelError("Form.OtherPartyIds", "Choose at least one other organisation as a party.");
        else if (others.Any(id => Organisations.All(o => o.Id != id)))
            ModelState.AddModelError("Form.OtherPartyIds", "Choose parties among the organisations working in this country.");
        if (!ModelState.IsValid) return Page();

        var actor = await store.ActorAsync(_user);
        var parties = others.Prepend(first!.Value).Select(id => new AgreementParty { OrganisationId = id, Role = "" }).ToList();
        var agreement = await store.NewDraftAsync(Form.CountryCode!, Form.Title.Trim(), parties, actor);
        await db.SaveChangesAsync();
        audit.Record("agreement.created", nameof(SynergyAgreement), agreement.Id.ToString(), detail: $"{agreement.ReferenceNumber}: {Form.Title.Trim()}");
        var version = agreement.Versions[0];
        await notifier.NotifyAsync(agreement, version, AgreementNotifier.Audience.Members, "a draft names your organisation",
            $"{actor.Name} ({actor.OrganisationName}) started a draft synergy agreement with your organisation as a party.",
            version.Parties.Select(p => p.OrganisationId).Where(o => o != _user.OrganisationId).ToList());
        await db.SaveChangesAsync();
        TempData["Flash"] = $"Draft {agreement.ReferenceNumber} was started. Write its terms below.";
        return Redirect($"/Agreements/Edit/{agreement.Id}");
    }

    /// <summary>Everyone who acts in agreements may start one; administrators who coordinate nothing only read them.</summary>
    private async Task<IActionResult?> AuthorizeAsync()
    {
        _user = (await current.GetScopeAsync())!;
        return _user.IsAdministrator && !_user.IsCoordinator ? Forbid() : null;
    }

    private async Task LoadChoicesAsync()
    {
        var own = await db.Organisations.AsNoTracking().Where(o => o.Id == _user.OrganisationId)
            .Select(o => new { o.Name, o.CountryCode, Operating = o.CountriesOfOperation.Select(c => c.CountryCode).ToList() }).SingleAsync();
        OwnOrganisationName = own.Name;
        var ownCountries = own.Operating.Append(own.CountryCode).ToHashSet();
        Countries = (await db.Countries.AsNoTracking().OrderBy(c => c.Name).ToListAsync())
            .Where(c => ownCountries.Contains(c.Code) || AgreementLifecycle.IsCoordinatorOf(_user, c.Code)).ToList();
        Form.CountryCode ??= Countries.Count == 1 ? Countries[0].Code : null;
        if (Form.CountryCode is not { } country || Countries.All(c => c.Code != country)) return;
        ChoosesEveryParty = AgreementLifecycle.IsCoordinatorOf(_user, country);
        Organisations = await TermsChoices.OrganisationsAsync(db, country);
    }
}
