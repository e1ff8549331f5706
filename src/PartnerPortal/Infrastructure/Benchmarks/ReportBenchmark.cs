using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Domain.Reports;
using PartnerPortal.Pages.Reports;

namespace PartnerPortal.Infrastructure.Benchmarks;

/// <summary>`benchmark-report --database PATH [--country GN] [--period 2026-H1]`: times the biannual report on a database and exits.</summary>
public sealed record ReportBenchmarkCommand(string DatabasePath, string Country, ReportingPeriod? Period)
{
    public const string Verb = "benchmark-report";

    public static ReportBenchmarkCommand? TryParse(string[] args)
    {
        if (args.Length == 0 || args[0] != Verb) return null;
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        const string usage = $"usage: {Verb} --database PATH [--country GN] [--period 2026-H1 (default: the last ended half-year)]";
        var path = Value("--database") ?? throw new ArgumentException(usage);
        ReportingPeriod? period = null;
        if (Value("--period") is { } text)
            period = ReportingPeriod.TryParse(text, out var parsed) ? parsed : throw new ArgumentException(usage);
        // Opening a missing database would create and seed a demo one, and time that instead.
        var database = Path.GetFullPath(path);
        if (!File.Exists(database)) throw new FileNotFoundException($"No database at {database}. Generate one first (see scripts/benchmark-report).");
        return new ReportBenchmarkCommand(database, (Value("--country") ?? "GN").ToUpperInvariant(), period);
    }
}

/// <summary>
/// Speed and memory of the biannual report (issue 6): the network report's data (first run in the process, then
/// again), its PDF (first render, which starts Chromium, then again), one country report for comparison, and the peak
/// memory of this process and of the browser it started. Each step runs in its own DI scope, as a report run does.
/// Prints a table with the targets; a step that fails is shown as failed and makes the exit code 1.
/// </summary>
public sealed class ReportBenchmark(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const double DataTargetSeconds = 2, PdfTargetSeconds = 5;
    private const long AppMemoryTargetBytes = 500L * 1024 * 1024;
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(100);

    private sealed record Row(string Figure, string Value, string Target, bool? Pass);

    private readonly List<Row> _rows = [];
    private long _sampledBrowserPeak;
    private bool _failed;

    public async Task<bool> RunAsync(ReportBenchmarkCommand command, TextWriter output, CancellationToken ct = default)
    {
        var period = command.Period ?? ReportingPeriod.LastEndedOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var country = ReportScope.Country(command.Country);
        await output.WriteLineAsync(await DescribeDatabaseAsync(command, period, ct));

        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var sampler = SampleBrowserAsync(stopSampling.Token);

        var network = await TimeDataAsync("Network data, first run (cold)", ReportScope.Network, period, ct);
        network = await TimeDataAsync("Network data, second run (warm)", ReportScope.Network, period, ct) ?? network;
        if (network is not null)
        {
            await TimePdfAsync("Network PDF, first render (starts Chromium)", network, ct);
            await TimePdfAsync("Network PDF, second render", network, ct);
        }
        if (await TimeDataAsync($"Country {country.Key} data, first run", country, period, ct) is { } countryReport)
            await TimePdfAsync($"Country {country.Key} PDF", countryReport, ct);

        // Read before the app shuts down, while the browser's processes still exist.
        var browser = ProcessMemory.Descendants(Environment.ProcessId).Where(p => p.IsBrowser).ToList();
        var browserPeak = browser.Sum(p => ProcessMemory.PeakBytes(p.Pid) ?? 0);
        var browserShared = browser.Sum(p => ProcessMemory.ProportionalBytes(p.Pid) ?? 0);
        await stopSampling.CancelAsync();
        await sampler;

        var appPeak = ProcessMemory.PeakBytes(Environment.ProcessId) ?? Process.GetCurrentProcess().PeakWorkingSet64;
        _rows.Add(new("App process peak memory (VmHWM)", Megabytes(appPeak), "< 500 MB", appPeak < AppMemoryTargetBytes));
        _rows.Add(new($"Browser peak memory: sum of VmHWM of {browser.Count} Chromium processes, read at the end", Megabytes(browserPeak), "-", null));
        _rows.Add(new("Browser peak memory: largest sum of VmRSS, sampled every 100 ms", Megabytes(_sampledBrowserPeak), "-", null));
        _rows.Add(new("Browser memory at the end: sum of Pss (shared pages split)", Megabytes(browserShared), "-", null));

        await output.WriteLineAsync(Table());
        await output.WriteLineAsync("Chromium's processes share memory: sums of VmHWM and VmRSS count a shared page once per process (upper bounds);"
            + " Pss splits it between them, a fair total but of the moment, not the peak.");
        return !_failed;
    }

    private async Task<BiannualReport?> TimeDataAsync(string figure, ReportScope scope, ReportingPeriod period, CancellationToken ct)
    {
        using var services = scopes.CreateScope();
        var query = services.ServiceProvider.GetRequiredService<BiannualReportQuery>();
        var watch = Stopwatch.StartNew();
        try
        {
            var report = await query.ComputeAsync(scope, period, ct);
            _rows.Add(new(figure, Seconds(watch.Elapsed), $"< {DataTargetSeconds:0} s", watch.Elapsed.TotalSeconds < DataTargetSeconds));
            return report;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _rows.Add(new(figure, Failed(e), $"< {DataTargetSeconds:0} s", false));
            _failed = true;
            return null;
        }
    }

    private async Task TimePdfAsync(string figure, BiannualReport report, CancellationToken ct)
    {
        using var services = scopes.CreateScope();
        var document = services.ServiceProvider.GetRequiredService<BiannualReportDocument>();
        var watch = Stopwatch.StartNew();
        try
        {
            var rendered = await document.RenderPdfAsync(report, ct);
            _rows.Add(new(figure, Seconds(watch.Elapsed), $"< {PdfTargetSeconds:0} s", watch.Elapsed.TotalSeconds < PdfTargetSeconds));
            // The page count read back from the file, not the one the renderer claims.
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(rendered.Pdf);
            _rows.Add(new("  its pages and size", $"{pdf.NumberOfPages} pages, {rendered.Pdf.Length / 1024.0:0} KB", "-", null));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _rows.Add(new(figure, Failed(e), $"< {PdfTargetSeconds:0} s", false));
            _failed = true;
        }
    }

    /// <summary>The browser's processes come and go with pages; sampling catches their simultaneous peak.</summary>
    private async Task SampleBrowserAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(SampleEvery);
        try
        {
            do
            {
                var now = ProcessMemory.Descendants(Environment.ProcessId).Where(p => p.IsBrowser).Sum(p => ProcessMemory.ResidentBytes(p.Pid) ?? 0);
                _sampledBrowserPeak = Math.Max(_sampledBrowserPeak, now);
            } while (await timer.WaitForNextTickAsync(ct));
        }
        catch (OperationCanceledException) { }
    }

    private async Task<string> DescribeDatabaseAsync(ReportBenchmarkCommand command, ReportingPeriod period, CancellationToken ct)
    {
        using var services = scopes.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<PortalDbContext>();
        var size = new FileInfo(command.DatabasePath).Length;
        var counts = new[]
        {
            (await db.Organisations.CountAsync(ct), "organisations"), (await db.Services.CountAsync(ct), "services"),
            (await db.SynergyAgreements.CountAsync(ct), "agreements"), (await db.Initiatives.CountAsync(ct), "initiatives"),
            (await db.ProgressReports.CountAsync(ct), "progress reports"), (await db.IndicatorValues.CountAsync(ct), "indicator values"),
        };
        return $"Report benchmark, {period.Label}, on {Environment.ProcessorCount} cores\n"
            + $"Database {command.DatabasePath} ({Megabytes(size)}): "
            + string.Join(", ", counts.Select(c => c.Item1.ToString("N0", CultureInfo.InvariantCulture) + " " + c.Item2));
    }

    private string Table()
    {
        var width = _rows.Max(r => r.Figure.Length);
        var valueWidth = Math.Max(14, _rows.Max(r => r.Value.Length));
        var lines = _rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Figure.PadRight(width)}  {r.Value.PadRight(valueWidth)}  {r.Target,-9} {(r.Pass is { } pass ? pass ? "PASS" : "MISS" : "")}"));
        var header = $"{"Figure".PadRight(width)}  {"Value".PadRight(valueWidth)}  {"Target",-9} Result";
        return string.Join('\n', lines.Prepend(new string('-', header.Length)).Prepend(header));
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000 s", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0 MB", CultureInfo.InvariantCulture);

    private static string Failed(Exception e) => $"failed: {e.GetType().Name}: {e.Message.Split('\n')[0]}";
}
