namespace PartnerPortal.Domain.Agreements;

/// <summary>Builds an amendment: a new draft version carrying every term of the version it amends.</summary>
internal static class AgreementCopy
{
    public static AgreementVersion NextVersion(AgreementVersion v, int number, DateTime nowUtc) => new()
    {
        AgreementId = v.AgreementId, Agreement = v.Agreement, Number = number, Status = AgreementStatus.Draft,
        Title = v.Title, Purpose = v.Purpose, BeneficiarySelection = v.BeneficiarySelection, ReferralChannel = v.ReferralChannel,
        CommunitySelection = v.CommunitySelection, StructuralApproach = v.StructuralApproach,
        CoordinationMechanism = v.CoordinationMechanism, MeetingFrequency = v.MeetingFrequency, FocalPoints = v.FocalPoints,
        MonitoringAndDataSharing = v.MonitoringAndDataSharing, DataProtection = v.DataProtection,
        ReportingObligations = v.ReportingObligations, Levels = v.Levels, Stage = v.Stage, Commitment = v.Commitment,
        StartDate = v.StartDate, EndDate = v.EndDate, ReviewDate = v.ReviewDate, DueDiligenceNotes = v.DueDiligenceNotes,
        SigningOrder = v.SigningOrder, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        Parties = v.Parties.Select(p => new AgreementParty
        {
            OrganisationId = p.OrganisationId, ProgrammeId = p.ProgrammeId, Role = p.Role, Eligibility = p.Eligibility, Position = p.Position,
            Contributions = p.Contributions.Select(c => new AgreementContribution
                { Type = c.Type, Description = c.Description, CostSharePercent = c.CostSharePercent }).ToList(),
        }).ToList(),
        ReferralPathways = v.ReferralPathways.Select(r => new ReferralPathway
            { FromServiceId = r.FromServiceId, ToServiceId = r.ToServiceId, Conditions = r.Conditions }).ToList(),
        Areas = v.Areas.Select(a => new AgreementArea { AdministrativeAreaId = a.AdministrativeAreaId }).ToList(),
        TargetGroups = v.TargetGroups.Select(t => new AgreementTargetGroup { TermId = t.TermId }).ToList(),
        SdgTargets = v.SdgTargets.Select(t => new AgreementSdgTarget { TargetCode = t.TargetCode }).ToList(),
    };
}
