using System.Security.Cryptography;
using Agendas.Core.Model;
using Agendas.Core.Text;

namespace Agendas.Data.Import;

/// <summary>A file as read for import: its decoded text and hash, or the reason it cannot be a letter.</summary>
public sealed record LetterFile(string Name, string? Text, string? Encoding, string? ContentHash, Diagnostic? Error)
{
    /// <summary>The file name without its folder: folders differ between machines, the name does not.</summary>
    public string FileName => Path.GetFileName(Name);

    /// <summary>Reads and decodes one file; never throws for an unreadable or unacceptable file.</summary>
    public static async Task<LetterFile> ReadAsync(string path, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(path, ErrorCodes.Unreadable, Directory.Exists(path) ? "dit is een map, geen bestand" : "het bestand bestaat niet");
            }
            // Refuse before reading: a multi-gigabyte file should not be loaded only to be refused.
            if (info.Length > LetterDecoder.MaxBytes)
            {
                return Failed(path, ErrorCodes.TooLarge, $"het bestand is groter dan {LetterDecoder.MaxBytes / (1024 * 1024)} MB ({info.Length:N0} bytes)");
            }
            bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, ErrorCodes.Unreadable, $"het bestand kan niet worden gelezen ({ex.GetType().Name})");
        }

        var decoded = LetterDecoder.Decode(bytes);
        if (decoded.Error is not null || decoded.Text is null)
        {
            return new LetterFile(path, null, null, null, decoded.Error ?? new Diagnostic(ErrorCodes.Unreadable, "het bestand kan niet worden gelezen"));
        }
        return new LetterFile(path, decoded.Text, decoded.Encoding, Convert.ToHexStringLower(SHA256.HashData(bytes)), null);
    }

    private static LetterFile Failed(string path, string code, string message) => new(path, null, null, null, new Diagnostic(code, message));
}
