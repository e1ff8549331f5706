using PartnerPortal.Domain.Agreements;
using static PartnerPortal.Infrastructure.Seeding.DemoAgreementCatalogue;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// What happened to each demo agreement, step by step and in the order the agreements were created (which sets
/// their reference numbers). Together they show every status: Draft, In negotiation, Ready for signature,
/// Active, Expired, Terminated, Withdrawn and Superseded.
/// </summary>
internal sealed partial class DemoAgreementSeeder
{
    private const string Kadiatou = DemoDataSeeder.SignatoryEmail;
    private const string Ibrahima = DemoDataSeeder.PartnerEmail;
    private const string Mamadou = DemoDataSeeder.GuineaCoordinatorEmail;
    private const string Claire = DemoDataSeeder.GlobalCoordinatorEmail;
    private const string Fatoumata = DemoDataSeeder.LocalAuthorityEmail;
    private const string Sekou = "sekou.conde@demo.partnerportal.org";
    private const string Aminata = "aminata.toure@demo.partnerportal.org";
    private const string Awa = "awa.diop@demo.partnerportal.org";
    private const string Marie = "marie.dubois@demo.partnerportal.org";
    private const string Nino = "nino.beridze@demo.partnerportal.org";
    private const string Lamine = "lamine.diallo@demo.partnerportal.org";
    private const string Mamadouba = "mamadouba.bangoura@demo.partnerportal.org";
    private const string JeanPierre = "jeanpierre.loua@demo.partnerportal.org";
    private const string Fatou = "fatou.sarr@demo.partnerportal.org";
    private const string Cheikh = "cheikh.ba@demo.partnerportal.org";
    private const string Ebrima = "ebrima.ceesay@demo.partnerportal.org";
    private const string Modou = "modou.njie@demo.partnerportal.org";
    private const string Adjoua = "adjoua.kone@demo.partnerportal.org";
    private const string Ramesh = "ramesh.adhikari@demo.partnerportal.org";
    private const string Sunita = "sunita.shrestha@demo.partnerportal.org";

    private async Task TellStoriesAsync(CancellationToken ct)
    {
        await ExpiredInKoldaAsync(ct);
        var training = await AmendedTrainingInKindiaAsync(ct);
        await SupersededSavingsInKindiaAsync(ct);
        await TerminatedMicrocreditInTambacoundaAsync(ct);
        await WithdrawnApprenticeshipsAsync(training.Agreement!.ReferenceNumber, ct);
        await SignedAsync(SkillsKombo, Modou, "2025-06-16 10:30", Claire, "2025-08-04 12:00", [(Ebrima, "2025-08-11 09:45"), (Modou, "2025-08-14 16:20")],
            (Ebrima, "beneficiary-selection", "2025-07-08 11:00", "Applications must reach us before the Tekki Fii intake deadlines, at the end of February "
                + "and the end of August. Late referrals wait for the next intake."), ct);
        await SignedAsync(MediationDaloa, Adjoua, "2025-08-25 09:15", Claire, "2025-10-13 10:30", [(Marie, "2025-10-15 14:05"), (Adjoua, "2025-10-16 08:50")],
            (Marie, "community-selection", "2025-09-16 15:40", "We suggest choosing the neighbourhoods for the talks with the city council's social "
                + "service, which knows where returnees have settled."), ct);
        // Nepal is five hours and 45 minutes ahead of UTC: these are office hours in Butwal.
        var nepal = await SignedAsync(AgroEnterpriseLumbini, Ramesh, "2026-04-06 05:10", Claire, "2026-06-15 09:00", [(Sunita, "2026-06-18 04:30"), (Ramesh, "2026-06-22 06:15")],
            (Sunita, "scope", "2026-05-05 05:20", "We can only visit farms in Rupandehi, Dang and Kapilvastu this year. Please keep the other districts "
                + "out until our field team grows."), ct);
        await ViewAsync(nepal, Claire, "2026-08-03 13:10", ct);
        await DeclinedCashForWorkAsync(ct);
        await ReadyPsychosocialReferralAsync(ct);
        await NegotiatedServiceHubInKutaisiAsync(ct);
        var draft = await DraftAsync(JobPlacementKindia, Mamadou, At("2026-11-19 10:00"), At("2026-11-20 15:30"), ct);
        await ViewAsync(draft, Mamadou, "2026-11-23 09:05", ct);
    }

    /// <summary>Drafted, negotiated with one comment, frozen by a coordinator and signed by every party in turn.</summary>
    private async Task<AgreementVersion> SignedAsync(Terms terms, string creator, string createdAt, string freezer, string frozenAt,
        (string Email, string At)[] signatures, (string Email, string Clause, string At, string Text) comment, CancellationToken ct)
    {
        var created = At(createdAt);
        var v = await DraftAsync(terms, creator, created, created.AddDays(2).AddHours(3), ct);
        Must(AgreementLifecycle.StartNegotiation(v, await ActorAsync(creator, ct), created.AddDays(7)), v, "negotiation");
        await CommentAsync(v, comment.Email, comment.Clause, comment.At, comment.Text, ct);
        Must(AgreementLifecycle.MarkReadyForSignature(v, await ActorAsync(freezer, ct), At(frozenAt)), v, "freeze");
        foreach (var (email, at) in signatures)
        {
            await ViewAsync(v, email, At(at).AddMinutes(-20), ct);
            await SignAsync(v, email, at, ct);
        }
        return v;
    }

    private async Task ExpiredInKoldaAsync(CancellationToken ct)
    {
        var v = await SignedAsync(AgroEcologyKolda, Awa, "2024-02-12 10:05", Claire, "2024-03-18 14:00", [(Awa, "2024-03-21 10:12"), (Fatou, "2024-03-26 16:40")],
            (Fatou, "eligibility", "2024-02-27 11:10", "Each trainee needs access to land before the course starts, or the starter kit cannot be used. "
                + "Could Teranga check this with the family or the commune when selecting candidates?"), ct);
        Must(AgreementLifecycle.Expire(v, new DateOnly(2026, 1, 1), At("2026-01-01 00:30")), v, "expiry");
    }

    private async Task<AgreementVersion> AmendedTrainingInKindiaAsync(CancellationToken ct)
    {
        var v1 = await DraftAsync(TrainingKindia, Sekou, At("2024-11-18 09:30"), At("2024-11-20 14:10"), ct);
        Must(AgreementLifecycle.StartNegotiation(v1, await ActorAsync(Sekou, ct), At("2024-11-25 10:00")), v1, "negotiation");
        await CommentAsync(v1, Lamine, "eligibility", "2024-11-28 11:35", "The masonry and electricity courses need basic numeracy, which we test at "
            + "intake. Please write it in, so that IOM does not refer people we would have to turn away.", ct);
        AgreementLifecycle.RecordEdit(v1, await ActorAsync(Sekou, ct), AgreementClauses.TitleOf("eligibility"), At("2024-12-03 09:20"));
        await CommentAsync(v1, Mamadou, "reporting", "2024-12-10 16:00", "Please report trainees who drop out as well as those certified: the "
            + "steering committee wants to know why people leave.", ct);
        Must(AgreementLifecycle.MarkReadyForSignature(v1, await ActorAsync(Mamadou, ct), At("2025-01-06 11:00")), v1, "freeze");
        await ViewAsync(v1, Lamine, "2025-01-08 10:10", ct);
        await SignAsync(v1, Lamine, "2025-01-09 10:30", ct);
        await SignAsync(v1, Sekou, "2025-01-13 15:05", ct);
        await ViewAsync(v1, Mamadou, "2025-07-02 08:40", ct);

        // The centre adds a solar installation course and IOM's funding runs to the end of 2027: an amendment, still negotiated.
        var v2 = await AmendAsync(v1, TrainingKindiaTo2027, Sekou, At("2026-10-05 09:00"), At("2026-10-05 09:40"), ct);
        Must(AgreementLifecycle.StartNegotiation(v2, await ActorAsync(Sekou, ct), At("2026-10-07 10:15")), v2, "negotiation");
        await CommentAsync(v2, Lamine, "contributions", "2026-10-14 11:20", "The solar installation course costs more to run: panels, batteries and "
            + "inverters for practice. From January 2027 its fee will be GNF 1,800,000 per trainee. Can IOM update its contribution before the text is frozen?", ct);
        await CommentAsync(v2, Sekou, "contributions", "2026-10-21 09:05", "IOM can pay GNF 1,800,000 for the solar course; the other courses stay at "
            + "GNF 1,500,000. I will propose the wording.", ct);
        await CommentAsync(v2, Lamine, "eligibility", "2026-10-28 14:50", "We would like to raise the upper age limit to 45. This year we turned away "
            + "five referred returnees aged 41 to 44 who were well motivated.", ct);
        await CommentAsync(v2, Mamadou, "reporting", "2026-11-04 10:30", "Please add how many graduates work in their trade six months after receiving "
            + "the toolkit; the National Reintegration Steering Committee asks every agreement for this figure from 2027.", ct);
        await CommentAsync(v2, Sekou, "dates", "2026-11-18 08:55", "IOM's reintegration funding is confirmed to 31 December 2027; the amendment "
            + "cannot run beyond that date.", ct);
        await ViewAsync(v2, Lamine, "2026-11-19 12:25", ct);
        return v1;
    }

    private async Task SupersededSavingsInKindiaAsync(CancellationToken ct)
    {
        var v1 = await DraftAsync(SavingsKindia, Kadiatou, At("2025-01-14 10:20"), At("2025-01-16 15:00"), ct);
        Must(AgreementLifecycle.StartNegotiation(v1, await ActorAsync(Kadiatou, ct), At("2025-01-20 09:00")), v1, "negotiation");
        await CommentAsync(v1, Aminata, "contributions", "2025-01-29 10:45", "The branch can lend up to GNF 600 million to the groups in the first "
            + "year; beyond that we need our board's approval.", ct);
        await CommentAsync(v1, Ibrahima, "community-selection", "2025-02-05 14:30", "Souguéta has eleven returnees on our caseload; we suggest it "
            + "joins Kindia urban commune and Friguiagbé in the first year.", ct);
        Must(AgreementLifecycle.MarkReadyForSignature(v1, await ActorAsync(Mamadou, ct), At("2025-03-03 11:30")), v1, "freeze");
        await SignAsync(v1, Kadiatou, "2025-03-10 09:10", ct);
        await ViewAsync(v1, Aminata, "2025-03-11 16:00", ct);
        await SignAsync(v1, Aminata, "2025-03-12 10:25", ct);

        var v2 = await AmendAsync(v1, SavingsKindiaAndCoyah, Kadiatou, At("2026-01-19 09:30"), At("2026-01-21 11:15"), ct);
        Must(AgreementLifecycle.StartNegotiation(v2, await ActorAsync(Kadiatou, ct), At("2026-01-26 08:45")), v2, "negotiation");
        await CommentAsync(v2, Aminata, "contributions", "2026-02-03 10:05", "Our Coyah branch opened in November 2025. The board approved GNF 150 "
            + "million more for Coyah, so the credit line becomes GNF 750 million.", ct);
        await CommentAsync(v2, Kadiatou, "contributions", "2026-02-10 15:20", "GSR will buy the savings kits for the new groups and pay the trainers' "
            + "travel to Coyah. We propose 15% for this, 30% for the training and 55% for the branch.", ct);
        Must(AgreementLifecycle.MarkReadyForSignature(v2, await ActorAsync(Mamadou, ct), At("2026-03-16 10:00")), v2, "freeze");
        await SignAsync(v2, Aminata, "2026-03-20 09:35", ct);
        await SignAsync(v2, Kadiatou, "2026-03-24 14:10", ct);
        await ViewAsync(v2, Kadiatou, "2026-09-01 08:30", ct);
    }

    private async Task TerminatedMicrocreditInTambacoundaAsync(CancellationToken ct)
    {
        var v = await SignedAsync(MicrocreditTambacounda, Awa, "2025-01-20 11:00", Claire, "2025-03-03 15:00", [(Cheikh, "2025-03-05 10:40"), (Awa, "2025-03-07 09:15")],
            (Cheikh, "contributions", "2025-02-11 12:30", "The mutual asks for a guarantee fund of XOF 10 million covering half of any unpaid balance: "
                + "that is how we lend to first-time borrowers."), ct);
        Must(AgreementLifecycle.Terminate(v, await ActorAsync(Awa, ct), "Teranga Retour's reintegration funding in Tambacounda ended in June 2026, so it "
            + "can no longer coach or refer new borrowers. Loans already made continue on the mutual's ordinary terms, and the guarantee fund stays "
            + "in place until the last of them is repaid.", At("2026-09-15 10:00")), v, "termination");
    }

    private async Task WithdrawnApprenticeshipsAsync(string trainingReference, CancellationToken ct)
    {
        var v = await DraftAsync(ApprenticeshipsKindia, Ibrahima, At("2025-06-10 13:00"), At("2025-06-12 10:30"), ct);
        await ViewAsync(v, Kadiatou, "2025-08-28 09:00", ct);
        Must(AgreementLifecycle.Withdraw(v, await ActorAsync(Kadiatou, ct), "The Chamber's master craftspeople now take apprentices through the "
            + $"vocational training pathway of IOM Guinea and CFP Kindia ({trainingReference}), and GSR has no funding for the monthly allowance in 2026.",
            At("2025-09-02 11:45")), v, "withdrawal");
    }

    /// <summary>Three parties; GSR signed, then the council's signatory declined, which voided GSR's signature and reopened negotiation.</summary>
    private async Task DeclinedCashForWorkAsync(CancellationToken ct)
    {
        var v = await DraftAsync(CashForWorkFriguiagbe, Ibrahima, At("2026-05-12 09:40"), At("2026-05-15 16:10"), ct);
        Must(AgreementLifecycle.StartNegotiation(v, await ActorAsync(Ibrahima, ct), At("2026-05-26 10:00")), v, "negotiation");
        await CommentAsync(v, Fatoumata, "community-selection", "2026-06-04 11:15", "The council proposes Friguiagbé: it has the most returnees outside "
            + "the urban commune, and the slopes above the valley are the most degraded in the prefecture.", ct);
        await CommentAsync(v, JeanPierre, "eligibility", "2026-06-11 09:30", "One worker per household, otherwise a few families take most of the "
            + "places. We also ask for at least 30% women, paid the same daily wage.", ct);
        await CommentAsync(v, Ibrahima, "beneficiary-selection", "2026-06-18 14:45", "GSR would like the list of workers posted at the commune office "
            + "for two weeks, so that anyone can object before work starts.", ct);
        Must(AgreementLifecycle.MarkReadyForSignature(v, await ActorAsync(Mamadou, ct), At("2026-08-31 10:00")), v, "freeze");
        await ViewAsync(v, Kadiatou, "2026-09-01 15:30", ct);
        await SignAsync(v, Kadiatou, "2026-09-02 09:20", ct);
        await ViewAsync(v, Mamadouba, "2026-09-07 11:00", ct);
        Must(AgreementLifecycle.Decline(v, await ActorAsync(Mamadouba, ct), "The council cannot sign a text saying that 40 hectares are made "
            + "available: the communal land commission has confirmed 28 hectares so far and visits the other plots in November. Please correct the "
            + "council's contribution.", At("2026-09-08 10:30")), v, "decline");

        var council = v.Parties.Single(p => p.OrganisationId == Org(DemoDataSeeder.KindiaAuthorityName).Id);
        council.Contributions.Single(c => c.Type == SupportType.InKind).Description = "Makes available 28 hectares of degraded communal land at "
            + "Friguiagbé confirmed by the communal land commission, and up to 12 more once the commission has visited them, and stores the tools in "
            + "the commune's warehouse.";
        AgreementLifecycle.RecordEdit(v, await ActorAsync(Fatoumata, ct), AgreementClauses.TitleOf("contributions"), At("2026-09-10 12:00"));
        await CommentAsync(v, JeanPierre, "contributions", "2026-09-17 10:20", "With 28 hectares confirmed we can start the first season with 80 "
            + "workers instead of 120. We suggest the wage budget follows the land actually confirmed.", ct);
        await CommentAsync(v, Fatoumata, "dates", "2026-10-06 09:00", "The land commission visits the remaining plots on 18 and 19 November. The "
            + "council would like the text frozen only after that.", ct);
        await CommentAsync(v, Kadiatou, "contributions", "2026-10-13 16:05", "GSR agrees, and will sign again once the hectares are settled.", ct);
        await CommentAsync(v, Mamadou, "monitoring", "2026-11-20 11:40", "Please say who measures tree survival after the rainy season and how the "
            + "figures reach the case-management committee.", ct);
        await ViewAsync(v, Fatoumata, "2026-11-23 08:50", ct);
    }

    /// <summary>Signed in order: IOM has signed; Guinée Solidarité Retour's signatory (the demo signatory@) is next.</summary>
    private async Task ReadyPsychosocialReferralAsync(CancellationToken ct)
    {
        var v = await DraftAsync(PsychosocialReferral, Sekou, At("2026-08-17 10:00"), At("2026-08-19 14:30"), ct);
        Must(AgreementLifecycle.StartNegotiation(v, await ActorAsync(Sekou, ct), At("2026-08-24 09:15")), v, "negotiation");
        await CommentAsync(v, Kadiatou, "eligibility", "2026-09-02 11:00", "GSR counsels adults only. Children screened on arrival should go to the "
            + "social services of the Direction Nationale de l'Action Sociale; please write this in.", ct);
        await CommentAsync(v, Sekou, "referral", "2026-09-09 10:40", "Agreed. We also add a pathway back to IOM for people who need medical care.", ct);
        await CommentAsync(v, Ibrahima, "coordination", "2026-09-30 15:25", "A weekly phone call about open referrals would help: some returnees wait "
            + "too long for their first appointment.", ct);
        Must(AgreementLifecycle.MarkReadyForSignature(v, await ActorAsync(Mamadou, ct), At("2026-11-10 10:30")), v, "freeze");
        await ViewAsync(v, Sekou, "2026-11-12 08:55", ct);
        await SignAsync(v, Sekou, "2026-11-12 09:10", ct);
        await ViewAsync(v, Kadiatou, "2026-11-16 14:20", ct);
    }

    private async Task NegotiatedServiceHubInKutaisiAsync(CancellationToken ct)
    {
        var v = await DraftAsync(ServiceHubKutaisi, Nino, At("2026-09-14 07:30"), At("2026-09-16 11:00"), ct);
        Must(AgreementLifecycle.StartNegotiation(v, await ActorAsync(Nino, ct), At("2026-09-28 08:00")), v, "negotiation");
        await CommentAsync(v, Claire, "due-diligence", "2026-10-12 13:15", "Before the text is frozen, please say how apprentices at the plant are "
            + "insured and who pays for their protective equipment.", ct);
        await CommentAsync(v, Nino, "contributions", "2026-10-26 09:40", "The city council approved the returnee line in the 2027 social programme "
            + "budget: GEL 60,000 for co-funding grants.", ct);
        await CommentAsync(v, Claire, "dates", "2026-11-09 12:00", "The steering committee meets in April and October; the review date could follow "
            + "its calendar.", ct);
        await ViewAsync(v, Nino, "2026-11-23 07:45", ct);
    }
}
