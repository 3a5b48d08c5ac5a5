namespace Agendas.Data.Entities;

/// <summary>A minister (or state secretary) who signed a letter, in the order of signing.</summary>
public sealed class Signatory
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public Document Document { get; set; } = null!;

    public int Ordinal { get; set; }

    public required string Name { get; set; }

    public string? Role { get; set; }
}
