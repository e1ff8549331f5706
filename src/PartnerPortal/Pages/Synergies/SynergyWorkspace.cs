using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Infrastructure;
using PartnerPortal.Pages.Agreements;

namespace PartnerPortal.Pages.Synergies;

public enum DraftOutcome { Created, NotFound, Forbidden, NoLongerCandidate }

public sealed record DraftResult(DraftOutcome Outcome, int AgreementId = 0);

/// <summary>
/// What the programme page and the coordinators' synergy page share: loading programme facts and live
/// agreement links for the <see cref="SynergyFinder"/>, and the one-click start of a draft agreement
/// between the two programmes of a candidate pair.
/// </summary>
public sealed class SynergyWorkspace(PortalDbContext db, AgreementStore store, AgreementNotifier notifier, AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>What both pages say when a pair stopped being a candidate between showing it and the click.</summary>
    public const string NoLongerCandidate = "These two programmes are no longer a possible synergy: an agreement between them may have "
        + "been started meanwhile, or one of them changed. The list below is up to date.";

    /// <summary>Candidate pairs that overlap in the country, best first.</summary>
    public async Task<IReadOnlyList<SynergyCandidate>> CandidatesInAsync(string countryCode, CancellationToken ct = default)
    {
        var facts = await FactsAsync(db.Programmes.Where(p => p.Countries.Any(c => c.CountryCode == countryCode)), ct);
        return (await FinderAsync(ct)).Find(facts, await LinkedPairsAsync(facts.Select(f => f.Id).ToList(), ct), Today, countryCode);
    }

    /// <summary>The candidates of one programme, best first; null when it does not exist.</summary>
    public async Task<IReadOnlyList<SynergyCandidate>?> CandidatesForAsync(int programmeId, CancellationToken ct = default)
    {
        var countries = await db.Set<ProgrammeCountry>().Where(c => c.ProgrammeId == programmeId).Select(c => c.CountryCode).ToListAsync(ct);
        var facts = await FactsAsync(db.Programmes.Where(p => p.Id == programmeId || p.Countries.Any(c => countries.Contains(c.CountryCode))), ct);
        if (facts.SingleOrDefault(f => f.Id == programmeId) is not { } programme) return null;
        return (await FinderAsync(ct)).FindFor(programme, facts, await LinkedPairsAsync(facts.Select(f => f.Id).ToList(), ct), Today);
    }

    /// <summary>
    /// Starts a draft agreement between the owners of two programmes, after checking that the pair is still a
    /// candidate (in <paramref name="countryCode"/> when given) and that the user may start it. The parties bring
    /// their programmes; the draft's areas, target groups and dates are those the two share.
    /// </summary>
    public async Task<DraftResult> StartDraftAsync(int programmeA, int programmeB, string? countryCode, UserScope user, CancellationToken ct = default)
    {
        // One writer at a time between the check and the insert, so that a double click makes one draft.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var facts = await FactsAsync(db.Programmes.Where(p => p.Id == programmeA || p.Id == programmeB), ct);
        if (facts.Count != 2 || programmeA == programmeB) return new(DraftOutcome.NotFound);
        var linked = await LinkedPairsAsync([programmeA, programmeB], ct);
        var candidate = (await FinderAsync(ct)).Pair(facts[0], facts[1], linked, Today, string.IsNullOrEmpty(countryCode) ? null : countryCode);
        if (candidate is null) return new(DraftOutcome.NoLongerCandidate);
        var (first, second) = (candidate.First, candidate.Second);
        if (!AccessRules.CanStartSynergyDraft(user, candidate.CountryCode, first.OwnerOrganisationId, second.OwnerOrganisationId))
            return new(DraftOutcome.Forbidden);

        var actor = await store.ActorAsync(user, ct);
        var title = $"Synergy: {first.Name} × {second.Name}";
        var agreement = await store.NewDraftAsync(candidate.CountryCode, title.Length > 300 ? title[..299] + "…" : title,
            [Party(first), Party(second)], actor, ct);
        var version = agreement.Versions[0];
        version.Purpose = "Found by the synergy finder. " + string.Join(" ", candidate.Reasons.Select(r => r.EndsWith('.') ? r : r + "."));
        version.Areas = candidate.SharedAreas.Select(a => new AgreementArea { AdministrativeAreaId = a.Id }).ToList();
        version.TargetGroups = candidate.SharedTargetGroups.Select(t => new AgreementTargetGroup { TermId = t.Id }).ToList();
        // The agreement covers the time both programmes run, but cannot take effect in the past.
        version.StartDate = candidate.OverlapStart > Today ? candidate.OverlapStart : Today;
        version.EndDate = candidate.OverlapEnd;
        // Referral of individual returnees is the usual first synergy; a development side adds community work.
        version.Levels = LevelSet.Individual | (first.Kind == ProgrammeKind.Reintegration && second.Kind == ProgrammeKind.Reintegration ? LevelSet.None : LevelSet.Community);
        version.Stage = first.Status == ProgrammeStatus.Pipeline || second.Status == ProgrammeStatus.Pipeline ? AgreementStage.Design
            : first.Status == ProgrammeStatus.Finalisation || second.Status == ProgrammeStatus.Finalisation ? AgreementStage.Closing
            : AgreementStage.Implementation;
        await db.SaveChangesAsync(ct);

        audit.Record("agreement.draft-started", nameof(SynergyAgreement), agreement.Id.ToString(),
            detail: $"{agreement.ReferenceNumber}: {version.Title} (programmes {first.Id} and {second.Id})");
        await notifier.NotifyAsync(agreement, version, AgreementNotifier.Audience.Members, "draft synergy agreement started",
            $"{actor.Name} ({actor.OrganisationName}) started a draft synergy agreement between {first.Name} ({first.OwnerName}) and "
            + $"{second.Name} ({second.OwnerName}). The portal found that the two programmes overlap: {string.Join("; ", candidate.Reasons)}. "
            + "Open the draft to complete the terms together.", ct: ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(DraftOutcome.Created, agreement.Id);

        static AgreementParty Party(ProgrammeFacts p)
        {
            var kind = SynergyFinder.KindName(p.Kind);
            return new AgreementParty { OrganisationId = p.OwnerOrganisationId, ProgrammeId = p.Id, Role = char.ToUpperInvariant(kind[0]) + kind[1..] };
        }
    }

    private async Task<SynergyFinder> FinderAsync(CancellationToken ct) =>
        new(await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct));

    /// <summary>Programme facts for the finder: countries, areas with their paths, and terms split by taxonomy.</summary>
    private static async Task<List<ProgrammeFacts>> FactsAsync(IQueryable<Programme> programmes, CancellationToken ct)
    {
        var rows = await programmes.AsNoTracking().OrderBy(p => p.Id).Select(p => new
        {
            p.Id, p.Name, p.Acronym, p.OwnerOrganisationId, Owner = p.OwnerOrganisation!.Name, p.Kind, p.Status, p.StartDate, p.EndDate,
            Countries = p.Countries.Select(c => c.CountryCode).ToList(),
            Areas = p.Areas.Select(a => new { a.AdministrativeAreaId, a.AdministrativeArea!.Name, a.AdministrativeArea.Level, a.AdministrativeArea.Path, a.AdministrativeArea.CountryCode }).ToList(),
            Terms = p.Terms.Select(t => new { t.TermId, t.Term!.Name, t.Term.Taxonomy }).ToList(),
        }).AsSplitQuery().ToListAsync(ct);
        return rows.Select(r =>
        {
            List<TermFact> Of(Taxonomy taxonomy) => r.Terms.Where(t => t.Taxonomy == taxonomy).Select(t => new TermFact(t.TermId, t.Name)).ToList();
            return new ProgrammeFacts
            {
                Id = r.Id, Name = r.Name, Acronym = r.Acronym, OwnerOrganisationId = r.OwnerOrganisationId, OwnerName = r.Owner, Kind = r.Kind,
                Status = r.Status, Start = r.StartDate, End = r.EndDate, CountryCodes = r.Countries,
                Areas = r.Areas.Select(a => new AreaFact(a.AdministrativeAreaId, a.Name, a.Level, a.Path, a.CountryCode)).ToList(),
                TargetGroups = Of(Taxonomy.TargetGroup), Sectors = Of(Taxonomy.Sector), SupportOffered = Of(Taxonomy.ServiceCategory),
            };
        }).ToList();
    }

    /// <summary>Pairs of the given programmes that are parties together to a live agreement version.</summary>
    private async Task<IReadOnlySet<ProgrammePair>> LinkedPairsAsync(List<int> programmeIds, CancellationToken ct)
    {
        var versions = await db.AgreementVersions.AsNoTracking()
            .Where(v => v.Parties.Any(p => p.ProgrammeId != null && programmeIds.Contains(p.ProgrammeId.Value)))
            .Select(v => new { v.Status, Programmes = v.Parties.Where(p => p.ProgrammeId != null).Select(p => p.ProgrammeId!.Value).ToList() })
            .ToListAsync(ct);
        return SynergyFinder.LinkedPairs(versions.Select(v => new AgreementLink(v.Status, v.Programmes)));
    }
}
