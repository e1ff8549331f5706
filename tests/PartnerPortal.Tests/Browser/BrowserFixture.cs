using Microsoft.Playwright;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Browser;

/// <summary>
/// One headless Chromium for all browser tests. Playwright cannot download its own browser here, so the
/// system Chromium is used; when it is missing the tests fail, they never skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("PP_BROWSER") ?? "/usr/bin/chromium";
        if (!File.Exists(path))
            throw new InvalidOperationException($"Browser tests need Chromium at {path}. Install it with `sudo apt-get install -y chromium` or set PP_BROWSER.");
        Directory.CreateDirectory(ScreenshotFolder);
        Assertions.SetDefaultExpectTimeout(10_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        Playwright.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>Each browser test gets its own app on a real port and its own database.</summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    protected PortalFactory Factory { get; } = new();
    protected string BaseUrl { get; private set; } = "";
    protected BrowserFixture Fixture { get; } = browser;
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync()
    {
        BaseUrl = Factory.StartKestrel();
        return Task.CompletedTask;
    }

    protected async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true,
        });
        // Generous: the first page of a fresh app (and a busy CI machine) can be slow; assertions still fail on wrong content.
        context.SetDefaultTimeout(30_000);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        // A browser error on any page (CSP violation, script error) fails the journey.
        page.Console += (_, message) => { if (message.Type == "error") ConsoleErrors.Add(message.Text); };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        return page;
    }

    protected List<string> ConsoleErrors { get; } = [];

    protected void AssertNoBrowserErrors() =>
        Assert.True(ConsoleErrors.Count == 0, "The browser reported errors:\n" + string.Join("\n", ConsoleErrors));

    protected static async Task SignInAsync(IPage page, string email, string password = DemoUsers.Password)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn"));
    }

    /// <summary>
    /// Saves a full-page screenshot, and fails when the page is wider than the window: a page that
    /// scrolls sideways is broken on a phone (and means something overflows on a desktop too).
    /// </summary>
    protected static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (content, window) = (widths[0], widths[1]);
        Assert.True(content <= window, $"{name}: the page is {content}px wide in a {window}px window and scrolls sideways.");
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
        await Factory.DisposeAsync();
    }
}
