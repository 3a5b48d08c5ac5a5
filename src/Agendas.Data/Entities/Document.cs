using Agendas.Core.Model;

namespace Agendas.Data.Entities;

/// <summary>One letter (Kamerbrief) as imported, with its source text; its page is <c>/documenten/{Slug}</c>.</summary>
public sealed class Document
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public Meeting Meeting { get; set; } = null!;

    /// <summary>Stored as <c>agenda</c> or <c>report</c>.</summary>
    public DocumentKind Kind { get; set; }

    /// <summary>1 for the first letter of its kind for the meeting; 2, 3 … for an addendum (slug suffix <c>-2</c>).</summary>
    public int Ordinal { get; set; } = 1;

    /// <summary>The meeting slug plus <c>-agenda</c> or <c>-verslag</c> (see <see cref="Slugs.Document"/>).</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public DateOnly? LetterDate { get; set; }

    /// <summary>Stored as <c>tweede-kamer</c> or <c>eerste-kamer</c>.</summary>
    public Addressee? Addressee { get; set; }

    public string? Reference { get; set; }

    /// <summary>Normalised <c>dossier-number</c>, e.g. <c>28676-266</c>.</summary>
    public string? Kamerstuk { get; set; }

    /// <summary>The file name the letter came from (not the full path: paths differ between machines).</summary>
    public required string SourceFileName { get; set; }

    /// <summary>The decoded text of the file, as received.</summary>
    public required string SourceText { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex: an unchanged file is recognised without parsing.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The encoding the file was read in (<c>utf-8</c> or <c>windows-1252</c>).</summary>
    public string? SourceEncoding { get; set; }

    /// <summary>When this version was imported (UTC).</summary>
    public DateTime ImportedAt { get; set; }

    /// <summary>The parser's warnings as a JSON array of <c>{ code, message, line }</c>.</summary>
    public string Warnings { get; set; } = "[]";

    public List<Signatory> Signatories { get; set; } = [];

    /// <summary>
    /// Every paragraph of the letter, whatever owns it. The introduction (text before the first session or item)
    /// is the ones without a session, item or attachment: <see cref="Paragraph.IsIntroduction"/>.
    /// </summary>
    public List<Paragraph> Paragraphs { get; set; } = [];

    public List<Session> Sessions { get; set; } = [];

    public List<Attachment> Attachments { get; set; } = [];

    public List<Reference> References { get; set; } = [];

    /// <summary>The source texts this letter had before its current one, oldest first.</summary>
    public List<DocumentVersion> Versions { get; set; } = [];
}
