using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// Loads agreements the way every agreement page needs them (all versions' statuses and parties, one
/// version in full) and answers "may this user read it" in the query's wake, so that another
/// organisation's id reveals nothing.
/// </summary>
public sealed class AgreementStore(PortalDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The agreement with every version's parties and signatures, and the chosen version (the newest
    /// when <paramref name="versionNumber"/> is null) with all its terms; null when it does not exist
    /// or the user may not read it.
    /// </summary>
    public async Task<(SynergyAgreement Agreement, AgreementVersion Version)?> LoadAsync(
        int agreementId, int? versionNumber, UserScope user, bool tracking = false, CancellationToken ct = default)
    {
        IQueryable<SynergyAgreement> query = db.SynergyAgreements.Where(a => a.Id == agreementId)
            .Include(a => a.Versions).ThenInclude(v => v.Parties).ThenInclude(p => p.Organisation)
            .Include(a => a.Versions).ThenInclude(v => v.Signatures);
        if (!tracking) query = query.AsNoTrackingWithIdentityResolution();
        var agreement = await query.AsSplitQuery().SingleOrDefaultAsync(ct);
        if (agreement is null || !AgreementLifecycle.CanRead(user, agreement)) return null;
        var version = versionNumber is { } n
            ? agreement.Versions.SingleOrDefault(v => v.Number == n)
            : agreement.Versions.MaxBy(v => v.Number);
        if (version is null) return null;
        await LoadTermsAsync(version, tracking, ct);
        return (agreement, version);
    }

    /// <summary>Fills in one version's terms (contributions, pathways, areas, groups, SDG targets, programmes).</summary>
    public async Task LoadTermsAsync(AgreementVersion version, bool tracking, CancellationToken ct = default)
    {
        var partyIds = version.Parties.Select(p => p.Id).ToList();
        IQueryable<T> Q<T>(IQueryable<T> q) where T : class => tracking ? q : q.AsNoTracking();
        var contributions = await Q(db.AgreementContributions.Where(c => partyIds.Contains(c.PartyId))).ToListAsync(ct);
        var programmeIds = version.Parties.Where(p => p.ProgrammeId != null).Select(p => p.ProgrammeId!.Value).ToList();
        var programmes = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var party in version.Parties)
        {
            party.Contributions = contributions.Where(c => c.PartyId == party.Id).ToList();
            if (!tracking && party.ProgrammeId is { } pid) party.Programme = programmes.GetValueOrDefault(pid);
        }
        version.ReferralPathways = await Q(db.ReferralPathways.Where(r => r.VersionId == version.Id)
            .Include(r => r.FromService).ThenInclude(s => s!.Organisation)
            .Include(r => r.ToService).ThenInclude(s => s!.Organisation)).ToListAsync(ct);
        version.Areas = await Q(db.Set<AgreementArea>().Where(a => a.VersionId == version.Id).Include(a => a.AdministrativeArea)).ToListAsync(ct);
        version.TargetGroups = await Q(db.Set<AgreementTargetGroup>().Where(t => t.VersionId == version.Id).Include(t => t.Term)).ToListAsync(ct);
        version.SdgTargets = await Q(db.Set<AgreementSdgTarget>().Where(t => t.VersionId == version.Id).Include(t => t.Target)).ToListAsync(ct);
    }

    /// <summary>The user as an actor in the event log: full name (or email) and organisation name.</summary>
    public async Task<AgreementActor> ActorAsync(UserScope user, CancellationToken ct = default)
    {
        var row = await db.Users.AsNoTracking().Where(u => u.Id == user.UserId)
            .Select(u => new { u.FullName, u.Email, Organisation = u.Organisation!.Name }).SingleAsync(ct);
        return new AgreementActor(user, string.IsNullOrWhiteSpace(row.FullName) ? row.Email ?? "Unknown" : row.FullName, row.Organisation);
    }

    /// <summary>Agreement ids the user may read, for lists: parties of any version, coordinators of the country, administrators.</summary>
    public IQueryable<SynergyAgreement> Readable(UserScope user)
    {
        if (user.IsAdministrator || (user.IsCoordinator && user.CoordinatesAllCountries)) return db.SynergyAgreements;
        var countries = user.IsCoordinator ? user.CoordinatedCountries.ToList() : [];
        var org = user.OrganisationId;
        return db.SynergyAgreements.Where(a => countries.Contains(a.CountryCode)
            || a.Versions.Any(v => v.Parties.Any(p => p.OrganisationId == org)));
    }

    /// <summary>
    /// A new draft agreement between the given parties, with the next reference number of its
    /// country and year (e.g. SA-GN-2026-004). The caller checks permission and saves.
    /// </summary>
    public async Task<SynergyAgreement> NewDraftAsync(string countryCode, string title, IReadOnlyList<AgreementParty> parties,
        AgreementActor actor, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var prefix = $"SA-{countryCode}-{now.Year}-";
        var taken = await db.SynergyAgreements.Where(a => a.ReferenceNumber.StartsWith(prefix)).Select(a => a.ReferenceNumber).ToListAsync(ct);
        var next = taken.Select(r => int.TryParse(r[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var agreement = new SynergyAgreement { ReferenceNumber = $"{prefix}{next:000}", CountryCode = countryCode, CreatedAtUtc = now };
        for (var i = 0; i < parties.Count; i++) parties[i].Position = i + 1;
        var version = new AgreementVersion
        {
            Agreement = agreement, Number = 1, Title = title, Parties = parties.ToList(), CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        agreement.Versions.Add(version);
        AgreementLifecycle.Record(version, actor, AgreementEventKind.Created, now, title);
        db.SynergyAgreements.Add(agreement);
        return agreement;
    }
}
