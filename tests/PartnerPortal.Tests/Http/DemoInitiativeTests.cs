using System.Net;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The demo community-based initiatives and their half-yearly progress.</summary>
public class DemoInitiativeTests : IDisposable
{
    private static readonly ReportingPeriod H1of2026 = new(2026, 1);
    private readonly PortalFactory _factory = new();

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<List<Initiative>> InitiativesAsync() => _factory.WithDbAsync(db => db.Initiatives.AsNoTracking()
        .Include(i => i.Type).Include(i => i.Partners).Include(i => i.OtherGroups).Include(i => i.Programmes).Include(i => i.Agreements)
        .Include(i => i.Themes).Include(i => i.SdgTargets).Include(i => i.GcmObjectives).AsSplitQuery().ToListAsync());

    [Fact]
    public async Task Every_demo_initiative_keeps_the_registry_rules()
    {
        var initiatives = await InitiativesAsync();
        Assert.InRange(initiatives.Count, 14, 18);
        foreach (var i in initiatives)
        {
            Assert.Empty(InitiativeRules.Check(i, i.Type!.Code));
            Assert.Matches($"^CBI-{i.CountryCode}-20\\d\\d-\\d{{3}}$", i.Reference);
            Assert.Contains(i.Partners, p => p.OrganisationId == i.LeadOrganisationId && p.Role == ParticipatingRole.Implementing);
            Assert.NotEmpty(i.Themes);
            Assert.NotEmpty(i.SdgTargets);
            Assert.NotEmpty(i.GcmObjectives);
            Assert.True(i.Participants > 0, i.Title);
        }
        Assert.Equal(initiatives.Count, initiatives.Select(i => i.Reference).Distinct().Count());
        // The rule that bites: a collective income-generating activity without a skilled mentor says how skills are passed on.
        var unmentored = Assert.Single(initiatives, i => i.Type!.Code == InitiativeRules.CollectiveIncomeGeneratingActivity && !i.HasSkilledMentor);
        Assert.False(string.IsNullOrWhiteSpace(unmentored.SkillsTransferPlan));
        Assert.Contains(initiatives, i => i.Partners.Any(p => p.Role == ParticipatingRole.Funding));
        Assert.Contains(initiatives, i => i.Programmes.Count > 0);
        Assert.Contains(initiatives, i => i.Agreements.Count > 0);
    }

    [Fact]
    public async Task Every_demo_country_has_initiatives_in_several_statuses()
    {
        var initiatives = await InitiativesAsync();
        Assert.Equal(["CI", "GE", "GM", "GN", "NP", "SN"], initiatives.Select(i => i.CountryCode).Distinct().Order());
        var statuses = initiatives.GroupBy(i => i.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(statuses[ActivityStatus.Implementation] > initiatives.Count / 2, "most initiatives are in implementation");
        foreach (var status in new[] { ActivityStatus.Pipeline, ActivityStatus.Finalisation, ActivityStatus.Closed })
            Assert.True(statuses.ContainsKey(status), $"no {status} initiative");
        Assert.Equal(1, statuses[ActivityStatus.Suspended]);
    }

    [Fact]
    public async Task H1_2026_has_submitted_draft_reopened_and_missing_progress_among_the_initiatives_that_owe_it()
    {
        var initiatives = await InitiativesAsync();
        var reports = await _factory.WithDbAsync(db => db.ProgressReports.AsNoTracking().Include(r => r.Values).ToListAsync());
        var events = await _factory.WithDbAsync(db => db.ProgressEvents.AsNoTracking().ToListAsync());

        var expected = initiatives.Where(i => ProgressRules.IsExpected(i, H1of2026)).ToList();
        var due = expected.Select(i => (Initiative: i, Report: reports.SingleOrDefault(r => r.InitiativeId == i.Id && r.Period == H1of2026))).ToList();
        Assert.True(due.Count(d => d.Report?.State == ProgressState.Submitted) >= 5);
        Assert.True(due.Count(d => d.Report is null) >= 2, "some initiatives have not reported for H1 2026");
        Assert.Contains(due, d => d.Report?.State == ProgressState.Draft);
        // Nobody reports for a period in which the initiative did not run.
        Assert.All(reports, r => Assert.True(ProgressRules.IsExpected(initiatives.Single(i => i.Id == r.InitiativeId), r.Period),
            $"report {r.Period} of initiative {r.InitiativeId}"));
        Assert.Equal(["2025-H1", "2025-H2", "2026-H1"], reports.Select(r => r.Period.ToString()).Distinct().Order());

        var reopened = Assert.Single(reports, r => r.State == ProgressState.Reopened);
        var history = events.Where(e => e.InitiativeId == reopened.InitiativeId && e.Year == reopened.Year && e.Half == reopened.Half).OrderBy(e => e.AtUtc).ToList();
        Assert.Equal([ProgressEventKind.Submitted, ProgressEventKind.Reopened], history.Select(e => e.Kind));
        Assert.False(string.IsNullOrWhiteSpace(history[1].Detail));
        Assert.Equal("Mamadou Camara", history[1].ActorName);

        foreach (var r in reports.Where(r => r.State == ProgressState.Submitted))
        {
            Assert.NotNull(r.SubmittedAtUtc);
            Assert.False(string.IsNullOrEmpty(r.SubmittedByUserId));
            Assert.True(r.SubmittedAtUtc > r.Period.End.ToDateTime(TimeOnly.MinValue), "submitted after the period ended");
            Assert.Single(events, e => e.InitiativeId == r.InitiativeId && e.Year == r.Year && e.Half == r.Half && e.Kind == ProgressEventKind.Submitted);
            Assert.False(string.IsNullOrWhiteSpace(r.Narrative));
        }
        Assert.All(reports.Where(r => r.State == ProgressState.Draft), r => Assert.Null(r.SubmittedAtUtc));
    }

    [Fact]
    public async Task Indicator_values_are_disaggregated_never_negative_and_come_from_the_standard_library()
    {
        var values = await _factory.WithDbAsync(db => db.IndicatorValues.AsNoTracking().Include(v => v.Indicator).ToListAsync());
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.True(v.ReturneeFemale >= 0 && v.ReturneeMale >= 0 && v.CommunityFemale >= 0 && v.CommunityMale >= 0));
        Assert.All(values, v => Assert.True(v.Indicator!.IsStandard));
        var byReport = values.GroupBy(v => (v.ProgressReportId, v.IndicatorId)).ToList();
        Assert.All(byReport, g => Assert.Equal([IndicatorMeasure.Baseline, IndicatorMeasure.Target, IndicatorMeasure.Actual], g.Select(v => v.Measure).Order()));
        // Daloa: more than 6,500 households subscribe to the waste collection by the end of H1 2026.
        var households = values.Where(v => v.Indicator!.Code == "households-improved-access" && v.Measure == IndicatorMeasure.Actual).Max(v => v.Total);
        Assert.Equal(6500, households);
        Assert.Contains(values, v => v.Measure == IndicatorMeasure.Actual && v.ReturneeFemale > 0 && v.CommunityMale > 0);
    }

    [Fact]
    public async Task The_coordinator_exports_the_demo_registry_with_regions_and_districts()
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.CoordinatorGuinea);
        var response = await client.GetAsync("/Initiatives/Export?country=CI");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var csv = CsvReader.Create(await response.Content.ReadAsByteArrayAsync());
        var rows = new List<(string Title, string Region, string District, string Funders)>();
        for (var first = true; csv.Read(); first = false)
            if (!first) rows.Add((csv.GetString("Title"), csv.GetString("Region"), csv.GetString("District"), csv.GetString("Funding partners")));
        Assert.Equal(3, rows.Count);
        var daloa = Assert.Single(rows, r => r.Title.StartsWith("Clean Daloa"));
        Assert.Equal(("Haut-Sassandra", "Daloa", "EU Emergency Trust Fund for Africa"), (daloa.Region, daloa.District, daloa.Funders));
        Assert.All(rows.Where(r => r.Title.Contains("Bouaké")), r => Assert.Equal(("Gbêkê", "Bouaké"), (r.Region, r.District)));
    }

    private static Task<int[]> CountsAsync(PortalFactory f) => f.WithDbAsync(async db => new[]
    {
        await db.Initiatives.CountAsync(), await db.InitiativePartners.CountAsync(), await db.ProgressReports.CountAsync(),
        await db.IndicatorValues.CountAsync(), await db.ProgressEvents.CountAsync(),
    });

    private PortalFactory RestartedApp() =>
        new(settings: new() { ["ConnectionStrings:Portal"] = $"Data Source={_factory.DatabasePath}" }, fromTemplate: false);

    [Fact]
    public async Task Starting_the_app_again_adds_no_second_set_of_demo_initiatives()
    {
        var before = await CountsAsync(_factory);
        Assert.True(before.All(n => n > 0));
        using var again = RestartedApp();
        Assert.Equal(before, await CountsAsync(again));
    }

    [Fact]
    public async Task A_demo_database_from_before_the_registry_receives_the_initiatives_once()
    {
        var before = await CountsAsync(_factory);
        await _factory.WithDbAsync(db => db.Initiatives.ExecuteDeleteAsync());
        var emptied = await CountsAsync(_factory);
        Assert.All(emptied, n => Assert.Equal(0, n));
        using var again = RestartedApp();
        Assert.Equal(before, await CountsAsync(again));
    }
}
