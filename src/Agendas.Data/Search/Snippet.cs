namespace Agendas.Data.Search;

/// <summary>A piece of a snippet: original text, marked when it is a word the query matched.</summary>
public sealed record SnippetPart(string Text, bool Marked);

/// <summary>
/// Snippets are cut from the original text and marked by analysing that text again with the query's terms: the
/// parts are plain text, so the page encodes them and adds its own <c>&lt;mark&gt;</c> (FTS5's snippet() would
/// return the letter's characters unescaped).
/// </summary>
public static class Snippet
{
    /// <summary>About this many characters of text around the first match.</summary>
    public const int Length = 240;

    private const int Before = 60;

    /// <summary>The whole of a short text (a heading), with its matching words marked.</summary>
    public static IReadOnlyList<SnippetPart> Mark(string text, SearchQuery query) => Build(text, 0, text.Length, query);

    /// <summary>A window of <see cref="Length"/> characters around the first match (or the start), cut at word boundaries.</summary>
    public static IReadOnlyList<SnippetPart> Excerpt(string text, SearchQuery query)
    {
        var matcher = new TermMatcher(query);
        var tokens = DutchAnalyzer.Tokens(text).ToList();
        int first = tokens.FindIndex(t => matcher.Matches(t.Term));
        int start = first < 0 ? 0 : tokens[first].Index;
        if (start <= Before)
        {
            start = 0;
        }
        else
        {
            // Back up a little so the match has context, to the start of a word.
            int back = tokens.FindLastIndex(first, t => t.Index <= tokens[first].Index - Before);
            start = back < 0 ? 0 : tokens[Math.Min(back + 1, first)].Index;
        }
        int end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            // End after a whole word.
            var last = tokens.LastOrDefault(t => t.Index + t.Length <= end && t.Index >= start);
            end = last.Length > 0 ? last.Index + last.Length : end;
        }
        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }
        parts.AddRange(Build(text, start, end, query, tokens));
        if (end < text.Length)
        {
            parts.Add(new SnippetPart(" …", false));
        }
        return parts;
    }

    /// <summary>The parts as HTML: encoded text and our own <c>&lt;mark&gt;</c> elements (for the JSON endpoint).</summary>
    public static string ToHtml(IEnumerable<SnippetPart> parts) =>
        string.Concat(parts.Select(p => p.Marked
            ? "<mark>" + System.Net.WebUtility.HtmlEncode(p.Text) + "</mark>"
            : System.Net.WebUtility.HtmlEncode(p.Text)));

    /// <summary>The parts as plain text.</summary>
    public static string ToText(IEnumerable<SnippetPart> parts) => string.Concat(parts.Select(p => p.Text));

    private static List<SnippetPart> Build(string text, int start, int end, SearchQuery query, List<AnalyzedToken>? tokens = null)
    {
        var matcher = new TermMatcher(query);
        var parts = new List<SnippetPart>();
        int at = start;
        foreach (var token in tokens ?? DutchAnalyzer.Tokens(text))
        {
            if (token.Index < start || token.Index + token.Length > end || !matcher.Matches(token.Term))
            {
                continue;
            }
            if (token.Index > at)
            {
                parts.Add(new SnippetPart(Clean(text[at..token.Index]), false));
            }
            parts.Add(new SnippetPart(text.Substring(token.Index, token.Length), true));
            at = token.Index + token.Length;
        }
        if (at < end)
        {
            parts.Add(new SnippetPart(Clean(text[at..end]), false));
        }
        return parts;
    }

    // Paragraph breaks read as a space in a one-line snippet.
    private static string Clean(string text) => text.ReplaceLineEndings(" ");

    /// <summary>Whether a term of the text is one the query looks for (phrase words one by one).</summary>
    private sealed class TermMatcher(SearchQuery query)
    {
        private readonly HashSet<string> _terms = [.. query.PositiveClauses.SelectMany(c => c.Prefix ? c.Terms.SkipLast(1) : c.Terms)];
        private readonly string[] _prefixes = [.. query.PositiveClauses.Where(c => c.Prefix).Select(c => c.Terms[^1])];

        public bool Matches(string term) =>
            _terms.Contains(term) || _prefixes.Any(p => term.StartsWith(p, StringComparison.Ordinal));
    }
}
