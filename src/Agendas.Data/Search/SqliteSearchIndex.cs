using System.Data.Common;
using Agendas.Data.Entities;
using Agendas.Data.Import;
using Agendas.Data.Search.Memory;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Agendas.Data.Search;

/// <summary>
/// <see cref="ISearchIndex"/> on SQLite FTS5. <c>SearchIndex</c> is a contentless FTS5 table whose rowid is the
/// <see cref="SearchEntry.Id"/>: columns <c>heading</c> and <c>text</c> hold <see cref="DutchAnalyzer"/> terms,
/// <c>facets</c> the filter tokens, <c>facet</c> and <c>date</c> (unindexed, stored) the facet values and the meeting date (<see cref="FacetTokens"/>);
/// the entries keep the original text. Ranking is the table's configured <c>bm25(4.0, 1.0, 0.0, 0.0, 0.0)</c>: the heading
/// weighs four times the text, the facets nothing. Matching, filters, facets, sorting and paging read the full-text
/// table alone (<see cref="FullTextMatches"/>); only one page of hits is read from the entries.
/// </summary>
/// <remarks>
/// With <paramref name="snapshots"/> (a long-lived process), a search whose words the in-memory snapshot of the same
/// data version can answer is answered from memory (<see cref="SnapshotSearch"/>): the same results, without a step
/// through SQLite per hit.
/// </remarks>
internal sealed class SqliteSearchIndex(AgendasDbContext db, SearchSnapshots? snapshots = null) : ISearchIndex
{
    /// <summary>Topic slugs by id, read once per instance (the vocabulary is synchronised before an import writes).</summary>
    private Dictionary<int, string>? _topicSlugs;

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
        insert.CommandText = "INSERT INTO SearchIndex(rowid, heading, text, facets, facet, date) VALUES ($id, $heading, $text, $facets, $facet, $date)";
        var id = AddParameter(insert, "$id");
        var heading = AddParameter(insert, "$heading");
        var text = AddParameter(insert, "$text");
        var facets = AddParameter(insert, "$facets");
        var facet = AddParameter(insert, "$facet");
        var date = AddParameter(insert, "$date");
        foreach (var entry in entries)
        {
            id.Value = entry.Id;
            heading.Value = DutchAnalyzer.Terms(entry.Heading);
            text.Value = DutchAnalyzer.Terms(entry.Text);
            facets.Value = FacetTokens.Tokens(entry);
            facet.Value = FacetTokens.Value(entry);
            date.Value = FacetTokens.Date(entry);
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
            // Every entry has a new rowid: readers holding the old ones (a snapshot in memory) must notice.
            await DataVersionBump.BumpAsync(db, DateTime.UtcNow, ct).ConfigureAwait(false);
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
        var request = new FullTextRequest(query.ToMatchExpression(), [.. letters.Select(l => l.Id)], filters, page);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            // One read transaction: the matches and the details of the page's hits come from the same snapshot,
            // even while an import commits letters. Deferred: a plain BEGIN in Microsoft.Data.Sqlite is IMMEDIATE,
            // which would take the write lock and make every search wait for an import.
            var tx = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await using (tx.ConfigureAwait(false))
            {
                await db.Database.UseTransactionAsync(tx, ct).ConfigureAwait(false);
                var matches = await MatchesAsync(query, request, ct).ConfigureAwait(false);
                var hits = await HitsAsync(matches.PageIds, query, ct).ConfigureAwait(false);
                return new SearchResults(matches.Total, hits, matches.Facets, [.. letters.Select(l => l.Hit)]);
            }
        }
        finally
        {
            await db.Database.UseTransactionAsync(null, CancellationToken.None).ConfigureAwait(false);
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>From the snapshot of the data version this transaction reads, when there is one and it can answer.</summary>
    private async Task<FullTextMatches> MatchesAsync(SearchQuery query, FullTextRequest request, CancellationToken ct)
    {
        if (snapshots is not null && request.Match is not null && request.DocumentIds.Length == 0)
        {
            long version = await DataVersionQuery.ReadAsync(CreateCommand(), ct).ConfigureAwait(false);
            if (snapshots.For(version) is { } snapshot)
            {
                if (SnapshotSearch.Run(snapshot, query, request.Filters, request.Page) is { } fromMemory)
                {
                    return fromMemory;
                }
            }
            else
            {
                snapshots.Refresh(version);
            }
        }
        return await FullTextMatches.ReadAsync(CreateCommand(), request, ct).ConfigureAwait(false);
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

    private DbCommand CreateCommand()
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

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
