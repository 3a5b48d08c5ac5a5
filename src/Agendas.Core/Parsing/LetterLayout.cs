using System.Text.RegularExpressions;

namespace Agendas.Core.Parsing;

internal sealed class DraftItem(string heading, int line)
{
    public string Heading { get; } = heading;

    public int Line { get; } = line;

    public List<ParagraphBlock> Paragraphs { get; } = [];
}

internal sealed class DraftSession(int number, string? title, int line)
{
    public int Number { get; set; } = number;

    public string? Title { get; set; } = title;

    public int Line { get; } = line;

    public DateOnly? Date { get; set; }

    public List<ParagraphBlock> Paragraphs { get; } = [];

    public List<DraftItem> Items { get; } = [];
}

internal sealed class DraftAttachment(string title)
{
    public string Title { get; } = title;

    public List<ParagraphBlock> Paragraphs { get; } = [];
}

/// <summary>The body arranged: introduction, explicit sessions, items not yet in a session, attachments.</summary>
internal sealed class LetterLayout
{
    public List<ParagraphBlock> Introduction { get; } = [];

    public List<DraftSession> Sessions { get; } = [];

    public List<DraftItem> LooseItems { get; } = [];

    public List<DraftAttachment> Attachments { get; } = [];

    /// <summary>Lines of the body that only label the structure ("Introductie"): not text, but reported as set aside.</summary>
    public List<int> LabelLines { get; } = [];

    private static readonly Regex IntroductionHeading = new(@"^(?:Introductie|Inleiding)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex AnnexHeading = new(@"^Bijlage(?:\s+\d+|\s+[IVX]+)?\s*(?:[:.\-–]\s*(?<title>\S.*))?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Places each block: paragraphs before the first session marker or item heading are the introduction;
    /// a heading whose text to the end is English (or "Bijlage …") opens an attachment.
    /// </summary>
    public static LetterLayout Arrange(IReadOnlyList<Block> blocks)
    {
        var layout = new LetterLayout();
        var englishFromHere = EnglishSuffix(blocks);
        DraftSession? session = null;
        DraftItem? item = null;
        DraftAttachment? attachment = null;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (attachment is not null)
            {
                if (block is HeadingBlock h0 && AnnexHeading.Match(h0.Text) is { Success: true } annex)
                {
                    attachment = new DraftAttachment(annex.Groups["title"].Success ? annex.Groups["title"].Value : h0.Text);
                    layout.Attachments.Add(attachment);
                }
                else
                {
                    attachment.Paragraphs.Add(block switch
                    {
                        ParagraphBlock p => p,
                        HeadingBlock h => new ParagraphBlock(h.Text, ParagraphStyle.Plain, [h.Line]),
                        // An attachment has no sessions of the letter: the line is text, as written.
                        SessionMarkerBlock m => new ParagraphBlock(m.Text, ParagraphStyle.Plain, [m.Line]),
                        _ => throw new InvalidOperationException("unknown block"),
                    });
                }
                continue;
            }
            switch (block)
            {
                case SessionMarkerBlock m:
                    session = new DraftSession(m.Number, m.Title, m.Line);
                    layout.Sessions.Add(session);
                    item = null;
                    break;
                case HeadingBlock h when IntroductionHeading.IsMatch(h.Text) && session is null && item is null:
                    layout.LabelLines.Add(h.Line);
                    break;
                case HeadingBlock h when AnnexHeading.IsMatch(h.Text) || englishFromHere[b]:
                    var annexMatch = AnnexHeading.Match(h.Text);
                    attachment = new DraftAttachment(annexMatch.Success && annexMatch.Groups["title"].Success ? annexMatch.Groups["title"].Value : h.Text);
                    layout.Attachments.Add(attachment);
                    break;
                case HeadingBlock h:
                    item = new DraftItem(h.Text, h.Line);
                    (session?.Items ?? layout.LooseItems).Add(item);
                    break;
                case ParagraphBlock p:
                    (item?.Paragraphs ?? session?.Paragraphs ?? layout.Introduction).Add(p);
                    break;
                default:
                    break;
            }
        }
        return layout;
    }

    // For each block: is the text from it to the end English? (Counted once, back to front.)
    private static bool[] EnglishSuffix(IReadOnlyList<Block> blocks)
    {
        var result = new bool[blocks.Count];
        int en = 0;
        int nl = 0;
        int length = 0;
        for (int b = blocks.Count - 1; b >= 0; b--)
        {
            string text = blocks[b] switch
            {
                ParagraphBlock p => p.Text,
                HeadingBlock h => h.Text,
                _ => "",
            };
            var (e, n) = LanguageGuess.Count(text);
            en += e;
            nl += n;
            length += text.Length;
            result[b] = length > 200 && LanguageGuess.IsEnglish(en, nl);
        }
        return result;
    }
}
