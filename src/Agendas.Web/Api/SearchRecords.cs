using System.ComponentModel;

namespace Agendas.Web.Api;

/// <summary>
/// The answer of <c>/api/zoeken</c>: the page of results of <c>/zoeken</c> with the same parameters, paginated like
/// every list (<see cref="Next"/>, <see cref="Previous"/>), plus the topics the query names, the letters whose
/// Kamerstuk number it names, and facets over all results. <see cref="Message"/> is what the page would say instead
/// of results (an empty query, nothing found), in Dutch.
/// </summary>
[Description("Het antwoord van /api/zoeken: een pagina resultaten van /zoeken met dezelfde parameters, de onderwerpen en brieven die de zoekvraag noemt, en aantallen per jaar, onderwerp, raad en soort. message is wat de pagina zegt als er niets te tonen is.")]
internal sealed record SearchResponse(
    string Query,
    SearchFilterValues Filters,
    string? Message,
    int Total,
    int Page,
    int PageSize,
    int Pages,
    string? Previous,
    string? Next,
    IReadOnlyList<SuggestedTopic> Topics,
    IReadOnlyList<NamedLetter> Letters,
    IReadOnlyList<SearchResultItem> Items,
    SearchFacetCounts Facets);

/// <summary>The filters in effect, by their parameter names; <c>sorteer</c> is <c>relevantie</c> or <c>datum</c>.</summary>
[Description("De filters die gelden, met de namen van de parameters; sorteer is relevantie of datum.")]
internal sealed record SearchFilterValues(int? Van, int? Tot, string? Raad, string? Soort, string? Onderwerp, string Sorteer);

/// <summary>A topic the query names, with its number of entries and span of years (<c>2017–2022</c>).</summary>
[Description("Een onderwerp dat de zoekvraag noemt, met het aantal agendapunten en de jaren.")]
internal sealed record SuggestedTopic(string Slug, string Name, string English, string Url, int Entries, string Years);

/// <summary>A letter whose Kamerstuk number the query names.</summary>
[Description("Een brief waarvan de zoekvraag het Kamerstuknummer noemt.")]
internal sealed record NamedLetter(string Title, string Kamerstuk, string Url, string Meeting);

/// <summary>
/// One result: an item (or a session's own text). <see cref="Snippet"/> is HTML of ours — the letter's text encoded,
/// matching words in <c>&lt;mark&gt;</c> — and <see cref="SnippetText"/> the same without markup.
/// </summary>
[Description("Een resultaat. snippet is HTML van de site zelf: de tekst van de brief gecodeerd, gevonden woorden in <mark>; snippetText dezelfde tekst zonder opmaak.")]
internal sealed record SearchResultItem(
    string Heading,
    ResultMeeting Meeting,
    ResultSession Session,
    DateOnly Date,
    string Kind,
    string Snippet,
    string SnippetText,
    string Url);

[Description("De vergadering van een resultaat.")]
internal sealed record ResultMeeting(string Slug, string Url, DateOnly Start, DateOnly End, IReadOnlyList<string> Councils);

[Description("De sessie van een resultaat.")]
internal sealed record ResultSession(int Number, string? Title, string Url);

[Description("Aantallen resultaten per jaar, onderwerp, raad en soort brief (over alle resultaten, na de filters).")]
internal sealed record SearchFacetCounts(
    IReadOnlyList<FacetValue> Years,
    IReadOnlyList<FacetValue> Topics,
    IReadOnlyList<FacetValue> Councils,
    IReadOnlyList<FacetValue> Kinds);

[Description("Een waarde en het aantal resultaten ermee.")]
internal sealed record FacetValue(string Value, int Count);
