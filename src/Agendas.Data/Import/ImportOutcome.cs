namespace Agendas.Data.Import;

/// <summary>What happened to one file of an import.</summary>
public enum ImportStatus
{
    /// <summary>A letter new to the store.</summary>
    Imported,

    /// <summary>A changed version of a stored letter replaced it (its addresses kept).</summary>
    Updated,

    /// <summary>The same bytes were imported before; nothing was parsed or written.</summary>
    Unchanged,

    /// <summary>The file was refused or could not be written; the store is as it was before it.</summary>
    Failed,
}

/// <summary>The outcome of one file: its status, the letter it became, or the reason it failed.</summary>
/// <param name="File">The path as given (or found inside a given folder).</param>
/// <param name="Status">Imported, updated, unchanged or failed.</param>
/// <param name="DocumentSlug">The stored letter's slug (<c>/documenten/{slug}</c>); null when failed.</param>
/// <param name="MeetingSlug">The meeting the letter is about; null when failed.</param>
/// <param name="Items">The number of items the letter holds (0 when unchanged or failed).</param>
/// <param name="Code">The error code (<see cref="Core.Model.ErrorCodes"/>) when failed.</param>
/// <param name="Reason">A plain Dutch reason when failed.</param>
/// <param name="Line">The 1-based line the reason is about, where that helps.</param>
public sealed record ImportOutcome(
    string File,
    ImportStatus Status,
    string? DocumentSlug = null,
    string? MeetingSlug = null,
    int Items = 0,
    string? Code = null,
    string? Reason = null,
    int? Line = null)
{
    /// <summary>The outcome in words, naming the file: <c>seeds/x.txt → 2020-12-01-buitenlandse-zaken-agenda</c> or <c>bad.txt: het bestand is leeg</c>.</summary>
    public string Message => Status == ImportStatus.Failed
        ? $"{File}{(Line is { } line ? $", regel {line}" : "")}: {Reason}"
        : $"{File} → {DocumentSlug}";

    /// <summary>The status as the CLI prints it: <c>imported</c>, <c>updated</c>, <c>unchanged</c>, <c>failed</c>.</summary>
    public string StatusWord => Status.ToString().ToLowerInvariant();

    public override string ToString() => $"{StatusWord}: {Message}";
}
