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

    public static ParseResult Failed(string sourceName, Diagnostic error, IReadOnlyList<Diagnostic>? warnings = null) =>
        new(sourceName, null, error, warnings ?? []);
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
