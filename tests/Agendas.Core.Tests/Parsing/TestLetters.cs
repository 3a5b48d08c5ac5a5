using Agendas.Core.Model;
using Agendas.Core.Parsing;
using Agendas.Core.Topics;

namespace Agendas.Core.Tests.Parsing;

/// <summary>The repository's topic vocabulary and a parser over it, for small letters written in the tests.</summary>
internal static class TestLetters
{
    private static readonly Lazy<TopicVocabulary> Vocabulary = new(() => TopicVocabulary.FromJson(File.ReadAllText(RepositoryFile("seeds/topics.json"))));

    public static TopicVocabulary Topics => Vocabulary.Value;

    public static LetterParser Parser => new(Topics);

    public static ParseResult Parse(string text, string name = "test.txt") => Parser.Parse(text, name);

    public static ParsedLetter ParseOk(string text)
    {
        var result = Parse(text);
        Assert.True(result.Ok, $"expected a letter, got error {result.Error}");
        return result.Letter!;
    }

    /// <summary>A file of the repository, found by walking up from the test's output folder.</summary>
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>A minimal agenda around the given body, so one concern can be tested at a time.</summary>
    public static string Agenda(string body, string title = "GEANNOTEERDE AGENDA NAVO MINISTERIËLE\n1 EN 2 DECEMBER 2020") =>
        $"{title}\n\nIntroductie\n\nOp 1 en 2 december vindt een bijeenkomst van NAVO-ministers van\nBuitenlandse Zaken plaats in Brussel. De Minister van Buitenlandse Zaken\nis voornemens deel te nemen aan deze bijeenkomst.\n\n{body}\n";

    public static IEnumerable<string> AllParagraphs(ParsedLetter letter) =>
        letter.Introduction.Concat(letter.Sessions.SelectMany(s => s.Paragraphs.Concat(s.Items.SelectMany(i => i.Paragraphs))));
}
