using System.Globalization;
using System.Text.RegularExpressions;
using Agendas.Core.Model;
using Agendas.Core.Text;

namespace Agendas.Core.Tests.Gold;

/// <summary>
/// Checks of the gold files themselves, against the letters and the topic vocabulary; they need no parser.
/// They keep the gold honest: every quotation is in the letter, every line-end hyphen has a decision, every
/// forbidden string really is in the letter (so forbidding it means something), slugs and topics follow the rules.
/// </summary>
public sealed partial class GoldFileTests
{
    private static readonly string[] Kinds = ["agenda", "report"];
    private static readonly string[] Addressees = ["tweede-kamer", "eerste-kamer"];
    private static readonly string[] Councils = ["buitenlandse-zaken", "defensie", "top"];

    public static TheoryData<string> Seeds => new(SeedRun.SeedIds);

    [GeneratedRegex(@"-\s*$")]
    private static partial Regex LineEndHyphen();

    [GeneratedRegex(@"^(\d{4,5}(-[A-Z]+)?-\d+|\d{4}[A-Z]\d{5})$")]
    private static partial Regex ReferenceForm();

    [Fact]
    public void There_is_one_gold_file_per_seed_letter()
    {
        var run = SeedRun.Current;
        var letters = Directory.GetFiles(run.SeedDirectory, "*.txt").Select(p => Path.GetFileName(p)).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var golds = Directory.GetFiles(run.GoldDirectory, "*.json").Select(p => Path.GetFileNameWithoutExtension(p)).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(SeedRun.SeedIds, golds);
        Assert.Equal(SeedRun.SeedIds.Select(id => run.GoldOnly(id).Gold.File), letters);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gold_file_is_well_formed(string seed)
    {
        var gold = SeedRun.Current.GoldOnly(seed).Gold;
        Assert.Equal(seed, gold.Seed);
        Assert.StartsWith(seed + "_", gold.File, StringComparison.Ordinal);
        Assert.Contains(gold.Document.Kind, Kinds);
        Assert.True(gold.Document.Addressee is null || Addressees.Contains(gold.Document.Addressee), gold.Document.Addressee);
        AssertDate(gold.Document.LetterDate, nullable: true);
        AssertDate(gold.Meeting.StartDate, nullable: false);
        AssertDate(gold.Meeting.EndDate, nullable: false);
        Assert.All(gold.Meeting.Councils, c => Assert.Contains(c, Councils));
        Assert.True(!gold.Meeting.Virtual || gold.Meeting.Location is null, "a virtual meeting has no location");
        Assert.True(gold.Document.Kamerstuk is null || ReferenceForm().IsMatch(gold.Document.Kamerstuk), gold.Document.Kamerstuk);
        Assert.All(gold.References.Concat(gold.OptionalReferences ?? []), r => Assert.Matches(ReferenceForm(), r));

        Assert.Equal(Enumerable.Range(1, gold.Sessions.Count), gold.Sessions.Select(s => s.Number));
        foreach (var session in gold.Sessions)
        {
            Assert.Equal(Slugs.Session(session.Number), session.Slug);
            AssertDate(session.Date, nullable: true);
            Assert.True(session.TitleAsserted || session.TitleNote is not null, $"session {session.Number}: an unasserted title needs a titleNote");
            Assert.True(session.Text.Empty || session.Text.StartsWith is not null || session.Text.EndsWith is not null,
                $"session {session.Number}: text must be empty or pinned");
            foreach (var item in session.Items)
            {
                Assert.Equal(Folding.Kebab(item.Heading), item.Slug);
                Assert.False(item.Text.Empty, item.Heading);
                Assert.NotNull(item.Text.StartsWith);
                Assert.NotNull(item.Text.EndsWith);
            }
        }
        Assert.All(gold.Footnotes, f => Assert.True((f.Item is null) != (f.Session is null), $"footnote {f.Number}: one owner, item or session"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gold_meeting_slug_follows_start_date_and_councils(string seed)
    {
        var meeting = SeedRun.Current.GoldOnly(seed).Gold.Meeting;
        var councils = meeting.Councils.Select(c => c switch
        {
            "buitenlandse-zaken" => Council.BuitenlandseZaken,
            "defensie" => Council.Defensie,
            _ => Council.Top,
        }).ToList();
        Assert.Equal(Slugs.Meeting(DateOnly.ParseExact(meeting.StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), councils), meeting.Slug);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gold_topics_are_what_the_headings_name(string seed)
    {
        var run = SeedRun.Current;
        var gold = run.GoldOnly(seed).Gold;
        var tagger = run.Topics.Tagger;
        foreach (var session in gold.Sessions)
        {
            foreach (var item in session.Items)
            {
                Assert.True(
                    tagger.Tag(item.Heading).Order().SequenceEqual(item.Topics.Order()),
                    $"item \"{item.Heading}\": gold {string.Join(",", item.Topics)}, vocabulary {string.Join(",", tagger.Tag(item.Heading))}");
            }
            var expected = session.Items.SelectMany(i => i.Topics).Concat(session.TitleText is { } t ? tagger.Tag(t) : []).ToHashSet();
            Assert.True(expected.SetEquals(session.Topics),
                $"session {session.Number}: gold {string.Join(",", session.Topics)}, title and items name {string.Join(",", expected)}");
            Assert.Equal(session.Topics.Count, session.Topics.Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gold_quotes_the_letter(string seed)
    {
        var seedCase = SeedRun.Current.GoldOnly(seed);
        var gold = seedCase.Gold;
        string letter = TextForms.Squash(seedCase.Text);
        var missing = new List<string>();

        void InLetter(string what, string? text)
        {
            if (text is not null && !letter.Contains(TextForms.Squash(text), StringComparison.Ordinal))
            {
                missing.Add($"{what}: \"{text}\"");
            }
        }

        InLetter("introduction start", gold.Introduction.StartsWith);
        InLetter("introduction end", gold.Introduction.EndsWith);
        foreach (string s in gold.Introduction.Contains ?? [])
        {
            InLetter("introduction", s);
        }
        foreach (var session in gold.Sessions)
        {
            InLetter($"session {session.Number} title", session.TitleText);
            InLetter($"session {session.Number} text start", session.Text.StartsWith);
            InLetter($"session {session.Number} text end", session.Text.EndsWith);
            if (session.TitleText is { } title && session.Text.StartsWith is { } start)
            {
                InLetter($"session {session.Number} title followed by its text", title + start);
            }
            foreach (var item in session.Items)
            {
                InLetter("heading followed by its text", item.Heading + item.Text.StartsWith);
                InLetter($"item {item.Heading} text end", item.Text.EndsWith);
            }
        }
        foreach (var f in gold.Footnotes)
        {
            InLetter($"footnote {f.Number} start", f.StartsWith);
            InLetter($"footnote {f.Number} end", f.EndsWith);
        }
        foreach (var a in gold.Attachments)
        {
            InLetter("attachment title", a.Title);
            foreach (string s in a.Contains)
            {
                InLetter("attachment", s);
            }
        }
        foreach (string s in gold.Body.MustContain)
        {
            InLetter("body", s);
        }
        foreach (string s in gold.InlineHyphens)
        {
            InLetter("in-line hyphen", s);
            Assert.Contains(s, TextForms.Norm(seedCase.Text)!, StringComparison.Ordinal);
        }
        foreach (var h in gold.Hyphenation)
        {
            InLetter($"hyphenation line {h.Line}", h.Sentence);
        }
        foreach (var join in gold.ParagraphJoins)
        {
            string lines = TextForms.Squash(string.Join(' ', join.Lines.Select(n => seedCase.Lines[n - 1])));
            if (!lines.Contains(TextForms.Squash(join.Sentence), StringComparison.Ordinal))
            {
                missing.Add($"paragraph join: lines {string.Join(", ", join.Lines)} do not hold \"{join.Sentence}\"");
            }
        }
        foreach (var r in gold.Footnotes.Select(f => f.Item).OfType<string>())
        {
            Assert.Contains(r, gold.Sessions.SelectMany(s => s.Items).Select(i => i.Heading));
        }
        Assert.True(missing.Count == 0, $"gold/{seed}.json quotes text the letter does not have:\n" + string.Join('\n', missing));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gold_forbids_only_text_the_letter_has(string seed)
    {
        var seedCase = SeedRun.Current.GoldOnly(seed);
        string letter = TextForms.Norm(seedCase.Text)!;
        var vacuous = seedCase.Gold.Body.MustNotContain.Where(s => !letter.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(vacuous.Count == 0, "never in the letter, so forbidding it tests nothing: " + string.Join(" | ", vacuous));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gold_decides_every_line_end_hyphen(string seed)
    {
        var seedCase = SeedRun.Current.GoldOnly(seed);
        var lines = seedCase.Lines;
        var hyphenLines = Enumerable.Range(1, lines.Count).Where(n => LineEndHyphen().IsMatch(lines[n - 1])).ToList();
        Assert.Equal(hyphenLines, seedCase.Gold.Hyphenation.Select(h => h.Line).Order());
        Assert.True(seedCase.Gold.Hyphenation.Count >= Math.Min(10, hyphenLines.Count));

        foreach (var h in seedCase.Gold.Hyphenation)
        {
            string line = lines[h.Line - 1].TrimEnd();
            Assert.True(line.EndsWith(h.Left, StringComparison.Ordinal), $"line {h.Line} \"{line}\" does not end with \"{h.Left}\"");
            string next = lines.Skip(h.Line).First(l => l.Trim().Length > 0).TrimStart();
            Assert.True(next.StartsWith(h.Right, StringComparison.Ordinal), $"the line after {h.Line} \"{next}\" does not start with \"{h.Right}\"");
            if (h.Dash)
            {
                Assert.EndsWith(" -", h.Left, StringComparison.Ordinal);
                Assert.Equal(h.Left + " " + h.Right, h.Word);
            }
            else
            {
                Assert.EndsWith("-", h.Left, StringComparison.Ordinal);
                string stem = h.Left[..^1];
                string wordLeft = Regex.Match(line[..^1], @"[\p{L}\p{N}]+$").Value;
                Assert.Equal(wordLeft, stem[^wordLeft.Length..]);
                Assert.True(h.Word.EndsWith(stem + h.Right, StringComparison.Ordinal) || h.Word.EndsWith(h.Left + h.Right, StringComparison.Ordinal),
                    $"line {h.Line}: \"{h.Word}\" is neither reading of {h.Split}");
            }
            var comparison = h.InTitle ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            Assert.True(h.Sentence.Contains(h.Word, comparison), $"line {h.Line}: the sentence lacks \"{h.Word}\"");
            Assert.DoesNotContain(h.WrongForms, w => h.Sentence.Contains(w, comparison));
        }
    }

    private static void AssertDate(string? value, bool nullable)
    {
        if (value is null)
        {
            Assert.True(nullable, "date is required");
            return;
        }
        Assert.True(DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), value);
    }
}
