using Agendas.Core.Model;
using Agendas.Core.Parsing;
using Agendas.Core.Topics;
using Agendas.Data.Import;
using Agendas.Data.Logging;

namespace Agendas.Cli;

/// <summary><c>parse &lt;file&gt;...</c>: the JSON contract of docs/importer.md, no database.</summary>
internal static class ParseCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, TopicVocabulary vocabulary, TextWriter stdout, CancellationToken ct)
    {
        var files = new List<LetterFile>();
        foreach (string path in InputFiles.Expand(paths))
        {
            files.Add(await LetterFile.ReadAsync(path, ct).ConfigureAwait(false));
        }

        // All readable files in one run, so that each profits from the others' de-hyphenation evidence.
        var readable = files.Where(f => f.Text is not null).ToList();
        var parsed = new LetterParser(vocabulary).ParseAll([.. readable.Select(f => new SourceText(f.Name, f.Text!))]);
        var byFile = new Dictionary<LetterFile, ParseResult>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < readable.Count; i++)
        {
            byFile[readable[i]] = parsed[i];
        }

        var results = files
            .Select(f => byFile.TryGetValue(f, out var result) ? result : ParseResult.Failed(f.Name, f.Error!))
            .ToList();
        await stdout.WriteLineAsync(SafeText.EscapeJson(ParseResultJson.Serialize(results)).AsMemory(), ct).ConfigureAwait(false);
        return results.All(r => r.Ok) ? ExitCodes.Success : ExitCodes.FileFailed;
    }
}
