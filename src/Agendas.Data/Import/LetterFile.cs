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
            if (LinkRefusal(info) is { } refusal)
            {
                return Failed(path, ErrorCodes.Unreadable, refusal);
            }
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

    /// <summary>
    /// A symbolic link is read only when it leads to a file in its own folder or below it. A link to a folder is
    /// never followed (a loop, or a second walk over files already read); a link that leads out of its folder could
    /// import any file the user can read, so it is refused too (docs/architecture.md, "Hostile files").
    /// </summary>
    private static string? LinkRefusal(FileInfo info)
    {
        if (info.LinkTarget is null)
        {
            return null;
        }
        FileSystemInfo? target;
        try
        {
            target = info.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            // Too many levels of links: a loop of file links.
            return "symbolische koppeling die in een kring verwijst; niet gevolgd";
        }
        if (target is null || !target.Exists)
        {
            return Directory.Exists(info.FullName) ? "symbolische koppeling naar een map; niet gevolgd" : "symbolische koppeling naar een bestand dat niet bestaat";
        }
        if (target is DirectoryInfo || Directory.Exists(target.FullName))
        {
            return "symbolische koppeling naar een map; niet gevolgd";
        }
        string folder = Path.TrimEndingDirectorySeparator(Path.GetDirectoryName(info.FullName) ?? "/") + Path.DirectorySeparatorChar;
        string? realFolder = new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        bool inside = target.FullName.StartsWith(folder, StringComparison.Ordinal)
            || (realFolder is not null && target.FullName.StartsWith(Path.TrimEndingDirectorySeparator(realFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        return inside ? null : "symbolische koppeling die buiten de map wijst; niet gevolgd";
    }

    private static LetterFile Failed(string path, string code, string message) => new(path, null, null, null, new Diagnostic(code, message));
}
