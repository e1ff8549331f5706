using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Pages.Reports;
using PartnerPortal.Tests.Support;
using Xunit.Abstractions;

namespace PartnerPortal.Tests.Http;

/// <summary>
/// The biannual report's figures on the fixed Mali data set (<see cref="ReportTestData"/>), each counted by
/// hand in the comment beside it, plus the network report on the demo data.
/// </summary>
public class ReportFiguresTests(ITestOutputHelper output)
{
    private static readonly ReportingPeriod H1 = new(2026, 1);
    private static readonly ReportScope Mali = ReportScope.Country("ML");

    private static async Task<PortalFactory> MaliNetworkAsync()
    {
        var factory = new PortalFactory();
        await new ReportTestData(factory).AddMaliAsync();
        return factory;
    }

    private static async Task<BiannualReport> ComputeAsync(PortalFactory factory, ReportScope scope, ReportingPeriod period)
    {
        using var serviceScope = factory.Services.CreateScope();
        return await serviceScope.ServiceProvider.GetRequiredService<BiannualReportQuery>().ComputeAsync(scope, period);
    }

    [Fact]
    public async Task Key_figures_of_Mali_now_and_at_the_end_of_the_previous_half_year()
    {
        using var factory = await MaliNetworkAsync();
        var report = await ComputeAsync(factory, Mali, H1);

        Assert.Equal("Mali", report.ScopeName);
        Assert.Equal(["Mali"], report.Countries);
        Assert.Equal(new DateOnly(2026, 6, 30), report.AsOf);
        var figures = report.KeyFigures.ToDictionary(f => f.Label, f => (f.Current, f.Previous));
        // AMR, Kita council, SRI (seated in Senegal, operates in Mali); before 2026: SRI (created Feb 2026) not yet.
        Assert.Equal((3, 2), figures["Organisations"]);
        // All but the inactive mobile clinic and the September workshop; before 2026 also not the two SRI services (Feb 2026).
        Assert.Equal((6, 5), figures["Active services"]);
        // Clinic (10 May), legal aid (verify change 15 Mar), Bafoulabé health centre (2 Jan, first day of the window) of 6;
        // before: training (15 Nov) and Sikasso desk (20 Dec 2025) of 5.
        Assert.Equal((0.5, 0.4), figures["Services verified in the last 180 days"]);
        Assert.Equal(FigureFormat.Percent, report.KeyFigures.Single(f => f.Label == "Services verified in the last 180 days").Format);
        // Kita psychosocial gap (Feb 2026); before: the Sikasso health gap (open Oct 2025 – Mar 2026).
        Assert.Equal((1, 1), figures["Open coverage gaps"]);
        // SA-ML-2025-001 and SA-ML-2025-002 (v2 now, v1 at the end of 2025).
        Assert.Equal((2, 2), figures["Agreements in force"]);
        // SA-ML-2025-002 v2 on 1 Mar 2026; before: its v1 on 1 Oct 2025.
        Assert.Equal((1, 1), figures["Agreements signed in the half-year"]);
        // Bakery, shea cooperative, well, peer network (the market garden is in the pipeline); before: not the well (created 2026).
        Assert.Equal((4, 3), figures["Initiatives running"]);
        // (5+7+3+4) + (10+0+6+2) + (2+3+20+25) + (1+1+1+1) = 91; before 19 + 18 + 4 = 41.
        Assert.Equal((91, 41), figures["Participants"]);
        // 12 + 10 + 5 + 2 = 29; before 12 + 10 + 2 = 24.
        Assert.Equal((29, 24), figures["Returnees taking part"]);
        // 2026-H1: bakery and cooperative; 2025-H2: bakery and peer network (the cooperative's is a draft).
        Assert.Equal((2, 2), figures["Progress reports submitted"]);
        Assert.Equal(10, report.KeyFigures.Count);
    }

    [Fact]
    public async Task Stakeholders_and_services_of_Mali()
    {
        using var factory = await MaliNetworkAsync();
        var report = await ComputeAsync(factory, Mali, H1);

        var stakeholders = report.Stakeholders;
        Assert.Equal(3, stakeholders.Organisations);
        Assert.Equal([new("International NGO", 1), new("Local government", 1), new("National NGO", 1)], stakeholders.ByType);
        // Sikasso: AMR, council, SRI by area of operation (the late cooperative works in Kita, created after the as-of date);
        // Kayes: AMR (Kita area, three services), SRI (legal aid in Bafoulabé); four active services there, one in Sikasso.
        Assert.Equal([new("Sikasso", "Mali", 3, 1), new("Kayes", "Mali", 2, 4)], stakeholders.PresenceByArea);

        var services = report.Services;
        Assert.Equal(7, services.Services);          // all eight but the workshop created in September
        Assert.Equal(6, services.ActiveServices);
        Assert.Equal(3, services.VerifiedInLast180Days);
        Assert.Equal(0.5, services.ShareVerified);
        // Legal: legal aid, civil registry desk, Sikasso desk; health: Kita clinic, Bafoulabé centre; training: Kita training.
        Assert.Equal([new("Legal aid and civil documentation", 3), new("Health care", 2), new("Vocational and skills training", 1)], services.ByCategory);
        // Kayes: clinic, training (Kita and Bafoulabé: counted once), legal aid, health centre — 3 categories of 3 in use.
        // Sikasso: the legal desk. The civil registry desk is online only (no area).
        Assert.Equal([new("Kayes", "Mali", 4, 3, 3), new("Sikasso", "Mali", 1, 1, 3)], services.ByArea);
        Assert.Equal([new GapRow("Kita", "Mali", "Psychosocial support and mental health",
            "No psychosocial counselling within a day's travel of Kita.", new DateOnly(2026, 2, 10))], services.OpenGaps);
    }

    [Fact]
    public async Task Agreements_of_Mali_by_their_status_on_the_as_of_date()
    {
        using var factory = await MaliNetworkAsync();
        var report = await ComputeAsync(factory, Mali, H1);

        // Draft: SA-ML-2026-001; Active: SA-ML-2025-001, -002 (v2); Withdrawn: -003 (Feb 2026).
        Assert.Equal([new("Draft", 1), new("Active", 2), new("Withdrawn", 1)], report.Agreements.ByStatus);
        Assert.Equal([new AgreementRow("SA-ML-2025-002 v2", "Legal aid for returnees and their families", "Mali", "SRI · AMR",
            new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), new DateOnly(2027, 12, 31))], report.Agreements.SignedInPeriod);
        // Ends 31 Oct 2026, inside 2026-H2; the council has no acronym.
        Assert.Equal([new AgreementRow("SA-ML-2025-001", "Health referrals in Kita", "Mali", "AMR · Cercle de Kita Council",
            new DateOnly(2025, 6, 15), new DateOnly(2025, 7, 1), new DateOnly(2026, 10, 31))], report.Agreements.ExpiringNextPeriod);

        var before = await ComputeAsync(factory, Mali, H1.Previous);
        // On 31 Dec 2025: -001 and -002 v1 Active, -003 frozen but not yet withdrawn; -2026-001 did not exist.
        Assert.Equal([new("Ready for signature", 1), new("Active", 2)], before.Agreements.ByStatus);
        Assert.Equal(["SA-ML-2025-002"], before.Agreements.SignedInPeriod.Select(a => a.Reference));
        Assert.Empty(before.Agreements.ExpiringNextPeriod); // ends in Sept and Oct 2026, not in 2026-H1
    }

    [Fact]
    public async Task Initiatives_of_Mali_participants_goals_indicators_and_progress()
    {
        using var factory = await MaliNetworkAsync();
        var report = await ComputeAsync(factory, Mali, H1);
        var initiatives = report.Initiatives;

        Assert.Equal(5, initiatives.Initiatives);
        // The cooperative's submitted report says Finalisation; the draft of the well does not count; market garden in the pipeline.
        Assert.Equal([new("Pipeline", 1), new("Implementation", 3), new("Finalisation", 1)], initiatives.ByStatus);
        Assert.Equal([new("Community-based social enterprise", 2), new("Cooperative", 2), new("Community infrastructure", 1)], initiatives.ByType);
        // Economic: bakery, cooperative, market garden; cohesion: bakery, peer network; access: well.
        Assert.Equal([new("Improved economic opportunities", 3), new("Improved social cohesion", 2), new("Improved access to services", 1)], initiatives.ByTheme);
        // Running: bakery (5,7,3,4), cooperative (10,0,6,2), well (2,3,20,25), peer network (1,1,1,1); not the market garden (4 returnees).
        Assert.Equal(new ParticipantFigures(18, 11, 30, 32), initiatives.Participants);
        // Goal 1: bakery (1.4); 5: cooperative (5.5); 6: well (6.1); 8: bakery (8.5 and 8.3 count once), cooperative, market garden.
        Assert.Equal([new(1, "No poverty", 1), new(5, "Gender equality", 1), new(6, "Clean water and sanitation", 1),
            new(8, "Decent work and economic growth", 3)], initiatives.SdgGoals);
        // Submitted 2026-H1 actuals only: bakery + cooperative. Not the bakery's target, the well's draft, the cooperative's own indicator.
        Assert.Equal([new("participants", "Participants", "people", 2, 15, 7, 9, 6), new("jobs-created", "Jobs created", "jobs", 2, 1.5, 2, 0, 1.5),
            new("savings-mobilised", "Savings mobilised", "local currency", 1, 10_000, 20_000, 5_000, 5_000)], initiatives.IndicatorTotals);
        // Expected 4: submitted bakery, cooperative; in progress the well (draft); missing the peer network.
        Assert.Equal(new ProgressFigures(4, 2, 1, 1), initiatives.Progress);

        var before = await ComputeAsync(factory, Mali, H1.Previous);
        // 2025-H2: bakery, cooperative, peer network existed; all in implementation; bakery and peer network submitted.
        Assert.Equal([new("Implementation", 3)], before.Initiatives.ByStatus);
        Assert.Equal([new("participants", "Participants", "people", 2, 5, 7, 4, 4)], before.Initiatives.IndicatorTotals);
        Assert.Equal(new ProgressFigures(3, 2, 1, 0), before.Initiatives.Progress);
        // The previous half-year's own report agrees with the key figures' "previous" column.
        Assert.Equal(report.KeyFigures.Select(f => f.Previous), before.KeyFigures.Select(f => f.Current));
    }

    [Fact]
    public async Task Data_quality_annex_of_Mali_lists_stale_services_and_missing_progress()
    {
        using var factory = await MaliNetworkAsync();
        var annex = (await ComputeAsync(factory, Mali, H1)).DataQuality;

        // Active and not verified since 2 Jan 2026: training (15 Nov 2025), Sikasso desk (20 Dec 2025), civil registry desk (never).
        // By region (Kayes, Sikasso), services located nowhere last in their country.
        Assert.Equal(3, annex.StaleServicesTotal);
        Assert.Equal([
            new StaleServiceRow("Formation professionnelle Kita", "Association Malienne pour le Retour", "Kayes", "Mali", new DateOnly(2025, 11, 15)),
            new StaleServiceRow("Permanence juridique Sikasso", "Cercle de Kita Council", "Sikasso", "Mali", new DateOnly(2025, 12, 20)),
            new StaleServiceRow("Guichet d'état civil", "Cercle de Kita Council", "", "Mali", null),
        ], annex.StaleServices);
        Assert.Equal(2, annex.MissingProgressTotal);
        Assert.Equal([
            new MissingProgressRow("CBI-ML-2025-003", "Returnee peer network", "Association Malienne pour le Retour", "Mali", "Missing"),
            new MissingProgressRow("CBI-ML-2026-001", "Bafoulabé village well", "Cercle de Kita Council", "Mali", "Draft"),
        ], annex.MissingProgress);
    }

    [Fact]
    public async Task Records_of_another_country_never_reach_the_Mali_report()
    {
        using var factory = await MaliNetworkAsync();
        var before = Snapshot(await ComputeAsync(factory, Mali, H1));

        // Guinea has a prefecture called "Mali": a stale service and a gap there, a Guinean initiative and agreement, all in the period.
        await factory.WithDbAsync(async db =>
        {
            var guineanMali = await db.AdministrativeAreas.SingleAsync(a => a.CountryCode == "GN" && a.Name == "Mali");
            var org = await db.Organisations.FirstAsync(o => o.CountryCode == "GN");
            var location = new Location { Name = "Trap office", OrganisationId = org.Id, AdministrativeAreaId = guineanMali.Id };
            var service = new Service { Name = "Trap service", OrganisationId = org.Id, CategoryId = await db.TaxonomyTerms
                .Where(t => t.Taxonomy == Taxonomy.ServiceCategory).Select(t => t.Id).FirstAsync(), CreatedAtUtc = ReportTestData.Utc(2026, 2, 1) };
            service.ServiceAtLocations.Add(new ServiceAtLocation { LocationId = location.Id });
            db.AddRange(location, service);
            db.ServiceGaps.Add(new ServiceGap { AdministrativeAreaId = guineanMali.Id, CategoryId = service.CategoryId, Description = "Trap gap",
                ReportedByUserId = "test", ReportedAtUtc = ReportTestData.Utc(2026, 2, 1) });
            db.Initiatives.Add(new Initiative { Reference = "CBI-GN-TRAP", Title = "Trap initiative", CountryCode = "GN", TypeId = await db.TaxonomyTerms
                .Where(t => t.Taxonomy == Taxonomy.InitiativeType).Select(t => t.Id).FirstAsync(), Status = ActivityStatus.Implementation,
                StartDate = new DateOnly(2026, 1, 1), ReturneesFemale = 50, CreatedAtUtc = ReportTestData.Utc(2026, 1, 5) });
            db.SynergyAgreements.Add(new Domain.Agreements.SynergyAgreement { ReferenceNumber = "SA-GN-TRAP", CountryCode = "GN",
                CreatedAtUtc = ReportTestData.Utc(2026, 1, 5), Versions = [new() { Title = "Trap agreement", CreatedAtUtc = ReportTestData.Utc(2026, 1, 5),
                    ActivatedAtUtc = ReportTestData.Utc(2026, 2, 1), Status = Domain.Agreements.AgreementStatus.Active }] });
            return await db.SaveChangesAsync();
        });

        var after = Snapshot(await ComputeAsync(factory, Mali, H1));
        Assert.DoesNotContain("Trap", after);
        Assert.Equal(before, after);
        Assert.Contains("Trap", Snapshot(await ComputeAsync(factory, ReportScope.Country("GN"), H1)));
    }

    [Fact]
    public async Task The_network_report_covers_the_demo_countries_and_includes_every_Mali_figure()
    {
        using (var demo = new PortalFactory())
        {
            _ = await ComputeAsync(demo, ReportScope.Network, H1); // warms up EF's query compilation
            var clock = Stopwatch.StartNew();
            var network = await ComputeAsync(demo, ReportScope.Network, H1);
            output.WriteLine($"Network report 2026-H1 on the demo database: {clock.ElapsedMilliseconds} ms");
            Assert.Equal(ReportNetwork.Name, network.ScopeName);
            Assert.Equal(["Côte d'Ivoire", "Gambia", "Georgia", "Guinea", "Nepal", "Senegal"], network.Countries);
            Assert.True(network.Stakeholders.Organisations > 0 && network.Services.ActiveServices > 0);
            // The network's line for Guinea gives Guinea's own report's figures.
            var guinea = await ComputeAsync(demo, ReportScope.Country("GN"), H1);
            Assert.Equal(Line(guinea), network.ByCountry.Single(r => r.Country == "Guinea"));
            Assert.Equal(network.Countries, network.ByCountry.Select(r => r.Country));
            Assert.Empty(guinea.ByCountry);
        }

        using var factory = await MaliNetworkAsync();
        var mali = await ComputeAsync(factory, Mali, H1);
        var whole = await ComputeAsync(factory, ReportScope.Network, H1);
        Assert.Contains("Mali", whole.Countries);
        // Mali's line, as counted in the key figures above: 3 organisations, 6 active services, 1 open gap, 2 agreements in
        // force, 4 initiatives running with 91 participants, 2 of 4 progress reports submitted; the same as Mali's own report.
        Assert.Equal(new CountrySummaryRow("Mali", 3, 6, 1, 2, 4, 91, 2, 4), whole.ByCountry.Single(r => r.Country == "Mali"));
        Assert.Equal(Line(mali), whole.ByCountry.Single(r => r.Country == "Mali"));
        foreach (var (m, n) in mali.KeyFigures.Zip(whole.KeyFigures).Where(x => x.First.Format == FigureFormat.Count))
        {
            Assert.True(n.Current >= m.Current, $"{m.Label}: network {n.Current} < Mali {m.Current}");
            Assert.True(n.Previous >= m.Previous, $"{m.Label} (previous): network {n.Previous} < Mali {m.Previous}");
        }
        Assert.True(whole.Services.Services >= mali.Services.Services && whole.Services.VerifiedInLast180Days >= mali.Services.VerifiedInLast180Days);
        Assert.True(whole.DataQuality.StaleServicesTotal >= mali.DataQuality.StaleServicesTotal);
        // Mali's regions appear in the network with the same counts.
        Assert.All(mali.Stakeholders.PresenceByArea, row => Assert.Contains(row, whole.Stakeholders.PresenceByArea));
        Assert.All(mali.Services.ByArea, row => Assert.Contains(whole.Services.ByArea, r => r.Area == row.Area && r.Country == "Mali"
            && r.ActiveServices == row.ActiveServices && r.CategoriesCovered == row.CategoriesCovered));
        Assert.All(mali.Initiatives.ByTheme, row => Assert.True(whole.Initiatives.ByTheme.Single(r => r.Label == row.Label).Count >= row.Count));
        // Savings in CFA francs and in Guinean francs are not added up: each country keeps its own line.
        var savings = whole.Initiatives.IndicatorTotals.Where(r => r.Code == "savings-mobilised").ToList();
        Assert.Contains(new IndicatorTotalRow("savings-mobilised", "Savings mobilised (Mali)", "local currency", 1, 10_000, 20_000, 5_000, 5_000), savings);
        Assert.True(savings.Count > 1, "the demo's Guinean savings group reports savings too");
        Assert.DoesNotContain(savings, r => r.Name == "Savings mobilised");
    }

    /// <summary>A country's report's headline numbers in the shape of its line in the network report.</summary>
    private static CountrySummaryRow Line(BiannualReport country)
    {
        int Figure(string label) => (int)country.KeyFigures.Single(f => f.Label == label).Current;
        return new CountrySummaryRow(country.ScopeName, Figure("Organisations"), Figure("Active services"), Figure("Open coverage gaps"),
            Figure("Agreements in force"), Figure("Initiatives running"), Figure("Participants"), Figure("Progress reports submitted"),
            country.Initiatives.Progress.Expected);
    }

    /// <summary>Every figure of a report as text, apart from when it was generated.</summary>
    private static string Snapshot(BiannualReport r) => JsonSerializer.Serialize(new
    {
        r.ScopeName, r.Countries, r.KeyFigures, r.Stakeholders, r.Services, r.Agreements, r.Initiatives, r.DataQuality,
    });
}
