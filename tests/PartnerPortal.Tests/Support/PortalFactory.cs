using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerPortal.Data;
using PartnerPortal.Jobs;

namespace PartnerPortal.Tests.Support;

/// <summary>
/// The real app on its own SQLite database. The database is a copy of a template that was migrated
/// and seeded with the demo network once per test run, so each test starts from the same known state
/// without paying for the seeding again.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private static readonly Lock TemplateLock = new();
    private static string? _templatePath;

    public string Directory { get; }
    public string DatabasePath { get; }
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    /// <summary>The template's files outlive its factory.</summary>
    private bool _keepFiles;

    /// <summary>
    /// Many app instances start in one test process; with inotify watchers for their settings files they
    /// exhaust the per-user instance limit (128). Tests never edit those files, so polling is enough.
    /// </summary>
    static PortalFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    /// <param name="services">Replaces app services for the test (a fake report printer, say).</param>
    public PortalFactory(string environment = "Development", Dictionary<string, string?>? settings = null, bool fromTemplate = true,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        Directory = Path.Combine(Path.GetTempPath(), "partnerportal-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        DatabasePath = Path.Combine(Directory, "portal.db");
        _environment = environment;
        _settings = settings ?? [];
        if (fromTemplate && environment == "Development") File.Copy(EnsureTemplate(), DatabasePath);
    }

    public string MailFolder => Path.Combine(Directory, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseContentRoot(RepositoryRoot.Path);
        // UseSetting, not ConfigureAppConfiguration: Program reads some settings before Build().
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = $"Data Source={DatabasePath}",
            ["Outbox:DropFolder"] = MailFolder,
            ["RateLimits:AuthenticationPerMinute"] = "1000",
            ["RateLimits:BulkExportsPerMinute"] = "1000",
            ["RateLimits:VerificationsPerMinute"] = "1000",
            // Hangfire keeps process-wide state; tests run its jobs by calling them directly.
            ["Hangfire:Server"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in _settings) settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            // Without a Hangfire server nothing would render a report run: run them in process instead.
            if (settings["Hangfire:Server"] != "true")
            {
                services.RemoveAll<IReportRunQueue>();
                services.AddSingleton<InProcessReportRunQueue>();
                services.AddSingleton<IReportRunQueue>(s => s.GetRequiredService<InProcessReportRunQueue>());
            }
            _services?.Invoke(services);
        });
    }

    /// <summary>Starts the app on a real Kestrel port (for the browser) and returns its base address.</summary>
    public string StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
    }

    public T WithDb<T>(Func<PortalDbContext, T> work)
    {
        using var scope = Services.CreateScope();
        return work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private static string EnsureTemplate()
    {
        lock (TemplateLock)
        {
            if (_templatePath is not null) return _templatePath;
            var factory = new PortalFactory(fromTemplate: false) { _keepFiles = true };
            _ = factory.Services; // start-up migrates and seeds the demo network
            factory.Dispose();
            // Fold the WAL into the main file so that copying one file copies everything.
            using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath}"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                command.ExecuteNonQuery();
            }
            SqliteConnection.ClearAllPools();
            _templatePath = factory.DatabasePath;
            return _templatePath;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TryDelete();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) TryDelete();
    }

    private void TryDelete()
    {
        if (_keepFiles) return;
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "PartnerPortal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PartnerPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
