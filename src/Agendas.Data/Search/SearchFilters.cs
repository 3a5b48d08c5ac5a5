using Agendas.Core.Model;

namespace Agendas.Data.Search;

public enum SearchSort
{
    /// <summary>BM25, the heading weighing more than the text; ties by date, newest first.</summary>
    Relevance,

    /// <summary>Meeting date, newest first; ties by relevance.</summary>
    Date,
}

/// <summary>What narrows a search besides its words: the <c>van</c>, <c>tot</c>, <c>raad</c>, <c>soort</c> and <c>onderwerp</c> of <c>/zoeken</c>.</summary>
/// <param name="FromYear">First year of the meeting's start date, inclusive.</param>
/// <param name="ToYear">Last year, inclusive.</param>
/// <param name="Council">A council slug: <c>buitenlandse-zaken</c>, <c>defensie</c>, <c>top</c> (a joint meeting counts for each).</param>
/// <param name="Kind">Agenda or report.</param>
/// <param name="Topic">A topic slug.</param>
public sealed record SearchFilters(int? FromYear = null, int? ToYear = null, string? Council = null, DocumentKind? Kind = null, string? Topic = null);

/// <summary>One page of a search; <c>Page</c> is 1-based.</summary>
public sealed record SearchPage(int Page = 1, int PageSize = SearchPage.DefaultSize, SearchSort Sort = SearchSort.Relevance)
{
    public const int DefaultSize = 20;

    /// <summary>The hits on the pages before this one.</summary>
    internal int Skip => (Math.Max(Page, 1) - 1) * PageSize;
}
