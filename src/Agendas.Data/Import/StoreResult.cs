namespace Agendas.Data.Import;

/// <summary>What writing one parsed letter did.</summary>
internal sealed record StoreResult(ImportStatus Status, string DocumentSlug, IReadOnlyList<string> Meetings, int Items);
