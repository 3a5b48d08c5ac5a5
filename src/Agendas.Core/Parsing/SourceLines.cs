namespace Agendas.Core.Parsing;

/// <summary>One line of the letter, 1-based, trimmed; <see cref="Indented"/> marks a leading space (in PDF text often a page start).</summary>
internal sealed record SourceLine(int Number, string Text, bool Indented)
{
    public bool IsBlank => Text.Length == 0;
}

/// <summary>What a line is to the letter; only <see cref="Body"/> lines become paragraphs and headings.</summary>
internal enum LineRole
{
    Body,
    Blank,
    Letterhead,
    Salutation,
    CoverLetter,
    Closing,
    Footer,
    PageNumber,
    Title,
    Footnote,
    Debris,
}

internal static class SourceLines
{
    /// <summary>Splits text into lines: CRLF/CR to LF, form feeds and no-break spaces normalised, soft hyphens made visible.</summary>
    public static SourceLine[] Split(string text)
    {
        string normalised = text
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\f', '\n')
            .Replace('\u00A0', ' ')
            .Replace('\u2007', ' ')
            .Replace('\u202F', ' ')
            .Replace('\t', ' ')
            .Replace("\u200B", "", StringComparison.Ordinal)
            .Replace("\uFEFF", "", StringComparison.Ordinal);
        string[] raw = normalised.Split('\n');
        var lines = new SourceLine[raw.Length];
        for (int i = 0; i < raw.Length; i++)
        {
            string line = raw[i].TrimEnd();
            // A soft hyphen at a line end is a hyphenation point; inside a line it is invisible.
            if (line.EndsWith('\u00AD'))
            {
                line = line[..^1] + "-";
            }
            line = line.Replace("\u00AD", "", StringComparison.Ordinal);
            string trimmed = line.TrimStart();
            lines[i] = new SourceLine(i + 1, trimmed, trimmed.Length > 0 && trimmed.Length < line.Length);
        }
        return lines;
    }

    /// <summary>True when the text ends a sentence: . ! ? possibly followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        string t = text.TrimEnd().TrimEnd('»', '”', '"', '’', '\'', ')', ']', '*');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or ';';
    }

    public static string FirstWord(string text)
    {
        string t = text.TrimStart();
        int space = t.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? t : t[..space];
    }

    public static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);
}
