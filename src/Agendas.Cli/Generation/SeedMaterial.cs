using System.Text.RegularExpressions;
using Agendas.Core.Model;
using Agendas.Core.Parsing;
using Agendas.Core.Text;
using Agendas.Core.Topics;

namespace Agendas.Cli.Generation;

/// <summary>An item of a seed letter: its heading, its paragraphs as plain text, and the year of its meeting.</summary>
public sealed record SeedItem(string Heading, IReadOnlyList<string> Paragraphs, DocumentKind Kind, int Year);

/// <summary>
/// What the generator recombines, read from the seed letters by the real parser (so that every heading is one the
/// parser recognises as a heading): items, session titles, introduction paragraphs and session shapes.
/// </summary>
public sealed partial class SeedMaterial
{
    // Introduction paragraphs that speak of sessions or name a council would change what the parser reads
    // about the invented meeting (its sessions, its councils), so they are left out of the pool.
    [GeneratedRegex(@"sessie|werklunch|diner|commissie|\bNUC\b|ministers|ministeriële|bijeenkomst|vergadering|\bTop\b|Hierbij|Geachte", RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksOfTheMeeting();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex MarkdownEscape();

    private SeedMaterial(List<SeedItem> items, List<string> sessionTitles, List<string> introductions, List<int[]> shapes)
    {
        Items = items;
        SessionTitles = sessionTitles;
        Introductions = introductions;
        SessionShapes = shapes;
    }

    /// <summary>Every item of every seed, in file order.</summary>
    public IReadOnlyList<SeedItem> Items { get; }

    /// <summary>Titles the seeds give sessions ("Informeel diner Rusland/Oekraïne").</summary>
    public IReadOnlyList<string> SessionTitles { get; }

    /// <summary>Introduction paragraphs that say nothing about when, where or which ministers meet.</summary>
    public IReadOnlyList<string> Introductions { get; }

    /// <summary>Items per session of each seed letter: <c>[2, 1, 1]</c>, <c>[13]</c>, <c>[0, 0, 3, 0]</c>.</summary>
    public IReadOnlyList<int[]> SessionShapes { get; }

    /// <summary>Reads every <c>*.txt</c> of <paramref name="seedDirectory"/> (ordinal order) with the parser.</summary>
    public static SeedMaterial Load(string seedDirectory, TopicVocabulary vocabulary)
    {
        var sources = Directory.GetFiles(seedDirectory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Decoded: LetterDecoder.Decode(File.ReadAllBytes(path))))
            .Where(f => f.Decoded.Text is not null)
            .Select(f => new SourceText(Path.GetFileName(f.Path), f.Decoded.Text!))
            .ToList();
        var items = new List<SeedItem>();
        var titles = new List<string>();
        var introductions = new List<string>();
        var shapes = new List<int[]>();
        foreach (var letter in new LetterParser(vocabulary).ParseAll(sources).Where(r => r.Ok).Select(r => r.Letter!))
        {
            int year = letter.Meeting.StartDate.Year;
            foreach (var session in letter.Sessions)
            {
                if (session.Title is { Length: > 0 } title && !titles.Contains(title, StringComparer.Ordinal))
                {
                    titles.Add(title);
                }
                foreach (var item in session.Items.Where(i => i.Paragraphs.Count > 0))
                {
                    items.Add(new SeedItem(item.Heading, [.. item.Paragraphs.Select(Plain)], letter.Document.Kind, year));
                }
            }
            introductions.AddRange(letter.Introduction.Select(Plain).Where(p => !SpeaksOfTheMeeting().IsMatch(p)));
            shapes.Add([.. letter.Sessions.Select(s => s.Items.Count)]);
        }
        if (items.Count == 0)
        {
            throw new InvalidDataException($"geen bruikbare brieven in {seedDirectory}");
        }
        return new SeedMaterial(items, titles, introductions, shapes);
    }

    /// <summary>The parser's Markdown back to the plain text a letter prints.</summary>
    private static string Plain(string markdown) => MarkdownEscape().Replace(markdown, "$1");
}
