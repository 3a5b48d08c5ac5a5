namespace Agendas.Data.Entities;

/// <summary>A citation of another parliamentary paper in a letter, normalised (<c>28676-210</c>, <c>2021D12041</c>).</summary>
public sealed class Reference
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public Document Document { get; set; } = null!;

    public int Ordinal { get; set; }

    public required string Value { get; set; }
}
