using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace PartnerPortal.Infrastructure.Pdf;

public sealed class PdfOptions
{
    /// <summary>Path of a Chromium or Chrome executable; when empty the usual install locations are tried.</summary>
    public string? BrowserPath { get; set; }
    public int MaxConcurrentRenders { get; set; } = 2;
    public int TimeoutSeconds { get; set; } = 60;
}

public sealed class PdfBrowserNotFoundException(IEnumerable<string> tried) : Exception(
    "No Chromium browser was found to print PDFs. Tried: " + string.Join(", ", tried) + ". " +
    "Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set Pdf:BrowserPath " +
    "(environment variable Pdf__BrowserPath) to a Chromium or Chrome executable.");

public sealed record PdfDocumentOptions(string Title, string FooterLabel, bool Landscape = false);

/// <summary>
/// Prints HTML to PDF with one shared headless Chromium, started on first use. Pages are pooled and
/// reused; a semaphore bounds concurrent renders and each render has a timeout. The printed page
/// cannot reach the network: every request it makes is aborted, so user text cannot fetch anything.
/// </summary>
public sealed class PdfRenderer(IOptions<PdfOptions> options, ILogger<PdfRenderer> log) : IAsyncDisposable
{
    public static readonly string[] UsualBrowserPaths =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium", "/opt/google/chrome/chrome",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
    ];

    private readonly SemaphoreSlim _startLock = new(1, 1);
    private readonly SemaphoreSlim _renderSlots = new(Math.Max(1, options.Value.MaxConcurrentRenders));
    private readonly ConcurrentBag<IPage> _idlePages = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ResolveBrowserPath(string? configured, Func<string, bool> exists)
    {
        var candidates = string.IsNullOrWhiteSpace(configured) ? UsualBrowserPaths : [configured];
        return candidates.FirstOrDefault(exists) ?? throw new PdfBrowserNotFoundException(candidates);
    }

    public async Task<byte[]> RenderAsync(string html, PdfDocumentOptions document, CancellationToken ct = default)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        if (!await _renderSlots.WaitAsync(timeout, cts.Token))
            throw new TimeoutException($"No PDF render slot became free within {timeout.TotalSeconds:0} s.");
        IPage? page = null;
        var reusable = false;
        try
        {
            page = await RentPageAsync(cts.Token);
            page.SetDefaultTimeout((float)timeout.TotalMilliseconds);
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load })
                .WaitAsync(cts.Token);
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                Landscape = document.Landscape,
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = FooterTemplate(document.FooterLabel),
                Margin = new Margin { Top = "16mm", Bottom = "18mm", Left = "14mm", Right = "14mm" },
                Tagged = true,
                Outline = true,
            }).WaitAsync(cts.Token);
            reusable = true;
            return pdf;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Printing \"{document.Title}\" took longer than {timeout.TotalSeconds:0} s.");
        }
        finally
        {
            if (page is not null)
            {
                if (reusable && !page.IsClosed) _idlePages.Add(page);
                else _ = page.CloseAsync();
            }
            _renderSlots.Release();
        }
    }

    /// <summary>Chromium fills the pageNumber/totalPages spans; the label carries the document's scope.</summary>
    private static string FooterTemplate(string label) =>
        "<div style=\"font-size:8px;font-family:sans-serif;color:#444;width:100%;padding:0 14mm;display:flex;justify-content:space-between\">" +
        $"<span>{System.Net.WebUtility.HtmlEncode(label)}</span>" +
        "<span>Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>";

    private async Task<IPage> RentPageAsync(CancellationToken ct)
    {
        while (_idlePages.TryTake(out var idle))
            if (!idle.IsClosed && _browser is { IsConnected: true }) return idle;

        var browser = await GetBrowserAsync(ct);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        page.Close += (_, _) => _ = context.CloseAsync();
        await page.RouteAsync("**/*", route => route.AbortAsync("blockedbyclient"));
        return page;
    }

    private async Task<IBrowser> GetBrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } running) return running;
        await _startLock.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } started) return started;
            var path = ResolveBrowserPath(options.Value.BrowserPath, File.Exists);
            _playwright ??= await Playwright.CreateAsync();
            log.LogInformation("Starting Chromium for PDF rendering from {Path}", path);
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage",
                ],
            });
            return _browser;
        }
        finally
        {
            _startLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}
