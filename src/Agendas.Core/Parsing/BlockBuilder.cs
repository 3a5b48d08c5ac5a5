using System.Text.RegularExpressions;

namespace Agendas.Core.Parsing;

/// <summary>
/// Turns the body lines into headings, session markers and paragraphs. Paragraphs are re-joined across
/// wrapped lines, line-end hyphens and page breaks (where footnotes and footers were taken out).
/// </summary>
internal sealed partial class BlockBuilder(SourceLine[] lines, LineRole[] roles, string[] text, WordEvidence evidence)
{
    private static readonly HashSet<string> TrailingFunctionWords = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "van", "en", "in", "op", "met", "voor", "aan", "te", "tot", "of", "om", "door", "bij", "over",
        "naar", "die", "dat", "als", "dan", "is", "zijn", "wordt", "worden", "zal", "zullen", "the", "and", "of", "to", "a",
    };

    [GeneratedRegex(@"^(?:(?<ord>eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+)?(?:werk)?sessie(?:\s+(?<n>\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\b)?\s*(?:[:.\-–—]\s*(?<title>\S.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SessionMarker();

    [GeneratedRegex(@"^[•·▪●◦\-–*]\s+(?<rest>\S.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+\S")]
    private static partial Regex NumberedPoint();

    [GeneratedRegex(@"^(?:\d{1,2}|[a-h]|[IVX]{1,4})[.)]\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex NumberedHeadingPattern();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    private int _width;

    public List<Block> Build()
    {
        var body = Enumerable.Range(0, lines.Length).Where(i => roles[i] == LineRole.Body && text[i].Length > 0).ToList();
        _width = TypicalWidth(body);
        var blocks = new List<Block>();
        var paragraph = new List<int>();
        string current = "";
        var style = ParagraphStyle.Plain;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new ParagraphBlock(Spaces().Replace(current.Trim(), " "), style, paragraph.Select(p => lines[p].Number).ToList()));
                paragraph.Clear();
                current = "";
            }
        }

        for (int k = 0; k < body.Count; k++)
        {
            int i = body[k];
            int? prev = k > 0 ? body[k - 1] : null;
            int? next = k + 1 < body.Count ? body[k + 1] : null;
            string t = text[i];
            bool continuesHyphen = paragraph.Count > 0 && LineBreakHyphens.EndsWithWordHyphen(current);

            if (!continuesHyphen && Marker(t) is { } marker)
            {
                Flush();
                blocks.Add(marker with { Line = lines[i].Number });
                continue;
            }
            bool afterHeading = paragraph.Count == 0 && blocks.Count > 0 && blocks[^1] is not ParagraphBlock;
            if (!continuesHyphen && IsHeading(prev, i, next, afterHeading))
            {
                Flush();
                // A heading may wrap onto a second short line: "Rusland en Arms control, … ⏎ (ADN)".
                if (next is { } n && Gap(i, n) == GapKind.None && IsSecondHeadingLine(n, k + 2 < body.Count ? body[k + 2] : null))
                {
                    string joined = LineBreakHyphens.EndsWithWordHyphen(t) ? LineBreakHyphens.Join(t, text[n], evidence) : t + " " + text[n];
                    blocks.Add(new HeadingBlock(joined, lines[i].Number));
                    k++;
                }
                else
                {
                    blocks.Add(new HeadingBlock(t, lines[i].Number));
                }
                continue;
            }

            if (!continuesHyphen && NumberedHeading(prev, i, next, afterHeading) is { } numbered)
            {
                Flush();
                blocks.Add(new HeadingBlock(numbered, lines[i].Number));
                continue;
            }

            var bullet = Bullet().Match(t);
            bool startsPoint = bullet.Success || NumberedPoint().IsMatch(t);
            if (paragraph.Count == 0 || startsPoint || StartsNewParagraph(paragraph[^1], i, current))
            {
                Flush();
                style = bullet.Success ? ParagraphStyle.Bullet : startsPoint ? ParagraphStyle.Numbered : ParagraphStyle.Plain;
                current = bullet.Success ? bullet.Groups["rest"].Value : t;
                paragraph.Add(i);
                continue;
            }
            current = LineBreakHyphens.EndsWithWordHyphen(current) ? LineBreakHyphens.Join(current, t, evidence) : current + " " + t;
            paragraph.Add(i);
        }
        Flush();
        return blocks;
    }

    private static SessionMarkerBlock? Marker(string t)
    {
        if (t.Length > 100)
        {
            return null;
        }
        var m = SessionMarker().Match(t);
        if (!m.Success || !(m.Groups["ord"].Success || m.Groups["n"].Success))
        {
            return null;
        }
        int number = m.Groups["n"].Success ? DutchNumbers.Cardinal(m.Groups["n"].Value) : DutchNumbers.Ordinal(m.Groups["ord"].Value);
        string? title = m.Groups["title"].Success ? m.Groups["title"].Value.Trim() : null;
        return number > 0 ? new SessionMarkerBlock(number, string.IsNullOrEmpty(title) ? null : title, t, 0) : null;
    }

    private enum GapKind
    {
        None,
        Blank,
        PageBreak,
    }

    // What lies between two body lines: nothing, blank lines, or removed page furniture (footnotes, footers).
    private GapKind Gap(int a, int b)
    {
        var gap = GapKind.None;
        for (int j = a + 1; j < b; j++)
        {
            if (roles[j] is LineRole.Footnote or LineRole.Footer or LineRole.PageNumber or LineRole.Debris)
            {
                return GapKind.PageBreak;
            }
            if (lines[j].IsBlank || text[j].Length == 0)
            {
                gap = GapKind.Blank;
            }
            else
            {
                return GapKind.PageBreak; // other metadata (a title, a signature) also interrupts
            }
        }
        return gap;
    }

    private bool StartsNewParagraph(int prev, int cur, string paragraphSoFar)
    {
        string p = paragraphSoFar;
        string c = text[cur];
        if (LineBreakHyphens.EndsWithWordHyphen(p))
        {
            return false;
        }
        bool sentenceEnd = EndsFullStop(p);
        switch (Gap(prev, cur))
        {
            case GapKind.Blank:
                return sentenceEnd || !SourceLines.StartsLower(c);
            case GapKind.PageBreak:
                return sentenceEnd && !SourceLines.StartsLower(c) && Fits(text[prev], c);
            default:
                return sentenceEnd && !SourceLines.StartsLower(c) && Fits(text[prev], c);
        }
    }

    // The previous line ended early: the next line's first word would have fitted on it.
    private bool Fits(string previous, string next) => previous.Length + 1 + SourceLines.FirstWord(next).Length <= _width;

    private static bool EndsFullStop(string t)
    {
        string s = t.TrimEnd().TrimEnd('»', '”', '"', '’', '\'', ')', '*');
        return s.Length > 0 && s[^1] is '.' or '!' or '?';
    }

    private bool IsHeading(int? prev, int i, int? next, bool afterHeading)
    {
        string t = text[i];
        if (!LooksLikeHeading(t))
        {
            return false;
        }
        bool gapBefore = prev is null || Gap(prev.Value, i) != GapKind.None;
        // Only a blank line sets a heading off below; across a page break the text may simply run on.
        bool gapAfter = next is null || Gap(i, next.Value) == GapKind.Blank;
        if (prev is { } p && LineBreakHyphens.EndsWithWordHyphen(text[p]))
        {
            return false;
        }
        bool prevOk = gapBefore || afterHeading || EndsFullStop(text[prev!.Value]);
        if (!prevOk || next is not { } n || gapAfter)
        {
            return prevOk;
        }
        string following = text[n];
        if (SourceLines.StartsLower(following) || following[0] == ',')
        {
            // Running text continues, unless this is the first line of a two-line heading.
            return gapBefore && IsSecondHeadingLine(n, null);
        }
        // A heading ends early: the next line's first word would have fitted after it. A wrapped line of a
        // paragraph is full.
        return Fits(t, following) && (gapBefore || t.Length < _width * 0.8);
    }

    // "1. Rusland", "b) Oekraïne" standing alone between blank lines: a numbered heading; the number is layout.
    private string? NumberedHeading(int? prev, int i, int? next, bool afterHeading)
    {
        var m = NumberedHeadingPattern().Match(text[i]);
        if (!m.Success || !LooksLikeHeading(m.Groups["rest"].Value))
        {
            return null;
        }
        bool gapBefore = prev is null || Gap(prev.Value, i) != GapKind.None || afterHeading;
        bool gapAfter = next is null || Gap(i, next.Value) == GapKind.Blank;
        return gapBefore && gapAfter ? m.Groups["rest"].Value : null;
    }

    private static bool LooksLikeHeading(string t)
    {
        if (t.Length is 0 or > 100 || !char.IsUpper(t[0]) || SourceLines.EndsSentence(t) || t.EndsWith(',') || t.EndsWith('-'))
        {
            return false;
        }
        string[] words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 14 || TrailingFunctionWords.Contains(words[^1]))
        {
            return false;
        }
        return !Regex.IsMatch(t, @"[a-z]{2}\.\s+\p{Lu}");
    }

    // The second line of a wrapped heading: short, no sentence end, followed by a blank line or the end.
    private bool IsSecondHeadingLine(int n, int? after)
    {
        string t = text[n];
        if (t.Length is 0 or > 60 || SourceLines.EndsSentence(t) || t.EndsWith(',') || Marker(t) is not null)
        {
            return false;
        }
        if (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8)
        {
            return false;
        }
        int nextBody = after ?? Array.FindIndex(roles, n + 1, r => r == LineRole.Body);
        return nextBody < 0 || Gap(n, nextBody) == GapKind.Blank;
    }

    private int TypicalWidth(List<int> body)
    {
        var lengths = body.Select(i => text[i].Length).Where(l => l >= 30).OrderBy(l => l).ToList();
        return lengths.Count == 0 ? 80 : lengths[(int)(lengths.Count * 0.9)];
    }
}
