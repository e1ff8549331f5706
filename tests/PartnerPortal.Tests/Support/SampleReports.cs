using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Pages.Reports;

namespace PartnerPortal.Tests.Support;

/// <summary>Biannual reports built by hand, so the template can be tested without the query.</summary>
public static class SampleReports
{
    public const string HostileServiceName = "<script>alert('x')</script> Cash grants";

    /// <summary>
    /// Guinea, H2 2025, with every section filled and a stale-services list of <paramref name="staleServices"/>
    /// rows (enough to run over several pages), the first named <see cref="HostileServiceName"/>.
    /// </summary>
    public static BiannualReport Guinea(int staleServices = 120) => new()
    {
        Scope = ReportScope.Country("GN"),
        ScopeName = "Guinea",
        Period = new ReportingPeriod(2025, 2),
        GeneratedAtUtc = new DateTime(2026, 1, 2, 6, 30, 0, DateTimeKind.Utc),
        Countries = ["Guinea"],
        KeyFigures =
        [
            new("Organisations", 1234, 1200),
            new("Active services", 87, 91),
            new("Services verified in the last 180 days", 0.625, 0.58, FigureFormat.Percent),
            new("Open coverage gaps", 4, 4),
            new("Agreements in force", 12, 9),
            new("Agreements signed in the half-year", 3, 2),
            new("Initiatives running", 18, 15),
            new("Participants", 2468, 2000),
            new("Returnees taking part", 1357, 1100),
            new("Progress reports submitted", 11, 14),
        ],
        Stakeholders = new StakeholderFigures(1234,
            [new("Non-governmental organisation", 700), new("Local government", 300), new("International organisation", 134), new("Private sector", 100)],
            [new("Conakry", "Guinea", 40, 30), new("Kindia", "Guinea", 25, 22), new("Labé", "Guinea", 9, 12), new("N'Zérékoré", "Guinea", 6, 23)]),
        Services = new ServiceFigures(95, 87, 54,
            [new("Health", 25), new("Psychosocial support", 20), new("Vocational training", 18), new("Legal aid", 14), new("Housing", 10)],
            [new("Conakry", "Guinea", 30, 5, 5), new("Kindia", "Guinea", 22, 4, 5), new("N'Zérékoré", "Guinea", 23, 3, 5), new("Labé", "Guinea", 12, 2, 5)],
            [new("Labé", "Guinea", "Legal aid", "No legal aid for returnees north of Labé.", new DateOnly(2025, 9, 14))]),
        Agreements = new AgreementFigures(
            [new("Draft", 2), new("In negotiation", 1), new("Active", 12), new("Expired", 3)],
            [new("SA-GN-2025-004", "Vocational training referrals in Kindia", "Guinea", "GSR · CFP Kindia", new DateOnly(2025, 8, 3), new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31)),
             new("SA-GN-2025-001 v2", "Psychosocial follow-up in Conakry", "Guinea", "GSR · Kindia Prefectural Council", new DateOnly(2025, 11, 20), new DateOnly(2025, 12, 1), new DateOnly(2026, 3, 31))],
            [new("SA-GN-2025-001 v2", "Psychosocial follow-up in Conakry", "Guinea", "GSR · Kindia Prefectural Council", new DateOnly(2025, 11, 20), new DateOnly(2025, 12, 1), new DateOnly(2026, 3, 31))]),
        Initiatives = new InitiativeFigures(21,
            [new("Implementation", 15), new("Finalisation", 3), new("Pipeline", 2), new("Closed", 1)],
            [new("Income-generating activity", 12), new("Community infrastructure", 6), new("Awareness raising", 3)],
            [new("Agriculture", 9), new("Youth employment", 8), new("Social cohesion", 7)],
            new ParticipantFigures(642, 715, 520, 591),
            [new(1, "No poverty", 8), new(8, "Decent work and economic growth", 14), new(10, "Reduced inequalities", 6)],
            [new("IND-01", "People trained", "people", 9, 120, 135, 80, 75.5), new("IND-02", "Businesses started", "businesses", 7, 30, 41, 12, 9)],
            new ProgressFigures(18, 11, 3, 4)),
        DataQuality = new DataQualityAnnex(
            staleServices + 30,
            Enumerable.Range(1, staleServices).Select(i => new StaleServiceRow(
                i == 1 ? HostileServiceName : $"Stale service {i:000}", $"Organisation {i % 17:00}", i % 2 == 0 ? "Kindia" : "Conakry", "Guinea",
                i % 5 == 0 ? null : new DateOnly(2024, 1 + i % 12, 1 + i % 28))).ToList(),
            7,
            [new("IN-GN-2025-003", "Poultry farming in Forécariah", "Guinée Solidarité Retour", "Guinea", "Missing"),
             new("IN-GN-2025-007", "Market stalls in Kindia", "Kindia Prefectural Council", "Guinea", "Draft")]),
    };

    /// <summary>A country in its first half-year: nothing signed, no initiative, no gap.</summary>
    public static BiannualReport Empty() => Guinea(0) with
    {
        Agreements = new AgreementFigures([], [], []),
        Initiatives = new InitiativeFigures(0, [], [], [], new ParticipantFigures(0, 0, 0, 0), [], [], new ProgressFigures(0, 0, 0, 0)),
        DataQuality = new DataQualityAnnex(0, [], 0, []),
    };
}
