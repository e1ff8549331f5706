using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;
using static PartnerPortal.Infrastructure.Seeding.DemoInitiatives;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Adds the <see cref="DemoInitiatives"/> with their half-yearly progress. Reads organisations, areas, terms, programmes,
/// agreements, indicators and users by name or code from the database, so it runs at the end of a fresh demo seeding and
/// once on a demo database seeded before initiatives existed. Does nothing when initiatives exist or the demo network does not.
/// Every initiative is checked against <see cref="InitiativeRules.Check"/>; reports are submitted and reopened through
/// <see cref="ProgressRules"/>, by a member of the lead (or of a partner) and by a coordinator of the country.
/// </summary>
internal sealed class DemoInitiativeSeeder(PortalDbContext db)
{
    private sealed record Person(string Id, string Name, int OrganisationId, bool Coordinator, bool AllCountries, List<string> Countries);

    public int Reports { get; private set; }

    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Initiatives.AnyAsync(ct) || !await db.Organisations.AnyAsync(o => o.Name == DemoDataSeeder.PartnerNgoName, ct)) return 0;

        var orgs = (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.Min(o => o.Id), StringComparer.Ordinal);
        var areas = await DemoProgrammeSeeder.AreaKeysAsync(db, ct);
        var terms = (await db.TaxonomyTerms.AsNoTracking().Select(t => new { t.Id, t.Taxonomy, t.Code }).ToListAsync(ct))
            .ToDictionary(t => (t.Taxonomy, t.Code), t => t.Id);
        var sdg = (await db.SdgTargets.AsNoTracking().Select(t => t.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var gcm = (await db.GcmObjectives.AsNoTracking().Select(o => o.Number).ToListAsync(ct)).ToHashSet();
        var programmes = await db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Name, p => p.Id, ct);
        var agreements = (await db.AgreementVersions.AsNoTracking().Select(v => new { v.Title, v.AgreementId }).ToListAsync(ct))
            .GroupBy(v => v.Title).ToDictionary(g => g.Key, g => g.First().AgreementId, StringComparer.Ordinal);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.InitiativeId == null).ToDictionaryAsync(i => i.Code, ct);
        var people = await db.Users.AsNoTracking().Where(u => !u.IsDeactivated).OrderBy(u => u.Email)
            .Select(u => new Person(u.Id, u.FullName, u.OrganisationId, u.IsCoordinator, u.CoordinatesAllCountries,
                u.CoordinatedCountries.Select(c => c.CountryCode).ToList()))
            .ToListAsync(ct);

        int Org(string name) => orgs.TryGetValue(name, out var id) ? id : throw Missing("organisation", name);
        int Term(Taxonomy taxonomy, string code) => terms.TryGetValue((taxonomy, code), out var id) ? id : throw Missing(taxonomy.ToString(), code);

        var seeded = new List<(Seed Seed, Initiative Initiative)>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var seed in All)
        {
            var country = seed.Area.Split('|')[0];
            var (start, end) = Dates(seed.Period);
            var budget = seed.Budget.Split(' ');
            var created = Utc(Min(start.AddDays(-45), new DateOnly(2026, 9, 15)), 9);
            numbers[country] = numbers.GetValueOrDefault(country) + 1;
            var initiative = new Initiative
            {
                Reference = $"CBI-{country}-{start.Year}-{numbers[country]:000}", Title = seed.Title, Summary = seed.Summary,
                TypeId = Term(Taxonomy.InitiativeType, seed.Type), SectorId = Term(Taxonomy.Sector, seed.Sector), ValueChain = seed.ValueChain,
                Dimensions = seed.Dimensions, CountryCode = country, Locality = seed.Locality,
                AdministrativeAreaId = areas.TryGetValue(seed.Area, out var area) ? area : throw Missing("area", seed.Area),
                LeadOrganisationId = Org(seed.Lead), Status = seed.Status, StartDate = start, EndDate = end,
                Budget = decimal.Parse(budget[0], CultureInfo.InvariantCulture), Currency = budget[1],
                CoFunding = seed.CoFunding, CoFundingSource = seed.CoFundingSource,
                ReturneesFemale = seed.People.RF, ReturneesMale = seed.People.RM,
                CommunityMembersFemale = seed.People.CF, CommunityMembersMale = seed.People.CM,
                HouseholdsReached = seed.Households, IndirectBeneficiaries = seed.Indirect,
                HasSkilledMentor = seed.Mentor, SkillsTransferPlan = seed.SkillsTransferPlan, Governance = seed.Governance,
                GroupAgreement = seed.GroupAgreement, LegalRegistration = seed.LegalRegistration, ParticipatoryProcess = seed.Participatory,
                SustainabilityArrangement = seed.Sustainability, EnvironmentalConsiderations = seed.Environment, DoNoHarmNotes = seed.DoNoHarm,
                Outcomes = seed.Outcomes, CreatedAtUtc = created, UpdatedAtUtc = created,
                Partners = DemoProgrammeSeeder.Split(seed.Partners, ';').Select(p => p.Split(':', 2))
                    .Select(p => (Role: Enum.Parse<ParticipatingRole>(p[0]), Id: Org(p[1])))
                    .Prepend((Role: ParticipatingRole.Implementing, Id: Org(seed.Lead))).Distinct()
                    .Select(p => new InitiativePartner { OrganisationId = p.Id, Role = p.Role }).ToList(),
                OtherGroups = DemoProgrammeSeeder.Split(seed.Groups, ';').Select(g => g.Split(' '))
                    .Select(g => new InitiativeGroup { TermId = Term(Taxonomy.TargetGroup, g[0]), Count = int.Parse(g[1], CultureInfo.InvariantCulture) }).ToList(),
                Themes = DemoProgrammeSeeder.Split(seed.Themes, ' ').Select(c => new InitiativeTheme { TermId = Term(Taxonomy.ThematicArea, c) }).ToList(),
                SdgTargets = DemoProgrammeSeeder.Split(seed.Sdg, ' ').Select(c => sdg.Contains(c) ? new InitiativeSdgTarget { TargetCode = c } : throw Missing("SDG target", c)).ToList(),
                GcmObjectives = DemoProgrammeSeeder.Split(seed.Gcm, ' ').Select(n => int.Parse(n, CultureInfo.InvariantCulture))
                    .Select(n => gcm.Contains(n) ? new InitiativeGcmObjective { ObjectiveNumber = n } : throw Missing("GCM objective", n.ToString())).ToList(),
                Programmes = seed.Programme is { } programme
                    ? [new InitiativeProgramme { ProgrammeId = programmes.TryGetValue(programme, out var pid) ? pid : throw Missing("programme", programme) }] : [],
                Agreements = seed.Agreement is { } agreement
                    ? [new InitiativeAgreement { AgreementId = agreements.TryGetValue(agreement, out var aid) ? aid : throw Missing("agreement", agreement) }] : [],
            };
            if (InitiativeRules.Check(initiative, seed.Type) is [var problem, ..])
                throw new InvalidOperationException($"Demo initiative '{seed.Title}' breaks a rule: {problem.Message}");
            db.Initiatives.Add(initiative);
            seeded.Add((seed, initiative));
        }
        await db.SaveChangesAsync(ct); // the initiatives' ids, which progress events refer to

        for (var n = 0; n < seeded.Count; n++)
        {
            var (seed, initiative) = seeded[n];
            var partnerOrgs = initiative.Partners.Select(p => p.OrganisationId).Prepend(initiative.LeadOrganisationId!.Value).ToList();
            var reporter = partnerOrgs.Select(o => people.FirstOrDefault(p => p.OrganisationId == o)).FirstOrDefault(p => p is not null)
                ?? people.First(p => p.AllCountries);
            var coordinator = people.FirstOrDefault(p => p.Coordinator && p.Countries.Contains(initiative.CountryCode)) ?? people.First(p => p.AllCountries);
            var targets = Targets(seed.Indicators, indicators);
            foreach (var r in seed.Reports)
            {
                AddReport(seed, initiative, r, r == seed.Reports[^1], targets, reporter, coordinator, n);
                initiative.UpdatedAtUtc = Max(initiative.UpdatedAtUtc, Utc(Period(r.Period).End.AddDays(40), 12));
            }
        }
        await db.SaveChangesAsync(ct);
        return seeded.Count;
    }

    private void AddReport(Seed seed, Initiative initiative, Report r, bool latest, List<(Indicator Indicator, double Baseline, double Target)> targets,
        Person reporter, Person coordinator, int n)
    {
        var period = Period(r.Period);
        var written = Utc(period.End.AddDays(5 + n % 7), 9 + n % 6);
        var report = new ProgressReport
        {
            InitiativeId = initiative.Id, Year = period.Year, Half = period.Half, Narrative = r.Narrative, Risks = r.Risks, NextSteps = r.NextSteps,
            // The status at the end of the period: the initiative's own for its latest report, under way before that.
            Status = latest ? initiative.Status : ActivityStatus.Implementation, CreatedAtUtc = written, UpdatedAtUtc = written.AddDays(4),
            Values = targets.SelectMany(t => Values(t.Indicator, initiative, t.Baseline, t.Target, r.Progress)).ToList(),
        };
        db.ProgressReports.Add(report);
        Reports++;
        if (r.State == ProgressState.Draft) return;

        var submitter = new UserScope { UserId = reporter.Id, OrganisationId = reporter.OrganisationId };
        db.ProgressEvents.Add(ProgressRules.Submit(report, submitter, reporter.Name, written.AddDays(6)));
        if (r.ReopenReason is { } reason)
        {
            var scope = new UserScope
            {
                UserId = coordinator.Id, OrganisationId = coordinator.OrganisationId, IsCoordinator = true,
                CoordinatesAllCountries = coordinator.AllCountries, CoordinatedCountries = coordinator.Countries.ToHashSet(),
            };
            if (ProgressRules.WhyNotReopen(scope, initiative, report, reason) is { } why)
                throw new InvalidOperationException($"Demo progress of '{seed.Title}' cannot be reopened: {why}");
            db.ProgressEvents.Add(ProgressRules.Reopen(report, scope, coordinator.Name, reason, written.AddDays(15)));
        }
    }

    /// <summary>Baseline, target and actual, each split between returnee and community women and men in the initiative's proportions.</summary>
    private static IEnumerable<IndicatorValue> Values(Indicator indicator, Initiative i, double baseline, double target, double progress)
    {
        double[] weights = indicator.Code switch
        {
            "returnees-participating" => [i.ReturneesFemale, i.ReturneesMale, 0, 0],
            "community-members-participating" => [0, 0, i.CommunityMembersFemale, i.CommunityMembersMale],
            _ => [i.ReturneesFemale, i.ReturneesMale, i.CommunityMembersFemale, i.CommunityMembersMale],
        };
        // Hectares are counted to a tenth; everything else in whole units.
        var step = indicator.Unit == "hectares" ? 0.1 : 1;
        foreach (var (measure, total) in new[]
                 {
                     (IndicatorMeasure.Baseline, baseline), (IndicatorMeasure.Target, target),
                     (IndicatorMeasure.Actual, baseline + (target - baseline) * progress),
                 })
        {
            var parts = Split(total, weights, step);
            yield return new IndicatorValue
            {
                IndicatorId = indicator.Id, Measure = measure,
                ReturneeFemale = parts[0], ReturneeMale = parts[1], CommunityFemale = parts[2], CommunityMale = parts[3],
            };
        }
    }

    /// <summary>Splits <paramref name="total"/> (rounded to <paramref name="step"/>) by weight so that the parts add up to it exactly.</summary>
    private static double[] Split(double total, double[] weights, double step)
    {
        var units = (long)Math.Round(total / step);
        var sum = weights.Sum();
        var exact = weights.Select(w => sum == 0 ? 0 : units * w / sum).ToArray();
        var whole = exact.Select(e => (long)Math.Floor(e)).ToArray();
        var order = Enumerable.Range(0, exact.Length).OrderByDescending(k => exact[k] - whole[k]).ThenByDescending(k => weights[k]).ToList();
        for (var k = 0; whole.Sum() < units && sum > 0; k++) whole[order[k % order.Count]]++;
        return whole.Select(w => Math.Round(w * step, 1)).ToArray();
    }

    private static List<(Indicator, double, double)> Targets(string spec, Dictionary<string, Indicator> indicators) =>
        DemoProgrammeSeeder.Split(spec, ';').Select(s => s.Split(' '))
            .Select(s => (indicators.TryGetValue(s[0], out var i) ? i : throw Missing("standard indicator", s[0]),
                double.Parse(s[1], CultureInfo.InvariantCulture), double.Parse(s[2], CultureInfo.InvariantCulture)))
            .ToList();

    private static ReportingPeriod Period(string text) =>
        ReportingPeriod.TryParse(text, out var period) ? period : throw new InvalidOperationException($"Bad reporting period '{text}'.");

    private static (DateOnly, DateOnly) Dates(string period) => period.Split("..") is [var s, var e]
        ? (DateOnly.Parse(s, CultureInfo.InvariantCulture), DateOnly.Parse(e, CultureInfo.InvariantCulture))
        : throw new InvalidOperationException($"Bad period '{period}'.");

    private static DateTime Utc(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    private static InvalidOperationException Missing(string what, string name) => new($"Demo initiative {what} '{name}' does not exist.");
}
