using System.Globalization;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>How statuses, roles, governance forms, outcomes, places and amounts of initiatives read on the pages.</summary>
public static class InitiativeNames
{
    public static string Status(ActivityStatus status) => status switch
    {
        ActivityStatus.Pipeline => "Pipeline (not started)",
        _ => status.ToString(),
    };

    public static string StatusBadge(ActivityStatus status) => status switch
    {
        ActivityStatus.Implementation => "text-bg-success",
        ActivityStatus.Pipeline or ActivityStatus.Finalisation => "text-bg-info",
        ActivityStatus.Suspended => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    /// <summary>The IATI organisation role, as the partner's part in the initiative.</summary>
    public static string Role(ParticipatingRole role) => role switch
    {
        ParticipatingRole.Funding => "Funding",
        ParticipatingRole.Accountable => "Accountable",
        ParticipatingRole.Extending => "Extending (channels the funds)",
        ParticipatingRole.Implementing => "Implementing",
        _ => role.ToString(),
    };

    public static string Governance(GovernanceForm form) => form switch
    {
        GovernanceForm.CommunityCommittee => "Community committee",
        GovernanceForm.CooperativeBoard => "Cooperative board",
        GovernanceForm.SelfHelpGroup => "Self-help group",
        GovernanceForm.VillageDevelopmentCommittee => "Village development committee",
        _ => "Other",
    };

    public static string Outcome(OutcomeCategories outcome) => outcome switch
    {
        OutcomeCategories.EconomicOpportunities => "Improved economic opportunities",
        OutcomeCategories.AccessToServices => "Improved access to services",
        OutcomeCategories.SocialCohesion => "Improved social cohesion",
        OutcomeCategories.EnvironmentalResilience => "Resilience to environmental degradation and climate change",
        _ => outcome.ToString(),
    };

    public static readonly OutcomeCategories[] AllOutcomes =
        [OutcomeCategories.EconomicOpportunities, OutcomeCategories.AccessToServices, OutcomeCategories.SocialCohesion, OutcomeCategories.EnvironmentalResilience];

    public static readonly DimensionSet[] AllDimensions = [DimensionSet.Economic, DimensionSet.Social, DimensionSet.Psychosocial];

    /// <summary>"Friguiagbé, Guinea — Market square".</summary>
    public static string Place(string country, string? area, string? locality) =>
        string.Join(", ", new[] { locality, area, country }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static string Amount(decimal? amount, string? currency) =>
        amount is { } a ? $"{currency} {a.ToString(a == decimal.Truncate(a) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture)}".Trim() : "Not given";

    public static string Dates(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => "Not given",
        ({ } s, null) => $"From {s:d MMM yyyy}",
        (null, { } e) => $"Until {e:d MMM yyyy}",
        ({ } s, { } e) => $"{s:d MMM yyyy} – {e:d MMM yyyy}",
    };

    public static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
