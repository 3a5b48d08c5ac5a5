using Agendas.Data.Logging;

namespace Agendas.Cli;

/// <summary>The parsed command line: a verb, its paths and options, or a usage error.</summary>
internal sealed record CommandLine(string Verb, IReadOnlyList<string> Paths, string? DatabasePath, bool Verbose, bool Help, string? Error)
{
    public const string Import = "import";
    public const string Parse = "parse";
    public const string Reindex = "reindex";
    public const string Backup = "backup";
    public const string Export = "export";

    /// <summary><c>backup --force</c>: replace an existing file.</summary>
    public bool Force { get; init; }

    public static CommandLine Read(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return Fail("", "geen opdracht gegeven");
        }
        string verb = args[0];
        if (verb is "-h" or "--help" or "help")
        {
            return new CommandLine("", [], null, false, true, null);
        }
        if (verb is not (Import or Parse or Reindex or Backup or Export))
        {
            return Fail(verb, $"onbekende opdracht '{SafeText.Escape(verb)}'");
        }

        var paths = new List<string>();
        string? database = null;
        bool verbose = false;
        bool force = false;
        bool optionsEnded = false;
        for (int i = 1; i < args.Count; i++)
        {
            string arg = args[i];
            if (optionsEnded || !arg.StartsWith('-') || arg == "-")
            {
                paths.Add(arg);
            }
            else if (arg == "--")
            {
                optionsEnded = true;
            }
            else if (arg is "-h" or "--help")
            {
                return new CommandLine(verb, [], null, false, true, null);
            }
            else if (arg == "--db" && verb is Import or Reindex or Backup or Export)
            {
                if (i + 1 >= args.Count || args[i + 1].Length == 0)
                {
                    return Fail(verb, "--db verwacht het pad van een databasebestand");
                }
                database = args[++i];
            }
            else if (arg.StartsWith("--db=", StringComparison.Ordinal) && verb is Import or Reindex or Backup or Export && arg.Length > "--db=".Length)
            {
                database = arg["--db=".Length..];
            }
            else if (arg == "--verbose" && verb == Import)
            {
                verbose = true;
            }
            else if (arg == "--force" && verb == Backup)
            {
                force = true;
            }
            else
            {
                return Fail(verb, $"onbekende optie '{SafeText.Escape(arg)}' bij {verb}");
            }
        }
        if (verb == Reindex)
        {
            return paths.Count == 0
                ? new CommandLine(verb, [], database, verbose, false, null)
                : Fail(verb, "reindex neemt geen bestanden: het bouwt de zoekindex op uit de database");
        }
        if (verb == Backup)
        {
            return paths.Count == 1
                ? new CommandLine(verb, paths, database, verbose, false, null) { Force = force }
                : Fail(verb, "backup verwacht precies één doelbestand, bijvoorbeeld: agendas backup /var/backups/agendas.db");
        }
        if (verb == Export)
        {
            return paths.Count == 1
                ? new CommandLine(verb, paths, database, verbose, false, null)
                : Fail(verb, "export verwacht precies één map om de bestanden in te schrijven");
        }
        if (paths.Count == 0)
        {
            return Fail(verb, verb == Import ? "geef een of meer bestanden of mappen om te importeren" : "geef een of meer bestanden om te lezen");
        }
        return new CommandLine(verb, paths, database, verbose, false, null);
    }

    private static CommandLine Fail(string verb, string error) => new(verb, [], null, false, false, error);
}
