namespace Agendas.Data.Import;

/// <summary>The outcomes of one import run, in the order of the files, and their counts.</summary>
public sealed record ImportSummary(IReadOnlyList<ImportOutcome> Outcomes)
{
    public int Imported => Count(ImportStatus.Imported);

    public int Updated => Count(ImportStatus.Updated);

    public int Unchanged => Count(ImportStatus.Unchanged);

    public int Failed => Count(ImportStatus.Failed);

    /// <summary><c>5 imported, 0 updated, 0 unchanged, 0 failed</c>.</summary>
    public string SummaryLine => $"{Imported} imported, {Updated} updated, {Unchanged} unchanged, {Failed} failed";

    public override string ToString() => SummaryLine;

    private int Count(ImportStatus status) => Outcomes.Count(o => o.Status == status);
}
