using System.Globalization;
using System.Text;
using Agendas.Core.Model;

namespace Agendas.Data.Search;

/// <summary>
/// How an entry's filter values are written into the full-text table, so that FTS5 applies a filter while it matches
/// and ranks (no join with <see cref="SearchEntry"/> per hit). Two forms of the same facts:
/// <list type="bullet">
/// <item><b>tokens</b> in the <c>facets</c> column (<c>j2022 sagenda rdefensie orusland</c>): letters and digits
/// only, so the tokenizer keeps each whole; a filter becomes <c>facets : (j2021 OR j2022)</c> in the MATCH.</item>
/// <item>one <b>value</b> in the unindexed <c>facet</c> column (<c>2022|agenda| defensie | rusland china </c>): a
/// search reads it for every hit to count the facets. Hits share a few hundred such values, so they are counted per
/// value first. The meeting date, for date order, is in the unindexed <c>date</c> column.</item>
/// </list>
/// </summary>
internal static class FacetTokens
{
    /// <summary>NATO's first year; no meeting is older.</summary>
    private const int FirstYear = 1949;

    /// <summary>
    /// An open range ends here: letters announce meetings weeks ahead, never years, and each year of a range is a
    /// term FTS5 looks up.
    /// </summary>
    private static int LastYear => DateTime.UtcNow.Year + 1;

    public static string Year(int year) => "j" + year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Kind(string kindSlug) => "s" + Plain(kindSlug);

    public static string Council(string councilSlug) => "r" + Plain(councilSlug);

    public static string Topic(string topicSlug) => "o" + Plain(topicSlug);

    /// <summary>The <c>facets</c> column of an entry.</summary>
    public static string Tokens(SearchEntry entry)
    {
        var tokens = new List<string> { Year(entry.MeetingStart.Year), Kind(entry.Kind) };
        tokens.AddRange(SlugList(entry.Councils).Select(Council));
        tokens.AddRange(SlugList(entry.Topics).Select(Topic));
        return string.Join(' ', tokens);
    }

    /// <summary>The <c>facet</c> column of an entry; <see cref="Parse"/> reads it back.</summary>
    public static string Value(SearchEntry entry) =>
        string.Create(CultureInfo.InvariantCulture, $"{entry.MeetingStart:yyyy}|{entry.Kind}|{entry.Councils}|{entry.Topics}");

    /// <summary>The <c>date</c> column of an entry: ISO, so that it sorts as text.</summary>
    public static string Date(SearchEntry entry) => entry.MeetingStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A <see cref="Date"/> as the number yyyymmdd, which orders as the text does.</summary>
    public static int DateKey(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.Year * 10000) + (date.Month * 100) + date.Day
            : 0;

    /// <summary>The parts of a <see cref="Value"/>.</summary>
    public static FacetParts Parse(string value)
    {
        string[] parts = value.Split('|');
        return parts.Length == 4
            ? new FacetParts(parts[0], parts[1], SlugList(parts[2]), SlugList(parts[3]))
            : new FacetParts("", "", [], []);
    }

    /// <summary>The MATCH clause for a filter, or null when the filter is not set.</summary>
    public static string? Clause(SearchFilters filters)
    {
        var required = Required(filters);
        return required.Count == 0
            ? null
            : "facets : (" + string.Join(" AND ", required.Select(anyOf => anyOf.Length == 1 ? anyOf[0] : "(" + string.Join(" OR ", anyOf) + ")")) + ")";
    }

    /// <summary>What a filter asks of an entry's tokens: for each condition, the tokens of which it must have one.</summary>
    public static List<string[]> Required(SearchFilters filters)
    {
        var required = new List<string[]>();
        if (filters.FromYear is not null || filters.ToYear is not null)
        {
            int from = Math.Max(filters.FromYear ?? FirstYear, FirstYear);
            int to = Math.Min(filters.ToYear ?? LastYear, LastYear);
            // An empty range matches nothing: a token no entry has.
            required.Add(from > to ? ["jgeen"] : [.. Enumerable.Range(from, to - from + 1).Select(Year)]);
        }
        if (filters.Kind is { } kind)
        {
            required.Add([Kind(Slugs.KindSlug(kind))]);
        }
        if (filters.Council is { } council)
        {
            required.Add([Council(council)]);
        }
        if (filters.Topic is { } topic)
        {
            required.Add([Topic(topic)]);
        }
        return required;
    }

    /// <summary>The tokens of the entries with these facet parts: what <see cref="Tokens"/> wrote for them.</summary>
    public static HashSet<string> TokensOf(FacetParts facet)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal) { "j" + facet.Year, Kind(facet.Kind) };
        tokens.UnionWith(facet.Councils.Select(Council));
        tokens.UnionWith(facet.Topics.Select(Topic));
        return tokens;
    }

    private static string[] SlugList(string padded) => padded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Plain(string slug)
    {
        var plain = new StringBuilder(slug.Length);
        foreach (char c in slug)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }
        return plain.ToString();
    }
}

/// <summary>A facet value read back: the year, the kind, the council slugs and the topic slugs.</summary>
internal sealed record FacetParts(string Year, string Kind, string[] Councils, string[] Topics);
