using Agendas.Core.Model;
using Agendas.Core.Topics;
using Agendas.Data.Entities;
using Signatory = Agendas.Data.Entities.Signatory;

namespace Agendas.Data.Import;

/// <summary>
/// Maps a parsed letter's body onto a document's child rows, in one place. Ordinals are 1-based positions
/// in the letter, so the same letter always yields the same rows (and the same paragraph anchors).
/// </summary>
internal sealed class LetterMapper(IReadOnlyDictionary<string, int> topicIds, TopicTagger tagger)
{
    public void FillChildren(Document document, ParsedLetter letter)
    {
        document.Signatories = [.. letter.Document.Signatories.Select((s, i) => new Signatory { Ordinal = i + 1, Name = s.Name, Role = s.Role })];
        document.Paragraphs = [.. Paragraphs(document, letter.Introduction)];
        document.Sessions = [.. letter.Sessions.Select(s => MapSession(document, s))];
        document.Attachments = [.. letter.Attachments.Select((a, i) => MapAttachment(document, a, i + 1))];
        document.References = [.. letter.References.Distinct(StringComparer.Ordinal).Select((r, i) => new Reference { Ordinal = i + 1, Value = r })];
    }

    private Session MapSession(Document document, ParsedSession parsed)
    {
        var session = new Session { Number = parsed.Number, Slug = parsed.Slug, Title = parsed.Title, Date = parsed.Date };
        session.Paragraphs = [.. Paragraphs(document, parsed.Paragraphs)];
        session.Footnotes = [.. parsed.Footnotes.Select(f => new Footnote { Number = f.Number, Text = f.Text })];
        session.Topics = [.. TopicLinks(parsed.Topics)];
        session.Mentions = [.. TopicMentions.Find(tagger, topicIds, parsed.Title ?? "", parsed.Paragraphs).Select(id => new MentionedTopic { TopicId = id })];
        session.Items = [.. parsed.Items.Select((item, i) => MapItem(document, item, i + 1))];
        return session;
    }

    private Item MapItem(Document document, ParsedItem parsed, int ordinal) => new()
    {
        Ordinal = ordinal,
        Heading = parsed.Heading,
        Slug = parsed.Slug,
        Paragraphs = [.. Paragraphs(document, parsed.Paragraphs)],
        Footnotes = [.. parsed.Footnotes.Select(f => new Footnote { Number = f.Number, Text = f.Text })],
        Topics = [.. TopicLinks(parsed.Topics)],
        Mentions = [.. TopicMentions.Find(tagger, topicIds, parsed.Heading, parsed.Paragraphs).Select(id => new MentionedTopic { TopicId = id })],
    };

    private static Attachment MapAttachment(Document document, ParsedAttachment parsed, int ordinal) => new()
    {
        Ordinal = ordinal,
        Title = parsed.Title,
        Language = parsed.Language,
        Paragraphs = [.. Paragraphs(document, parsed.Paragraphs)],
    };

    // Every paragraph carries its document, whatever owns it, so a letter's text is one query away.
    private static IEnumerable<Paragraph> Paragraphs(Document document, IReadOnlyList<string> texts) =>
        texts.Select((text, i) => new Paragraph { Document = document, Ordinal = i + 1, Text = text });

    // The tagger names each topic once; Distinct guards the unique (owner, topic) index all the same.
    // A slug outside the vocabulary cannot be linked and is left out.
    private IEnumerable<ItemTopic> TopicLinks(IReadOnlyList<string> slugs) =>
        slugs.Distinct(StringComparer.Ordinal)
            .Where(topicIds.ContainsKey)
            .Select((slug, i) => new ItemTopic { TopicId = topicIds[slug], Ordinal = i + 1 });
}
