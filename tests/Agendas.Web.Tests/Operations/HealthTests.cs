using System.Net;
using System.Text.Json;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Agendas.Web.Tests.Operations;

/// <summary>/health: the database answers, no migration is pending, and the full-text index is whole and in step.</summary>
public sealed class HealthTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_fresh_store_is_healthy_and_the_answer_is_never_cached()
    {
        await using var app = await StartAsync();

        var (status, report, headers) = await FetchHealthAsync(app);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal(
            [("database", "Healthy"), ("migrations", "Healthy"), ("search-index", "Healthy"), ("search-memory", "Healthy")],
            Checks(report).Select(c => (c.Name, c.Status)));
        Assert.Equal("no-store", headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_search_snapshot_is_loaded_after_start_and_health_says_so()
    {
        await using var app = await StartAsync();
        var snapshots = app.Services.GetRequiredService<Agendas.Data.Search.Memory.SearchSnapshots>();
        await snapshots.WhenLoadedAsync();

        var (_, report, _) = await FetchHealthAsync(app);

        var memory = Checks(report).Single(c => c.Name == "search-memory");
        Assert.Equal("Healthy", memory.Status);
        Assert.Contains("staat in het geheugen", memory.Description, StringComparison.Ordinal);
        Assert.Null(snapshots.LastError);
    }

    [Fact]
    public async Task A_full_text_row_deleted_behind_the_apps_back_makes_it_unhealthy()
    {
        await using var app = await StartAsync();
        await using (var db = app.CreateDbContext())
        {
            int deleted = await db.Database.ExecuteSqlRawAsync("DELETE FROM SearchIndex WHERE rowid = (SELECT min(Id) FROM SearchEntries)");
            Assert.Equal(1, deleted);
        }

        var (status, report, _) = await FetchHealthAsync(app);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        var index = Checks(report).Single(c => c.Name == "search-index");
        Assert.Equal("Unhealthy", index.Status);
        Assert.Contains("agendas reindex", index.Description, StringComparison.Ordinal);
        Assert.Equal("Healthy", Checks(report).Single(c => c.Name == "database").Status);
    }

    [Fact]
    public async Task A_database_that_lacks_a_migration_is_unhealthy()
    {
        await using var app = await StartAsync();
        await using (var db = app.CreateDbContext())
        {
            // As if an older backup had been put in place while the app ran.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT max(MigrationId) FROM __EFMigrationsHistory)");
        }

        var (status, report, _) = await FetchHealthAsync(app);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", Checks(report).Single(c => c.Name == "migrations").Status);
    }

    private async Task<AgendasServerFixture> StartAsync()
    {
        var app = new AgendasServerFixture();
        app.Logs.Output = output;
        await ((IAsyncLifetime)app).InitializeAsync();
        return app;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Report, System.Net.Http.Headers.HttpResponseHeaders Headers)> FetchHealthAsync(AgendasServerFixture app)
    {
        using var client = app.CreateHttpClient();
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone(), response.Headers);
    }

    private static IEnumerable<(string Name, string Status, string Description)> Checks(JsonElement report) =>
        report.GetProperty("checks").EnumerateArray().Select(c => (
            c.GetProperty("name").GetString() ?? "",
            c.GetProperty("status").GetString() ?? "",
            c.GetProperty("description").GetString() ?? ""));
}
