using PartnerPortal.Authorization;

namespace PartnerPortal.Domain.Initiatives;

/// <summary>A rule an initiative breaks: the form field it concerns and the message shown next to it.</summary>
public sealed record RuleViolation(string Field, string Message);

/// <summary>The registry's rules (PRODUCT §6) and who may change what, as plain functions.</summary>
public static class InitiativeRules
{
    public const string CollectiveIncomeGeneratingActivity = "collective-income-generating-activity";

    /// <summary>Everything wrong with the initiative as it stands; empty when it may be saved.</summary>
    public static IReadOnlyList<RuleViolation> Check(Initiative i, string typeCode)
    {
        var problems = new List<RuleViolation>();
        if (i.StartDate is { } start && i.EndDate is { } end && end < start)
            problems.Add(new(nameof(Initiative.EndDate), "The end date must not come before the start date."));
        foreach (var (field, value) in new (string, int?)[]
                 {
                     (nameof(i.ReturneesFemale), i.ReturneesFemale), (nameof(i.ReturneesMale), i.ReturneesMale),
                     (nameof(i.CommunityMembersFemale), i.CommunityMembersFemale), (nameof(i.CommunityMembersMale), i.CommunityMembersMale),
                     (nameof(i.HouseholdsReached), i.HouseholdsReached), (nameof(i.IndirectBeneficiaries), i.IndirectBeneficiaries),
                 })
            if (value < 0) problems.Add(new(field, "A count cannot be negative."));
        foreach (var group in i.OtherGroups.Where(g => g.Count < 0))
            problems.Add(new(nameof(i.OtherGroups), "A count cannot be negative."));
        if (typeCode == CollectiveIncomeGeneratingActivity && !i.HasSkilledMentor && string.IsNullOrWhiteSpace(i.SkillsTransferPlan))
            problems.Add(new(nameof(Initiative.SkillsTransferPlan),
                "A collective income-generating activity without a skilled mentor must say how the skills will be transferred."));
        if (i.Status == ActivityStatus.Implementation && i.LeadOrganisationId is null)
            problems.Add(new(nameof(Initiative.LeadOrganisationId), "An initiative in implementation needs a lead implementer."));
        if (i.Budget < 0) problems.Add(new(nameof(Initiative.Budget), "The budget cannot be negative."));
        if (i.CoFunding < 0) problems.Add(new(nameof(Initiative.CoFunding), "Co-funding cannot be negative."));
        return problems;
    }

    /// <summary>The lead implementer's members, coordinators of the country, administrators.</summary>
    public static bool CanEdit(UserScope user, int? leadOrganisationId, string countryCode) =>
        AccessRules.CanActInCountry(user, countryCode) || (leadOrganisationId is { } lead && AccessRules.IsMemberOf(user, lead));

    /// <summary>Signed-in users read the full record of every initiative; the public reads published summaries.</summary>
    public static bool CanRead(UserScope? user, bool isPublished) => user is not null || isPublished;
}
