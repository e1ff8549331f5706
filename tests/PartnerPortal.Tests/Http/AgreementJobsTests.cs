using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Jobs;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The daily agreement jobs, run on chosen days: each notice goes out once, and expiry happens once.</summary>
public class AgreementJobsTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    /// <summary>A clock standing on a chosen moment, for running a job "on" a given day.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private async Task RunAsync(DateTimeOffset at, Func<AgreementJobs, Task> job)
    {
        using var scope = _factory.Services.CreateScope();
        await job(ActivatorUtilities.CreateInstance<AgreementJobs>(scope.ServiceProvider, new FixedClock(at)));
    }

    // The demo agreements get their own reminders on the same runs: count only the test agreement's messages.
    private Task<List<string>> RecipientsAsync(TestAgreement a, string subjectPart) =>
        _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith(a.ReferenceNumber + ":") && m.Subject.Contains(subjectPart))
            .Select(m => m.ToAddress).ToListAsync());

    private Task<int> OutboxCountAsync(TestAgreement a) =>
        _factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith(a.ReferenceNumber + ":")));

    private Task<int> EventCountAsync(TestAgreement a, AgreementEventKind kind) =>
        _factory.WithDbAsync(db => db.AgreementEvents.CountAsync(e => e.AgreementId == a.AgreementId && e.Kind == kind));

    private Task<AgreementVersion> VersionAsync(TestAgreement a) =>
        _factory.WithDbAsync(db => db.AgreementVersions.AsNoTracking().SingleAsync(v => v.Id == a.VersionId));

    [Fact]
    public async Task Signatories_who_have_not_signed_are_reminded_once_a_week_after_the_freeze_and_not_before()
    {
        var agreement = await new AgreementTestData(_factory).AgreementAsync(AgreementStatus.ReadyForSignature);
        using (var signatory = await PortalClient.SignedInAsync(_factory, TestAgreement.SignatoryA))
            await SigningPage.SignAsync(_factory, signatory, agreement.AgreementId, TestAgreement.SignatoryAName);
        var frozen = new DateTimeOffset((await VersionAsync(agreement)).FrozenAtUtc!.Value, TimeSpan.Zero);
        var before = await OutboxCountAsync(agreement);

        await RunAsync(frozen.AddDays(6), j => j.RemindSignatoriesAsync(CancellationToken.None));
        Assert.Equal(before, await OutboxCountAsync(agreement));

        await RunAsync(frozen.AddDays(8), j => j.RemindSignatoriesAsync(CancellationToken.None));
        // Only the party that has not signed, and only its signatories.
        Assert.Equal([TestAgreement.SignatoryB], await RecipientsAsync(agreement, "your signature is awaited"));
        var afterFirstRun = await OutboxCountAsync(agreement);
        await RunAsync(frozen.AddDays(9), j => j.RemindSignatoriesAsync(CancellationToken.None));
        Assert.Equal(afterFirstRun, await OutboxCountAsync(agreement));
        Assert.Equal(1, await EventCountAsync(agreement, AgreementEventKind.SignatureReminderSent));
    }

    [Fact]
    public async Task Members_are_warned_sixty_and_fourteen_days_before_the_end_date_once_each()
    {
        var agreement = await new AgreementTestData(_factory).AgreementAsync(AgreementStatus.Active);
        var end = new DateTimeOffset((await VersionAsync(agreement)).EndDate!.Value.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);

        await RunAsync(end.AddDays(-61), j => j.WarnBeforeEndDateAsync(CancellationToken.None));
        Assert.Empty(await RecipientsAsync(agreement, "ends on"));

        await RunAsync(end.AddDays(-60), j => j.WarnBeforeEndDateAsync(CancellationToken.None));
        var first = await RecipientsAsync(agreement, "ends on");
        Assert.Contains(TestAgreement.MemberA, first);
        Assert.Contains(TestAgreement.MemberB, first);
        await RunAsync(end.AddDays(-30), j => j.WarnBeforeEndDateAsync(CancellationToken.None));
        Assert.Equal(first.Count, (await RecipientsAsync(agreement, "ends on")).Count);

        await RunAsync(end.AddDays(-14), j => j.WarnBeforeEndDateAsync(CancellationToken.None));
        var afterSecond = await OutboxCountAsync(agreement);
        Assert.Equal(2 * first.Count, afterSecond);
        await RunAsync(end.AddDays(-3), j => j.WarnBeforeEndDateAsync(CancellationToken.None));
        Assert.Equal(afterSecond, await OutboxCountAsync(agreement));
        Assert.Equal(2, await EventCountAsync(agreement, AgreementEventKind.EndDateWarningSent));
        Assert.Contains("in 14 days", await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith(agreement.ReferenceNumber + ":")).OrderBy(m => m.Id).Select(m => m.BodyText).LastAsync()));
    }

    [Fact]
    public async Task An_agreement_past_its_end_date_expires_once_and_its_parties_are_told()
    {
        var agreement = await new AgreementTestData(_factory).AgreementAsync(AgreementStatus.Active);
        var end = new DateTimeOffset((await VersionAsync(agreement)).EndDate!.Value.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);

        await RunAsync(end, j => j.ExpireAsync(CancellationToken.None));
        Assert.Equal(AgreementStatus.Active, (await VersionAsync(agreement)).Status);

        await RunAsync(end.AddDays(1), j => j.ExpireAsync(CancellationToken.None));
        Assert.Equal(AgreementStatus.Expired, (await VersionAsync(agreement)).Status);
        var told = await RecipientsAsync(agreement, "the agreement has expired");
        Assert.Contains(TestAgreement.MemberA, told);
        Assert.Contains(TestAgreement.SignatoryB, told);
        var outbox = await OutboxCountAsync(agreement);

        await RunAsync(end.AddDays(2), j => j.ExpireAsync(CancellationToken.None));
        await RunAsync(end.AddDays(2), j => j.WarnBeforeEndDateAsync(CancellationToken.None));
        Assert.Equal(outbox, await OutboxCountAsync(agreement));
        Assert.Equal(1, await EventCountAsync(agreement, AgreementEventKind.Expired));
    }

    [Fact]
    public async Task The_agreement_jobs_are_listed_among_the_background_jobs()
    {
        using var admin = await PortalClient.SignedInAsync(_factory, DemoUsers.Administrator);
        var page = await admin.GetStringAsync("/Admin/Jobs");
        Assert.Contains(AgreementJobs.SignatureReminderId, page);
        Assert.Contains(AgreementJobs.EndDateWarningId, page);
        Assert.Contains(AgreementJobs.ExpireId, page);
    }

    public void Dispose() => _factory.Dispose();
}
