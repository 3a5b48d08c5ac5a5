using Agendas.Core.Model;

namespace Agendas.Data.Search;

/// <summary>The answer to a search: one page of hits, the total, facets over all hits, and letters named by number.</summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    IReadOnlyList<LetterHit> Letters)
{
    public static SearchResults None { get; } = new(0, [], SearchFacets.None, []);
}

/// <summary>
/// One item (or session text) that matched, with what a result line shows. <c>Url</c> is the item's anchor on its
/// session page (the session page for a session's own text); <c>Heading</c> the item heading or the session's title
/// (else "Sessie N"), <c>HeadingParts</c> the same with matching words marked; <c>Snippet</c> the text around the
/// first match, matching words marked.
/// </summary>
public sealed record SearchHit(
    string Url,
    string MeetingSlug,
    DateOnly MeetingStart,
    DateOnly MeetingEnd,
    IReadOnlyList<string> Councils,
    DocumentKind Kind,
    string DocumentSlug,
    int SessionNumber,
    string? SessionTitle,
    string? ItemSlug,
    string Heading,
    IReadOnlyList<SnippetPart> HeadingParts,
    IReadOnlyList<SnippetPart> Snippet);

/// <summary>A letter whose Kamerstuk number the query named.</summary>
public sealed record LetterHit(string Slug, string Title, DocumentKind Kind, string Kamerstuk, string MeetingSlug, DateOnly MeetingStart);

/// <summary>A facet value and how many hits have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>Counts over all hits (after the filters): years newest first; the rest by count.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Councils,
    IReadOnlyList<FacetCount> Kinds,
    IReadOnlyList<FacetCount> Topics)
{
    public static SearchFacets None { get; } = new([], [], [], []);
}
