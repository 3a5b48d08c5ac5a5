using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Agendas.Core.Model;
using Agendas.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Agendas.Data.Search;

/// <summary>
/// <see cref="ISearchIndex"/> on SQLite FTS5. <c>SearchIndex</c> is a contentless FTS5 table (columns
/// <c>heading</c>, <c>text</c>) holding <see cref="DutchAnalyzer"/> terms, its rowid the <see cref="SearchEntry.Id"/>;
/// the entries keep the original text. Ranking is the table's configured <c>bm25(4.0, 1.0)</c>: the heading weighs
/// four times the text. Filters on year, council and kind run in SQL; the topic filter, the facets, sorting and
/// paging run over the matching rows in memory (a few thousand at most on today's corpus).
/// </summary>
internal sealed class SqliteSearchIndex(AgendasDbContext db) : ISearchIndex
{
    public async Task IndexDocumentAsync(int documentId, CancellationToken ct = default)
    {
        await RemoveDocumentAsync(documentId, ct).ConfigureAwait(false);
        var entries = await SearchEntryBuilder.ForDocumentAsync(db, documentId, ct).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            return;
        }
        db.Set<SearchEntry>().AddRange(entries);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            string heading = DutchAnalyzer.Terms(entry.Heading);
            string text = DutchAnalyzer.Terms(entry.Text);
            await db.Database.ExecuteSqlAsync($"INSERT INTO SearchIndex(rowid, heading, text) VALUES ({entry.Id}, {heading}, {text})", ct).ConfigureAwait(false);
        }
    }

    // The trigger SearchEntries_delete takes each entry's row out of the full-text table.
    public Task RemoveDocumentAsync(int documentId, CancellationToken ct = default) =>
        db.Set<SearchEntry>().Where(e => e.DocumentId == documentId).ExecuteDeleteAsync(ct);

    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        int count = 0;
        var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex(SearchIndex) VALUES('delete-all')", ct).ConfigureAwait(false);
            await db.Set<SearchEntry>().ExecuteDeleteAsync(ct).ConfigureAwait(false);
            var ids = await db.Documents.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct).ConfigureAwait(false);
            foreach (int id in ids)
            {
                await IndexDocumentAsync(id, ct).ConfigureAwait(false);
                count += db.ChangeTracker.Entries<SearchEntry>().Count();
                db.ChangeTracker.Clear();
            }
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        // Merges the b-trees written one letter at a time into one: smaller and faster to query.
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex(SearchIndex) VALUES('optimize')", ct).ConfigureAwait(false);
        return count;
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, SearchFilters filters, SearchPage page, CancellationToken ct = default)
    {
        if (query.Problem != QueryProblem.None)
        {
            return SearchResults.None;
        }
        var letters = await LettersAsync(query.Kamerstukken, ct).ConfigureAwait(false);
        if (query.Kamerstukken.Count > 0 && letters.Count == 0)
        {
            return SearchResults.None;
        }

        var rows = await MatchAsync(query.ToMatchExpression(), [.. letters.Select(l => l.Id)], filters, ct).ConfigureAwait(false);
        if (filters.Topic is { } topic)
        {
            rows = [.. rows.Where(r => r.Topics.Contains(topic))];
        }
        var facets = Facets(rows);
        var ordered = page.Sort == SearchSort.Date
            ? rows.OrderByDescending(r => r.Start).ThenBy(r => r.Score).ThenBy(r => r.Id)
            : rows.OrderBy(r => r.Score).ThenByDescending(r => r.Start).ThenBy(r => r.Id);
        int[] pageIds = [.. ordered.Skip((Math.Max(page.Page, 1) - 1) * page.PageSize).Take(page.PageSize).Select(r => r.Id)];
        var hits = await HitsAsync(pageIds, query, ct).ConfigureAwait(false);
        return new SearchResults(rows.Count, hits, facets, [.. letters.Select(l => l.Hit)]);
    }

    private async Task<List<(int Id, LetterHit Hit)>> LettersAsync(IReadOnlyList<string> kamerstukken, CancellationToken ct)
    {
        if (kamerstukken.Count == 0)
        {
            return [];
        }
        string[] numbers = [.. kamerstukken];
        var found = await db.Documents.AsNoTracking()
            .Where(d => d.Kamerstuk != null && numbers.Contains(d.Kamerstuk))
            .OrderBy(d => d.Meeting.StartDate)
            .Select(d => new { d.Id, d.Slug, d.Title, d.Kind, d.Kamerstuk, Meeting = d.Meeting.Slug, d.Meeting.StartDate })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. found.Select(d => (d.Id, new LetterHit(d.Slug, d.Title, d.Kind, d.Kamerstuk!, d.Meeting, d.StartDate)))];
    }

    private sealed record Row(int Id, double Score, DateOnly Start, DocumentKind Kind, string[] Councils, string[] Topics);

    /// <summary>Every entry that matches, with what the filters and facets need. All values are parameters.</summary>
    private async Task<List<Row>> MatchAsync(string? match, int[] documentIds, SearchFilters filters, CancellationToken ct)
    {
        var sql = new StringBuilder();
        sql.Append("SELECT e.Id, ").Append(match is null ? "0.0" : "f.score").Append(", m.StartDate, d.Kind, m.Councils, ")
            .Append("CASE WHEN e.ItemId IS NOT NULL ")
            .Append("THEN (SELECT group_concat(t.Slug, ' ') FROM ItemTopics AS it JOIN Topics AS t ON t.Id = it.TopicId WHERE it.ItemId = e.ItemId) ")
            .Append("ELSE (SELECT group_concat(t.Slug, ' ') FROM ItemTopics AS it JOIN Topics AS t ON t.Id = it.TopicId WHERE it.SessionId = e.SessionId AND it.ItemId IS NULL) END ")
            .Append("FROM ");
        sql.Append(match is null
            ? "SearchEntries AS e "
            : "(SELECT rowid AS id, rank AS score FROM SearchIndex WHERE SearchIndex MATCH $match) AS f JOIN SearchEntries AS e ON e.Id = f.id ");
        sql.Append("JOIN Documents AS d ON d.Id = e.DocumentId JOIN Meetings AS m ON m.Id = d.MeetingId WHERE 1 = 1");

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        if (match is not null)
        {
            Add(command, "$match", match);
        }
        if (documentIds.Length > 0)
        {
            sql.Append(" AND e.DocumentId IN (").AppendJoin(", ", documentIds.Select((_, i) => "$doc" + i.ToString(CultureInfo.InvariantCulture))).Append(')');
            for (int i = 0; i < documentIds.Length; i++)
            {
                Add(command, "$doc" + i.ToString(CultureInfo.InvariantCulture), documentIds[i]);
            }
        }
        if (filters.FromYear is { } from)
        {
            sql.Append(" AND m.StartDate >= $from");
            Add(command, "$from", $"{from:0000}-01-01");
        }
        if (filters.ToYear is { } to)
        {
            sql.Append(" AND m.StartDate < $to");
            Add(command, "$to", $"{to + 1:0000}-01-01");
        }
        if (filters.Kind is { } kind)
        {
            sql.Append(" AND d.Kind = $kind");
            Add(command, "$kind", Slugs.KindSlug(kind));
        }
        if (filters.Council is { } council)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM json_each(m.Councils) WHERE json_each.value = $council)");
            Add(command, "$council", council);
        }
        command.CommandText = sql.ToString();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        var rows = new List<Row>();
        // A handful of distinct council lists (and topic lists) recur in thousands of rows: read each once.
        var councils = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var topics = new Dictionary<string, string[]>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                rows.Add(new Row(
                    reader.GetInt32(0),
                    reader.GetDouble(1),
                    DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    reader.GetString(3) == "agenda" ? DocumentKind.Agenda : DocumentKind.Report,
                    Cached(councils, reader.GetString(4), json => JsonSerializer.Deserialize<string[]>(json) ?? []),
                    reader.IsDBNull(5) ? [] : Cached(topics, reader.GetString(5), list => list.Split(' '))));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
        return rows;
    }

    private static string[] Cached(Dictionary<string, string[]> cache, string key, Func<string, string[]> read)
    {
        if (!cache.TryGetValue(key, out var value))
        {
            value = read(key);
            cache[key] = value;
        }
        return value;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static SearchFacets Facets(List<Row> rows) => new(
        Count(rows.Select(r => r.Start.Year.ToString(CultureInfo.InvariantCulture))).OrderByDescending(f => f.Value, StringComparer.Ordinal).ToList(),
        Count(rows.SelectMany(r => r.Councils)),
        Count(rows.Select(r => Slugs.KindSlug(r.Kind))),
        Count(rows.SelectMany(r => r.Topics)));

    private static List<FacetCount> Count(IEnumerable<string> values) =>
        [.. values.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Value, StringComparer.Ordinal)];

    private async Task<List<SearchHit>> HitsAsync(int[] ids, SearchQuery query, CancellationToken ct)
    {
        if (ids.Length == 0)
        {
            return [];
        }
        var details = await db.Set<SearchEntry>().AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                e.Heading,
                e.Text,
                ItemSlug = e.Item != null ? e.Item.Slug : null,
                e.Session.Number,
                SessionSlug = e.Session.Slug,
                SessionTitle = e.Session.Title,
                DocumentSlug = e.Document.Slug,
                e.Document.Kind,
                MeetingSlug = e.Document.Meeting.Slug,
                e.Document.Meeting.StartDate,
                e.Document.Meeting.EndDate,
                e.Document.Meeting.Councils,
            })
            .ToDictionaryAsync(e => e.Id, ct).ConfigureAwait(false);
        return [.. ids.Where(details.ContainsKey).Select(id =>
        {
            var e = details[id];
            string heading = e.Heading.Length > 0 ? e.Heading : $"Sessie {e.Number}";
            return new SearchHit(
                e.ItemSlug is { } item ? SitePaths.Item(e.MeetingSlug, e.SessionSlug, item) : SitePaths.Session(e.MeetingSlug, e.SessionSlug),
                e.MeetingSlug,
                e.StartDate,
                e.EndDate,
                e.Councils,
                e.Kind,
                e.DocumentSlug,
                e.Number,
                e.SessionTitle,
                e.ItemSlug,
                heading,
                Snippet.Mark(heading, query),
                Snippet.Excerpt(e.Text, query));
        })];
    }
}
