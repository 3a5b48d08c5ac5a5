using System.Data.Common;
using System.Globalization;
using System.Text;
using Agendas.Core.Model;
using Agendas.Data.Entities;
using Agendas.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Agendas.Data.Search;

/// <summary>
/// <see cref="ISearchIndex"/> on SQLite FTS5. <c>SearchIndex</c> is a contentless FTS5 table (columns
/// <c>heading</c>, <c>text</c>) holding <see cref="DutchAnalyzer"/> terms, its rowid the <see cref="SearchEntry.Id"/>;
/// the entries keep the original text. Ranking is the table's configured <c>bm25(4.0, 1.0)</c>: the heading weighs
/// four times the text. Filters, facets, sorting and paging run in SQL over the full-text table and the entries
/// alone (the entries carry their meeting date, kind, councils and topics); only one page of hits is read in full.
/// </summary>
internal sealed class SqliteSearchIndex(AgendasDbContext db) : ISearchIndex
{
    /// <summary>Topic slugs by id, read once per instance (the vocabulary is synchronised before an import writes).</summary>
    private Dictionary<int, string>? _topicSlugs;

    public async Task IndexDocumentAsync(int documentId, CancellationToken ct = default)
    {
        var document = await SearchEntryBuilder.LoadAsync(db, documentId, ct).ConfigureAwait(false);
        if (document is null)
        {
            await RemoveDocumentAsync(documentId, ct).ConfigureAwait(false);
            return;
        }
        await IndexDocumentAsync(document, ct).ConfigureAwait(false);
    }

    public async Task<int> IndexDocumentAsync(Document document, CancellationToken ct = default)
    {
        await RemoveDocumentAsync(document.Id, ct).ConfigureAwait(false);
        var topicSlugs = await TopicSlugsAsync(document, ct).ConfigureAwait(false);
        var entries = SearchEntryBuilder.For(document, topicSlugs);
        if (entries.Count == 0)
        {
            return 0;
        }
        db.Set<SearchEntry>().AddRange(entries);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        // One prepared statement for the letter's rows.
        await using var insert = CreateCommand();
        insert.CommandText = "INSERT INTO SearchIndex(rowid, heading, text) VALUES ($id, $heading, $text)";
        var id = AddParameter(insert, "$id");
        var heading = AddParameter(insert, "$heading");
        var text = AddParameter(insert, "$text");
        foreach (var entry in entries)
        {
            id.Value = entry.Id;
            heading.Value = DutchAnalyzer.Terms(entry.Heading);
            text.Value = DutchAnalyzer.Terms(entry.Text);
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        // The entries are written; keeping them tracked would slow every later save of this context.
        foreach (var entry in entries)
        {
            db.Entry(entry).State = EntityState.Detached;
        }
        return entries.Count;
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
                if (await SearchEntryBuilder.LoadAsync(db, id, ct).ConfigureAwait(false) is { } document)
                {
                    count += await IndexDocumentAsync(document, ct).ConfigureAwait(false);
                }
            }
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        // Merges the b-trees written one letter at a time into one: smaller and faster to query.
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex(SearchIndex) VALUES('optimize')", ct).ConfigureAwait(false);
        return count;
    }

    private async Task<IReadOnlyDictionary<int, string>> TopicSlugsAsync(Document document, CancellationToken ct)
    {
        bool known = _topicSlugs is not null && document.Sessions
            .SelectMany(s => s.Topics.Concat(s.Items.SelectMany(i => i.Topics)))
            .All(t => _topicSlugs.ContainsKey(t.TopicId));
        if (!known)
        {
            _topicSlugs = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Slug, ct).ConfigureAwait(false);
        }
        return _topicSlugs!;
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
        var matching = new Matching(query.ToMatchExpression(), [.. letters.Select(l => l.Id)], filters);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            var (total, facets) = await FacetsAsync(matching, ct).ConfigureAwait(false);
            int[] pageIds = total == 0 ? [] : await PageAsync(matching, page, ct).ConfigureAwait(false);
            var hits = await HitsAsync(pageIds, query, ct).ConfigureAwait(false);
            return new SearchResults(total, hits, facets, [.. letters.Select(l => l.Hit)]);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
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

    /// <summary>
    /// The entries a query and its filters select, as SQL over the full-text table and the entries alone: the
    /// facet columns are on the entry (<see cref="SearchEntry"/>), so no hit costs a join. All values are parameters.
    /// </summary>
    private sealed record Matching(string? Match, int[] DocumentIds, SearchFilters Filters)
    {
        /// <summary>FROM and WHERE; <paramref name="ranked"/> adds the bm25 score as <c>f.score</c>.</summary>
        public string FromWhere(DbCommand command, bool ranked)
        {
            var sql = new StringBuilder();
            if (Match is null)
            {
                sql.Append(" FROM SearchEntries AS e WHERE 1 = 1");
            }
            else
            {
                sql.Append(ranked
                    ? " FROM (SELECT rowid AS id, rank AS score FROM SearchIndex WHERE SearchIndex MATCH $match) AS f"
                    : " FROM (SELECT rowid AS id FROM SearchIndex WHERE SearchIndex MATCH $match) AS f");
                sql.Append(" JOIN SearchEntries AS e ON e.Id = f.id WHERE 1 = 1");
                Add(command, "$match", Match);
            }
            if (DocumentIds.Length > 0)
            {
                sql.Append(" AND e.DocumentId IN (").AppendJoin(", ", DocumentIds.Select((_, i) => "$doc" + i.ToString(CultureInfo.InvariantCulture))).Append(')');
                for (int i = 0; i < DocumentIds.Length; i++)
                {
                    Add(command, "$doc" + i.ToString(CultureInfo.InvariantCulture), DocumentIds[i]);
                }
            }
            if (Filters.FromYear is { } from)
            {
                sql.Append(" AND e.MeetingStart >= $from");
                Add(command, "$from", $"{from:0000}-01-01");
            }
            if (Filters.ToYear is { } to)
            {
                sql.Append(" AND e.MeetingStart < $to");
                Add(command, "$to", $"{to + 1:0000}-01-01");
            }
            if (Filters.Kind is { } kind)
            {
                sql.Append(" AND e.Kind = $kind");
                Add(command, "$kind", Slugs.KindSlug(kind));
            }
            if (Filters.Council is { } council)
            {
                sql.Append(" AND instr(e.Councils, $council) > 0");
                Add(command, "$council", $" {council} ");
            }
            if (Filters.Topic is { } topic)
            {
                sql.Append(" AND instr(e.Topics, $topic) > 0");
                Add(command, "$topic", $" {topic} ");
            }
            return sql.ToString();
        }
    }

    /// <summary>
    /// The number of hits and the facets, from one grouped query: hits share a handful of (year, kind, councils,
    /// topics) combinations, so thousands of hits come back as a few hundred rows, and no score is computed.
    /// </summary>
    private async Task<(int Total, SearchFacets Facets)> FacetsAsync(Matching matching, CancellationToken ct)
    {
        await using var command = CreateCommand();
        command.CommandText = "SELECT substr(e.MeetingStart, 1, 4), e.Kind, e.Councils, e.Topics, count(*)"
            + matching.FromWhere(command, ranked: false) + " GROUP BY 1, 2, 3, 4";
        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var councils = new Dictionary<string, int>(StringComparer.Ordinal);
        var topics = new Dictionary<string, int>(StringComparer.Ordinal);
        int total = 0;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            int count = reader.GetInt32(4);
            total += count;
            Tally(years, reader.GetString(0), count);
            Tally(kinds, reader.GetString(1), count);
            foreach (string council in reader.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Tally(councils, council, count);
            }
            foreach (string topic in reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Tally(topics, topic, count);
            }
        }
        var facets = new SearchFacets(
            [.. years.Select(y => new FacetCount(y.Key, y.Value)).OrderByDescending(f => f.Value, StringComparer.Ordinal)],
            ByCount(councils),
            ByCount(kinds),
            ByCount(topics));
        return (total, facets);
    }

    /// <summary>One page of hit ids, in relevance order (ties newest first) or date order (ties by relevance).</summary>
    private async Task<int[]> PageAsync(Matching matching, SearchPage page, CancellationToken ct)
    {
        await using var command = CreateCommand();
        string score = matching.Match is null ? "0.0" : "f.score";
        string order = page.Sort == SearchSort.Date
            ? $"e.MeetingStart DESC, {score}, e.Id"
            : $"{score}, e.MeetingStart DESC, e.Id";
        command.CommandText = "SELECT e.Id" + matching.FromWhere(command, ranked: matching.Match is not null)
            + $" ORDER BY {order} LIMIT $take OFFSET $skip";
        Add(command, "$take", page.PageSize);
        Add(command, "$skip", (Math.Max(page.Page, 1) - 1) * page.PageSize);
        var ids = new List<int>(page.PageSize);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            ids.Add(reader.GetInt32(0));
        }
        return [.. ids];
    }

    private DbCommand CreateCommand()
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static void Tally(Dictionary<string, int> counts, string value, int count) =>
        counts[value] = counts.GetValueOrDefault(value) + count;

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static List<FacetCount> ByCount(Dictionary<string, int> counts) =>
        [.. counts.Select(c => new FacetCount(c.Key, c.Value))
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
