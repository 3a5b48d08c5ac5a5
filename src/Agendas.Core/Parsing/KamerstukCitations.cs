namespace Agendas.Core.Parsing;

/// <summary>A citation of parliamentary papers in a text: where it stands and the Kamerstuk numbers it names.</summary>
/// <param name="Index">Position of the citation in the text.</param>
/// <param name="Length">Length of the citation in the text.</param>
/// <param name="Numbers">The cited papers, normalised as the importer stores them (<c>28676-210</c>, <c>35570-X-39</c>).</param>
public sealed record KamerstukCitation(int Index, int Length, IReadOnlyList<string> Numbers);

/// <summary>
/// The parser's reading of Kamerstuk citations, for callers outside Core (the web app links them to their official
/// page), so that a citation is recognised and normalised the same way everywhere.
/// </summary>
public static class KamerstukCitations
{
    /// <summary>
    /// The citations in <paramref name="text"/>, left to right and without overlaps: "Kamerstuk 28 676, nr. 210",
    /// "Kamerstukken 22 054 en 36 045, nr. 374" (two numbers), "(35570-X-39)". Never throws on any text.
    /// </summary>
    public static IReadOnlyList<KamerstukCitation> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. References.Spans(text).Where(s => s.References.Count > 0).Select(s => new KamerstukCitation(s.Index, s.Length, s.References))];
    }
}
