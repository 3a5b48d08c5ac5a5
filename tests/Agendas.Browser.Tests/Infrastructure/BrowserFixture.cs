using Agendas.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Agendas.Browser.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port over a fresh SQLite file with the seeds imported, and one headless Chromium that
/// every browser test shares; each test opens a context of its own on it (cookies, permissions, viewport).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium: Playwright cannot download its own browser on these machines (docs/setup).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public AgendasServerFixture Server { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    /// <summary>The origin of the app, e.g. <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public string Origin => Server.ServerAddress.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: run tools/test.sh, or apt-get install chromium.");
        }
        Screenshots.StartRun();
        // The whole suite shares two cores with the other test projects: give assertions room before they fail.
        Assertions.SetDefaultExpectTimeout(15_000);
        await ((IAsyncLifetime)Server).InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No sandbox: tests run as root in containers. The rest keeps Chromium from calling home during a test.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>All browser test classes share one server and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
