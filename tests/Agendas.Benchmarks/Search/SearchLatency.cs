using System.Diagnostics;
using System.Globalization;
using Agendas.Data;
using Agendas.Data.Search;
using Agendas.Data.Search.Memory;
using Microsoft.Data.Sqlite;

namespace Agendas.Benchmarks.Search;

/// <summary>
/// Search latency over an imported corpus (docs/benchmarks.md): a repeated-measure harness, not BenchmarkDotNet,
/// because the figure wanted is the spread of single requests (p50, p95) per query, as a visitor meets them.
/// Each query runs <c>--warmup</c> times unmeasured, then <c>--runs</c> rounds in which every query runs once (round
/// robin, so that a burst of noise on the shared machine spreads over all queries). A search is what
/// <c>/zoeken</c> does: a fresh DbContext, <see cref="SearchQuery.Parse"/>, <see cref="ISearchIndex.SearchAsync"/>
/// for page 1 with total and facets. The same queries then run as a plain LIKE scan (<see cref="LikeScan"/>).
/// </summary>
internal static class SearchLatency
{
    private sealed record Case(string Label, string Query, SearchFilters Filters);

    private static readonly Case[] Cases =
    [
        new("oekraine", "oekraine", new()),
        new("\"druk en dialoog\"", "\"druk en dialoog\"", new()),
        new("China", "China", new()),
        new("China, van=2022 tot=2022", "China", new(FromYear: 2022, ToYear: 2022)),
        new("dreiging", "dreiging", new()),
        new("cyber*", "cyber*", new()),
        new("Rusland -China", "Rusland -China", new()),
        new("28676-266", "28676-266", new()),
        new("afghanistan OF irak", "afghanistan OF irak", new()),
        new("bondgenoten", "bondgenoten", new()),
        new("\"Strategisch Concept\"", "\"Strategisch Concept\"", new()),
        new("wapenbeheersing non-proliferatie", "wapenbeheersing non-proliferatie", new()),
        // No hits: what a search costs before it has rows to rank, count and show.
        new("xqzvw (no hits)", "xqzvw", new()),
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        string? database = Option(args, "--db");
        int runs = int.Parse(Option(args, "--runs") ?? "30", CultureInfo.InvariantCulture);
        int warmup = int.Parse(Option(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);
        int likeRuns = int.Parse(Option(args, "--like-runs") ?? "10", CultureInfo.InvariantCulture);
        if (database is null || !File.Exists(database))
        {
            await Console.Error.WriteLineAsync("usage: search-latency --db <imported database> [--runs 30] [--warmup 5] [--like-runs 10]");
            return 2;
        }
        var output = Console.Out;
        string connectionString = AgendasDatabase.ForFile(database);
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await output.WriteLineAsync($"corpus: {await ScalarAsync(connection, "SELECT COUNT(*) FROM Documents")} letters, " +
                $"{await ScalarAsync(connection, "SELECT COUNT(*) FROM Meetings")} meetings, {await ScalarAsync(connection, "SELECT COUNT(*) FROM Items")} items, " +
                $"{await ScalarAsync(connection, "SELECT COUNT(*) FROM Paragraphs")} paragraphs, {await ScalarAsync(connection, "SELECT COUNT(*) FROM SearchEntries")} search entries");
            await StoreSizes.PrintAsync(connection, database, output);
        }

        using (var snapshots = new SearchSnapshots(connectionString))
        {
            long before = GC.GetTotalMemory(forceFullCollection: true);
            var load = Stopwatch.StartNew();
            snapshots.Refresh(await CurrentVersionAsync(connectionString));
            await snapshots.WhenLoadedAsync();
            load.Stop();
            long after = GC.GetTotalMemory(forceFullCollection: true);
            if (snapshots.LastError is { } error)
            {
                await Console.Error.WriteLineAsync($"the in-memory snapshot did not load: {error.Message}");
                return 1;
            }
            await output.WriteLineAsync();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"In-memory snapshot (Search/Memory): loaded in {load.Elapsed.TotalSeconds:0.0} s, {(after - before) / 1048576.0:0.0} MB of managed heap"));
            await MeasureAsync(output, "ISearchIndex.SearchAsync with the snapshot", connectionString, snapshots, warmup, runs);
        }
        await MeasureAsync(output, "ISearchIndex.SearchAsync with FTS5 alone", connectionString, null, warmup, runs);
        var parse = new List<double>();
        for (int i = 0; i < 200; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = SearchQuery.Parse(Cases[i % Cases.Length].Query).ToMatchExpression();
            parse.Add(watch.Elapsed.TotalMilliseconds);
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"of which SearchQuery.Parse + ToMatchExpression alone: p50 {Percentiles.Of(parse, 50):0.00} ms, p95 {Percentiles.Of(parse, 95):0.00} ms"));

        await output.WriteLineAsync();
        await output.WriteLineAsync($"FTS5 alone: the same MATCH expression, top 20 by rank (no filters, facets or details): 1 warm-up, {runs} measured runs per query");
        var ftsTotals = new Dictionary<Case, int>();
        var ftsSamples = Cases.ToDictionary(c => c, _ => new List<double>());
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            foreach (var c in Cases)
            {
                ftsTotals[c] = (await MatchOnceAsync(connection, c)).Count;
            }
            for (int r = 0; r < runs; r++)
            {
                foreach (var c in Cases)
                {
                    ftsSamples[c].Add((await MatchOnceAsync(connection, c)).Ms);
                }
            }
        }
        await PrintAsync(output, ftsSamples, ftsTotals);
        await output.WriteLineAsync(await SnippetCostAsync(connectionString, runs));

        await output.WriteLineAsync();
        await output.WriteLineAsync($"LIKE '%word%' over Paragraphs (COUNT(*)): 1 warm-up, {likeRuns} measured runs per query");
        var likeTotals = new Dictionary<Case, int>();
        var likeSamples = Cases.ToDictionary(c => c, _ => new List<double>());
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            foreach (var c in Cases)
            {
                likeTotals[c] = (await LikeOnceAsync(connection, c)).Count;
            }
            for (int r = 0; r < likeRuns; r++)
            {
                foreach (var c in Cases)
                {
                    likeSamples[c].Add((await LikeOnceAsync(connection, c)).Ms);
                }
            }
        }
        await PrintAsync(output, likeSamples, likeTotals);
        return 0;
    }

    private static async Task MeasureAsync(TextWriter output, string title, string connectionString, SearchSnapshots? snapshots, int warmup, int runs)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{title} (page 1 of 20, relevance, total + facets): {warmup} warm-up, {runs} measured runs per query");
        var totals = new Dictionary<Case, int>();
        for (int i = 0; i < warmup; i++)
        {
            foreach (var c in Cases)
            {
                totals[c] = (await SearchOnceAsync(connectionString, snapshots, c)).Total;
            }
        }
        var samples = Cases.ToDictionary(c => c, _ => new List<double>());
        for (int r = 0; r < runs; r++)
        {
            foreach (var c in Cases)
            {
                samples[c].Add((await SearchOnceAsync(connectionString, snapshots, c)).Ms);
            }
        }
        await PrintAsync(output, samples, totals);
    }

    private static async Task<long> CurrentVersionAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Version FROM DataVersion WHERE Id = 1";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<(double Ms, int Total)> SearchOnceAsync(string connectionString, SearchSnapshots? snapshots, Case c)
    {
        var watch = Stopwatch.StartNew();
        await using var db = AgendasDatabase.CreateContext(connectionString);
        var results = await SearchIndexes.For(db, snapshots).SearchAsync(SearchQuery.Parse(c.Query), c.Filters, new SearchPage());
        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds, results.Total);
    }

    /// <summary>The engine's floor: FTS5 ranking the query's MATCH expression, top 20 (hits = rows returned).</summary>
    private static async Task<(double Ms, int Count)> MatchOnceAsync(SqliteConnection connection, Case c)
    {
        var watch = Stopwatch.StartNew();
        string? match = SearchQuery.Parse(c.Query).ToMatchExpression();
        int count = 0;
        if (match is not null)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH $match ORDER BY rank LIMIT 20";
            command.Parameters.AddWithValue("$match", match);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                count++;
            }
        }
        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds, count);
    }

    /// <summary>
    /// What marking one page costs: <see cref="Snippet.Excerpt"/> and <see cref="Snippet.Mark"/> over the 20 best
    /// entries of each query (their text read beforehand), as SearchAsync does for the page it returns.
    /// </summary>
    private static async Task<string> SnippetCostAsync(string connectionString, int runs)
    {
        var pages = new List<(SearchQuery Query, List<(string Heading, string Text)> Entries)>();
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            foreach (var c in Cases)
            {
                var query = SearchQuery.Parse(c.Query);
                if (query.ToMatchExpression() is not { } match)
                {
                    continue;
                }
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT e.Heading, e.Text FROM (SELECT rowid AS id FROM SearchIndex WHERE SearchIndex MATCH $match ORDER BY rank LIMIT 20) AS f JOIN SearchEntries AS e ON e.Id = f.id";
                command.Parameters.AddWithValue("$match", match);
                var entries = new List<(string, string)>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    entries.Add((reader.GetString(0), reader.GetString(1)));
                }
                pages.Add((query, entries));
            }
        }
        var samples = new List<double>();
        for (int r = 0; r < runs + 1; r++)
        {
            foreach (var (query, entries) in pages)
            {
                var watch = Stopwatch.StartNew();
                foreach (var (heading, text) in entries)
                {
                    _ = Snippet.Mark(heading, query);
                    _ = Snippet.Excerpt(text, query);
                }
                if (r > 0)
                {
                    samples.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }
        double words = pages.SelectMany(p => p.Entries).Select(e => e.Text.Split(' ').Length).DefaultIfEmpty(0).Average();
        return string.Create(CultureInfo.InvariantCulture,
            $"snippets for one page of 20 (entries of {words:0} words on average): p50 {Percentiles.Of(samples, 50):0.0} ms, p95 {Percentiles.Of(samples, 95):0.0} ms");
    }

    private static async Task<(double Ms, int Count)> LikeOnceAsync(SqliteConnection connection, Case c)
    {
        var watch = Stopwatch.StartNew();
        await using var command = LikeScan.Command(connection, c.Query);
        if (c.Filters.FromYear is { } from && c.Filters.ToYear is { } to)
        {
            command.CommandText += " AND DocumentId IN (SELECT d.Id FROM Documents d JOIN Meetings m ON m.Id = d.MeetingId WHERE m.StartDate >= $from AND m.StartDate < $to)";
            command.Parameters.AddWithValue("$from", $"{from:0000}-01-01");
            command.Parameters.AddWithValue("$to", $"{to + 1:0000}-01-01");
        }
        int count = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds, count);
    }

    private static async Task PrintAsync(TextWriter output, Dictionary<Case, List<double>> samples, Dictionary<Case, int> totals)
    {
        await output.WriteLineAsync("| query | hits | p50 ms | p95 ms | max ms |");
        await output.WriteLineAsync("|---|---:|---:|---:|---:|");
        foreach (var (c, ms) in samples)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| `{c.Label}` | {totals[c]} | {Percentiles.Of(ms, 50):0.0} | {Percentiles.Of(ms, 95):0.0} | {ms.Max():0.0} |"));
        }
        var all = samples.Values.SelectMany(v => v).ToList();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"| all queries ({all.Count} requests) | | {Percentiles.Of(all, 50):0.0} | {Percentiles.Of(all, 95):0.0} | {all.Max():0.0} |"));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        int i = args.ToList().IndexOf(name);
        return i >= 0 && i + 1 < args.Count ? args[i + 1] : null;
    }
}
