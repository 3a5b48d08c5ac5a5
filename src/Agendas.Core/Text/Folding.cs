using System.Globalization;
using System.Text;

namespace Agendas.Core.Text;

/// <summary>Case and diacritic folding, shared by slugs, topic matching and (later) search.</summary>
public static class Folding
{
    /// <summary>Lower-case and strip diacritics: "Oekraïne" → "oekraine", "coördinatie" → "coordinatie".</summary>
    public static string Fold(string text)
    {
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Folds one character at a time, so the result has exactly the length of the input (indexes map back).</summary>
    public static string FoldPreservingLength(string text)
    {
        var chars = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            chars[i] = FoldChar(text[i]);
        }
        return new string(chars);
    }

    private static char FoldChar(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }
        // Half of a surrogate pair (an emoji) cannot be normalised on its own, and has nothing to fold; a noncharacter
        // (U+FFFE, U+FDD0) or an unassigned code point makes Normalize throw.
        if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned)
        {
            return c;
        }
        string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }

    /// <summary>A heading as a URL segment: lower-case, ASCII-folded, kebab-case.</summary>
    public static string Kebab(string text)
    {
        string folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        bool dash = false;
        foreach (char c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }
        return sb.ToString().TrimEnd('-');
    }
}
