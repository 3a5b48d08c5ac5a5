using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Agendas.Web.Tests.Caching;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Serilog.Events;

namespace Agendas.Web.Tests.Concurrency;

/// <summary>
/// Issue 7, "readers during writes": while the CLI imports a few hundred letters into the app's database file, the app
/// answers every request of a loop over its page types, logs no SQLITE_BUSY (nor any error), and shows the new
/// letters once the import has committed them (the cache notices through the data version).
/// </summary>
public sealed class ReadersDuringImportTests(ITestOutputHelper output)
{
    private const int LetterCount = 150;
    private const int Readers = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    // One of every kind of page that reads the database: home, a meeting, a session, a topic, search, a feed, the list.
    private static readonly string[] Paths =
    [
        "/",
        "/vergaderingen/2020-12-01-buitenlandse-zaken",
        "/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-2",
        "/onderwerpen/rusland",
        "/zoeken?q=rusland",
        "/vergaderingen/feed",
        "/vergaderingen",
    ];

    [Fact]
    [Trait("Category", "Concurrency")]
    public async Task Every_request_during_a_large_import_succeeds_and_the_new_letters_show_once_committed()
    {
        using var letters = new TempDirectory();
        using (var generate = await CliChild.RunAsync(Patience, "generate", "--count", LetterCount.ToString(CultureInfo.InvariantCulture),
            "--out", letters.Path, "--seed", "11", "--seeds", Path.Combine(RepositoryRoot.Path, "seeds")))
        {
            Assert.True(generate.Lines.Count == 1, string.Join('\n', generate.Lines));
        }
        await using var app = new AgendasServerFixture { Settings = new Dictionary<string, string> { ["Agendas:DataVersionPollInterval"] = "00:00:00.200" } };
        app.Logs.Output = output;
        await ((IAsyncLifetime)app).InitializeAsync();
        using var client = app.CreateHttpClient();
        string newestBefore = NewestMeeting((await client.FetchAsync("/")).Document);

        var failures = new ConcurrentQueue<string>();
        var answered = new ConcurrentDictionary<string, int>();
        using var import = CliChild.Start("import", letters.Path, "--db", app.DatabasePath);
        var loops = Enumerable.Range(0, Readers).Select(reader => Task.Run(async () =>
        {
            for (int i = 0; !import.HasExited; i++)
            {
                // Every other request carries a query of its own, so that it misses the page cache and reads the database.
                string path = Paths[(i + reader) % Paths.Length];
                string address = i % 2 == 0 ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"lus={reader}-{i}";
                try
                {
                    using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Enqueue($"{address}: {(int)response.StatusCode}");
                    }
                    answered.AddOrUpdate(path, 1, (_, n) => n + 1);
                }
                catch (HttpRequestException ex)
                {
                    failures.Enqueue($"{address}: {ex.Message}");
                }
            }
        })).ToList();

        int exit = await import.WaitForExitAsync(Patience);
        await Task.WhenAll(loops);

        Assert.True(exit == 0, string.Join('\n', import.Lines.TakeLast(5)));
        // A generated letter may share a seed's natural key and update it: what matters is that none failed.
        Assert.Matches(@"^\d+ imported, \d+ updated, 0 unchanged, 0 failed$", import.Lines[^1]);
        int requests = answered.Values.Sum();
        output.WriteLine($"{requests} requests during the import: {string.Join(", ", answered.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key} {a.Value}"))}");
        Assert.Empty(failures);
        Assert.All(Paths, path => Assert.True(answered.GetValueOrDefault(path) > 0, $"no answer from {path}"));
        Assert.Empty(app.Logs.Events.Where(e => e.Level >= LogEventLevel.Error || Mentions(e, "SQLITE_BUSY") || Mentions(e, "database is locked"))
            .Select(e => e.RenderMessage(CultureInfo.InvariantCulture)));

        // The newest meeting is now one of the generated letters (they run to 2025); the cached home page shows it.
        string newest;
        await using (var db = app.CreateDbContext())
        {
            newest = await db.Meetings.OrderByDescending(m => m.StartDate).Select(m => m.Slug).FirstAsync();
        }
        Assert.NotEqual(newestBefore, newest);
        var home = await client.FetchUntilAsync("/", page => NewestMeeting(page.Document) == newest);
        Assert.Equal(newest, NewestMeeting(home.Document));
    }

    private static bool Mentions(LogEvent e, string text) =>
        e.RenderMessage(CultureInfo.InvariantCulture).Contains(text, StringComparison.OrdinalIgnoreCase)
        || (e.Exception?.ToString().Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The first meeting in the home page's list of latest meetings.</summary>
    private static string NewestMeeting(IHtmlDocument page) => page.QuerySelector("table.meetings tbody tr")?.Id ?? "";
}
