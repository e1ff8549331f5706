using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The report benchmark's generated agreements and initiatives, in small numbers on the demo database.</summary>
public class LargeActivityGeneratorTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task GenerateAsync(int agreements, int initiatives)
    {
        using var scope = _factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<LargeActivityGenerator>().GenerateAsync(agreements, initiatives);
    }

    [Fact]
    public async Task Generated_agreements_follow_the_lifecycle_with_one_intact_active_version()
    {
        var before = await _factory.WithDbAsync(db => db.SynergyAgreements.MaxAsync(a => a.Id));
        await GenerateAsync(20, 0);

        var now = _factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var countries = await _factory.WithDbAsync(db => db.Organisations.ToDictionaryAsync(o => o.Id, o => o.CountryCode));
        var agreements = await _factory.WithDbAsync(db => db.SynergyAgreements.AsNoTracking().Where(a => a.Id > before)
            .Include(a => a.Events)
            .Include(a => a.Versions).ThenInclude(v => v.Parties).ThenInclude(p => p.Contributions)
            .Include(a => a.Versions).ThenInclude(v => v.Areas)
            .Include(a => a.Versions).ThenInclude(v => v.TargetGroups)
            .Include(a => a.Versions).ThenInclude(v => v.SdgTargets)
            .Include(a => a.Versions).ThenInclude(v => v.ReferralPathways)
            .Include(a => a.Versions).ThenInclude(v => v.Signatures)
            .AsSplitQuery().ToListAsync());

        Assert.Equal(20, agreements.Count);
        Assert.True(agreements.Select(a => a.Versions[0].Status).Distinct().Count() >= 4, "statuses spread over the lifecycle");
        foreach (var a in agreements)
        {
            Assert.Matches($"^SA-{a.CountryCode}-{a.CreatedAtUtc.Year}-\\d{{5}}$", a.ReferenceNumber);
            Assert.Contains(a.Events, e => e.Kind == AgreementEventKind.Created && e.AtUtc == a.CreatedAtUtc);
            var active = a.Versions.Where(v => v.Status == AgreementStatus.Active).ToList();
            Assert.True(active.Count <= 1, a.ReferenceNumber);
            foreach (var v in a.Versions)
            {
                Assert.InRange(v.Parties.Count, 2, 3);
                Assert.All(v.Parties, p => Assert.Equal(a.CountryCode, countries[p.OrganisationId]));
                Assert.True(v.CreatedAtUtc <= now && v.StartDate < v.EndDate, a.ReferenceNumber);
                var frozen = v.Status is AgreementStatus.ReadyForSignature or AgreementStatus.Active or AgreementStatus.Expired
                    or AgreementStatus.Terminated or AgreementStatus.Superseded;
                Assert.Equal(frozen ? IntegrityState.Intact : IntegrityState.NotFrozen, AgreementIntegrity.Check(v));
                if (v.ActivatedAtUtc is { } activated)
                {
                    Assert.True(v.CreatedAtUtc < v.FrozenAtUtc && v.FrozenAtUtc < activated && activated <= now, a.ReferenceNumber);
                    Assert.NotNull(v.VerificationCode);
                    Assert.Contains(a.Events, e => e.Kind == AgreementEventKind.Activated && e.VersionNumber == v.Number);
                }
                var ended = v.Status is AgreementStatus.Expired or AgreementStatus.Terminated or AgreementStatus.Withdrawn or AgreementStatus.Superseded;
                Assert.Equal(ended, v.EndedAtUtc is not null);
                if (v.EndedAtUtc is { } end) Assert.True(end <= now && end > v.CreatedAtUtc, a.ReferenceNumber);
            }
            if (active is [var inForce])
            {
                Assert.NotNull(inForce.ActivatedAtUtc);
                Assert.True(inForce.StartDate <= today && inForce.EndDate >= today, a.ReferenceNumber);
                Assert.Equal(inForce.Number, a.Versions.Max(v => v.Number));
            }
        }
    }

    [Fact]
    public async Task Generated_initiatives_have_at_most_one_report_per_period_for_the_last_four_half_years()
    {
        var before = await _factory.WithDbAsync(db => db.Initiatives.MaxAsync(i => i.Id));
        await GenerateAsync(5, 50);
        // A second generation on the same database takes the next free reference numbers.
        await GenerateAsync(2, 3);

        var today = DateOnly.FromDateTime(_factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var last = ReportingPeriod.LastEndedOn(today);
        ReportingPeriod[] periods = [last.Previous.Previous.Previous, last.Previous.Previous, last.Previous, last];
        var initiatives = await _factory.WithDbAsync(db => db.Initiatives.AsNoTracking().Where(i => i.Id > before)
            .Include(i => i.Partners).Include(i => i.Themes).Include(i => i.SdgTargets).Include(i => i.Type).AsSplitQuery().ToListAsync());
        var reports = await _factory.WithDbAsync(db => db.ProgressReports.AsNoTracking().Where(r => r.InitiativeId > before)
            .Include(r => r.Values).ToListAsync());

        Assert.Equal(53, initiatives.Count);
        Assert.True(initiatives.Count(i => i.Status == ActivityStatus.Implementation) > initiatives.Count / 2, "mostly in implementation");
        foreach (var i in initiatives)
        {
            Assert.Empty(InitiativeRules.Check(i, i.Type!.Code));
            Assert.Contains(i.Partners, p => p.OrganisationId == i.LeadOrganisationId && p.Role == ParticipatingRole.Implementing);
            Assert.NotEmpty(i.Themes);
            Assert.NotEmpty(i.SdgTargets);
            Assert.True(i.Participants > 0);
        }

        var byInitiative = initiatives.ToDictionary(i => i.Id);
        Assert.All(reports.GroupBy(r => (r.InitiativeId, r.Period)), g => Assert.Single(g));
        Assert.All(reports, r =>
        {
            Assert.Contains(r.Period, periods);
            Assert.True(ProgressRules.IsExpected(byInitiative[r.InitiativeId], r.Period));
            var indicators = r.Values.Where(v => v.Measure == IndicatorMeasure.Actual).Select(v => v.IndicatorId).ToList();
            Assert.InRange(indicators.Count, 3, 5);
            Assert.Equal(indicators.Count, indicators.Distinct().Count());
            Assert.Equal(r.State != ProgressState.Draft, r.SubmittedAtUtc is not null);
        });
        var expected = initiatives.Sum(i => periods.Count(p => ProgressRules.IsExpected(i, p)));
        Assert.InRange(reports.Count, expected / 2, expected - 1); // some progress is missing
        Assert.True(reports.Count(r => r.State == ProgressState.Submitted) > reports.Count / 2, "mostly submitted");
        Assert.Contains(reports, r => r.State == ProgressState.Draft);
        Assert.Contains(reports, r => r.Values.Any(v => v.Measure == IndicatorMeasure.Target));
    }
}
