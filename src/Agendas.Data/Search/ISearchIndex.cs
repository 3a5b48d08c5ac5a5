namespace Agendas.Data.Search;

/// <summary>
/// Full-text search over the stored letters. The importer keeps it in step inside the letter's own transaction;
/// the web app asks it questions. The SQLite implementation uses FTS5; a PostgreSQL one would use a tsvector
/// column with the <c>dutch</c> configuration, behind the same methods.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// (Re)writes the entries of a letter saved in the caller's transaction, from its rows in memory (meeting,
    /// sessions, items, paragraphs and topic links loaded); returns the number of entries.
    /// </summary>
    Task<int> IndexDocumentAsync(Entities.Document document, CancellationToken ct = default);

    /// <summary>Removes the entries of one letter (the schema's cascades do this too when its sessions go).</summary>
    Task RemoveDocumentAsync(int documentId, CancellationToken ct = default);

    /// <summary>Empties the index and writes every letter again, in one transaction; returns the number of entries.</summary>
    Task<int> RebuildAsync(CancellationToken ct = default);

    /// <summary>Runs a parsed query. A query with a <see cref="SearchQuery.Problem"/> yields no hits.</summary>
    Task<SearchResults> SearchAsync(SearchQuery query, SearchFilters filters, SearchPage page, CancellationToken ct = default);
}
