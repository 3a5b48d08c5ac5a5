using System.Text;

namespace Agendas.Data.Search;

/// <summary>Why a query cannot be searched; the page explains each in Dutch.</summary>
public enum QueryProblem
{
    None,

    /// <summary>Nothing typed (or only white space and control characters).</summary>
    Empty,

    /// <summary>Longer than <see cref="SearchQuery.MaxLength"/> characters: answered with 400.</summary>
    TooLong,

    /// <summary>Only operators, punctuation or exclusions: no word to look for.</summary>
    NoTerms,
}

/// <summary>
/// One term of a query: a word, or a phrase (several words in order), each as <see cref="DutchAnalyzer"/> terms.
/// With <see cref="Prefix"/> the last word matches any term that starts with it (<c>cyber*</c>).
/// </summary>
public sealed record QueryClause(IReadOnlyList<string> Terms, bool Prefix);

/// <summary>
/// A user's query, parsed by our own grammar and never passed on as typed:
/// words (all required), <c>"phrases"</c>, <c>prefix*</c>, <c>-exclusion</c>, and <c>OF</c>/<c>OR</c> between two
/// terms for either. Kamerstuk numbers in any common form are taken out as <see cref="Kamerstukken"/>.
/// Anything else (brackets, colons, <c>NEAR(</c>, SQL) is just punctuation around words.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Longer queries are refused (400): no sensible question is that long, and each term costs a lookup.</summary>
    public const int MaxLength = 1000;

    /// <summary>Terms beyond this many are ignored (and <see cref="Truncated"/> says so).</summary>
    public const int MaxClauses = 16;

    /// <summary>A prefix shorter than this is searched as a whole word: <c>a*</c> would match most of the index.</summary>
    public const int MinPrefixLength = 2;

    private SearchQuery(string text, QueryProblem problem)
    {
        Text = text;
        Problem = problem;
    }

    /// <summary>The query as typed (control characters replaced by spaces).</summary>
    public string Text { get; }

    public QueryProblem Problem { get; }

    /// <summary>Required groups: each group matches when any of its clauses does (<c>a OF b</c>).</summary>
    public IReadOnlyList<IReadOnlyList<QueryClause>> Groups { get; private init; } = [];

    /// <summary>Clauses that must not match (<c>-China</c>).</summary>
    public IReadOnlyList<QueryClause> Exclusions { get; private init; } = [];

    /// <summary>Kamerstuk numbers named in the query, normalised as stored (<c>28676-266</c>).</summary>
    public IReadOnlyList<string> Kamerstukken { get; private init; } = [];

    /// <summary>More than <see cref="MaxClauses"/> terms were typed; the rest were ignored.</summary>
    public bool Truncated { get; private init; }

    /// <summary>True when there are words to match (a query of only a Kamerstuk number has none, and is still valid).</summary>
    public bool HasTerms => Groups.Count > 0;

    /// <summary>Parses anything, never throws.</summary>
    public static SearchQuery Parse(string? input)
    {
        string text = WithoutControlCharacters(input ?? "");
        if (text.Length > MaxLength)
        {
            return new SearchQuery(text[..MaxLength], QueryProblem.TooLong);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchQuery(text.Trim(), QueryProblem.Empty);
        }

        var (rest, kamerstukken) = KamerstukQuery.Extract(text);
        var groups = new List<List<QueryClause>>();
        var exclusions = new List<QueryClause>();
        bool joinNext = false;
        int clauses = 0;
        bool truncated = false;
        foreach (var token in Lex(rest))
        {
            if (token.IsOr)
            {
                // "a OF b": the next clause joins a's group. A leading or doubled OF is just ignored.
                joinNext = groups.Count > 0;
                continue;
            }
            var clause = Clause(token);
            if (clause is null)
            {
                continue;
            }
            if (++clauses > MaxClauses)
            {
                truncated = true;
                break;
            }
            if (token.Negated)
            {
                exclusions.Add(clause);
            }
            else if (joinNext)
            {
                groups[^1].Add(clause);
            }
            else
            {
                groups.Add([clause]);
            }
            joinNext = false;
        }

        var problem = groups.Count == 0 && kamerstukken.Count == 0 ? QueryProblem.NoTerms : QueryProblem.None;
        return new SearchQuery(text.Trim(), problem)
        {
            Groups = groups,
            Exclusions = exclusions,
            Kamerstukken = kamerstukken,
            Truncated = truncated,
        };
    }

    /// <summary>
    /// The FTS5 MATCH expression: every term a quoted string of letters and digits, joined only by operators this
    /// method writes, so nothing a user types can reach FTS5's own syntax. Null without terms.
    /// </summary>
    public string? ToMatchExpression()
    {
        if (Groups.Count == 0)
        {
            return null;
        }
        string expression = string.Join(" AND ", Groups.Select(g => "(" + string.Join(" OR ", g.Select(Fts)) + ")"));
        foreach (var exclusion in Exclusions)
        {
            expression = $"({expression}) NOT {Fts(exclusion)}";
        }
        return expression;
    }

    /// <summary>Terms that mark a word in a snippet: every term of a required clause (not of an exclusion).</summary>
    public IEnumerable<QueryClause> PositiveClauses => Groups.SelectMany(g => g);

    private static string Fts(QueryClause clause)
    {
        // Terms hold letters and digits only (DutchAnalyzer.Fold), so a quote cannot occur; doubling is a second guard.
        string phrase = "\"" + string.Join(' ', clause.Terms).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return clause.Prefix ? phrase + " *" : phrase;
    }

    private static QueryClause? Clause(Token token)
    {
        var words = DutchAnalyzer.Tokens(token.Text).Select(t => token.Text.Substring(t.Index, t.Length)).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        var terms = words.Select(DutchAnalyzer.Term).ToList();
        bool prefix = false;
        if (token.Prefix)
        {
            // The prefix as typed may run past the stem ("bondgenoten*" against the stored "bondgenot"): search the
            // stem when it is a prefix of the folded word, else the folded word itself.
            string folded = DutchAnalyzer.Fold(words[^1]);
            if (folded.Length >= MinPrefixLength)
            {
                terms[^1] = folded.StartsWith(terms[^1], StringComparison.Ordinal) ? terms[^1] : folded;
                prefix = true;
            }
        }
        return new QueryClause(terms, prefix);
    }

    private readonly record struct Token(string Text, bool Negated, bool Prefix, bool IsOr);

    /// <summary>Splits on white space; a quote opens a phrase up to the next quote or the end (an unbalanced quote).</summary>
    private static IEnumerable<Token> Lex(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            bool negated = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                negated = true;
                i++;
            }
            if (text[i] == '"')
            {
                int close = text.IndexOf('"', i + 1);
                int end = close < 0 ? text.Length : close;
                string phrase = text[(i + 1)..end];
                i = close < 0 ? text.Length : close + 1;
                bool prefix = i < text.Length && text[i] == '*';
                if (prefix)
                {
                    i++;
                }
                yield return new Token(phrase, negated, prefix, false);
                continue;
            }
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }
            string word = text[start..i];
            if (!negated && word is "OF" or "OR")
            {
                yield return new Token(word, false, false, true);
                continue;
            }
            yield return new Token(word.TrimEnd('*'), negated, word.EndsWith('*'), false);
        }
    }

    private static string WithoutControlCharacters(string input)
    {
        var sb = new StringBuilder(input.Length);
        foreach (char c in input)
        {
            sb.Append(char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format ? ' ' : c);
        }
        return sb.ToString();
    }
}
