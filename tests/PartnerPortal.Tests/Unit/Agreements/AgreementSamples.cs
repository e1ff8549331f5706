using PartnerPortal.Authorization;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Tests.Unit.Agreements;

/// <summary>The people of the lifecycle tests, and an in-memory two-party agreement in Guinea with complete terms.</summary>
public static class AgreementSamples
{
    public const int OrgA = 10, OrgB = 20, ThirdOrg = 30, CoordinationOrg = 40;

    public enum Role { PartyMember, PartySignatory, ThirdOrganisationSignatory, Coordinator, OtherCountryCoordinator, GlobalCoordinator, Administrator, Portal }

    public static UserScope? Scope(Role role, int partyOrg = OrgA) => role switch
    {
        Role.PartyMember => new UserScope { UserId = $"member-{partyOrg}", OrganisationId = partyOrg },
        Role.PartySignatory => new UserScope { UserId = $"signatory-{partyOrg}", OrganisationId = partyOrg, IsSignatory = true },
        Role.ThirdOrganisationSignatory => new UserScope { UserId = "third", OrganisationId = ThirdOrg, IsSignatory = true },
        Role.Coordinator => new UserScope { UserId = "coord", OrganisationId = CoordinationOrg, IsCoordinator = true, CoordinatedCountries = new HashSet<string> { "GN" } },
        Role.OtherCountryCoordinator => new UserScope { UserId = "coord-sn", OrganisationId = CoordinationOrg, IsCoordinator = true, CoordinatedCountries = new HashSet<string> { "SN" } },
        Role.GlobalCoordinator => new UserScope { UserId = "global", OrganisationId = CoordinationOrg, IsCoordinator = true, CoordinatesAllCountries = true },
        Role.Administrator => new UserScope { UserId = "admin", OrganisationId = CoordinationOrg, IsAdministrator = true },
        _ => null,
    };

    public static AgreementActor Actor(Role role, int partyOrg = OrgA) =>
        Scope(role, partyOrg) is { } user ? new AgreementActor(user, role + " " + partyOrg, "Org " + user.OrganisationId) : AgreementActor.Portal;

    public static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>A complete draft (version 1) of agreement SA-GN-2026-001 between OrgA (party 1) and OrgB (party 2).</summary>
    public static AgreementVersion Draft(SigningOrder order = SigningOrder.Parallel)
    {
        var agreement = new SynergyAgreement { Id = 1, ReferenceNumber = "SA-GN-2026-001", CountryCode = "GN" };
        var v = new AgreementVersion
        {
            Id = 100, AgreementId = 1, Agreement = agreement, Number = 1, Title = "Referral to vocational training in Kindia",
            Purpose = "Returnees reach certified training.",
            Parties =
            [
                new AgreementParty { Id = 1, OrganisationId = OrgA, Position = 1, Role = "Reintegration partner", Eligibility = "Assisted returnees",
                    Contributions = [new AgreementContribution { Type = SupportType.Referral, Description = "Refers returnees", CostSharePercent = 40 }] },
                new AgreementParty { Id = 2, OrganisationId = OrgB, Position = 2, Role = "Training provider", Eligibility = "Aged 18 to 35",
                    Contributions = [new AgreementContribution { Type = SupportType.Training, Description = "Six-month course", CostSharePercent = 60 }] },
            ],
            BeneficiarySelection = "Case managers propose; the centre interviews.",
            ReferralChannel = ReferralChannel.Formal,
            ReferralPathways = [new ReferralPathway { FromServiceId = Guid.Parse("11111111-1111-1111-1111-111111111111"), ToServiceId = Guid.Parse("22222222-2222-2222-2222-222222222222"), Conditions = "Reintegration plan signed" }],
            CommunitySelection = "Not applicable",
            StructuralApproach = "Not applicable",
            CoordinationMechanism = "Monthly case review",
            MeetingFrequency = "Monthly",
            FocalPoints = "Case management lead; centre director",
            MonitoringAndDataSharing = "Party 1 monitors attendance",
            DataProtection = "Shared only with consent",
            ReportingObligations = "Half-yearly progress",
            Levels = LevelSet.Individual,
            Areas = [new AgreementArea { AdministrativeAreaId = 7 }],
            TargetGroups = [new AgreementTargetGroup { TermId = 3 }],
            SdgTargets = [new AgreementSdgTarget { TargetCode = "8.5" }],
            StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2027, 12, 31), ReviewDate = new DateOnly(2026, 12, 1),
            DueDiligenceNotes = "Centre accredited by the ministry",
            SigningOrder = order,
        };
        agreement.Versions.Add(v);
        return v;
    }

    /// <summary>The draft moved to <paramref name="status"/> through the lifecycle itself.</summary>
    public static AgreementVersion InStatus(AgreementStatus status, SigningOrder order = SigningOrder.Parallel)
    {
        var v = Draft(order);
        var coordinator = Actor(Role.Coordinator);
        if (status == AgreementStatus.Draft) return v;
        if (status == AgreementStatus.Withdrawn) { Must(AgreementLifecycle.Withdraw(v, coordinator, null, Now)); return v; }
        Must(AgreementLifecycle.StartNegotiation(v, coordinator, Now));
        if (status == AgreementStatus.InNegotiation) return v;
        Must(AgreementLifecycle.MarkReadyForSignature(v, coordinator, Now));
        if (status == AgreementStatus.ReadyForSignature) return v;
        SignAll(v);
        if (status == AgreementStatus.Terminated) Must(AgreementLifecycle.Terminate(v, coordinator, "Funding ended", Now));
        if (status == AgreementStatus.Expired) Must(AgreementLifecycle.Expire(v, v.EndDate!.Value.AddDays(1), Now));
        if (status == AgreementStatus.Superseded)
        {
            var (_, next) = AgreementLifecycle.Amend(v, coordinator, Now);
            next!.Id = 101;
            for (var i = 0; i < next.Parties.Count; i++) next.Parties[i].Id = 11 + i;
            Must(AgreementLifecycle.StartNegotiation(next, coordinator, Now));
            Must(AgreementLifecycle.MarkReadyForSignature(next, coordinator, Now));
            SignAll(next);
        }
        Assert.Equal(status, v.Status);
        return v;
    }

    public static void SignAll(AgreementVersion v)
    {
        foreach (var org in v.Parties.OrderBy(p => p.Position).Select(p => p.OrganisationId))
            Must(AgreementLifecycle.Sign(v, Actor(Role.PartySignatory, org), Signature(Role.PartySignatory, org), Now));
    }

    public static SignatureDetails Signature(Role role, int partyOrg = OrgA) =>
        new(role + " " + partyOrg, role + " " + partyOrg, null, "192.0.2.10", "xunit");

    public static void Must(TransitionResult result) => Assert.True(result.Succeeded, result.Error);
}
