using System.Globalization;
using System.Text;
using Agendas.Core.Model;
using Agendas.Core.Topics;
using Agendas.Data.Search;

namespace Agendas.Web.Pages.Search;

/// <summary>
/// The query string of <c>/zoeken</c> and <c>/api/zoeken</c>: <c>q</c>, <c>van</c>, <c>tot</c>, <c>raad</c>,
/// <c>soort</c>, <c>onderwerp</c>, <c>sorteer</c>, <c>pagina</c>. Read leniently: a value that is not valid (a year
/// that is no number, an unknown council) is dropped rather than refused, so a hand-edited link still answers.
/// </summary>
internal sealed record SearchParameters(
    string Query,
    int? From,
    int? To,
    string? Council,
    DocumentKind? Kind,
    string? Topic,
    SearchSort Sort,
    int Page)
{
    public static readonly IReadOnlyList<string> CouncilSlugs = ["buitenlandse-zaken", "defensie", "top"];

    /// <summary>Pages beyond this are not offered: nobody reads result 20,000, and each page costs a scan.</summary>
    public const int MaxPage = 500;

    private const int FirstYear = 1949;
    private const int LastYear = 2100;

    public static SearchParameters Read(IQueryCollection query, TopicVocabulary vocabulary)
    {
        int? from = Year(query["van"]);
        int? to = Year(query["tot"]);
        if (from > to)
        {
            (from, to) = (to, from);
        }
        string? council = query["raad"].ToString() is { } raad && CouncilSlugs.Contains(raad) ? raad : null;
        DocumentKind? kind = query["soort"].ToString() switch
        {
            "agenda" => DocumentKind.Agenda,
            "verslag" => DocumentKind.Report,
            _ => null,
        };
        string? topic = query["onderwerp"].ToString() is { Length: > 0 } slug && vocabulary.Find(slug) is not null ? slug : null;
        var sort = query["sorteer"].ToString() == "datum" ? SearchSort.Date : SearchSort.Relevance;
        int page = int.TryParse(query["pagina"], NumberStyles.None, CultureInfo.InvariantCulture, out int p) ? Math.Clamp(p, 1, MaxPage) : 1;
        return new SearchParameters(query["q"].ToString(), from, to, council, kind, topic, sort, page);
    }

    public SearchFilters Filters => new(From, To, Council, Kind, Topic);

    public bool HasFilters => From is not null || To is not null || Council is not null || Kind is not null || Topic is not null;

    /// <summary><c>agenda</c> or <c>verslag</c>, as in the URL.</summary>
    public static string KindSlug(DocumentKind kind) => kind == DocumentKind.Agenda ? "agenda" : "verslag";

    /// <summary>The address of this search with other values; page 1 unless a page is given.</summary>
    public string Url(
        Optional<int?> from = default,
        Optional<int?> to = default,
        Optional<string?> council = default,
        Optional<DocumentKind?> kind = default,
        Optional<string?> topic = default,
        SearchSort? sort = null,
        int page = 1)
    {
        var pairs = new List<(string, string)>();
        if (Query.Length > 0)
        {
            pairs.Add(("q", Query));
        }
        Add(pairs, "van", from.Or(From)?.ToString(CultureInfo.InvariantCulture));
        Add(pairs, "tot", to.Or(To)?.ToString(CultureInfo.InvariantCulture));
        Add(pairs, "raad", council.Or(Council));
        Add(pairs, "soort", kind.Or(Kind) is { } k ? KindSlug(k) : null);
        Add(pairs, "onderwerp", topic.Or(Topic));
        if ((sort ?? Sort) == SearchSort.Date)
        {
            pairs.Add(("sorteer", "datum"));
        }
        if (page > 1)
        {
            pairs.Add(("pagina", page.ToString(CultureInfo.InvariantCulture)));
        }
        var sb = new StringBuilder("/zoeken");
        for (int i = 0; i < pairs.Count; i++)
        {
            sb.Append(i == 0 ? '?' : '&').Append(pairs[i].Item1).Append('=').Append(Uri.EscapeDataString(pairs[i].Item2));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The Atom feed of this search (<c>/zoeken/feed</c>): its words and filters, not its order or page, since the feed
    /// always lists the newest meetings first.
    /// </summary>
    public string FeedUrl => "/zoeken/feed" + QueryPart(this with { Sort = SearchSort.Relevance, Page = 1 });

    /// <summary>The results as CSV (<c>/zoeken.csv</c>): words, filters and order; all results, so no page.</summary>
    public string CsvUrl => "/zoeken.csv" + QueryPart(this with { Page = 1 });

    private static string QueryPart(SearchParameters parameters) => parameters.Url()["/zoeken".Length..];

    private static void Add(List<(string, string)> pairs, string key, string? value)
    {
        if (value is not null)
        {
            pairs.Add((key, value));
        }
    }

    private static int? Year(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= FirstYear and <= LastYear ? year : null;
}

/// <summary>"Leave as it is" or "set to this value (null clears it)": what <see cref="SearchParameters.Url"/> takes per filter.</summary>
internal readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static implicit operator Optional<T>(T value) => new(true, value);

    public T Or(T current) => IsSet ? Value : current;
}
