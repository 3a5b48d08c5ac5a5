namespace Agendas.Core.Model;

/// <summary>A problem the parser found, with a stable code and, where it helps, the 1-based line.</summary>
public sealed record Diagnostic(string Code, string Message, int? Line = null);

/// <summary>
/// The outcome of parsing one file: a letter, or an error; warnings either way.
/// The parser never throws: bad input yields <see cref="Error"/>.
/// </summary>
public sealed record ParseResult(string SourceName, ParsedLetter? Letter, Diagnostic? Error, IReadOnlyList<Diagnostic> Warnings)
{
    public bool Ok => Letter is not null && Error is null;

    /// <summary>
    /// Lines of the source whose text is not part of the letter's body: letterhead, salutation, closing and
    /// signatures, running footers, page numbers, footnote debris, the annex title. Reported so that nothing the
    /// letter says disappears silently (the parser conserves text: every other word reaches the output).
    /// </summary>
    public IReadOnlyList<SetAsideLine> SetAside { get; init; } = [];

    public static ParseResult Failed(string sourceName, Diagnostic error, IReadOnlyList<Diagnostic>? warnings = null) =>
        new(sourceName, null, error, warnings ?? []);
}

/// <summary>A source line the parser kept out of the body text, with the role it gave the line (<see cref="SetAsideRoles"/>).</summary>
public sealed record SetAsideLine(int Line, string Role, string Text);

/// <summary>The roles of <see cref="SetAsideLine"/>, as written in the <c>setAside</c> field of <c>parse</c>.</summary>
public static class SetAsideRoles
{
    public const string Letterhead = "letterhead";
    public const string Salutation = "salutation";
    public const string CoverLetter = "cover-letter";
    public const string Signature = "signature";
    public const string Footer = "footer";
    public const string PageNumber = "page-number";
    public const string Title = "title";
    public const string Debris = "debris";
    public const string Label = "label";
    public const string SessionMarker = "session-marker";
}

/// <summary>Stable error codes, shared by the parser, the importer and the JSON contract.</summary>
public static class ErrorCodes
{
    public const string Empty = "empty";
    public const string Binary = "binary";
    public const string TooLarge = "too-large";
    public const string NotALetter = "not-a-letter";
    public const string Unreadable = "unreadable";
    public const string Internal = "internal-error";
}
