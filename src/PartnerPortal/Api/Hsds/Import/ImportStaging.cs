using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;

namespace PartnerPortal.Api.Hsds.Import;

/// <summary>
/// Keeps an uploaded file between its preview and its import, on the server: the bytes and a small
/// record of who uploaded it, when, and until when it may be imported, under a random token.
/// </summary>
/// <remarks>
/// The folder is <c>Import:StagingFolder</c> (relative to the content root) or, by default, an
/// <c>imports</c> folder beside the SQLite database. The token is 128 random bits in hex and is the
/// only part of a file name that comes from the request, checked against <c>^[0-9a-f]{32}$</c>. A file
/// is given back only to the user who uploaded it, before it expires (<c>Import:PreviewMinutes</c>, 60
/// by default) and if its bytes still have the hash recorded at upload. Imported files are deleted
/// at once; expired ones on the next upload.
/// </remarks>
public sealed partial class ImportStaging(IConfiguration config, IWebHostEnvironment env, PortalDbContext db, TimeProvider clock)
{
    public sealed record Staged(string Token, string UserId, string FileName, DateTime ExpiresAtUtc, byte[] Content);

    private sealed record Record(string UserId, string FileName, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, string Sha256);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();

    public TimeSpan Lifetime => TimeSpan.FromMinutes(config.GetValue("Import:PreviewMinutes", 60));

    public string Folder
    {
        get
        {
            if (config["Import:StagingFolder"] is { Length: > 0 } configured) return Path.GetFullPath(configured, env.ContentRootPath);
            var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            return source is { Length: > 0 } && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal)
                ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source, env.ContentRootPath))!, "imports")
                : Path.Combine(env.ContentRootPath, "App_Data", "imports");
        }
    }

    public async Task<string> SaveAsync(byte[] content, string fileName, string userId, CancellationToken ct)
    {
        var folder = Folder;
        Directory.CreateDirectory(folder);
        PurgeExpired(folder);
        var token = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var now = clock.GetUtcNow().UtcDateTime;
        await File.WriteAllBytesAsync(DataPath(folder, token), content, ct);
        var record = new Record(userId, fileName, now, now + Lifetime, Convert.ToHexString(SHA256.HashData(content)));
        await File.WriteAllTextAsync(RecordPath(folder, token), JsonSerializer.Serialize(record), ct);
        return token;
    }

    /// <summary>The staged file of <paramref name="token"/>, when it is <paramref name="userId"/>'s, unexpired and intact; else null.</summary>
    public async Task<Staged?> LoadAsync(string? token, string userId, CancellationToken ct)
    {
        if (token is null || !TokenPattern().IsMatch(token)) return null;
        var folder = Folder;
        if (!File.Exists(RecordPath(folder, token)) || !File.Exists(DataPath(folder, token))) return null;
        var record = JsonSerializer.Deserialize<Record>(await File.ReadAllTextAsync(RecordPath(folder, token), ct));
        if (record is null || record.UserId != userId || record.ExpiresAtUtc < clock.GetUtcNow().UtcDateTime) return null;
        var content = await File.ReadAllBytesAsync(DataPath(folder, token), ct);
        return Convert.ToHexString(SHA256.HashData(content)) == record.Sha256
            ? new Staged(token, record.UserId, record.FileName, record.ExpiresAtUtc, content)
            : null;
    }

    public void Delete(string token)
    {
        if (!TokenPattern().IsMatch(token)) return;
        var folder = Folder;
        File.Delete(DataPath(folder, token));
        File.Delete(RecordPath(folder, token));
    }

    private void PurgeExpired(string folder)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in Directory.EnumerateFiles(folder, "*.upload").Concat(Directory.EnumerateFiles(folder, "*.json")))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff) File.Delete(file);
            }
            catch (IOException) { }
        }
    }

    private static string DataPath(string folder, string token) => Path.Combine(folder, token + ".upload");
    private static string RecordPath(string folder, string token) => Path.Combine(folder, token + ".json");
}
