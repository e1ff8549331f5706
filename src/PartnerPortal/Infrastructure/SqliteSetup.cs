using Microsoft.Data.Sqlite;

namespace PartnerPortal.Infrastructure;

public static class SqliteSetup
{
    /// <summary>Resolves a relative database path against the content root and creates its folder.</summary>
    public static string PrepareConnectionString(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource is { Length: > 0 } file && file != ":memory:" && !file.StartsWith("file:", StringComparison.Ordinal))
        {
            var full = Path.IsPathRooted(file) ? file : Path.Combine(contentRoot, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            csb.DataSource = full;
        }
        csb.ForeignKeys = true;
        // A short busy wait instead of an immediate "database is locked" under concurrent writers.
        csb.DefaultTimeout = 30;
        return csb.ToString();
    }
}
