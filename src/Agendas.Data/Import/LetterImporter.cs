using Agendas.Core.Topics;
using Microsoft.Extensions.Logging;

namespace Agendas.Data.Import;

/// <summary>
/// Imports letter files into the store: each file decoded, parsed and written in its own transaction,
/// matched to stored letters by natural key (kind and meeting; Kamerstuk or reference), so that
/// re-importing is idempotent and a corrected letter keeps its addresses.
/// </summary>
public sealed class LetterImporter(AgendasDbContext db, TopicVocabulary vocabulary, ILogger<LetterImporter> logger)
{
    /// <summary>
    /// Imports files and folders (folders recursively, <c>*.txt</c>, in ordinal order). Never throws for a bad
    /// file: it gets a <see cref="ImportStatus.Failed"/> outcome and the run goes on.
    /// </summary>
    /// <param name="paths">Files and folders, as the user named them (outcomes repeat these names).</param>
    /// <param name="progress">Told each file's outcome as soon as it is known.</param>
    /// <param name="ct">Stops the run between files; the file being written is rolled back.</param>
    public Task<ImportSummary> ImportAsync(IReadOnlyList<string> paths, IProgress<ImportOutcome>? progress = null, CancellationToken ct = default)
    {
        _ = db;
        _ = vocabulary;
        _ = logger;
        _ = progress;
        _ = ct;
        return Task.FromResult(new ImportSummary(ExpandPaths(paths).Select(p => new ImportOutcome(p, ImportStatus.Failed, Reason: "nog niet gebouwd")).ToList()));
    }

    /// <summary>The files an import of <paramref name="paths"/> reads, in order: see <see cref="InputFiles.Expand"/>.</summary>
    public static IReadOnlyList<string> ExpandPaths(IReadOnlyList<string> paths) => InputFiles.Expand(paths);
}
