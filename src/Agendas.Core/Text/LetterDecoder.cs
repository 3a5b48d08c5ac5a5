using System.Text;
using Agendas.Core.Model;

namespace Agendas.Core.Text;

/// <summary>The text of a file, or the reason it is not a text the importer accepts.</summary>
public sealed record DecodedText(string? Text, Diagnostic? Error, string? Encoding);

/// <summary>
/// Turns a file's bytes into text as found in the wild: UTF-8 with or without BOM, or Windows-1252;
/// refuses empty, binary (PDF, NUL bytes) and over-large input with a plain reason.
/// </summary>
public static class LetterDecoder
{
    /// <summary>Letters are a few dozen KB; anything over 5 MB is not a letter.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static LetterDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return Fail(ErrorCodes.TooLarge, $"het bestand is groter dan {MaxBytes / (1024 * 1024)} MB ({bytes.Length:N0} bytes)");
        }
        if (bytes.StartsWith("%PDF-"u8))
        {
            return Fail(ErrorCodes.Binary, "het bestand is een PDF, geen tekst; zet het eerst om naar platte tekst");
        }
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return Fail(ErrorCodes.Binary, $"het bestand bevat binaire gegevens (NUL-byte op positie {nul})");
        }

        string text;
        string encoding;
        if (bytes.StartsWith("\uFEFF"u8.ToArray()))
        {
            bytes = bytes[3..];
        }
        try
        {
            text = StrictUtf8.GetString(bytes);
            encoding = "utf-8";
        }
        catch (DecoderFallbackException)
        {
            (text, encoding) = DecodeLineByLine(bytes);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(ErrorCodes.Empty, "het bestand is leeg");
        }
        if (LooksBinary(text))
        {
            return Fail(ErrorCodes.Binary, "het bestand bevat binaire gegevens (veel stuurtekens)");
        }
        return new DecodedText(text, null, encoding);
    }

    /// <summary>
    /// A file that is not UTF-8 as a whole: each line is read as UTF-8 when it is valid UTF-8, else as
    /// Windows-1252. A letter pasted together from sources in both encodings keeps every line readable (whole-file
    /// Windows-1252 would turn each UTF-8 "ë" into "Ã«"); a file that is Windows-1252 throughout reads exactly as
    /// before, since its ASCII lines are the same in both. Stray bytes that are neither become Windows-1252
    /// characters: the text goes on, never the decoder's exception.
    /// </summary>
    private static (string Text, string Encoding) DecodeLineByLine(ReadOnlySpan<byte> bytes)
    {
        var legacy = Encoding.GetEncoding(1252);
        var sb = new StringBuilder(bytes.Length);
        bool sawUtf8 = false;
        while (bytes.Length > 0)
        {
            int end = bytes.IndexOf((byte)'\n');
            var line = end < 0 ? bytes : bytes[..(end + 1)];
            bytes = end < 0 ? [] : bytes[(end + 1)..];
            try
            {
                sb.Append(StrictUtf8.GetString(line));
                sawUtf8 |= line.ContainsAnyExceptInRange((byte)0, (byte)0x7F);
            }
            catch (DecoderFallbackException)
            {
                sb.Append(legacy.GetString(line));
            }
        }
        return (sb.ToString(), sawUtf8 ? "utf-8+windows-1252" : "windows-1252");
    }

    // Control characters other than tab, CR, LF and form feed are rare in letters and common in binaries.
    private static bool LooksBinary(string text)
    {
        int controls = 0;
        foreach (char c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'))
            {
                controls++;
            }
        }
        return controls > 8 && controls * 100 > text.Length;
    }

    private static DecodedText Fail(string code, string message) => new(null, new Diagnostic(code, message), null);
}
