using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;
using static PartnerPortal.Infrastructure.Seeding.DemoAgreementCatalogue;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Demo synergy agreements in every status, made the way the portal makes them: each one is drafted, negotiated,
/// frozen, signed, amended, declined, withdrawn, terminated or expired through <see cref="AgreementLifecycle"/> by
/// demo users acting at dated moments of 2024–2026, so that fingerprints, signatures, voided signatures and the
/// event log are what the portal itself would have produced. The terms come from <see cref="DemoAgreementCatalogue"/>;
/// the sequence of steps of each agreement is in DemoAgreementSeeder.Stories.cs. Runs inside the demo seeder's
/// transaction, on a database that has no agreement yet, so reference numbers count from 001.
/// </summary>
internal sealed partial class DemoAgreementSeeder(PortalDbContext db)
{
    private sealed record ServiceRow(Guid Id, int OrganisationId, string Name, string Category, ServiceStatus Status);

    private sealed record ProgrammeRow(int Id, int OwnerOrganisationId, DateOnly Start, DateOnly End);

    /// <summary>Where signatories signed from (documentation address ranges, everyday browsers).</summary>
    private static readonly (string Ip, string UserAgent)[] Devices =
    [
        ("198.51.100.23", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"),
        ("203.0.113.87", "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Mobile Safari/537.36"),
        ("192.0.2.144", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"),
        ("198.51.100.201", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"),
    ];

    private Dictionary<string, AdministrativeArea> _areas = [];
    private Dictionary<string, Organisation> _orgs = [];
    private Dictionary<string, int> _targetGroups = [];
    private HashSet<string> _sdgTargets = [];
    private List<ServiceRow> _services = [];
    private List<ProgrammeRow> _programmes = [];
    private readonly Dictionary<string, AgreementActor> _actors = [];
    private readonly Dictionary<string, int> _lastNumber = [];
    private int _signatures;

    public int Agreements => _lastNumber.Values.Sum();

    /// <param name="areas">The demo areas by key "CC|Region|District|Municipality".</param>
    /// <param name="orgs">Every demo organisation by name, the directory's providers included.</param>
    public async Task SeedAsync(Dictionary<string, AdministrativeArea> areas, Dictionary<string, Organisation> orgs, CancellationToken ct)
    {
        _areas = areas;
        _orgs = orgs;
        _targetGroups = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == Taxonomy.TargetGroup).ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        _sdgTargets = (await db.SdgTargets.AsNoTracking().Select(t => t.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        _services = await db.Services.AsNoTracking()
            .Select(s => new ServiceRow(s.Id, s.OrganisationId, s.Name, s.Category!.Code, s.Status)).ToListAsync(ct);
        // Programmes are another seeder's business; an agreement names one only where its party already runs one.
        _programmes = await db.Programmes.AsNoTracking()
            .Select(p => new ProgrammeRow(p.Id, p.OwnerOrganisationId, p.StartDate, p.EndDate)).ToListAsync(ct);

        await TellStoriesAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    // ------------------------------------------------------------------ building versions

    /// <summary>A new agreement with the next reference of its country and year, created by <paramref name="creator"/> and saved (parties need ids before anyone signs).</summary>
    private async Task<AgreementVersion> DraftAsync(Terms terms, string creator, DateTime createdAt, DateTime filledAt, CancellationToken ct)
    {
        var actor = await ActorAsync(creator, ct);
        var prefix = $"SA-{terms.Country}-{createdAt.Year}-";
        var number = _lastNumber[prefix] = _lastNumber.GetValueOrDefault(prefix) + 1;
        var agreement = new SynergyAgreement { ReferenceNumber = $"{prefix}{number:000}", CountryCode = terms.Country, CreatedAtUtc = createdAt };
        var v = new AgreementVersion { Agreement = agreement, Number = 1, Title = terms.Title, CreatedAtUtc = createdAt, UpdatedAtUtc = createdAt };
        agreement.Versions.Add(v);
        AgreementLifecycle.Record(v, actor, AgreementEventKind.Created, createdAt, terms.Title);
        // The creator names the parties first and writes the terms a few days later.
        Apply(v, terms);
        AgreementLifecycle.RecordEdit(v, actor, string.Join(", ", AgreementClauses.All.Skip(1).Select(c => c.Title)), filledAt);
        db.SynergyAgreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return v;
    }

    /// <summary>Opens an amendment of an Active version and writes its new terms, recording the clauses that changed.</summary>
    private async Task<AgreementVersion> AmendAsync(AgreementVersion active, Terms terms, string email, DateTime amendedAt, DateTime editedAt, CancellationToken ct)
    {
        var actor = await ActorAsync(email, ct);
        var (result, amendment) = AgreementLifecycle.Amend(active, actor, amendedAt);
        Must(result, active, "amend");
        var before = AgreementClauses.Of(amendment!);
        Apply(amendment!, terms);
        var changed = AgreementClauses.Of(amendment!).Zip(before).Where(p => p.First.Text != p.Second.Text).Select(p => p.First.Title);
        AgreementLifecycle.RecordEdit(amendment!, actor, string.Join(", ", changed), editedAt);
        await db.SaveChangesAsync(ct);
        return amendment!;
    }

    /// <summary>Writes every term of a version that has not been saved yet (a new draft or a fresh amendment).</summary>
    private void Apply(AgreementVersion v, Terms t)
    {
        v.Title = t.Title;
        v.Purpose = t.Purpose;
        v.Parties = t.Parties.Select((p, i) => new AgreementParty
        {
            OrganisationId = Org(p.Organisation).Id, ProgrammeId = ProgrammeOf(Org(p.Organisation).Id, t.Start, t.End),
            Role = p.Role, Eligibility = p.Eligibility, Position = i + 1,
            Contributions = p.Contributions.Select(c => new AgreementContribution { Type = c.Type, CostSharePercent = c.Share, Description = c.Description }).ToList(),
        }).ToList();
        v.BeneficiarySelection = t.BeneficiarySelection;
        v.ReferralChannel = t.Channel;
        v.ReferralPathways = t.Pathways.Select(p => new ReferralPathway
        {
            FromServiceId = ServiceOf(p.From, p.FromCategories, p.FromNear, t), ToServiceId = ServiceOf(p.To, p.ToCategories, p.ToNear, t), Conditions = p.Conditions,
        }).ToList();
        v.CommunitySelection = t.CommunitySelection;
        v.StructuralApproach = t.StructuralApproach;
        v.CoordinationMechanism = t.Coordination;
        v.MeetingFrequency = t.Meetings;
        v.FocalPoints = t.FocalPoints;
        v.MonitoringAndDataSharing = t.Monitoring;
        v.DataProtection = t.DataProtection;
        v.ReportingObligations = t.Reporting;
        v.Levels = t.Levels;
        v.Stage = t.Stage;
        v.Commitment = t.Commitment;
        v.Areas = t.Areas.Select(key => new AgreementArea
        {
            AdministrativeAreaId = _areas.TryGetValue(key, out var a) ? a.Id : throw Bad(t, $"area '{key}' does not exist"),
        }).ToList();
        v.TargetGroups = t.TargetGroups.Select(code => new AgreementTargetGroup
        {
            TermId = _targetGroups.TryGetValue(code, out var id) ? id : throw Bad(t, $"target group '{code}' does not exist"),
        }).ToList();
        v.SdgTargets = t.Sdgs.Select(code => _sdgTargets.Contains(code) ? new AgreementSdgTarget { TargetCode = code } : throw Bad(t, $"SDG target {code} does not exist")).ToList();
        v.StartDate = t.Start;
        v.EndDate = t.End;
        v.ReviewDate = t.Review;
        v.DueDiligenceNotes = t.DueDiligence;
        v.SigningOrder = t.Order;
    }

    private Organisation Org(string name) =>
        _orgs.TryGetValue(name, out var org) ? org : throw new InvalidOperationException($"Demo agreement party '{name}' is not seeded.");

    /// <summary>The party's own programme running during the agreement, if it has one.</summary>
    private int? ProgrammeOf(int organisationId, DateOnly start, DateOnly end) => _programmes
        .Where(p => p.OwnerOrganisationId == organisationId && p.Start <= end && p.End >= start)
        .OrderBy(p => p.Start).ThenBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault();

    /// <summary>
    /// The organisation's directory service to link: an active one of the wanted kinds, in the named place when
    /// one is, the most wanted kind first. The directory is generated, so the choice is made here, at run time.
    /// </summary>
    private Guid ServiceOf(string organisation, string categories, string? near, Terms t)
    {
        var orgId = Org(organisation).Id;
        var wanted = categories.Split(' ');
        int Rank(ServiceRow s) => Array.IndexOf(wanted, s.Category) is var i and >= 0 ? i : wanted.Length;
        return _services.Where(s => s.OrganisationId == orgId)
            .OrderBy(s => s.Status == ServiceStatus.Active ? 0 : 1)
            .ThenBy(s => Rank(s) < wanted.Length ? 0 : 1)
            .ThenBy(s => near is not null && s.Name.Contains(near, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(Rank)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => (Guid?)s.Id).FirstOrDefault()
            ?? throw Bad(t, $"'{organisation}' has no service in the directory to refer to or from");
    }

    private static InvalidOperationException Bad(Terms t, string problem) => new($"Demo agreement '{t.Title}': {problem}.");

    // ------------------------------------------------------------------ acting

    private static DateTime At(string utc) =>
        DateTime.SpecifyKind(DateTime.ParseExact(utc, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), DateTimeKind.Utc);

    /// <summary>A demo user as the lifecycle sees them: their scope, full name and organisation.</summary>
    private async Task<AgreementActor> ActorAsync(string email, CancellationToken ct)
    {
        if (_actors.TryGetValue(email, out var known)) return known;
        var row = await db.Users.AsNoTracking().Where(u => u.Email == email)
                .Select(u => new { u.Id, u.FullName, Organisation = u.Organisation!.Name }).SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Demo user {email} is not seeded.");
        var scope = await CurrentUser.LoadAsync(db, row.Id, ct) ?? throw new InvalidOperationException($"Demo user {email} is deactivated.");
        return _actors[email] = new AgreementActor(scope, row.FullName, row.Organisation);
    }

    private async Task SignAsync(AgreementVersion v, string email, string at, CancellationToken ct)
    {
        var actor = await ActorAsync(email, ct);
        var (ip, userAgent) = Devices[_signatures++ % Devices.Length];
        Must(AgreementLifecycle.Sign(v, actor, new SignatureDetails(actor.Name, actor.Name, email, ip, userAgent), At(at)), v, $"signature by {email}");
    }

    /// <summary>A comment on one clause, as a party member or coordinator writes it while the terms are open.</summary>
    private async Task CommentAsync(AgreementVersion v, string email, string clause, string at, string text, CancellationToken ct)
    {
        var actor = await ActorAsync(email, ct);
        if (AgreementLifecycle.WhyNot(AgreementAction.Comment, v, actor.User) is { } why) throw Refused(v, $"comment by {email}", why);
        if (v.Id == 0 || !AgreementClauses.IsKnown(clause)) throw Refused(v, $"comment by {email}", $"unsaved version or unknown clause '{clause}'");
        db.AgreementComments.Add(new AgreementComment
        {
            VersionId = v.Id, ClauseKey = clause, UserId = actor.User!.UserId, AuthorName = actor.Name,
            OrganisationName = actor.OrganisationName ?? "", Text = text, AtUtc = At(at),
        });
        AgreementLifecycle.Record(v, actor, AgreementEventKind.Commented, At(at), AgreementClauses.TitleOf(clause));
    }

    private Task ViewAsync(AgreementVersion v, string email, string at, CancellationToken ct) => ViewAsync(v, email, At(at), ct);

    private async Task ViewAsync(AgreementVersion v, string email, DateTime at, CancellationToken ct) =>
        AgreementLifecycle.Record(v, await ActorAsync(email, ct), AgreementEventKind.Viewed, at, null);

    private static void Must(TransitionResult result, AgreementVersion v, string step)
    {
        if (!result.Succeeded) throw Refused(v, step, result.Error);
    }

    private static InvalidOperationException Refused(AgreementVersion v, string step, string? why) =>
        new($"Demo agreement {v.Agreement?.ReferenceNumber} version {v.Number}: {step} refused: {why}");
}
