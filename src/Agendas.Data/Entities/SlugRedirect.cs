namespace Agendas.Data.Entities;

/// <summary>
/// A published address that moved when a corrected letter was re-imported: <see cref="OldPath"/> answers
/// with a permanent redirect to <see cref="NewPath"/>. Paths are site-relative (<c>/vergaderingen/…</c>,
/// <c>/documenten/…</c>); an item's path carries its anchor (<c>…/sessie-2#china</c>).
/// Rows never chain: when a path moves again, earlier rows are pointed at the newest path.
/// </summary>
public sealed class SlugRedirect
{
    public int Id { get; set; }

    public required string OldPath { get; set; }

    public required string NewPath { get; set; }

    public DateTime RecordedAt { get; set; }
}
