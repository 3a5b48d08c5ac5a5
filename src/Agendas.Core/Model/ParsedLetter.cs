namespace Agendas.Core.Model;

/// <summary>One letter as the parser read it: the document, the meeting it is about, and its body.</summary>
public sealed record ParsedLetter(
    ParsedDocument Document,
    ParsedMeeting Meeting,
    IReadOnlyList<string> Introduction,
    IReadOnlyList<ParsedSession> Sessions,
    IReadOnlyList<ParsedAttachment> Attachments,
    IReadOnlyList<string> References);

/// <summary>The letter itself (a Kamerbrief): kind, title and the metadata of its letterhead and signature.</summary>
public sealed record ParsedDocument(
    DocumentKind Kind,
    string Title,
    DateOnly? LetterDate,
    Addressee? Addressee,
    string? Reference,
    string? Kamerstuk,
    IReadOnlyList<Signatory> Signatories);

/// <summary>A minister (or state secretary) who signed the letter.</summary>
public sealed record Signatory(string Name, string? Role);

/// <summary>The NATO meeting the letter is about.</summary>
public sealed record ParsedMeeting(
    string Slug,
    IReadOnlyList<Council> Councils,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Location,
    bool Virtual);

/// <summary>A numbered part of a meeting; <see cref="Paragraphs"/> is the text before its first item.</summary>
public sealed record ParsedSession(
    int Number,
    string Slug,
    string? Title,
    DateOnly? Date,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ParsedFootnote> Footnotes,
    IReadOnlyList<ParsedItem> Items);

/// <summary>A headed section inside a session. Paragraphs are Markdown written by the importer.</summary>
public sealed record ParsedItem(
    string Heading,
    string Slug,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ParsedFootnote> Footnotes);

/// <summary>A footnote, attached to the item or session whose text carries its marker.</summary>
public sealed record ParsedFootnote(int Number, string Text);

/// <summary>A document enclosed with the letter (e.g. an English ministerial statement).</summary>
public sealed record ParsedAttachment(string Title, string Language, IReadOnlyList<string> Paragraphs);
