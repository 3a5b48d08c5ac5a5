using Agendas.Core.Model;

namespace Agendas.Cli.Generation;

/// <summary>A meeting the generator invents; its slug is what the parser must read back from the letter.</summary>
public sealed record PlannedMeeting(DateOnly Start, DateOnly End, IReadOnlyList<Council> Councils, string? Place)
{
    public string Slug => Slugs.Meeting(Start, Councils);

    public bool Virtual => Place is null;
}

/// <summary>How a letter is laid out; each mirrors one of the seeds.</summary>
public enum LetterForm
{
    /// <summary>An all-caps title with the meeting's date, then "Introductie" (seeds 000 and 003).</summary>
    TitleBlock,

    /// <summary>"Aan de Voorzitter …", "Den Haag, {date}", the meeting named in the first paragraph (seed 004).</summary>
    Addressed,

    /// <summary>A ministry letterhead with "Betreft", a cover letter, then the annex's title (seed 002).</summary>
    CoverLetter,
}

/// <summary>How a letter marks its sessions.</summary>
public enum SessionMarking
{
    /// <summary>"SESSIE 1" on its own line.</summary>
    Numbered,

    /// <summary>"Sessie 2: Informeel diner Rusland/Oekraïne".</summary>
    Titled,

    /// <summary>No markers: the whole letter is one session (seed 001).</summary>
    None,
}

/// <summary>A headed item and its paragraphs (plain text, as a letter would print them).</summary>
public sealed record PlannedItem(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>A session: its own text (before the first item) and its items.</summary>
public sealed record PlannedSession(int Number, string? Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<PlannedItem> Items);

/// <summary>Everything the generator intends one letter to say; tests compare it with what the parser reads.</summary>
public sealed record PlannedLetter(
    int Index,
    DocumentKind Kind,
    PlannedMeeting Meeting,
    DateOnly LetterDate,
    int KamerstukNumber,
    LetterForm Form,
    SessionMarking Marking,
    IReadOnlyList<string> Introduction,
    IReadOnlyList<PlannedSession> Sessions)
{
    /// <summary>The dossier of the NATO letters ("28 676").</summary>
    public const string Dossier = "28676";

    /// <summary>The Kamerstuk number as the store keeps it: <c>28676-266</c>.</summary>
    public string Kamerstuk => $"{Dossier}-{KamerstukNumber}";

    /// <summary>The letter's identity in the store: kind and meeting.</summary>
    public string DocumentSlug => Slugs.Document(Meeting.Slug, Kind);

    public string FileName => $"{Index:D5}-{DocumentSlug}.txt";
}

/// <summary>A letter's plan and its text.</summary>
public sealed record GeneratedLetter(PlannedLetter Plan, string Text);
