using Hangfire;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Infrastructure;

public sealed class OutboxOptions
{
    /// <summary>SMTP host; when empty, messages stay in the outbox for administrators to read.</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public string From { get; set; } = "PartnerPortal <no-reply@partnerportal.local>";
    /// <summary>Where Development writes a copy of each message as a .eml file (relative to the content root).</summary>
    public string? DropFolder { get; set; }
}

/// <summary>Queues notifications in the same unit of work as the change that causes them.</summary>
public sealed class Outbox(PortalDbContext db, TimeProvider clock)
{
    public OutboxMessage Enqueue(string to, string subject, string body)
    {
        var message = new OutboxMessage
        {
            ToAddress = to, Subject = subject, BodyText = body, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}

/// <summary>
/// Delivers unsent outbox messages. Runs as a recurring Hangfire job; without SMTP it only writes the
/// drop-folder copy and marks nothing as sent, so administrators can still read every message.
/// </summary>
public sealed class OutboxDispatcher(PortalDbContext db, IOptions<OutboxOptions> options, IWebHostEnvironment env,
    TimeProvider clock, ILogger<OutboxDispatcher> log)
{
    public const int MaxAttempts = 5;

    [DisableConcurrentExecution(60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task DispatchAsync(CancellationToken ct)
    {
        var o = options.Value;
        var smtpConfigured = !string.IsNullOrWhiteSpace(o.SmtpHost);
        var unsent = db.OutboxMessages.Where(m => m.SentAtUtc == null && m.Attempts < MaxAttempts);
        // With SMTP, deliver oldest first; without, nothing is ever marked sent, so take the newest
        // to keep the drop folder current.
        var pending = await (smtpConfigured ? unsent.OrderBy(m => m.Id) : unsent.OrderByDescending(m => m.Id))
            .Take(100).ToListAsync(ct);
        if (pending.Count == 0) return;

        if (!string.IsNullOrWhiteSpace(o.DropFolder)) WriteDropCopies(pending, o);
        if (!smtpConfigured) return;

        using var smtp = new SmtpClient();
        try
        {
            await smtp.ConnectAsync(o.SmtpHost!, o.SmtpPort, MailKit.Security.SecureSocketOptions.Auto, ct);
            if (!string.IsNullOrEmpty(o.SmtpUser)) await smtp.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "SMTP server {Host} unavailable; {Count} messages stay queued", o.SmtpHost, pending.Count);
            return;
        }
        foreach (var m in pending)
        {
            m.Attempts++;
            try
            {
                await smtp.SendAsync(ToMime(m, o), ct);
                m.SentAtUtc = clock.GetUtcNow().UtcDateTime;
                m.LastError = null;
            }
            catch (Exception ex)
            {
                m.LastError = ex.Message;
            }
        }
        await smtp.DisconnectAsync(true, ct);
        await db.SaveChangesAsync(ct);
    }

    private void WriteDropCopies(IEnumerable<OutboxMessage> messages, OutboxOptions o)
    {
        var folder = Path.Combine(env.ContentRootPath, o.DropFolder!);
        Directory.CreateDirectory(folder);
        foreach (var m in messages)
        {
            var file = Path.Combine(folder, $"{m.Id:D6}.eml");
            if (!File.Exists(file)) ToMime(m, o).WriteTo(file);
        }
    }

    private static MimeMessage ToMime(OutboxMessage m, OutboxOptions o)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(o.From));
        mime.To.Add(MailboxAddress.Parse(m.ToAddress));
        mime.Subject = m.Subject;
        mime.Body = new TextPart("plain") { Text = m.BodyText };
        return mime;
    }
}
