namespace Agendas.Data.Search;

/// <summary>A piece of a snippet: original text, marked when it is a word the query matched.</summary>
public sealed record SnippetPart(string Text, bool Marked);

/// <summary>
/// Snippets are cut from the original text and marked by analysing that text again with the query's terms: the
/// parts are plain text, so the page encodes them and adds its own <c>&lt;mark&gt;</c> (FTS5's snippet() would
/// return the letter's characters unescaped). A phrase is marked only where its words stand together.
/// </summary>
public static class Snippet
{
    /// <summary>About this many characters of text around the first match.</summary>
    public const int Length = 240;

    private const int Before = 60;

    /// <summary>The whole of a short text (a heading), with its matching words marked.</summary>
    public static IReadOnlyList<SnippetPart> Mark(string text, SearchQuery query)
    {
        var tokens = DutchAnalyzer.Tokens(text).ToList();
        return Build(text, 0, text.Length, tokens, Marks(tokens, query));
    }

    /// <summary>A window of about <see cref="Length"/> characters from a little before the first match (or the start), cut at word boundaries.</summary>
    public static IReadOnlyList<SnippetPart> Excerpt(string text, SearchQuery query)
    {
        var tokens = DutchAnalyzer.Tokens(text).ToList();
        bool[] marks = Marks(tokens, query);
        int first = Array.IndexOf(marks, true);
        int start = 0;
        if (first >= 0 && tokens[first].Index > Before)
        {
            // Back up a little so the match has context, to the start of a word.
            int from = first;
            while (from > 0 && tokens[from - 1].Index >= tokens[first].Index - Before)
            {
                from--;
            }
            start = tokens[from].Index;
        }
        int end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            // End after a whole word.
            int last = tokens.FindLastIndex(t => t.Index >= start && t.Index + t.Length <= end);
            end = last >= 0 ? tokens[last].Index + tokens[last].Length : end;
        }
        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }
        parts.AddRange(Build(text, start, end, tokens, marks));
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

    /// <summary>Which tokens a required clause matches: a word wherever it occurs, a phrase only where all its words follow each other.</summary>
    private static bool[] Marks(List<AnalyzedToken> tokens, SearchQuery query)
    {
        var marks = new bool[tokens.Count];
        foreach (var clause in query.PositiveClauses)
        {
            int n = clause.Terms.Count;
            for (int i = 0; i + n <= tokens.Count; i++)
            {
                bool all = true;
                for (int j = 0; j < n && all; j++)
                {
                    string term = tokens[i + j].Term;
                    all = clause.Prefix && j == n - 1
                        ? term.StartsWith(clause.Terms[j], StringComparison.Ordinal)
                        : term == clause.Terms[j];
                }
                if (all)
                {
                    Array.Fill(marks, true, i, n);
                }
            }
        }
        return marks;
    }

    private static List<SnippetPart> Build(string text, int start, int end, List<AnalyzedToken> tokens, bool[] marks)
    {
        var parts = new List<SnippetPart>();
        int at = start;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!marks[i] || token.Index < start || token.Index + token.Length > end)
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
}
