using System.Globalization;
using System.Text.RegularExpressions;
using Agendas.Core.Model;

namespace Agendas.Core.Tests.Gold;

/// <summary>The concerns a gold file is compared on; one test per seed per concern.</summary>
public static class Concern
{
    public const string Metadata = "metadata";
    public const string Meeting = "meeting";
    public const string Sessions = "sessions";
    public const string Items = "items";
    public const string Footnotes = "footnotes";
    public const string References = "references";
    public const string Attachments = "attachments";
    public const string Body = "body";
    public const string Hyphenation = "hyphenation";
    public const string ParagraphJoins = "paragraph-joins";

    public static readonly IReadOnlyList<string> All =
        [Metadata, Meeting, Sessions, Items, Footnotes, References, Attachments, Body, Hyphenation, ParagraphJoins];
}

/// <summary>
/// Builds the <see cref="FactSheet"/> of one seed: every fact of its gold file, next to what the parsed letter
/// shows for it. A fact that holds renders the same line on both sides; one that does not renders what the parse
/// has instead, so the diff of the two dumps reads as "gold said this, the parse says that".
/// </summary>
public static partial class GoldFacts
{
    private const string None = "(none)";

    public static FactSheet Build(GoldFile gold, ParsedLetter letter)
    {
        var sheet = new FactSheet();
        Metadata(sheet, gold.Document, letter.Document);
        Meeting(sheet, gold.Meeting, letter.Meeting);
        Sessions(sheet, gold, letter);
        Items(sheet, gold, letter);
        Footnotes(sheet, gold, letter);
        References(sheet, gold, letter);
        Attachments(sheet, gold, letter);
        Body(sheet, gold, letter);
        Hyphenation(sheet, gold, letter);
        Joins(sheet, gold, letter);
        return sheet;
    }

    private static void Metadata(FactSheet sheet, GoldDocument want, ParsedDocument got)
    {
        const string c = Concern.Metadata;
        sheet.Add(c, "document kind", want.Kind, Slugs.KindSlug(got.Kind));
        string title = TextForms.Norm(got.Title) ?? "";
        sheet.Check(c, "document title", "not empty", title.Length > 0, () => "empty");
        foreach (string fragment in want.TitleContains)
        {
            sheet.Check(c, "document title", $"contains \"{fragment}\"",
                title.Contains(fragment, StringComparison.OrdinalIgnoreCase), () => $"{TextForms.Quote(title)} lacks \"{fragment}\"");
        }
        sheet.Add(c, "document letter date", want.LetterDate ?? "null", Date(got.LetterDate));
        sheet.Add(c, "document addressee", want.Addressee ?? "null", got.Addressee is { } a ? Slugs.AddresseeSlug(a) : "null");
        sheet.Add(c, "document reference", want.Reference ?? "null", got.Reference ?? "null");
        sheet.Add(c, "document kamerstuk", want.Kamerstuk ?? "null", got.Kamerstuk ?? "null");
        sheet.Add(c, "document signatories", Count(want.Signatories.Count), Count(got.Signatories.Count));

        var unmatched = got.Signatories.ToList();
        foreach (var signatory in want.Signatories.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var match = unmatched.FirstOrDefault(s => TextForms.Norm(s.Name) == signatory.Name);
            string expected = signatory.RoleContains is null ? signatory.Name : $"{signatory.Name}, role contains \"{signatory.RoleContains}\"";
            if (match is null)
            {
                sheet.Add(c, "document signatory", expected, null);
                continue;
            }
            unmatched.Remove(match);
            bool roleHolds = signatory.RoleContains is null
                || (match.Role?.Contains(signatory.RoleContains, StringComparison.OrdinalIgnoreCase) ?? false);
            sheet.Check(c, "document signatory", expected, roleHolds, () => $"{signatory.Name}, role {TextForms.Quote(match.Role)}");
        }
        foreach (var extra in unmatched)
        {
            sheet.Add(c, "document signatory", null, $"{TextForms.Norm(extra.Name)}, role {TextForms.Quote(extra.Role)}");
        }
    }

    private static void Meeting(FactSheet sheet, GoldMeeting want, ParsedMeeting got)
    {
        const string c = Concern.Meeting;
        sheet.Add(c, "meeting slug", want.Slug, got.Slug);
        sheet.Add(c, "meeting councils", List(want.Councils), List(got.Councils.Select(Slugs.CouncilSlug)));
        sheet.Add(c, "meeting start date", want.StartDate, Date(got.StartDate));
        sheet.Add(c, "meeting end date", want.EndDate, Date(got.EndDate));
        if (want.Location is null)
        {
            sheet.Add(c, "meeting location", "null", TextForms.Quote(got.Location));
        }
        else
        {
            sheet.Check(c, "meeting location", $"starts with \"{want.Location}\"",
                got.Location?.Trim().StartsWith(want.Location, StringComparison.OrdinalIgnoreCase) ?? false,
                () => TextForms.Quote(got.Location));
        }
        sheet.Add(c, "meeting virtual", Bool(want.Virtual), Bool(got.Virtual));
    }

    private static void Sessions(FactSheet sheet, GoldFile gold, ParsedLetter letter)
    {
        const string c = Concern.Sessions;
        sheet.Add(c, "sessions", string.Join(", ", gold.Sessions.Select(s => s.Number)), string.Join(", ", letter.Sessions.Select(s => s.Number)));
        Text(sheet, c, "introduction", gold.Introduction, letter.Introduction);
        foreach (var want in gold.Sessions)
        {
            string key = $"session {want.Number}";
            var got = letter.Sessions.FirstOrDefault(s => s.Number == want.Number);
            if (got is null)
            {
                sheet.Add(c, key, "present", null);
                continue;
            }
            sheet.Add(c, $"{key} slug", want.Slug, got.Slug);
            if (want.TitleAsserted)
            {
                sheet.Add(c, $"{key} title", want.TitleText ?? "null", TextForms.Norm(got.Title) ?? "null");
            }
            sheet.Add(c, $"{key} date", want.Date ?? "null", Date(got.Date));
            sheet.Add(c, $"{key} topics", Topics(want.Topics), Topics(got.Topics));
            Text(sheet, c, $"{key} text", want.Text, got.Paragraphs);
        }
        foreach (var extra in letter.Sessions.Where(s => gold.Sessions.All(g => g.Number != s.Number)))
        {
            sheet.Add(c, $"session {extra.Number}", null, $"unexpected, title {TextForms.Quote(extra.Title)}, {Count(extra.Items.Count)} items");
        }
    }

    private static void Items(FactSheet sheet, GoldFile gold, ParsedLetter letter)
    {
        const string c = Concern.Items;
        foreach (var session in gold.Sessions)
        {
            string key = $"session {session.Number}";
            var got = letter.Sessions.FirstOrDefault(s => s.Number == session.Number);
            var gotItems = got?.Items ?? [];
            sheet.Add(c, $"{key} headings", Headings(session.Items.Select(i => i.Heading)), got is null ? "(no such session)" : Headings(gotItems.Select(i => i.Heading)));

            var unmatched = gotItems.ToList();
            for (int n = 0; n < session.Items.Count; n++)
            {
                var want = session.Items[n];
                string itemKey = $"{key} / item {n + 1} \"{want.Heading}\"";
                var match = unmatched.FirstOrDefault(i => string.Equals(TextForms.Norm(i.Heading), want.Heading, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    sheet.Add(c, itemKey, "present", null);
                    continue;
                }
                unmatched.Remove(match);
                sheet.Add(c, $"{itemKey} heading", want.Heading, TextForms.Norm(match.Heading));
                sheet.Add(c, $"{itemKey} slug", want.Slug, match.Slug);
                sheet.Add(c, $"{itemKey} topics", Topics(want.Topics), Topics(match.Topics));
                Text(sheet, c, $"{itemKey} text", want.Text, match.Paragraphs);
            }
            foreach (var extra in unmatched)
            {
                sheet.Add(c, $"{key} / unexpected item {TextForms.Quote(extra.Heading)}", null, $"{Count(extra.Paragraphs.Count)} paragraphs");
            }
        }
    }

    private static void Footnotes(FactSheet sheet, GoldFile gold, ParsedLetter letter)
    {
        const string c = Concern.Footnotes;
        var actual = new List<(string Owner, ParsedFootnote Note)>();
        foreach (var s in letter.Sessions)
        {
            actual.AddRange(s.Footnotes.Select(f => ($"session {s.Number}", f)));
            foreach (var i in s.Items)
            {
                actual.AddRange(i.Footnotes.Select(f => ($"item \"{TextForms.Norm(i.Heading)}\"", f)));
            }
        }
        sheet.Add(c, "footnotes", Count(gold.Footnotes.Count), Count(actual.Count));
        foreach (var want in gold.Footnotes.OrderBy(f => f.Number))
        {
            string key = $"{want.Owner} footnote {want.Number}";
            var match = actual.FirstOrDefault(a => a.Note.Number == want.Number && string.Equals(a.Owner, want.Owner, StringComparison.OrdinalIgnoreCase));
            if (match.Note is null)
            {
                var elsewhere = actual.FirstOrDefault(a => a.Note.Number == want.Number);
                sheet.Add(c, key, "present", elsewhere.Note is null ? null : $"found under {elsewhere.Owner} instead");
                continue;
            }
            actual.Remove(match);
            string text = TextForms.Clean(match.Note.Text);
            sheet.Check(c, $"{key} starts with", TextForms.Quote(want.StartsWith, int.MaxValue),
                text.StartsWith(want.StartsWith, StringComparison.Ordinal), () => Head(text, want.StartsWith.Length));
            sheet.Check(c, $"{key} ends with", TextForms.Quote(want.EndsWith, int.MaxValue),
                text.EndsWith(want.EndsWith, StringComparison.Ordinal), () => Tail(text, want.EndsWith.Length));
        }
        foreach (var (owner, note) in actual)
        {
            sheet.Add(c, $"{owner} footnote {note.Number}", null, $"unexpected: {TextForms.Quote(TextForms.Clean(note.Text), 100)}");
        }
    }

    private static void References(FactSheet sheet, GoldFile gold, ParsedLetter letter)
    {
        var optional = (gold.OptionalReferences ?? []).ToHashSet(StringComparer.Ordinal);
        var actual = letter.References.Where(r => gold.References.Contains(r) || !optional.Contains(r));
        sheet.AddSet(Concern.References, "reference", gold.References, actual);
        var duplicates = letter.References.GroupBy(r => r, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        sheet.Add(Concern.References, "duplicate references", None, duplicates.Count == 0 ? None : List(duplicates));
    }

    private static void Attachments(FactSheet sheet, GoldFile gold, ParsedLetter letter)
    {
        const string c = Concern.Attachments;
        sheet.Add(c, "attachments", Count(gold.Attachments.Count), Count(letter.Attachments.Count));
        var unmatched = letter.Attachments.ToList();
        foreach (var want in gold.Attachments)
        {
            string key = $"attachment \"{want.Title}\"";
            var match = unmatched.FirstOrDefault(a => (TextForms.Norm(a.Title) ?? "").Contains(want.Title, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                sheet.Add(c, key, "present", null);
                continue;
            }
            unmatched.Remove(match);
            sheet.Add(c, $"{key} language", want.Language, match.Language);
            sheet.Check(c, $"{key} paragraphs", $"at least {want.MinParagraphs}", match.Paragraphs.Count >= want.MinParagraphs,
                () => $"only {match.Paragraphs.Count}");
            string text = TextForms.Joined(match.Paragraphs);
            foreach (string sentence in want.Contains)
            {
                sheet.Check(c, $"{key} contains", TextForms.Quote(sentence, int.MaxValue), text.Contains(sentence, StringComparison.Ordinal),
                    () => $"lacks {TextForms.Quote(sentence, int.MaxValue)}; {TextForms.Closest(text, sentence)}");
            }
        }
        foreach (var extra in unmatched)
        {
            sheet.Add(c, $"attachment {TextForms.Quote(extra.Title)}", null, $"unexpected, {extra.Language}, {Count(extra.Paragraphs.Count)} paragraphs");
        }
    }

    private static void Body(FactSheet sheet, GoldFile gold, ParsedLetter letter)
    {
        const string c = Concern.Body;
        string body = TextForms.Body(letter);
        foreach (string sentence in gold.Body.MustContain)
        {
            sheet.Check(c, "body contains", TextForms.Quote(sentence, int.MaxValue), body.Contains(sentence, StringComparison.Ordinal),
                () => $"MISSING {TextForms.Quote(sentence, int.MaxValue)}; {TextForms.Closest(body, sentence)}");
        }
        foreach (string debris in gold.Body.MustNotContain)
        {
            sheet.Check(c, "body is free of", TextForms.Quote(debris, int.MaxValue), !body.Contains(debris, StringComparison.Ordinal),
                () => $"{TextForms.Quote(debris, int.MaxValue)} FOUND in {TextForms.Context(body, debris)}");
        }
        // A word cut by a line-end hyphen and left apart ("aanwe- zigheid"); Dutch elision before a conjunction
        // ("veiligheids- en defensie instituties") is the only place a hyphen is followed by a space and a lower-case word.
        var broken = BrokenWord().Matches(body).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        sheet.Add(c, "body words broken at a hyphen", None, broken.Count == 0 ? None : string.Join(", ", broken.Select(b => $"\"{b}\"")));
    }

    [GeneratedRegex(@"\p{L}+- (?!(?:en|of|tot|noch)\b)\p{Ll}+")]
    private static partial Regex BrokenWord();

    private static void Hyphenation(FactSheet sheet, GoldFile gold, ParsedLetter letter)
    {
        const string c = Concern.Hyphenation;
        string body = TextForms.Body(letter);
        var paragraphs = TextForms.BodyParagraphs(letter);
        string title = TextForms.Norm(letter.Document.Title) ?? "";
        foreach (var h in gold.Hyphenation)
        {
            string key = $"line {h.Line} {h.Split}";
            string expected = $"{h.Word} in {(h.InTitle ? "title" : "one paragraph")}: {TextForms.Quote(h.Sentence, int.MaxValue)}";
            var comparison = h.InTitle ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            string haystack = h.InTitle ? title : body;
            bool found = h.InTitle ? title.Contains(h.Sentence, comparison) : paragraphs.Any(p => p.Contains(h.Sentence, comparison));
            var wrong = h.WrongForms.Where(w => haystack.Contains(w, comparison)).ToList();
            sheet.Check(c, key, expected, found && wrong.Count == 0, () =>
            {
                var readings = new[] { h.Word }.Concat(h.WrongForms).Where(w => haystack.Contains(w, comparison)).Select(w => $"\"{w}\"").ToList();
                string status = found ? "sentence found"
                    : !h.InTitle && body.Contains(h.Sentence, comparison) ? "sentence split over two paragraphs"
                    : $"sentence MISSING ({TextForms.Closest(haystack, h.Sentence)})";
                return $"readings found: {(readings.Count == 0 ? None : string.Join(", ", readings))}; {status}";
            });
        }
        foreach (string sentence in gold.InlineHyphens)
        {
            sheet.Check(c, "in-line hyphen kept", TextForms.Quote(sentence, int.MaxValue), body.Contains(sentence, StringComparison.Ordinal),
                () => $"MISSING {TextForms.Quote(sentence, int.MaxValue)}; {TextForms.Closest(body, sentence)}");
        }
    }

    private static void Joins(FactSheet sheet, GoldFile gold, ParsedLetter letter)
    {
        string body = TextForms.Body(letter);
        var paragraphs = TextForms.BodyParagraphs(letter);
        foreach (var join in gold.ParagraphJoins)
        {
            string key = $"lines {string.Join('+', join.Lines)} across {join.Across}";
            sheet.Check(Concern.ParagraphJoins, key, $"one paragraph: {TextForms.Quote(join.Sentence, int.MaxValue)}",
                paragraphs.Any(p => p.Contains(join.Sentence, StringComparison.Ordinal)),
                () => body.Contains(join.Sentence, StringComparison.Ordinal)
                    ? "split over two paragraphs"
                    : $"MISSING; {TextForms.Closest(body, join.Sentence)}");
        }
    }

    private static void Text(FactSheet sheet, string concern, string key, GoldText want, IReadOnlyList<string> paragraphs)
    {
        string text = TextForms.Joined(paragraphs);
        if (want.Empty)
        {
            sheet.Add(concern, key, None, text.Length == 0 ? None : $"{Count(paragraphs.Count)} paragraphs: {TextForms.Quote(text, 100)}");
        }
        if (want.StartsWith is { } start)
        {
            sheet.Check(concern, $"{key} starts with", TextForms.Quote(start, int.MaxValue), text.StartsWith(start, StringComparison.Ordinal),
                () => Head(text, start.Length));
        }
        if (want.EndsWith is { } end)
        {
            sheet.Check(concern, $"{key} ends with", TextForms.Quote(end, int.MaxValue), text.EndsWith(end, StringComparison.Ordinal),
                () => Tail(text, end.Length));
        }
        foreach (string fragment in want.Contains ?? [])
        {
            sheet.Check(concern, $"{key} contains", TextForms.Quote(fragment, int.MaxValue), text.Contains(fragment, StringComparison.Ordinal),
                () => $"MISSING {TextForms.Quote(fragment, int.MaxValue)}; {TextForms.Closest(text, fragment)}");
        }
    }

    private static string Head(string text, int length) =>
        text.Length == 0 ? "(no text)" : TextForms.Quote(text.Length <= length + 20 ? text : text[..(length + 20)] + "…", int.MaxValue);

    private static string Tail(string text, int length) =>
        text.Length == 0 ? "(no text)" : TextForms.Quote(text.Length <= length + 20 ? text : "…" + text[^(length + 20)..], int.MaxValue);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> values)
    {
        var sorted = values.Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? None : string.Join(", ", sorted);
    }

    private static string Topics(IEnumerable<string> topics) => List(topics);

    private static string Headings(IEnumerable<string> headings)
    {
        var list = headings.Select(h => TextForms.Norm(h) ?? "").ToList();
        return list.Count == 0 ? None : string.Join(" | ", list);
    }
}
