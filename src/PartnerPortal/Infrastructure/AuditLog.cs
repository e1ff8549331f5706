using System.Text.Json;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Infrastructure;

public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>Adds audit rows to the current unit of work; they are saved with the change they describe.</summary>
public sealed class AuditLog(PortalDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(string action, string? entityType = null, string? entityId = null,
        IEnumerable<FieldChange>? changes = null, string? detail = null, string? userId = null, string? userName = null)
    {
        var ctx = http.HttpContext;
        var list = changes?.ToList();
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId ?? ctx?.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
            UserName = userName ?? ctx?.User.Identity?.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Changes = list is { Count: > 0 } ? JsonSerializer.Serialize(list) : detail,
            IpAddress = ctx?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    /// <summary>Records the action and saves at once; for security events that stand alone.</summary>
    public async Task RecordNowAsync(string action, string? detail = null, string? userId = null, string? userName = null,
        string? entityType = null, string? entityId = null)
    {
        Record(action, entityType, entityId, detail: detail, userId: userId, userName: userName);
        await db.SaveChangesAsync();
    }

    /// <summary>Field-by-field differences between two snapshots of the same record.</summary>
    public static IEnumerable<FieldChange> Diff(IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after) =>
        after.Where(kv => before.GetValueOrDefault(kv.Key) != kv.Value)
            .Select(kv => new FieldChange(kv.Key, before.GetValueOrDefault(kv.Key), kv.Value));
}
