namespace Agendas.Data.Entities;

/// <summary>
/// How often a lower-case word form occurs whole on a line in the stored letters: de-hyphenation evidence
/// for later imports (see <see cref="Core.Parsing.WordEvidence"/>).
/// </summary>
public sealed class WordForm
{
    public int Id { get; set; }

    public required string Form { get; set; }

    public int Count { get; set; }
}
