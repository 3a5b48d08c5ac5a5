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
    /// <param name="paths">Files and folders, as the user named them (outcomes repeat these names).</param>
    /// <param name="progress">Told each file's outcome as soon as it is known.</param>
    /// <param name="ct">Stops the run between files; the file being written is rolled back.</param>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<string> paths, IProgress<ImportOutcome>? progress = null, CancellationToken ct = default)
    {
        var topicIds = await TopicSync.SyncAsync(db, vocabulary, _clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);

        var files = new List<LetterFile>();
        foreach (string path in InputFiles.Expand(paths))
        {
            files.Add(await LetterFile.ReadAsync(path, ct).ConfigureAwait(false));
        }

        // Same bytes as a stored letter: unchanged, and not parsed at all.
        string[] hashes = [.. files.Select(f => f.ContentHash).OfType<string>().Distinct()];
        var stored = (await db.Documents.AsNoTracking()
                .Where(d => hashes.Contains(d.ContentHash))
                .Select(d => new { d.ContentHash, d.Slug, Meeting = d.Meeting.Slug, Items = d.Sessions.SelectMany(s => s.Items).Count() })
                .ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(d => d.ContentHash, StringComparer.Ordinal);

        var toParse = files.Where(f => f.Text is not null && !stored.ContainsKey(f.ContentHash!)).ToList();
        var parsed = await ParseAsync(toParse, ct).ConfigureAwait(false);

        var store = new LetterStore(db, topicIds, _clock);
        var outcomes = new List<ImportOutcome>();
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            ImportOutcome outcome;
            if (file.Error is { } error)
            {
                outcome = Failed(file, error);
            }
            else if (stored.TryGetValue(file.ContentHash!, out var known))
            {
                outcome = new ImportOutcome(file.Name, ImportStatus.Unchanged, known.Slug, known.Meeting, known.Items);
            }
            else
            {
                outcome = await WriteAsync(store, file, parsed[file], ct).ConfigureAwait(false);
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
    /// Parses the run's letters together, with the stored lexicon as extra evidence. The parser does not
    /// throw by contract; should it all the same, each file is parsed on its own so one file cannot sink the run.
    /// </summary>
    private async Task<Dictionary<LetterFile, ParseResult>> ParseAsync(List<LetterFile> files, CancellationToken ct)
    {
        var results = new Dictionary<LetterFile, ParseResult>(ReferenceEqualityComparer.Instance);
        if (files.Count == 0)
        {
            return results;
        }
        var sources = files.Select(f => new SourceText(f.Name, f.Text!)).ToList();
        var storedCounts = await WordFormCounts.LoadAsync(db, WordEvidence.FormsToLookUp(sources.Select(s => s.Text)), ct).ConfigureAwait(false);
        var parser = new LetterParser(vocabulary);
        IReadOnlyList<ParseResult> parsed;
        try
        {
            parsed = parser.ParseAll(sources, storedCounts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The parser threw on a run of {Count} files; parsing them one by one", sources.Count);
            var evidence = WordEvidence.Collect(sources.Select(s => s.Text)).With(storedCounts);
            parsed = [.. sources.Select(s => ParseOne(parser, s, evidence))];
        }
        for (int i = 0; i < files.Count; i++)
        {
            results[files[i]] = parsed[i];
        }
        return results;
    }

    private ParseResult ParseOne(LetterParser parser, SourceText source, WordEvidence evidence)
    {
        try
        {
            return parser.Parse(source.Text, source.Name, evidence);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The parser threw on {File}", source.Name);
            return ParseResult.Failed(source.Name, new Diagnostic(ErrorCodes.Internal, $"interne fout van de parser ({ex.GetType().Name})"));
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
