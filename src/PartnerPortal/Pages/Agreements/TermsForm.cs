using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PartnerPortal.Authorization;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// The terms of one agreement version as the edit form posts them, clause by clause as in
/// <see cref="AgreementClauses"/>. Parties, their contributions and the referral pathways are row lists
/// keyed by a row key (ASP.NET's ".Index" convention), so htmx can add or remove a row without
/// renumbering the others.
/// </summary>
public sealed partial class TermsForm
{
    private const string AtMost4000 = "Use at most 4,000 characters.";

    [Required(ErrorMessage = "Enter the agreement's title.")] [StringLength(300, ErrorMessage = "Use at most 300 characters.")]
    public string Title { get; set; } = "";
    [StringLength(4000, ErrorMessage = AtMost4000)] [Display(Name = "Purpose: each party's objectives, strengths and the gaps it fills")]
    public string? Purpose { get; set; }
    public List<PartyRow> Parties { get; set; } = [];
    [Display(Name = "Signing order")] public SigningOrder SigningOrder { get; set; } = SigningOrder.Parallel;
    [StringLength(4000, ErrorMessage = AtMost4000)] [Display(Name = "How beneficiaries are selected, and by whom")]
    public string? BeneficiarySelection { get; set; }
    [Display(Name = "Referral channel")] public ReferralChannel? ReferralChannel { get; set; }
    public List<PathwayRow> Pathways { get; set; } = [];
    [StringLength(4000, ErrorMessage = AtMost4000)] [Display(Name = "Who selects communities, and on what criteria")]
    public string? CommunitySelection { get; set; }
    [StringLength(4000, ErrorMessage = AtMost4000)] [Display(Name = "How structural interventions are identified and implemented")]
    public string? StructuralApproach { get; set; }
    [StringLength(4000, ErrorMessage = AtMost4000)] [Display(Name = "Coordination mechanism")] public string? CoordinationMechanism { get; set; }
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")] [Display(Name = "Meeting frequency")] public string? MeetingFrequency { get; set; }
    [StringLength(4000, ErrorMessage = AtMost4000)] [Display(Name = "Focal points")] public string? FocalPoints { get; set; }
    [StringLength(4000, ErrorMessage = AtMost4000)] [Display(Name = "Who monitors the support, and how data is shared")]
    public string? MonitoringAndDataSharing { get; set; }
    [StringLength(4000, ErrorMessage = AtMost4000)] [Display(Name = "Data protection")] public string? DataProtection { get; set; }
    [StringLength(4000, ErrorMessage = AtMost4000)] [Display(Name = "Reporting obligations")] public string? ReportingObligations { get; set; }
    public List<LevelSet> Levels { get; set; } = [];
    public AgreementStage Stage { get; set; } = AgreementStage.Implementation;
    [Display(Name = "Degree of commitment")] public CommitmentDegree Commitment { get; set; } = CommitmentDegree.General;
    public List<int> AreaIds { get; set; } = [];
    public List<int> TargetGroupIds { get; set; } = [];
    public List<string> SdgTargetCodes { get; set; } = [];
    [Display(Name = "Start date")] public DateOnly? StartDate { get; set; }
    [Display(Name = "End date")] public DateOnly? EndDate { get; set; }
    [Display(Name = "Review date")] public DateOnly? ReviewDate { get; set; }
    [StringLength(4000, ErrorMessage = AtMost4000)] [Display(Name = "Due-diligence notes")] public string? DueDiligenceNotes { get; set; }

    /// <summary>Where an error about the cost shares as a whole is shown (next to the parties' contributions).</summary>
    public const string CostSharesKey = "Form.CostShares";
    public const string PartiesKey = "Form.Parties";

    public static readonly LevelSet[] LevelChoices = [LevelSet.Individual, LevelSet.Community, LevelSet.Structural];

    public static TermsForm From(AgreementVersion v) => new()
    {
        Title = v.Title, Purpose = v.Purpose, SigningOrder = v.SigningOrder, BeneficiarySelection = v.BeneficiarySelection,
        ReferralChannel = v.ReferralChannel, CommunitySelection = v.CommunitySelection, StructuralApproach = v.StructuralApproach,
        CoordinationMechanism = v.CoordinationMechanism, MeetingFrequency = v.MeetingFrequency, FocalPoints = v.FocalPoints,
        MonitoringAndDataSharing = v.MonitoringAndDataSharing, DataProtection = v.DataProtection, ReportingObligations = v.ReportingObligations,
        Levels = LevelChoices.Where(l => v.Levels.HasFlag(l)).ToList(), Stage = v.Stage, Commitment = v.Commitment,
        AreaIds = v.Areas.Select(a => a.AdministrativeAreaId).ToList(), TargetGroupIds = v.TargetGroups.Select(t => t.TermId).ToList(),
        SdgTargetCodes = v.SdgTargets.Select(t => t.TargetCode).ToList(),
        StartDate = v.StartDate, EndDate = v.EndDate, ReviewDate = v.ReviewDate, DueDiligenceNotes = v.DueDiligenceNotes,
        Parties = v.Parties.OrderBy(p => p.Position).ThenBy(p => p.Id).Select(PartyRow.From).ToList(),
        Pathways = v.ReferralPathways.OrderBy(r => r.Id).Select(PathwayRow.From).ToList(),
    };

    /// <summary>
    /// Checks what the attributes cannot: that every organisation, programme, service, area and term exists and is
    /// within the agreement's scope, and that the terms hold together. Errors are keyed to the field they concern.
    /// </summary>
    public void Validate(ModelStateDictionary state, AgreementVersion v, TermsChoices choices, UserScope user)
    {
        void Error(string field, string message) => state.AddModelError($"Form.{field}", message);
        if (!Enum.IsDefined(SigningOrder)) Error(nameof(SigningOrder), "Choose parallel or sequential signing.");
        if (ReferralChannel is { } channel && !Enum.IsDefined(channel)) Error(nameof(ReferralChannel), "Choose a referral channel from the list.");
        if (!Enum.IsDefined(Stage)) Error(nameof(Stage), "Choose a stage from the list.");
        if (!Enum.IsDefined(Commitment)) Error(nameof(Commitment), "Choose a degree of commitment from the list.");
        if (Levels.Any(l => !LevelChoices.Contains(l))) Error(nameof(Levels), "Choose levels from the list.");
        if (AreaIds.Any(id => choices.Areas.All(a => a.Id != id))) Error(nameof(AreaIds), "Choose areas of the agreement's country from the list.");
        if (TargetGroupIds.Any(id => choices.TargetGroups.All(t => t.Id != id))) Error(nameof(TargetGroupIds), "Choose target groups from the list.");
        if (SdgTargetCodes.Any(code => !choices.SdgTargetCodes.Contains(code))) Error(nameof(SdgTargetCodes), "Choose SDG targets from the list.");
        if (StartDate is { } start && EndDate is { } end && end <= start) Error(nameof(EndDate), "The end date must come after the start date.");
        if (ReviewDate is { } review && ((StartDate is { } s && review < s) || (EndDate is { } e && review > e)))
            Error(nameof(ReviewDate), "The review date must fall between the start and end dates.");
        var keys = Parties.Select(p => p.Key).Concat(Parties.SelectMany(p => p.Contributions).Select(c => c.Key)).Concat(Pathways.Select(p => p.Key));
        if (!keys.All(IsKey)) state.AddModelError("", "The form came back damaged. Reload the page and make your changes again.");
        ValidateParties(state, v, choices, user);
        ValidatePathways(state, choices);
    }

    private void ValidateParties(ModelStateDictionary state, AgreementVersion v, TermsChoices choices, UserScope user)
    {
        var kept = KeptParties().ToList();
        if (kept.Count == 0) state.AddModelError(PartiesKey, "An agreement keeps at least one party.");
        foreach (var removed in v.Parties.Where(p => kept.All(r => r.Id != p.Id)))
        {
            if (v.Signatures.Any(s => s.PartyId == removed.Id))
                state.AddModelError(PartiesKey, $"{removed.Organisation?.Name} signed an earlier round of this version; the signature history keeps it as a party.");
            if (removed.OrganisationId == user.OrganisationId && !AgreementLifecycle.IsCoordinatorOf(user, v.Agreement!.CountryCode))
                state.AddModelError(PartiesKey, "Your organisation is a party; only a coordinator of the country can remove it.");
        }
        var seen = new HashSet<int>();
        foreach (var row in kept)
        {
            var key = $"Form.Parties[{row.Key}]";
            var existing = row.Id is { } id ? v.Parties.FirstOrDefault(p => p.Id == id) : null;
            if (row.Id is not null && existing is null)
            {
                state.AddModelError(key + ".OrganisationId", "This party is no longer in the agreement. Reload the page.");
                continue;
            }
            var organisationId = existing?.OrganisationId ?? row.OrganisationId;
            if (organisationId is null) state.AddModelError(key + ".OrganisationId", "Choose the party's organisation.");
            else if (existing is null && choices.Organisations.All(o => o.Id != organisationId))
                state.AddModelError(key + ".OrganisationId", "Choose an organisation working in the agreement's country.");
            else if (!seen.Add(organisationId.Value)) state.AddModelError(key + ".OrganisationId", "This organisation is already a party.");
            if (row.ProgrammeId is { } programme && choices.Programmes.All(p => p.Id != programme || p.OwnerOrganisationId != organisationId))
                state.AddModelError(key + ".ProgrammeId", "Choose a programme of this party's organisation, or none.");
            foreach (var c in row.KeptContributions())
            {
                var ck = $"{key}.Contributions[{c.Key}]";
                if (c.Type is not { } type || !Enum.IsDefined(type)) state.AddModelError(ck + ".Type", "Choose the type of support.");
                if (string.IsNullOrWhiteSpace(c.Description)) state.AddModelError(ck + ".Description", "Describe the support this party provides.");
            }
        }
        foreach (var clash in kept.Where(r => r.Position is not null).GroupBy(r => r.Position).Where(g => g.Count() > 1))
            foreach (var row in clash.Skip(1))
                state.AddModelError($"Form.Parties[{row.Key}].Position", "Another party has this place in the signing order.");
        var shares = kept.SelectMany(p => p.KeptContributions()).Sum(c => c.CostSharePercent ?? 0);
        if (shares > 100) state.AddModelError(CostSharesKey, $"The cost shares add up to {shares:0.##}%; together they cannot exceed 100%.");
    }

    private void ValidatePathways(ModelStateDictionary state, TermsChoices choices)
    {
        var seen = new HashSet<(Guid, Guid)>();
        foreach (var row in Pathways.Where(p => !p.IsBlank()))
        {
            var key = $"Form.Pathways[{row.Key}]";
            if (row.FromServiceId is not { } from || !choices.HasService(from))
                state.AddModelError(key + ".FromServiceId", "Choose the service returnees are referred from, in the directory of the agreement's country.");
            if (row.ToServiceId is not { } to || !choices.HasService(to))
                state.AddModelError(key + ".ToServiceId", "Choose the service returnees are referred to, in the directory of the agreement's country.");
            else if (to == row.FromServiceId) state.AddModelError(key + ".ToServiceId", "A pathway leads from one service to another.");
            else if (row.FromServiceId is { } start && !seen.Add((start, to))) state.AddModelError(key + ".ToServiceId", "This pathway is already listed.");
        }
    }

    /// <summary>A fresh key for a new row: letters and digits only, so it is safe in names and ids.</summary>
    public static string NewKey() => "n" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Row keys come back from the browser; only the shape <see cref="NewKey"/> and stored rows use is accepted.</summary>
    public static bool IsKey(string? key) => key is { Length: > 0 and <= 20 } && key.All(char.IsAsciiLetterOrDigit);

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}
