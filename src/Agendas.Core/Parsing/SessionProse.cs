using System.Text.RegularExpressions;
using Agendas.Core.Text;

namespace Agendas.Core.Parsing;

/// <summary>A session as the introduction describes it in prose.</summary>
internal sealed class ProseSession(int number)
{
    public int Number { get; } = number;

    /// <summary>A title from the kind of session, e.g. "Werklunch" or "NAVO Oekraïne Commissie (NUC)"; null for "de tweede sessie".</summary>
    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>What the introduction says about it: the text that follows the mention.</summary>
    public List<string> Descriptions { get; } = [];

    /// <summary>Words by which item text can refer to it ("werklunch", "nuc"), folded.</summary>
    public List<string> Names { get; } = [];
}

/// <summary>
/// Sessions stated only in prose (importer.md, "Sessions"): "De eerste sessie vindt plaats op 1 december",
/// "De eerste twee sessies vonden plaats op dinsdag 23 maart", or a sequence — "begint met een werksessie …
/// Aansluitend volgt een werklunch … afgesloten met een bijeenkomst van de NAVO Oekraïne Commissie (NUC)".
/// Ordinals name a session's number; each indefinite mention ("een werklunch") is the next session.
/// </summary>
internal static partial class SessionProse
{
    private const string Ord = DutchNumbers.OrdinalPattern;

    [GeneratedRegex($@"\b(?<ord>{Ord})\s+(?:(?<count>{DutchNumbers.CardinalPattern})\s+)?(?:werk)?sessies?\b|\b(?<ord>{Ord})\s+en\s+(?<ord2>{Ord})\s+(?:werk)?sessies\b|\bsessie\s+(?<num>\d{{1,2}})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalMention();

    [GeneratedRegex(@"\been\s+(?:(?<adj>informe(?:el|le)|korte|besloten|plenaire|aparte|afsluitende|gezamenlijke?)\s+)?(?<noun>werksessie|sessie|werklunch|lunch|werkdiner|diner|ontbijt|werkontbijt)\b|\b(?:een\s+)?(?:bijeenkomst|vergadering|sessie|zitting)\s+(?:van|met)\s+de\s+(?<comm>NAVO[- ]\p{Lu}[\p{L}\-]+[- ](?:Commissie|Raad))(?:\s*\((?<abbr>[A-Z]{2,6})\))?", RegexOptions.CultureInvariant)]
    private static partial Regex IndefiniteMention();

    [GeneratedRegex(@"\b(?:deze|die|dit)\s+(?:werk)?sessie\b", RegexOptions.IgnoreCase)]
    private static partial Regex Demonstrative();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d«""])")]
    private static partial Regex SentenceBreak();

    public static string[] Sentences(string paragraph) => SentenceBreak().Split(paragraph);

    /// <summary>Reads the sessions the introduction mentions; empty when it mentions none.</summary>
    public static List<ProseSession> Read(IEnumerable<string> introduction, DateOnly start, DateOnly end)
    {
        var sessions = new SortedDictionary<int, ProseSession>();
        ProseSession? last = null;
        foreach (string sentence in introduction.SelectMany(Sentences))
        {
            var dates = DutchDates.Find(sentence)
                .Select(d => (d.Index, Date: d.Resolve(start) is { } r && r.Start >= start && r.Start <= end ? r.Start : (DateOnly?)null))
                .Where(d => d.Date is not null)
                .ToList();
            DateOnly? DateNear(int index) =>
                dates.LastOrDefault(d => d.Index < index).Date ?? dates.FirstOrDefault(d => d.Index > index).Date;

            var ordinals = OrdinalMention().Matches(sentence);
            if (ordinals.Count > 0)
            {
                foreach (Match m in ordinals)
                {
                    foreach (int number in Numbers(m))
                    {
                        var s = Get(sessions, number);
                        s.Date ??= DateNear(m.Index);
                        s.Descriptions.Add(sentence);
                        last = s;
                    }
                }
                continue;
            }

            var indefinite = IndefiniteMention().Matches(sentence);
            for (int k = 0; k < indefinite.Count; k++)
            {
                var m = indefinite[k];
                var s = Get(sessions, sessions.Count == 0 ? 1 : sessions.Keys.Max() + 1);
                int descriptionEnd = k + 1 < indefinite.Count ? indefinite[k + 1].Index : sentence.Length;
                s.Descriptions.Add(sentence[(m.Index + m.Length)..descriptionEnd]);
                s.Date ??= DateNear(m.Index);
                if (m.Groups["comm"].Success)
                {
                    s.Title = m.Groups["comm"].Value + (m.Groups["abbr"].Success ? $" ({m.Groups["abbr"].Value})" : "");
                    s.Names.Add(Folding.Fold(m.Groups["comm"].Value).Replace('-', ' '));
                    if (m.Groups["abbr"].Success)
                    {
                        s.Names.Add(m.Groups["abbr"].Value.ToLowerInvariant());
                    }
                }
                else
                {
                    string noun = m.Groups["noun"].Value.ToLowerInvariant();
                    string adjective = m.Groups["adj"].Success ? m.Groups["adj"].Value.ToLowerInvariant() + " " : "";
                    string title = adjective + noun;
                    s.Title = char.ToUpperInvariant(title[0]) + title[1..];
                    s.Names.Add(noun);
                }
                last = s;
            }
            if (indefinite.Count == 0 && last is not null && Demonstrative().IsMatch(sentence))
            {
                last.Descriptions.Add(sentence);
            }
        }
        // A name shared by several sessions ("werksessie" twice) cannot tell them apart, nor can "sessie".
        var shared = sessions.Values.SelectMany(s => s.Names).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var s in sessions.Values)
        {
            s.Names.RemoveAll(n => shared.Contains(n) || n is "sessie" or "werksessie");
        }
        return [.. sessions.Values];
    }

    /// <summary>The session an item's opening sentences name: "In de derde sessie …", "tijdens de werklunch".</summary>
    public static int? NamedIn(string opening, IReadOnlyList<ProseSession> sessions)
    {
        var m = OrdinalMention().Match(opening);
        if (m.Success)
        {
            return Numbers(m).First();
        }
        string folded = Folding.Fold(opening).Replace('-', ' ');
        foreach (var s in sessions)
        {
            if (s.Names.Any(n => Regex.IsMatch(folded, $@"\b{Regex.Escape(n)}\b")))
            {
                return s.Number;
            }
        }
        return null;
    }

    private static IEnumerable<int> Numbers(Match m)
    {
        if (m.Groups["num"].Success)
        {
            yield return int.Parse(m.Groups["num"].Value, System.Globalization.CultureInfo.InvariantCulture);
            yield break;
        }
        int first = DutchNumbers.Ordinal(m.Groups["ord"].Value);
        if (m.Groups["ord2"].Success)
        {
            yield return first;
            yield return DutchNumbers.Ordinal(m.Groups["ord2"].Value);
            yield break;
        }
        // "de eerste twee sessies" are sessions 1 and 2.
        int count = m.Groups["count"].Success ? DutchNumbers.Cardinal(m.Groups["count"].Value) : 1;
        for (int n = first; n < first + Math.Max(count, 1); n++)
        {
            yield return n;
        }
    }

    private static ProseSession Get(SortedDictionary<int, ProseSession> sessions, int number)
    {
        if (!sessions.TryGetValue(number, out var s))
        {
            s = new ProseSession(number);
            sessions[number] = s;
        }
        return s;
    }
}
