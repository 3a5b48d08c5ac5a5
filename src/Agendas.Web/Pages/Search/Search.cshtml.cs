using Agendas.Core.Topics;
using Agendas.Data.Search;
using Agendas.Web.Formatting;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Agendas.Web.Pages.Search;

/// <summary>
/// <c>/zoeken</c>: the form with its filters, topics the query names, the letter a Kamerstuk number names, one page
/// of results with snippets, facets as plain links, and paging. Whatever is typed answers 200 with the form, except a
/// query over <see cref="SearchQuery.MaxLength"/> characters (400, with the form and a message).
/// </summary>
internal sealed class SearchModel(SearchRunner runner, TopicVocabulary vocabulary) : PageModel
{
    public SearchOutcome Outcome { get; private set; } = null!;

    public TopicVocabulary Vocabulary => vocabulary;

    public SearchParameters Parameters => Outcome.Parameters;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Outcome = await runner.RunAsync(SearchParameters.Read(Request.Query, vocabulary), ct);
        Response.StatusCode = Outcome.StatusCode;
    }

    /// <summary>Whether the query can be followed as a feed and downloaded as CSV: it has words to search.</summary>
    public bool OffersFeed => Outcome.Query.Problem == QueryProblem.None;

    public string TopicName(string slug) => vocabulary.Find(slug)?.Dutch ?? slug;

    public static string KindName(string slug) => slug is "agenda" ? "Geannoteerde agenda" : "Verslag";

    /// <summary>Snippet parts as HTML: the letter's text encoded, our own <c>&lt;mark&gt;</c> around the matches.</summary>
    public static IHtmlContent Marked(IEnumerable<SnippetPart> parts)
    {
        var html = new HtmlContentBuilder();
        foreach (var part in parts)
        {
            if (part.Marked)
            {
                html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part.Text);
            }
        }
        return html;
    }

    public static string ResultCount(int total) => total == 1 ? "1 resultaat" : $"{total} resultaten";

    public static string Meta(SearchHit hit) => string.Join(" · ", new[]
    {
        DutchFormat.Councils(hit.Councils),
        hit.SessionTitle is { Length: > 0 } title ? $"Sessie {hit.SessionNumber}: {title}" : $"Sessie {hit.SessionNumber}",
        hit.Kind == Core.Model.DocumentKind.Agenda ? "agenda" : "verslag",
    });
}
