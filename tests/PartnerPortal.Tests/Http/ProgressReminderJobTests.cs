using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Jobs;
using PartnerPortal.Tests.Support;
using static PartnerPortal.Tests.Support.ProgressPage;

namespace PartnerPortal.Tests.Http;

/// <summary>The daily reminder of missing half-yearly progress, run on chosen days.</summary>
public class ProgressReminderJobTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private async Task RunOnAsync(DateOnly day)
    {
        using var scope = _factory.Services.CreateScope();
        var job = ActivatorUtilities.CreateInstance<ProgressReminderJob>(scope.ServiceProvider, new FixedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(5, 30)), TimeSpan.Zero)));
        await job.RunAsync(CancellationToken.None);
    }

    // Demo initiatives get their own reminders on the same runs: count only the test initiative's messages.
    private Task<List<string>> RemindedAsync(Initiative i) =>
        _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject == $"{i.Reference}: progress for {H1.Label} is missing").Select(m => m.ToAddress).ToListAsync());

    [Fact]
    public async Task Implementers_are_reminded_two_weeks_after_the_period_ends_once_and_not_before()
    {
        var bakery = await new InitiativeTestData(_factory).InitiativeAsync();
        await RunOnAsync(H1.ReminderDue.AddDays(-1));
        Assert.Empty(await RemindedAsync(bakery));

        await RunOnAsync(H1.ReminderDue);
        var first = await RemindedAsync(bakery);
        Assert.Contains(DemoUsers.Partner, first);
        Assert.Contains(DemoUsers.Signatory, first);
        Assert.DoesNotContain(DemoUsers.CoordinatorGuinea, first);
        await RunOnAsync(H1.ReminderDue.AddDays(1));
        Assert.Equal(first.Count, (await RemindedAsync(bakery)).Count);
        Assert.Single(await EventsAsync(_factory, bakery.Id), e => e.Kind == ProgressEventKind.ReminderSent && (e.Year, e.Half) == (2026, 1));
    }

    [Fact]
    public async Task A_lead_without_members_is_reminded_once_someone_joins_it()
    {
        var orphanLead = await _factory.WithDbAsync(db => db.Organisations.Where(o => o.CountryCode == "GN" && !db.Users.Any(u => u.OrganisationId == o.Id))
            .Select(o => o.Id).FirstAsync());
        var bakery = await new InitiativeTestData(_factory).InitiativeAsync(i => i.LeadOrganisationId = orphanLead);
        await RunOnAsync(H1.ReminderDue);
        Assert.Empty(await RemindedAsync(bakery));
        Assert.DoesNotContain(await EventsAsync(_factory, bakery.Id), e => e.Kind == ProgressEventKind.ReminderSent);

        await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Partner).ExecuteUpdateAsync(s => s.SetProperty(u => u.OrganisationId, orphanLead)));
        await RunOnAsync(H1.ReminderDue.AddDays(1));
        Assert.Equal([DemoUsers.Partner], await RemindedAsync(bakery));
        Assert.Single(await EventsAsync(_factory, bakery.Id), e => e.Kind == ProgressEventKind.ReminderSent);
    }

    [Fact]
    public async Task Submitted_and_not_expected_initiatives_are_not_reminded()
    {
        var data = new InitiativeTestData(_factory);
        var submitted = await data.InitiativeAsync();
        var pipeline = await data.InitiativeAsync(i => i.Status = ActivityStatus.Pipeline, title: "Cooperative in the pipeline");
        var ended = await data.InitiativeAsync(i => (i.Status, i.EndDate) = (ActivityStatus.Closed, new DateOnly(2025, 12, 31)), title: "Closed last year");
        var draft = await data.InitiativeAsync(title: "Draft only");
        using (var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner))
        {
            await SubmitAsync(_factory, partner, submitted.Id, H1, (await data.StandardIndicatorAsync("jobs-created")).Id);
            await PostAsync(partner, draft.Id, H1, "Save", Fields(null));
        }

        await RunOnAsync(H1.ReminderDue.AddDays(3));
        Assert.Empty(await RemindedAsync(submitted));
        Assert.Empty(await RemindedAsync(pipeline));
        Assert.Empty(await RemindedAsync(ended));
        Assert.NotEmpty(await RemindedAsync(draft));
    }

    public void Dispose() => _factory.Dispose();
}
