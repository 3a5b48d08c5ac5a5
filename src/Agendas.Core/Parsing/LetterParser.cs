using System.Text.RegularExpressions;
using Agendas.Core.Model;
using Agendas.Core.Text;
using Agendas.Core.Topics;

namespace Agendas.Core.Parsing;

/// <summary>A letter's decoded text and the name it is reported under (usually its path).</summary>
public sealed record SourceText(string Name, string Text);

/// <summary>
/// Reads one letter's plain text (as extracted from PDF) into a <see cref="ParsedLetter"/>.
/// Pure: no I/O. Never throws on bad input; returns an error diagnostic instead.
/// </summary>
/// <remarks>
/// The steps, each in its own class: <see cref="SourceLines"/> (lines), <see cref="LetterheadReader"/>,
/// <see cref="ClosingReader"/> (salutation, cover letter, signatures), <see cref="RunningFooters"/>,
/// <see cref="TitleBlock"/>, <see cref="Footnotes"/>, <see cref="BlockBuilder"/> (headings, markers, paragraphs,
/// de-hyphenation), <see cref="LetterLayout"/>, <see cref="MeetingReader"/>, <see cref="SessionAssembler"/>.
/// </remarks>
public sealed partial class LetterParser(TopicVocabulary topics)
{
    [GeneratedRegex(@"\b(?:navo|nato)", RegexOptions.CultureInvariant)]
    private static partial Regex Nato();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    /// <summary>
    /// Parses the letters of one run. All texts are read before any hyphenated word is joined, so each
    /// letter profits from the evidence of the others and of <paramref name="storedCounts"/> (the store's lexicon).
    /// </summary>
    public IReadOnlyList<ParseResult> ParseAll(IReadOnlyList<SourceText> sources, IReadOnlyDictionary<string, int>? storedCounts = null)
    {
        var evidence = WordEvidence.Collect(sources.Select(s => s.Text));
        if (storedCounts is not null)
        {
            evidence = evidence.With(storedCounts);
        }
        return sources.Select(s => Parse(s.Text, s.Name, evidence)).ToList();
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="evidence"/> holds the words of the whole run (see <see cref="WordEvidence"/>).</summary>
    public ParseResult Parse(string text, string sourceName, WordEvidence? evidence = null)
    {
        try
        {
            return ParseLetter(text, sourceName, evidence ?? WordEvidence.Collect([text]));
        }
#pragma warning disable CA1031 // The parser's contract: bad input never throws out of it.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return ParseResult.Failed(sourceName, new Diagnostic(ErrorCodes.Internal, $"de parser liep vast: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private ParseResult ParseLetter(string text, string sourceName, WordEvidence evidence)
    {
        var warnings = new List<Diagnostic>();
        var lines = SourceLines.Split(text);
        var roles = lines.Select(l => l.IsBlank ? LineRole.Blank : LineRole.Body).ToArray();

        var letterhead = LetterheadReader.Read(lines, roles);
        var signatories = ClosingReader.Read(lines, roles);
        var (kamerstuk, footerChamber) = RunningFooters.Mark(lines, roles);
        var title = TitleBlock.Mark(lines, roles, evidence);
        string[] texts = lines.Select(l => l.Text).ToArray();
        var footnotes = Footnotes.Extract(lines, roles, texts);
        var blocks = new BlockBuilder(lines, roles, texts, evidence).Build();
        var layout = LetterLayout.Arrange(blocks);

        var introduction = layout.Introduction.Select(p => p.Text).ToList();
        string heading = $"{letterhead.Subject} {title?.Text}".Trim();
        string opening = heading + " " + string.Join(" ", introduction.Take(2));
        int firstLine = title?.Line ?? layout.Introduction.FirstOrDefault()?.Line ?? 1;
        if (!Nato().IsMatch(Folding.Fold(opening)))
        {
            return ParseResult.Failed(sourceName, new Diagnostic(ErrorCodes.NotALetter,
                "geen brief over een NAVO-bijeenkomst: titel en inleiding noemen de NAVO niet", firstLine), warnings);
        }
        int? fallbackYear = letterhead.LetterDate?.Year ?? FirstYear(opening);
        var meeting = MeetingReader.Read(heading, introduction, letterhead.LetterDate, signatories, fallbackYear);
        if (meeting is null)
        {
            return ParseResult.Failed(sourceName, new Diagnostic(ErrorCodes.NotALetter,
                "geen brief over een NAVO-bijeenkomst: geen datum van de bijeenkomst gevonden in titel of inleiding", firstLine), warnings);
        }
        if (meeting.CouncilGuessed)
        {
            warnings.Add(new Diagnostic("council-unknown", "de brief noemt geen raad; aangenomen: Buitenlandse Zaken", firstLine));
        }

        var kind = Kind(heading, lines, warnings);
        var sessions = SessionAssembler.Assemble(layout, introduction, meeting.Start, meeting.End, topics.Tagger, warnings);
        var parsedSessions = Build(sessions, footnotes, warnings);
        string documentTitle = letterhead.Subject
            ?? (title is { } t ? TitleBlock.SentenceCase(t.Text, BodyForms(t.Text, lines, roles, texts)) : BuiltTitle(kind, meeting));

        string meetingSlug = Slugs.Meeting(meeting.Start, meeting.Councils);
        var parsedMeeting = new ParsedMeeting(meetingSlug, meeting.Councils, meeting.Start, meeting.End, meeting.Location, meeting.Virtual);
        var document = new ParsedDocument(kind, documentTitle, letterhead.LetterDate, letterhead.Addressee ?? footerChamber,
            letterhead.Reference, kamerstuk, signatories);
        var attachments = layout.Attachments
            .Select(a => new ParsedAttachment(a.Title, LanguageGuess.IsEnglish(string.Join(" ", a.Paragraphs.Select(p => p.Text))) ? "en" : "nl",
                a.Paragraphs.Select(Markdown).ToList()))
            .ToList();

        var letter = new ParsedLetter(document, parsedMeeting, introduction.Select(MarkdownEscaper.Escape).ToList(), parsedSessions, attachments,
            ReferencesOf(introduction, parsedSessions, footnotes, kamerstuk));
        return new ParseResult(sourceName, letter, null, warnings) { SetAside = SetAside(lines, roles, layout) };
    }

    // Every line that is neither body, blank nor footnote (footnotes are output text of their own), with its role;
    // and the body lines that only mark structure (a session marker's number becomes the session's number).
    private static List<SetAsideLine> SetAside(SourceLine[] lines, LineRole[] roles, LetterLayout layout)
    {
        var structure = layout.LabelLines.Select(l => (Line: l, Role: SetAsideRoles.Label))
            .Concat(layout.Sessions.Where(s => s.Line > 0).Select(s => (s.Line, Role: SetAsideRoles.SessionMarker)))
            .ToDictionary(s => s.Line, s => s.Role);
        var result = new List<SetAsideLine>();
        for (int i = 0; i < lines.Length; i++)
        {
            string? role = roles[i] switch
            {
                LineRole.Letterhead => SetAsideRoles.Letterhead,
                LineRole.Salutation => SetAsideRoles.Salutation,
                LineRole.CoverLetter => SetAsideRoles.CoverLetter,
                LineRole.Closing => SetAsideRoles.Signature,
                LineRole.Footer => SetAsideRoles.Footer,
                LineRole.PageNumber => SetAsideRoles.PageNumber,
                LineRole.Title => SetAsideRoles.Title,
                LineRole.Debris => SetAsideRoles.Debris,
                _ => structure.GetValueOrDefault(lines[i].Number),
            };
            if (role is not null && !lines[i].IsBlank)
            {
                result.Add(new SetAsideLine(lines[i].Number, role, lines[i].Text));
            }
        }
        return result;
    }

    private List<ParsedSession> Build(List<DraftSession> sessions, List<FootnoteText> footnotes, List<Diagnostic> warnings)
    {
        // A footnote belongs to the item or session whose text carries its marker: the last one that starts before it.
        var starts = new List<(int Line, object Owner)>();
        foreach (var s in sessions)
        {
            starts.Add((s.Line > 0 ? s.Line : s.Paragraphs.FirstOrDefault()?.Line ?? int.MaxValue, s));
            starts.AddRange(s.Items.Select(i => (i.Line, (object)i)));
        }
        var ordered = starts.OrderBy(s => s.Line).ToList();
        var notesByOwner = new Dictionary<object, List<ParsedFootnote>>();
        foreach (var note in footnotes)
        {
            object? owner = ordered.LastOrDefault(s => s.Line <= note.MarkerLine).Owner;
            if (owner is null)
            {
                warnings.Add(new Diagnostic("footnote-in-introduction", $"voetnoot {note.Number} staat in de inleiding; opgenomen bij sessie {sessions[0].Number}", note.MarkerLine));
                owner = sessions[0];
            }
            if (!notesByOwner.TryGetValue(owner, out var list))
            {
                notesByOwner[owner] = list = [];
            }
            list.Add(new ParsedFootnote(note.Number, MarkdownEscaper.Escape(note.Text)));
        }

        var result = new List<ParsedSession>();
        foreach (var s in sessions)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var items = new List<ParsedItem>();
            foreach (var item in s.Items)
            {
                string slug = UniqueSlug(Folding.Kebab(item.Heading), used);
                items.Add(new ParsedItem(item.Heading, slug, topics.Tagger.Tag(item.Heading), item.Paragraphs.Select(Markdown).ToList(),
                    notesByOwner.GetValueOrDefault(item) ?? []));
            }
            var sessionTopics = topics.Tagger.Tag(s.Title ?? "").Concat(items.SelectMany(i => i.Topics)).Distinct().ToList();
            result.Add(new ParsedSession(s.Number, Slugs.Session(s.Number), s.Title, s.Date, sessionTopics,
                s.Paragraphs.Select(Markdown).ToList(), notesByOwner.GetValueOrDefault(s) ?? [], items));
        }
        return result;
    }

    private static string UniqueSlug(string slug, HashSet<string> used)
    {
        string candidate = slug.Length == 0 ? "onderwerp" : slug;
        for (int n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }

    private static string Markdown(ParagraphBlock p) => p.Style == ParagraphStyle.Bullet
        ? "- " + MarkdownEscaper.Escape(p.Text)
        : MarkdownEscaper.Escape(p.Text);

    private static DocumentKind Kind(string heading, SourceLine[] lines, List<Diagnostic> warnings)
    {
        string folded = Folding.Fold(heading);
        if (folded.Contains("verslag", StringComparison.Ordinal))
        {
            return DocumentKind.Report;
        }
        if (folded.Contains("agenda", StringComparison.Ordinal))
        {
            return DocumentKind.Agenda;
        }
        string opening = Folding.Fold(string.Join(" ", lines.Take(40).Select(l => l.Text)));
        int agenda = opening.IndexOf("geannoteerde agenda", StringComparison.Ordinal);
        int report = opening.IndexOf("verslag", StringComparison.Ordinal);
        if (report >= 0 && (agenda < 0 || report < agenda))
        {
            return DocumentKind.Report;
        }
        if (agenda < 0)
        {
            warnings.Add(new Diagnostic("kind-unknown", "de brief zegt niet of hij een geannoteerde agenda of een verslag is; aangenomen: agenda", 1));
        }
        return DocumentKind.Agenda;
    }

    private static string BuiltTitle(DocumentKind kind, MeetingFacts meeting)
    {
        string what = kind == DocumentKind.Agenda ? "Geannoteerde agenda" : "Verslag";
        string council = meeting.Councils.Contains(Council.Top) ? "NAVO-top"
            : meeting.Councils.Count > 1 ? "NAVO-bijeenkomst van ministers van Buitenlandse Zaken en Defensie"
            : meeting.Councils.Contains(Council.Defensie) ? "NAVO-bijeenkomst van ministers van Defensie"
            : "NAVO-bijeenkomst van ministers van Buitenlandse Zaken";
        return $"{what} {council}, {DutchDates.Format(meeting.Start, meeting.End)}";
    }

    private static int? FirstYear(string text) =>
        Year().Match(text) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    // How the body writes each word of the title, so an all-caps title can be written as a sentence.
    private static Dictionary<string, string> BodyForms(string title, SourceLine[] lines, LineRole[] roles, string[] texts)
    {
        var wanted = Regex.Matches(title, @"\p{L}+").Select(m => Folding.Fold(m.Value)).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            if (roles[i] != LineRole.Body)
            {
                continue;
            }
            foreach (Match m in Regex.Matches(texts[i], @"\p{L}+"))
            {
                string key = m.Value.Length > 0 && m.Value.All(char.IsAscii) ? m.Value.ToLowerInvariant() : Folding.Fold(m.Value);
                if (!wanted.Contains(key))
                {
                    continue;
                }
                if (!counts.TryGetValue(key, out var forms))
                {
                    counts[key] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                }
                forms[m.Value] = forms.GetValueOrDefault(m.Value) + 1;
            }
        }
        return counts.ToDictionary(c => c.Key, c => c.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key.Any(char.IsUpper)).First().Key);
    }

    private static List<string> ReferencesOf(List<string> introduction, List<ParsedSession> sessions, List<FootnoteText> footnotes, string? own)
    {
        var texts = introduction
            .Concat(sessions.SelectMany(s => s.Paragraphs.Concat(s.Items.SelectMany(i => i.Paragraphs))))
            .Concat(footnotes.OrderBy(f => f.Number).Select(f => f.Text));
        var found = new List<string>();
        foreach (string t in texts)
        {
            foreach (var (_, reference) in References.Find(t.Replace("\\", "", StringComparison.Ordinal)))
            {
                if (reference != own && !found.Contains(reference))
                {
                    found.Add(reference);
                }
            }
        }
        return found;
    }
}
