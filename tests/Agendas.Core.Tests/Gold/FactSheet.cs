using System.Text;

namespace Agendas.Core.Tests.Gold;

/// <summary>
/// One fact of a gold file and what the parse shows for it, each rendered as a line <c>key: value</c>.
/// A null side means "no such line": a fact the parse lacks, or something the parse has that the gold does not.
/// </summary>
public sealed record Fact(string Concern, string Key, string? Expected, string? Actual)
{
    public string? ExpectedLine => Expected is null ? null : $"{Key}: {Expected}";

    public string? ActualLine => Actual is null ? null : $"{Key}: {Actual}";

    public bool Holds => ExpectedLine == ActualLine;
}

/// <summary>
/// The facts of one seed, grouped by concern. Both sides render as a canonical text dump (one fact per line, in
/// the order of the gold file), so a mismatch reads as a unified diff of gold against parse.
/// </summary>
public sealed class FactSheet
{
    private readonly List<Fact> _facts = [];

    public IReadOnlyList<Fact> Facts => _facts;

    public void Add(string concern, string key, string? expected, string? actual) => _facts.Add(new Fact(concern, key, expected, actual));

    /// <summary>A fact that holds when <paramref name="holds"/>; otherwise the actual line says what the parse has instead.</summary>
    public void Check(string concern, string key, string expected, bool holds, Func<string?> otherwise) =>
        Add(concern, key, expected, holds ? expected : otherwise());

    /// <summary>An unordered list of values: one line per value; missing and unexpected values show as removed and added lines.</summary>
    public void AddSet(string concern, string key, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var want = expected.ToHashSet(StringComparer.Ordinal);
        var got = actual.ToHashSet(StringComparer.Ordinal);
        foreach (string value in want.Union(got).Order(StringComparer.Ordinal))
        {
            Add(concern, key, want.Contains(value) ? value : null, got.Contains(value) ? value : null);
        }
    }

    public IEnumerable<Fact> Of(IReadOnlyCollection<string> concerns) => _facts.Where(f => concerns.Contains(f.Concern));

    /// <summary>The dump of one side; with more than one concern, each concern's lines follow a <c>## concern</c> header.</summary>
    public string Dump(IReadOnlyList<string> concerns, bool expected)
    {
        var sb = new StringBuilder();
        foreach (string concern in concerns)
        {
            if (concerns.Count > 1)
            {
                sb.Append("## ").Append(concern).Append('\n');
            }
            foreach (var fact in _facts.Where(f => f.Concern == concern))
            {
                string? line = expected ? fact.ExpectedLine : fact.ActualLine;
                if (line is not null)
                {
                    sb.Append(line).Append('\n');
                }
            }
        }
        return sb.ToString();
    }
}
