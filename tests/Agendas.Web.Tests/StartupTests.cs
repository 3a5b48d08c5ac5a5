using System.Text;
using Agendas.Data;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Serilog.Events;

namespace Agendas.Web.Tests;

/// <summary>What the app does before it serves: migrate the SQLite file and import the seeds, idempotently.</summary>
public sealed class StartupTests(ITestOutputHelper output)
{
    private static readonly string[] SeedMeetings =
    [
        "2017-03-31-buitenlandse-zaken",
        "2020-12-01-buitenlandse-zaken",
        "2021-03-23-buitenlandse-zaken",
        "2021-06-01-buitenlandse-zaken-en-defensie",
        "2022-11-29-buitenlandse-zaken",
    ];

    [Fact]
    public async Task App_starts_migrates_its_database_and_imports_the_five_seeds()
    {
        await using var app = new AgendasAppFactory();
        app.Logs.Output = output;

        app.StartServer();

        Assert.True(File.Exists(app.DatabasePath), "the database file named by ConnectionStrings:Agendas");
        await using var db = app.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(SeedMeetings, await db.Meetings.Select(m => m.Slug).OrderBy(s => s).ToListAsync());
        Assert.Equal(5, await db.Documents.CountAsync());
        Assert.Equal((5, 0, 0, 0), SeedCounts(app.Logs));
    }

    [Fact]
    public async Task Starting_twice_on_the_same_database_duplicates_nothing()
    {
        using var folder = new TempDirectory();
        string database = Path.Combine(folder.Path, "agendas.db");

        var first = await StartAndDescribeAsync(database);
        var second = await StartAndDescribeAsync(database);

        Assert.Equal((5, 0, 0, 0), first.Seeds);
        Assert.Equal((0, 0, 5, 0), second.Seeds);
        Assert.Equal(first.Store, second.Store);
    }

    [Fact]
    public async Task With_seed_import_off_the_database_is_migrated_but_empty()
    {
        await using var app = new AgendasAppFactory { Settings = new Dictionary<string, string> { ["Agendas:ImportSeedsOnStartup"] = "false" } };
        app.Logs.Output = output;

        app.StartServer();

        await using var db = app.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task A_configured_seed_folder_is_the_one_imported()
    {
        using var letters = new TempDirectory();
        File.Copy(Path.Combine(RepositoryRoot.Path, "seeds", "004_693843c5837e85b5.txt"), Path.Combine(letters.Path, "brief.txt"));
        await using var app = new AgendasAppFactory { Settings = new Dictionary<string, string> { ["Agendas:SeedDirectory"] = letters.Path } };
        app.Logs.Output = output;

        app.StartServer();

        await using var db = app.CreateDbContext();
        Assert.Equal(["2017-03-31-buitenlandse-zaken"], await db.Meetings.Select(m => m.Slug).ToListAsync());
    }

    [Fact]
    public async Task A_public_base_url_that_is_not_an_http_address_stops_the_start()
    {
        await using var app = new AgendasAppFactory { Settings = new Dictionary<string, string> { ["Agendas:PublicBaseUrl"] = "agendas.example" } };
        app.Logs.Output = output;

        var error = Assert.ThrowsAny<Exception>(app.StartServer);

        Assert.Contains("Agendas:PublicBaseUrl", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<(string Store, (int, int, int, int) Seeds)> StartAndDescribeAsync(string database)
    {
        await using var app = new AgendasAppFactory { DatabasePath = database };
        app.Logs.Output = output;
        app.StartServer();
        await using var db = app.CreateDbContext();
        return (await DescribeAsync(db), SeedCounts(app.Logs));
    }

    /// <summary>Row counts and every letter's identity and import time: a second start must leave all of it as it was.</summary>
    private static async Task<string> DescribeAsync(AgendasDbContext db)
    {
        var text = new StringBuilder();
        text.AppendLine($"meetings {await db.Meetings.CountAsync()}");
        text.AppendLine($"documents {await db.Documents.CountAsync()}");
        text.AppendLine($"sessions {await db.Sessions.CountAsync()}");
        text.AppendLine($"items {await db.Items.CountAsync()}");
        text.AppendLine($"paragraphs {await db.Paragraphs.CountAsync()}");
        text.AppendLine($"footnotes {await db.Footnotes.CountAsync()}");
        text.AppendLine($"topics {await db.Topics.CountAsync()}");
        foreach (var d in await db.Documents.OrderBy(d => d.Slug).Select(d => new { d.Id, d.Slug, d.ImportedAt }).ToListAsync())
        {
            text.AppendLine($"{d.Id} {d.Slug} {d.ImportedAt:O}");
        }
        return text.ToString();
    }

    /// <summary>Imported, updated, unchanged and failed, from the app's structured "Seeds from …" log event.</summary>
    private static (int Imported, int Updated, int Unchanged, int Failed) SeedCounts(TestLogSink logs)
    {
        var summary = Assert.Single(logs.Events, e => e.MessageTemplate.Text.StartsWith("Seeds from", StringComparison.Ordinal));
        int Count(string name) => summary.Properties[name] is ScalarValue { Value: int n } ? n : -1;
        return (Count("Imported"), Count("Updated"), Count("Unchanged"), Count("Failed"));
    }
}
