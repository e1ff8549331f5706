using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// The demo community-based initiatives, modelled on the examples of the EU-IOM knowledge paper (the Gambian bakery that
/// pays the village development committee, Daloa's paid waste collection, the Bouaké schools, the Kolda forest gardens,
/// the co-funded Georgian pilot, Nepali agro-enterprises), with half-yearly progress in 2025 and 2026: mostly submitted,
/// some drafts, one reopened and some periods left unreported so that the coordinators' missing-progress page has work.
/// </summary>
internal static partial class DemoInitiatives
{
    /// <summary>
    /// One half-year's report. <paramref name="Progress"/> is the share of each indicator's way from baseline to target
    /// reached by the end of the period; <paramref name="ReopenReason"/> makes a submitted report reopened by a coordinator.
    /// </summary>
    internal sealed record Report(string Period, ProgressState State, double Progress, string Narrative, string Risks, string NextSteps,
        string? ReopenReason = null);

    internal sealed class Seed
    {
        /// <summary>Area key "CC|Region|District|Municipality", as the other demo seeders name areas.</summary>
        public required string Area { get; init; }
        public required string Locality { get; init; }
        public required string Title { get; init; }
        public required string Summary { get; init; }
        /// <summary>Taxonomy.InitiativeType and Taxonomy.Sector codes.</summary>
        public required string Type { get; init; }
        public required string Sector { get; init; }
        public string? ValueChain { get; init; }
        public required ActivityStatus Status { get; init; }
        /// <summary>"start..end" as ISO dates.</summary>
        public required string Period { get; init; }
        public required string Lead { get; init; }
        /// <summary>"Role:Organisation name" separated by ';' (the lead is added as implementing).</summary>
        public string Partners { get; init; } = "";
        /// <summary>"amount CUR".</summary>
        public required string Budget { get; init; }
        public decimal? CoFunding { get; init; }
        public string? CoFundingSource { get; init; }
        /// <summary>Returnees female, male; community members female, male.</summary>
        public required (int RF, int RM, int CF, int CM) People { get; init; }
        /// <summary>Other target groups: "code count" separated by ';'.</summary>
        public string Groups { get; init; } = "";
        public int? Households { get; init; }
        public int? Indirect { get; init; }
        public bool Mentor { get; init; }
        public string? SkillsTransferPlan { get; init; }
        public required GovernanceForm Governance { get; init; }
        public string? GroupAgreement { get; init; }
        public string? LegalRegistration { get; init; }
        public string? Participatory { get; init; }
        public string? Sustainability { get; init; }
        public string? Environment { get; init; }
        public string? DoNoHarm { get; init; }
        /// <summary>Taxonomy.ThematicArea codes, SDG target codes and GCM objective numbers, space-separated.</summary>
        public required string Themes { get; init; }
        public required string Sdg { get; init; }
        public required string Gcm { get; init; }
        public required OutcomeCategories Outcomes { get; init; }
        public required DimensionSet Dimensions { get; init; }
        public string? Programme { get; init; }
        /// <summary>Title of a version of the demo agreement the initiative belongs to.</summary>
        public string? Agreement { get; init; }
        /// <summary>Standard indicators as "code baseline target" separated by ';'.</summary>
        public string Indicators { get; init; } = "";
        public Report[] Reports { get; init; } = [];
    }

    internal static IEnumerable<Seed> All => WestAfrica.Concat(Coast).Concat(GeorgiaNepal);

    private const ActivityStatus Pipeline = ActivityStatus.Pipeline, Implementation = ActivityStatus.Implementation,
        Finalisation = ActivityStatus.Finalisation, Closed = ActivityStatus.Closed, Suspended = ActivityStatus.Suspended;
    private const ProgressState Submitted = ProgressState.Submitted, Draft = ProgressState.Draft;
    private const OutcomeCategories Economic = OutcomeCategories.EconomicOpportunities, Services = OutcomeCategories.AccessToServices,
        Cohesion = OutcomeCategories.SocialCohesion, Environmental = OutcomeCategories.EnvironmentalResilience;
    private const DimensionSet EconomicSocial = DimensionSet.Economic | DimensionSet.Social;
    private const string EuTrustFund = DemoProgrammes.EuTrustFund;
    private const string Faic = "Federal Agency for International Cooperation – West Africa";
    private const string Fsh = "Fondation Sahel Horizons";
}
