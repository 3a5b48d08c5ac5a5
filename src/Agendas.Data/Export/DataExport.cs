using System.Runtime.CompilerServices;
using System.Text;
using Agendas.Core.Model;
using Agendas.Core.Parsing;
using Agendas.Core.Topics;
using Agendas.Data.Entities;
using Microsoft.Data.Sqlite;
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

    /// <summary>
    /// The files, in a stable order: README, vocabulary, then per letter (by slug) its text and its JSON. A stream:
    /// the letters are read twice, once for the word evidence of the whole run and once to parse and hand out one at a
    /// time, so that 10,000 letters never sit in memory at once. Both reads see one snapshot of the store (a deferred
    /// read transaction), even while an import commits.
    /// </summary>
    /// <param name="db">The store to read; its connection is used for the whole stream.</param>
    /// <param name="vocabulary">The vocabulary the parser tags with, the one <paramref name="topicsJson"/> holds.</param>
    /// <param name="topicsJson">The vocabulary file's bytes, copied as they are.</param>
    /// <param name="ct">Stops between letters.</param>
    public static async IAsyncEnumerable<ExportFile> FilesAsync(
        AgendasDbContext db, TopicVocabulary vocabulary, byte[] topicsJson, [EnumeratorCancellation] CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await using (transaction.ConfigureAwait(false))
            {
                await db.Database.UseTransactionAsync(transaction, ct).ConfigureAwait(false);
                var stamp = await db.DataVersion.AsNoTracking()
                    .Where(v => v.Id == DataVersion.SingletonId)
                    .Select(v => new { v.Version, v.ChangedAt })
                    .FirstOrDefaultAsync(ct).ConfigureAwait(false);
                var changedAt = DateTime.SpecifyKind(stamp?.ChangedAt ?? DateTime.UnixEpoch, DateTimeKind.Utc);

                // As parse does with several files: every letter's words count for the de-hyphenation of each.
                var evidence = new WordEvidence.Builder();
                int count = 0;
                await foreach (string text in Letters(db).Select(d => d.SourceText).AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
                {
                    evidence.Add(text);
                    count++;
                }
                var words = evidence.Build();

                yield return new ExportFile(ReadmeFileName, Utf8(ExportReadme.Text(count, stamp?.Version ?? 0, changedAt)), changedAt);
                yield return new ExportFile(TopicsFileName, topicsJson, changedAt);
                var parser = new LetterParser(vocabulary);
                var letters = Letters(db).Select(d => new StoredLetter(d.Slug, d.SourceFileName, d.SourceText, d.ImportedAt));
                await foreach (var letter in letters.AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
                {
                    var imported = DateTime.SpecifyKind(letter.ImportedAt, DateTimeKind.Utc);
                    var parsed = parser.Parse(letter.Text, letter.FileName, words);
                    yield return new ExportFile(TextPath(letter.Slug), Utf8(letter.Text), imported);
                    yield return new ExportFile(JsonPath(letter.Slug), Utf8(ParseResultJson.Serialize(parsed) + "\n"), imported);
                }
            }
        }
        finally
        {
            await db.Database.UseTransactionAsync(null, CancellationToken.None).ConfigureAwait(false);
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Whether <paramref name="path"/> (a file of <see cref="FilesAsync"/>) is a letter's text.</summary>
    public static bool IsLetterText(string path) =>
        path.StartsWith(LetterFolder + "/", StringComparison.Ordinal) && path.EndsWith(".txt", StringComparison.Ordinal);

    private static IQueryable<Document> Letters(AgendasDbContext db) => db.Documents.AsNoTracking().OrderBy(d => d.Slug);

    public static string TextPath(string documentSlug) => $"{LetterFolder}/{documentSlug}.txt";

    public static string JsonPath(string documentSlug) => $"{LetterFolder}/{documentSlug}.json";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private sealed record StoredLetter(string Slug, string FileName, string Text, DateTime ImportedAt);
}
