using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Agendas.Data.Search;

/// <summary>What one search asks of the full-text table.</summary>
/// <param name="Match">The query's MATCH expression (<see cref="SearchQuery.ToMatchExpression"/>), null for none.</param>
/// <param name="DocumentIds">Only the entries of these letters (a Kamerstuk number in the query); empty for all.</param>
/// <param name="Filters">Years, council, kind and topic, applied by FTS5 through the facet tokens.</param>
/// <param name="Page">Which page, how large, in which order.</param>
internal sealed record FullTextRequest(string? Match, int[] DocumentIds, SearchFilters Filters, SearchPage Page);

/// <summary>The number of hits, the facets over all of them, and the ids of one page, best first.</summary>
internal sealed record FullTextMatches(int Total, SearchFacets Facets, int[] PageIds)
{
    /// <summary>
    /// One pass over the matching rows of the full-text table, with no join: each row brings its id, its stored facet
    /// value and, for relevance order, its bm25 rank or, for date order, its meeting date. The facets are counted per distinct facet value (hits share a
    /// few hundred combinations of date, kind, councils and topics) and the page is kept in a heap as the rows pass,
    /// so the cost is one step per hit, not a sort of all of them.
    /// </summary>
    /// <remarks>
    /// Order: relevance, ties newest entry first (the highest id: reading each hit's date as well cost as much as its
    /// rank); or date, newest meeting first, ties likewise. Without words (only a Kamerstuk number) there is no rank,
    /// and relevance is date order.
    /// </remarks>
    public static async Task<FullTextMatches> ReadAsync(DbCommand command, FullTextRequest request, CancellationToken ct)
    {
        await using (command.ConfigureAwait(false))
        {
            bool ranked = request.Match is not null && request.Page.Sort == SearchSort.Relevance;
            command.CommandText = Sql(command, request, ranked);
            int skip = request.Page.Skip;
            var page = new PageRows(skip + request.Page.PageSize);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            int total = 0;
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    total++;
                    long id = reader.GetInt64(0);
                    string facet = reader.GetString(1);
                    counts[facet] = counts.GetValueOrDefault(facet) + 1;
                    page.Offer(ranked ? new PageRow(id, reader.GetDouble(2), 0) : new PageRow(id, 0, FacetTokens.DateKey(reader.GetString(2))));
                }
            }
            return new FullTextMatches(total, FacetTally.Of(counts), page.PageIds(skip));
        }
    }

    private static string Sql(DbCommand command, FullTextRequest request, bool ranked)
    {
        var sql = new StringBuilder(ranked ? "SELECT rowid, facet, rank FROM SearchIndex" : "SELECT rowid, facet, date FROM SearchIndex");
        var conditions = new List<string>();
        var match = new List<string>();
        if (request.Match is { } words)
        {
            // The words are looked for in the heading and the text, never among the facet tokens.
            match.Add("{heading text} : (" + words + ")");
        }
        if (FacetTokens.Clause(request.Filters) is { } filters)
        {
            match.Add(filters);
        }
        if (match.Count > 0)
        {
            conditions.Add("SearchIndex MATCH $match");
            Add(command, "$match", string.Join(" AND ", match));
        }
        if (request.DocumentIds.Length > 0)
        {
            conditions.Add("rowid IN (SELECT Id FROM SearchEntries WHERE DocumentId IN ("
                + string.Join(", ", request.DocumentIds.Select((_, i) => "$doc" + i.ToString(CultureInfo.InvariantCulture))) + "))");
            for (int i = 0; i < request.DocumentIds.Length; i++)
            {
                Add(command, "$doc" + i.ToString(CultureInfo.InvariantCulture), request.DocumentIds[i]);
            }
        }
        if (conditions.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        }
        return sql.ToString();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
