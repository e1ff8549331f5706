using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Pages.Initiatives;

public sealed partial class InitiativeForm
{
    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    /// <summary>
    /// Everything that must hold before saving, each message next to its field: references that must exist
    /// (and agreements the user may read), the registry's rules (<see cref="InitiativeRules.Check"/>), and that
    /// the user may keep the initiative as it would be saved. <paramref name="stored"/> is null when creating.
    /// </summary>
    public async Task ValidateAsync(PortalDbContext db, ModelStateDictionary modelState, UserScope user, Initiative? stored, string prefix)
    {
        void Error(string field, string message) => modelState.AddModelError($"{prefix}.{field}", message);
        Currency = string.IsNullOrWhiteSpace(Currency) ? null : Currency.Trim().ToUpperInvariant();
        CountryCode = string.IsNullOrWhiteSpace(CountryCode) ? null : CountryCode.Trim().ToUpperInvariant();

        if (!Enum.IsDefined(Status)) Error(nameof(Status), "Choose a status from the list.");
        if (Governance is { } governance && !Enum.IsDefined(governance)) Error(nameof(Governance), "Choose a form of governance from the list.");
        if (Dimensions.Any(d => !InitiativeNames.AllDimensions.Contains(d))) Error(nameof(Dimensions), "Choose dimensions from the list.");
        if (Outcomes.Any(o => !InitiativeNames.AllOutcomes.Contains(o))) Error(nameof(Outcomes), "Choose outcome categories from the list.");

        var storedType = stored?.TypeId;
        var typeCode = TypeId is { } typeId
            ? await db.TaxonomyTerms.Where(t => t.Id == typeId && t.Taxonomy == Taxonomy.InitiativeType && (!t.IsRetired || t.Id == storedType))
                .Select(t => t.Code).SingleOrDefaultAsync()
            : null;
        if (TypeId is not null && typeCode is null) Error(nameof(TypeId), "Choose a type from the list.");
        await CheckTermsAsync(db, ThemeIds, t => t.Taxonomy == Taxonomy.ThematicArea, () => Error(nameof(ThemeIds), "Choose themes from the list."));
        await CheckTermsAsync(db, SectorId is { } s ? [s] : [], t => t.Taxonomy == Taxonomy.Sector, () => Error(nameof(SectorId), "Choose a sector from the list."));
        var groupTerms = ChosenGroups().Select(g => g.TermId!.Value).ToList();
        if (groupTerms.Count != groupTerms.Distinct().Count()) Error(nameof(OtherGroups), "Name each group once.");
        await CheckTermsAsync(db, groupTerms, t => t.Taxonomy == Taxonomy.TargetGroup, () => Error(nameof(OtherGroups), "Choose the groups from the list."));

        if (CountryCode is not null && !await db.Countries.AnyAsync(c => c.Code == CountryCode)) Error(nameof(CountryCode), "Choose a country from the list.");
        else if (AdministrativeAreaId is { } areaId && !await db.AdministrativeAreas.AnyAsync(a => a.Id == areaId && a.CountryCode == CountryCode))
            Error(nameof(AdministrativeAreaId), "Choose an area of the country chosen above.");

        if (LeadOrganisationId is { } leadId && !await db.Organisations.AnyAsync(o => o.Id == leadId))
            Error(nameof(LeadOrganisationId), "Choose the lead implementer from the list.");
        else if (CountryCode is not null && !InitiativeRules.CanEdit(user, LeadOrganisationId, CountryCode))
            // The initiative as saved must stay one the user may keep: led by their organisation, or in their countries.
            Error(nameof(LeadOrganisationId), "You can record initiatives led by your own organisation, or, as a coordinator, initiatives in your countries.");

        var partners = ChosenPartners().ToList();
        if (partners.Any(p => !Enum.IsDefined(p.Role))) Error(nameof(Partners), "Choose each partner's role from the list.");
        var partnerIds = partners.Select(p => p.OrganisationId).Distinct().ToList();
        if (partnerIds.Count > 0 && await db.Organisations.CountAsync(o => partnerIds.Contains(o.Id)) != partnerIds.Count)
            Error(nameof(Partners), "Choose partners from the list.");
        var programmes = ProgrammeIds.Distinct().ToList();
        if (programmes.Count > 0 && await db.Programmes.CountAsync(p => programmes.Contains(p.Id)) != programmes.Count)
            Error(nameof(ProgrammeIds), "Choose programmes from the list.");
        await CheckAgreementsAsync(db, user, stored, () => Error(nameof(AgreementIds), "Choose agreements from the list of those you can read."));

        if (Currency is not null && !CurrencyCode().IsMatch(Currency))
            Error(nameof(Currency), "Enter the currency as its three-letter ISO 4217 code, for example EUR, USD or GNF.");
        else if ((Budget is not null || CoFunding is not null) && Currency is null) Error(nameof(Currency), "Give the currency of the budget.");

        var codes = SdgTargetCodes.Distinct().ToList();
        if (codes.Count > 0 && await db.SdgTargets.CountAsync(t => codes.Contains(t.Code)) != codes.Count) Error(nameof(SdgTargetCodes), "Choose SDG targets from the list.");
        var objectives = GcmObjectiveNumbers.Distinct().ToList();
        if (objectives.Count > 0 && await db.GcmObjectives.CountAsync(o => objectives.Contains(o.Number)) != objectives.Count)
            Error(nameof(GcmObjectiveNumbers), "Choose GCM objectives from the list.");

        // The registry's own rules, checked on the initiative as it would be saved.
        var candidate = new Initiative { Reference = "", Title = "", CountryCode = "" };
        ApplyTo(candidate, DateTime.MinValue);
        foreach (var violation in InitiativeRules.Check(candidate, typeCode ?? ""))
            if (!modelState.TryGetValue($"{prefix}.{violation.Field}", out var entry) || entry.Errors.All(e => e.ErrorMessage != violation.Message))
                Error(violation.Field, violation.Message);
    }

    /// <summary>New links only to agreements the user may read; links already stored may stay.</summary>
    private async Task CheckAgreementsAsync(PortalDbContext db, UserScope user, Initiative? stored, Action error)
    {
        var kept = stored?.Agreements.Select(a => a.AgreementId).ToHashSet() ?? [];
        var added = AgreementIds.Distinct().Where(id => !kept.Contains(id)).ToList();
        if (added.Count == 0) return;
        var agreements = await db.SynergyAgreements.AsNoTracking().AsSplitQuery().Where(a => added.Contains(a.Id))
            .Include(a => a.Versions).ThenInclude(v => v.Parties).ToListAsync();
        if (agreements.Count != added.Count || agreements.Any(a => !AgreementLifecycle.CanRead(user, a))) error();
    }

    private static async Task CheckTermsAsync(PortalDbContext db, List<int> ids, Expression<Func<TaxonomyTerm, bool>> allowed, Action error)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count > 0 && await db.TaxonomyTerms.Where(allowed).CountAsync(t => wanted.Contains(t.Id)) != wanted.Count) error();
    }
}
