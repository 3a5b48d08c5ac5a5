using Agendas.Core.Model;
using Agendas.Core.Parsing;
using Agendas.Core.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Agendas.Data.Import;

/// <summary>
/// Imports letter files into the store: each file decoded, parsed and written in its own transaction,
/// matched to stored letters by natural key (kind and meeting; Kamerstuk or reference), so that
/// re-importing is idempotent and a corrected letter keeps its addresses.
/// </summary>
public sealed class LetterImporter(AgendasDbContext db, TopicVocabulary vocabulary, ILogger<LetterImporter> logger)
{
    private readonly TimeProvider _clock = TimeProvider.System;

    /// <summary>
    /// Imports files and folders (folders recursively, <c>*.txt</c>, in ordinal order). Never throws for a bad
    /// file: it gets a <see cref="ImportStatus.Failed"/> outcome and the run goes on.
    /// </summary>
    /// <remarks>
    /// The files are read as a stream, three times, so that a run of ten thousand letters never holds more than one
    /// letter's text: first for their hashes (a file with the bytes of a stored letter is unchanged and not parsed),
    /// then for the word evidence of the letters to parse (de-hyphenation weighs the whole run, <see cref="WordEvidence"/>),
    /// then to parse and write each letter in turn. Reading is cheap next to parsing and writing.
    /// </remarks>
    /// <param name="paths">Files and folders, as the user named them (outcomes repeat these names).</param>
    /// <param name="progress">Told each file's outcome as soon as it is known.</param>
    /// <param name="ct">Stops the run between files; the file being written is rolled back.</param>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<string> paths, IProgress<ImportOutcome>? progress = null, CancellationToken ct = default)
    {
        var topicIds = await TopicSync.SyncAsync(db, vocabulary, _clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
        // Letters stored before, with another vocabulary or before mentions were kept, get theirs first.
        await TopicMentions.EnsureCurrentAsync(db, vocabulary, topicIds, _clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);

        var files = new List<LetterFile>();
        foreach (string path in InputFiles.Expand(paths))
        {
            var file = await LetterFile.ReadAsync(path, ct).ConfigureAwait(false);
            files.Add(file with { Text = null });
        }

        string[] hashes = [.. files.Select(f => f.ContentHash).OfType<string>().Distinct()];
        var stored = (await db.Documents.AsNoTracking()
                .Where(d => hashes.Contains(d.ContentHash))
                .Select(d => new { d.ContentHash, d.Slug, Meeting = d.Meeting.Slug, Items = d.Sessions.SelectMany(s => s.Items).Count() })
                .ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(d => d.ContentHash, StringComparer.Ordinal);

        var toParse = files.Where(f => f.Error is null && !stored.ContainsKey(f.ContentHash!)).ToList();
        var evidence = await EvidenceAsync(toParse, ct).ConfigureAwait(false);

        var store = new LetterStore(db, topicIds, vocabulary.Tagger, _clock);
        var parser = new LetterParser(vocabulary);
        var outcomes = new List<ImportOutcome>();
        foreach (var scanned in files)
        {
            ct.ThrowIfCancellationRequested();
            ImportOutcome outcome;
            if (scanned.Error is { } error)
            {
                outcome = Failed(scanned, error);
            }
            else if (stored.TryGetValue(scanned.ContentHash!, out var known))
            {
                outcome = new ImportOutcome(scanned.Name, ImportStatus.Unchanged, known.Slug, known.Meeting, known.Items);
            }
            else
            {
                // Read again: what is parsed and stored is one reading of the file, its text and hash together.
                var file = await LetterFile.ReadAsync(scanned.Name, ct).ConfigureAwait(false);
                outcome = file.Error is { } readError
                    ? Failed(file, readError)
                    : await WriteAsync(store, file, Parse(parser, file, evidence), ct).ConfigureAwait(false);
            }
            Log(outcome);
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }
        return new ImportSummary(outcomes);
    }

    /// <summary>The files an import of <paramref name="paths"/> reads, in order: see <see cref="InputFiles.Expand"/>.</summary>
    public static IReadOnlyList<string> ExpandPaths(IReadOnlyList<string> paths) => InputFiles.Expand(paths);

    private async Task<ImportOutcome> WriteAsync(LetterStore store, LetterFile file, ParseResult result, CancellationToken ct)
    {
        if (!result.Ok || result.Letter is null)
        {
            return Failed(file, result.Error ?? new Diagnostic(ErrorCodes.Internal, "de parser gaf geen brief en geen reden"));
        }
        try
        {
            var saved = await store.SaveAsync(result.Letter, file, result.Warnings, ct).ConfigureAwait(false);
            return new ImportOutcome(file.Name, saved.Status, saved.DocumentSlug, saved.Meetings[0], saved.Items);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The transaction was rolled back: nothing of this file is stored. The next file goes on.
            logger.LogError(ex, "Writing {File} failed", file.Name);
            return Failed(file, new Diagnostic(ImportErrorCodes.StoreFailed, $"de brief kon niet worden opgeslagen ({Innermost(ex).Message})"));
        }
    }

    /// <summary>
    /// The word evidence of the letters to parse, read one file at a time, with the stored lexicon's counts of the
    /// forms their hyphens need. A file that cannot be read now adds nothing; it fails when it is read to be parsed.
    /// </summary>
    private async Task<WordEvidence> EvidenceAsync(List<LetterFile> files, CancellationToken ct)
    {
        var builder = new WordEvidence.Builder();
        foreach (var scanned in files)
        {
            if ((await LetterFile.ReadAsync(scanned.Name, ct).ConfigureAwait(false)).Text is { } text)
            {
                builder.Add(text);
            }
        }
        var storedCounts = await WordFormCounts.LoadAsync(db, builder.FormsToLookUp, ct).ConfigureAwait(false);
        return builder.Build(storedCounts);
    }

    /// <summary>The parser does not throw by contract; should it all the same, this file fails and the run goes on.</summary>
    private ParseResult Parse(LetterParser parser, LetterFile file, WordEvidence evidence)
    {
        try
        {
            return parser.Parse(file.Text!, file.Name, evidence);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The parser threw on {File}", file.Name);
            return ParseResult.Failed(file.Name, new Diagnostic(ErrorCodes.Internal, $"interne fout van de parser ({ex.GetType().Name})"));
        }
    }

    private static ImportOutcome Failed(LetterFile file, Diagnostic error) =>
        new(file.Name, ImportStatus.Failed, Code: error.Code, Reason: error.Message, Line: error.Line);

    private void Log(ImportOutcome outcome)
    {
        string status = outcome.StatusWord;
        string[] meetings = outcome.MeetingSlug is { } slug ? [slug] : [];
        if (outcome.Status == ImportStatus.Failed)
        {
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning("{File} {Outcome} {Meetings} {Items}: {Reason}", outcome.File, status, meetings, outcome.Items, outcome.Reason);
            }
        }
        else if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("{File} {Outcome} {Meetings} {Items}", outcome.File, status, meetings, outcome.Items);
        }
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;
}
