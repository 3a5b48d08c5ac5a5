namespace Agendas.Core.Parsing;

/// <summary>A unit of the letter's body, in reading order.</summary>
internal abstract record Block(int Line);

/// <summary>A heading: an item's title, or the start of the introduction or an attachment.</summary>
internal sealed record HeadingBlock(string Text, int Line) : Block(Line);

/// <summary>An explicit session marker: "SESSIE 1", "Sessie 3: Strategisch Concept"; <see cref="Text"/> is the line as written.</summary>
internal sealed record SessionMarkerBlock(int Number, string? Title, string Text, int Line) : Block(Line);

/// <summary>A paragraph re-joined from its lines; <see cref="Lines"/> are the source lines it came from.</summary>
internal sealed record ParagraphBlock(string Text, ParagraphStyle Style, IReadOnlyList<int> Lines) : Block(Lines[0]);

internal enum ParagraphStyle
{
    Plain,
    Bullet,
    Numbered,
}
