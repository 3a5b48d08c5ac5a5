using System.Globalization;
using System.Text;
using Agendas.Cli.Generation;
using Agendas.Core.Topics;
using Agendas.Data.Logging;

namespace Agendas.Cli;

/// <summary>
/// <c>generate --count N --out &lt;folder&gt; [--seed S] [--seeds &lt;folder&gt;]</c>: writes N letters recombined from the
/// seeds (docs/benchmarks.md). Its options are read here, apart from the import verbs' <see cref="CommandLine"/>.
/// </summary>
internal static class GenerateCommand
{
    public const string Verb = "generate";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CliOptions options, CancellationToken ct)
    {
        var (request, error) = Read(args);
        if (error is not null || request is null)
        {
            await stderr.WriteLineAsync($"agendas: {error}").ConfigureAwait(false);
            await stderr.WriteLineAsync().ConfigureAwait(false);
            await stderr.WriteLineAsync(Usage.Text).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var settings = CliSettings.From(options.Configuration ?? CliSettings.DefaultConfiguration(), null);
        string? seeds = request.Seeds ?? FindSeeds();
        if (seeds is null || !Directory.Exists(seeds))
        {
            await stderr.WriteLineAsync(SafeText.Escape($"agendas: geen map met voorbeeldbrieven gevonden{(seeds is null ? "" : $" ({seeds})")}; geef --seeds <map>")).ConfigureAwait(false);
            return ExitCodes.FileFailed;
        }
        SeedMaterial material;
        try
        {
            var vocabulary = TopicVocabulary.FromJson(await File.ReadAllTextAsync(settings.TopicsFile, ct).ConfigureAwait(false));
            material = SeedMaterial.Load(seeds, vocabulary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            await stderr.WriteLineAsync(SafeText.Escape($"agendas: de voorbeeldbrieven kunnen niet worden gelezen: {ex.Message}")).ConfigureAwait(false);
            return ExitCodes.FileFailed;
        }

        Directory.CreateDirectory(request.Out);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        int written = 0;
        foreach (var letter in new LetterGenerator(material).Generate(request.Count, request.Seed))
        {
            ct.ThrowIfCancellationRequested();
            await File.WriteAllTextAsync(Path.Combine(request.Out, letter.Plan.FileName), letter.Text, utf8, ct).ConfigureAwait(false);
            written++;
        }
        await stdout.WriteLineAsync(SafeText.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{written} brieven geschreven in {request.Out} (seed {request.Seed})"))).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private sealed record Request(int Count, string Out, int Seed, string? Seeds);

    private static (Request?, string?) Read(IReadOnlyList<string> args)
    {
        int? count = null;
        string? output = null;
        int seed = 1;
        string? seeds = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? value = i + 1 < args.Count ? args[i + 1] : null;
            switch (arg)
            {
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= LetterGenerator.MaxCount:
                    count = n;
                    break;
                case "--count":
                    return (null, string.Create(CultureInfo.InvariantCulture, $"--count verwacht een aantal van 1 tot en met {LetterGenerator.MaxCount}"));
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int s):
                    seed = s;
                    break;
                case "--seed":
                    return (null, "--seed verwacht een geheel getal");
                case "--out" or "--seeds" when value is { Length: > 0 }:
                    if (arg == "--out")
                    {
                        output = value;
                    }
                    else
                    {
                        seeds = value;
                    }
                    break;
                case "--out" or "--seeds":
                    return (null, $"{arg} verwacht een map");
                default:
                    return (null, $"onbekende optie '{SafeText.Escape(arg)}' bij generate");
            }
            i++;
        }
        if (count is null || output is null)
        {
            return (null, "generate verwacht --count <aantal> en --out <map>");
        }
        return (new Request(count.Value, output, seed, seeds), null);
    }

    /// <summary>The repository's <c>seeds/</c>: above the working directory, else above the program.</summary>
    private static string? FindSeeds()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.txt").Any())
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
