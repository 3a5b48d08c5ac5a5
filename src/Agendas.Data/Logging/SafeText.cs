using System.Globalization;
using System.Text;

namespace Agendas.Data.Logging;

/// <summary>
/// File names and reasons come from outside: a name holding an escape sequence or a bidirectional override
/// could rewrite the terminal or disguise itself. Such characters are printed as <c>\u001B</c>, never raw.
/// </summary>
public static class SafeText
{
    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsUnsafe(c))
            {
                escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped?.Append(c);
            }
        }
        return escaped?.ToString() ?? text;
    }

    /// <summary>
    /// The same for JSON text from a serializer that already escapes controls: only format characters and
    /// line/paragraph separators are escaped, as JSON <c>\uXXXX</c> escapes. They can only stand inside strings
    /// (outside them JSON is ASCII), so the result is the same JSON value; the layout's newlines stay.
    /// </summary>
    public static string EscapeJson(string json)
    {
        StringBuilder? escaped = null;
        for (int i = 0; i < json.Length; i++)
        {
            char c = json[i];
            if (!char.IsControl(c) && IsUnsafe(c))
            {
                escaped ??= new StringBuilder(json, 0, i, json.Length + 16);
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped?.Append(c);
            }
        }
        return escaped?.ToString() ?? json;
    }

    // Controls (C0, DEL, C1), format characters (bidi overrides, zero-width), line and paragraph separators.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
