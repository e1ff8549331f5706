using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Data;
using PartnerPortal.Infrastructure;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

public class OutboxAndAuditTests
{
    private static async Task QueueResetEmailAsync(PortalFactory factory)
    {
        using var client = PortalClient.Anonymous(factory);
        await client.PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword", new() { ["Email"] = DemoUsers.Partner });
    }

    private static async Task DispatchAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Without_smtp_messages_stay_readable_and_development_writes_them_to_a_folder()
    {
        using var factory = new PortalFactory();
        await QueueResetEmailAsync(factory);
        await DispatchAsync(factory);

        var message = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Null(message.SentAtUtc);
        var file = Assert.Single(Directory.GetFiles(factory.MailFolder, "*.eml"));
        var eml = await File.ReadAllTextAsync(file);
        Assert.Contains("To: " + DemoUsers.Partner, eml);
        Assert.Contains("Reset your PartnerPortal password", eml);

        using var admin = await PortalClient.SignedInAsync(factory, DemoUsers.Administrator);
        var page = await admin.GetStringAsync($"/Admin/Outbox/{message.Id}");
        Assert.Contains("/Account/ResetPassword?userId=", page);
        Assert.Contains("not sent", page);
    }

    [Fact]
    public async Task With_smtp_configured_messages_are_delivered_once_and_marked_sent()
    {
        using var smtp = new FakeSmtpServer();
        using var factory = new PortalFactory(settings: new()
        {
            ["Outbox:SmtpHost"] = "127.0.0.1", ["Outbox:SmtpPort"] = smtp.Port.ToString(), ["Outbox:DropFolder"] = "",
        });
        await QueueResetEmailAsync(factory);
        await DispatchAsync(factory);
        await DispatchAsync(factory);

        var delivered = Assert.Single(smtp.Messages);
        Assert.Contains(DemoUsers.Partner, delivered);
        Assert.Contains("Subject: Reset your PartnerPortal password", delivered);
        var message = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.NotNull(message.SentAtUtc);
        Assert.Equal(1, message.Attempts);
    }

    [Fact]
    public async Task An_unreachable_smtp_server_leaves_messages_queued()
    {
        using var smtp = new FakeSmtpServer();
        var closedPort = smtp.Port;
        smtp.Dispose();
        using var factory = new PortalFactory(settings: new() { ["Outbox:SmtpHost"] = "127.0.0.1", ["Outbox:SmtpPort"] = closedPort.ToString() });
        await QueueResetEmailAsync(factory);
        await DispatchAsync(factory);
        Assert.Null(await factory.WithDbAsync(db => db.OutboxMessages.Select(m => m.SentAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_through_the_app_or_directly_in_the_database()
    {
        using var factory = new PortalFactory();
        using (var client = PortalClient.Anonymous(factory)) await client.SignInAsync(DemoUsers.Partner, "a wrong password!");
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "security.sign-in-failed"));

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var tracked = await db.AuditEntries.SingleAsync(a => a.Id == entry.Id);
            tracked.Action = "nothing happened";
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = $"UPDATE AuditEntries SET Action = 'nothing happened' WHERE Id = {entry.Id}";
        Assert.Contains("append-only", (await Assert.ThrowsAsync<SqliteException>(() => update.ExecuteNonQueryAsync())).Message);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM AuditEntries";
        await Assert.ThrowsAsync<SqliteException>(() => delete.ExecuteNonQueryAsync());
        Assert.Equal("security.sign-in-failed", await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Id == entry.Id).Select(a => a.Action).SingleAsync()));
    }
}
