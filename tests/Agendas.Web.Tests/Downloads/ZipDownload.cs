using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Agendas.Web.Tests.Feeds;

namespace Agendas.Web.Tests.Downloads;

/// <summary>The zip of <c>/downloads/agendas.zip</c> as a test reads it: its entries by path, as bytes and as text.</summary>
internal sealed class ZipDownload
{
    public const string Path = "/downloads/agendas.zip";

    private ZipDownload(Download response, IReadOnlyDictionary<string, byte[]> entries)
    {
        Response = response;
        Entries = entries;
    }

    public Download Response { get; }

    public IReadOnlyDictionary<string, byte[]> Entries { get; }

    public IEnumerable<string> LetterTexts => Entries.Keys.Where(k => k.StartsWith("brieven/", StringComparison.Ordinal) && k.EndsWith(".txt", StringComparison.Ordinal));

    public IEnumerable<string> LetterJsons => Entries.Keys.Where(k => k.StartsWith("brieven/", StringComparison.Ordinal) && k.EndsWith(".json", StringComparison.Ordinal));

    public static async Task<ZipDownload> GetAsync(HttpClient client)
    {
        var response = await Download.GetAsync(client, Path);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var archive = new ZipArchive(new MemoryStream(response.Body), ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            entries[entry.FullName] = copy.ToArray();
        }
        return new ZipDownload(response, entries);
    }

    public string Text(string path) => Encoding.UTF8.GetString(Entries[path]);

    public JsonDocument Json(string path) => JsonDocument.Parse(Entries[path]);
}
