using Agendas.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Core;

namespace Agendas.Web.Tests.Infrastructure;

/// <summary>
/// The app as <c>dotnet run</c> starts it (migration and seed import included), over a fresh SQLite file in a
/// temporary folder, configured only through its configuration keys. Set <see cref="DatabasePath"/> to share one
/// database between two starts.
/// </summary>
public class AgendasAppFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _directory = new();

    /// <summary>The SQLite file; by default <c>agendas.db</c> in a folder of this factory's own.</summary>
    public string DatabasePath { get; init; }

    /// <summary>The host environment; <c>Production</c> to see what users see when something fails.</summary>
    public string Environment { get; init; } = Environments.Development;

    /// <summary>More configuration keys for one test, e.g. <c>Agendas:ImportSeedsOnStartup</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public TestLogSink Logs { get; } = new();

    public AgendasAppFactory() => DatabasePath = Path.Combine(_directory.Path, "agendas.db");

    public string ConnectionString => AgendasDatabase.ForFile(DatabasePath);

    /// <summary>A context of the test's own on the app's database, to check what the app wrote.</summary>
    public AgendasDbContext CreateDbContext() => AgendasDatabase.CreateContext(ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // Settings, not services: the app reads these keys at start, exactly as from appsettings or the environment.
        builder.UseSetting("ConnectionStrings:Agendas", $"Data Source={DatabasePath}");
        builder.UseSetting("Agendas:ImportSeedsOnStartup", "true");
        // Tests fire many searches from one address in a second; the tests of the limits switch them on.
        builder.UseSetting("Agendas:RateLimits:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _directory.Dispose();
        }
    }
}
