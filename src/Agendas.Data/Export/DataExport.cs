using System.Text;
using Agendas.Core.Model;
using Agendas.Core.Parsing;
using Agendas.Core.Topics;
using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Export;

/// <summary>
/// Everything a colleague needs to reuse the data outside Agendas: each letter's text as received and its parsed
/// JSON, the topic vocabulary and a README. The download <c>/downloads/agendas.zip</c> and the CLI verb
/// <c>export</c> write exactly these files.
/// </summary>
/// <remarks>
/// The JSON is the <c>parse</c> contract (docs/importer.md), written by <see cref="ParseResultJson"/>: the stored
/// texts are parsed again, all in one run as <c>parse</c> does with several files, so a letter's JSON is what
/// <c>agendas parse</c> prints for it when given the same letters (its <c>file</c> is the name it was imported under).
/// The database holds the letters as pages show them, not the contract; parsing again is the one way to give the
/// contract's exact fields.
/// </remarks>
public static class DataExport
{
    public const string LetterFolder = "brieven";
    public const string TopicsFileName = "topics.json";
    public const string ReadmeFileName = "README.txt";

    /// <summary>The files, in a stable order: README, vocabulary, then per letter (by slug) its text and its JSON.</summary>
    /// <param name="db">The store to read.</param>
    /// <param name="vocabulary">The vocabulary the parser tags with, the one <paramref name="topicsJson"/> holds.</param>
    /// <param name="topicsJson">The vocabulary file's bytes, copied as they are.</param>
    /// <param name="ct">Stops between queries.</param>
    public static async Task<IReadOnlyList<ExportFile>> BuildAsync(AgendasDbContext db, TopicVocabulary vocabulary, byte[] topicsJson, CancellationToken ct)
    {
        var stamp = await db.DataVersion.AsNoTracking()
            .Where(v => v.Id == DataVersion.SingletonId)
            .Select(v => new { v.Version, v.ChangedAt })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var letters = await db.Documents.AsNoTracking()
            .OrderBy(d => d.Slug)
            .Select(d => new StoredLetter(d.Slug, d.SourceFileName, d.SourceText, d.ImportedAt))
            .ToListAsync(ct).ConfigureAwait(false);
        var changedAt = DateTime.SpecifyKind(stamp?.ChangedAt ?? DateTime.UnixEpoch, DateTimeKind.Utc);

        var parsed = new LetterParser(vocabulary).ParseAll([.. letters.Select(l => new SourceText(l.FileName, l.Text))]);
        var files = new List<ExportFile>(2 + (2 * letters.Count))
        {
            new(ReadmeFileName, Utf8(ExportReadme.Text(letters.Count, stamp?.Version ?? 0, changedAt)), changedAt),
            new(TopicsFileName, topicsJson, changedAt),
        };
        for (int i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var imported = DateTime.SpecifyKind(letter.ImportedAt, DateTimeKind.Utc);
            files.Add(new ExportFile(TextPath(letter.Slug), Utf8(letter.Text), imported));
            files.Add(new ExportFile(JsonPath(letter.Slug), Utf8(ParseResultJson.Serialize(parsed[i]) + "\n"), imported));
        }
        return files;
    }

    public static string TextPath(string documentSlug) => $"{LetterFolder}/{documentSlug}.txt";

    public static string JsonPath(string documentSlug) => $"{LetterFolder}/{documentSlug}.json";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private sealed record StoredLetter(string Slug, string FileName, string Text, DateTime ImportedAt);
}
