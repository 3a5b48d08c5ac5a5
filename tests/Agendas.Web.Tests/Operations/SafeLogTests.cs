using Agendas.Web.Tests.Infrastructure;
using Serilog.Events;

namespace Agendas.Web.Tests.Operations;

/// <summary>
/// What the app logs from outside — the names of seed files at start-up, the paths of requests — reaches the log
/// with newlines and terminal escapes written as <c>\u000A</c> and <c>\u001B</c>, so no one can forge a log line or
/// rewrite an operator's terminal.
/// </summary>
public sealed class SafeLogTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_seed_file_named_with_a_newline_and_an_escape_is_logged_escaped()
    {
        using var seeds = new TempDirectory();
        string name = "brief\nINFO nep\u001b[31m.txt";
        await File.WriteAllTextAsync(Path.Combine(seeds.Path, name), "Geen brief, alleen een regel tekst.\n");
        using var app = new AgendasServerFixture { Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = seeds.Path } };
        app.Logs.Output = output;
        await ((IAsyncLifetime)app).InitializeAsync();

        var failed = Assert.Single(app.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Seed {File} was not imported", StringComparison.Ordinal));
        string logged = Text(failed, "File");
        Assert.Contains("brief\\u000AINFO nep\\u001B[31m.txt", logged, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failed.RenderMessage());
        Assert.DoesNotContain('\u001b', failed.RenderMessage());
    }

    [Fact]
    public async Task A_request_path_with_an_encoded_newline_is_logged_escaped()
    {
        using var app = new AgendasServerFixture();
        app.Logs.Output = output;
        await ((IAsyncLifetime)app).InitializeAsync();
        using var client = app.CreateHttpClient();

        using var response = await client.GetAsync(new Uri("/nergens%0AINFO%20nep%1B%5B31m", UriKind.Relative));

        var request = await app.Logs.WaitForAsync(e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString().Contains("nergens", StringComparison.Ordinal));
        Assert.NotNull(request);
        string path = Text(request, "RequestPath");
        Assert.Equal("/nergens\\u000AINFO nep\\u001B[31m", path);
        Assert.DoesNotContain('\n', request.RenderMessage());
    }

    private static string Text(LogEvent logEvent, string property) =>
        Assert.IsType<string>(Assert.IsType<ScalarValue>(logEvent.Properties[property]).Value);
}
