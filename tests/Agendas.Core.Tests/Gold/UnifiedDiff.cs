using System.Text;

namespace Agendas.Core.Tests.Gold;

/// <summary>A line diff in unified format (LCS-based; the dumps are a few hundred lines at most).</summary>
public static class UnifiedDiff
{
    private enum Op
    {
        Same,
        Removed,
        Added,
    }

    public static string Render(string expected, string actual, string expectedName, string actualName, int context = 2)
    {
        string[] a = SplitLines(expected);
        string[] b = SplitLines(actual);
        var script = Script(a, b);

        var sb = new StringBuilder();
        sb.Append("--- ").Append(expectedName).Append('\n');
        sb.Append("+++ ").Append(actualName).Append('\n');

        // Indexes of changed entries, grouped into hunks that are at most 2 * context unchanged lines apart.
        var changed = Enumerable.Range(0, script.Count).Where(i => script[i].Op != Op.Same).ToList();
        int k = 0;
        while (k < changed.Count)
        {
            int first = changed[k];
            int last = first;
            while (k + 1 < changed.Count && changed[k + 1] - last <= 2 * context + 1)
            {
                last = changed[++k];
            }
            k++;
            int from = Math.Max(0, first - context);
            int to = Math.Min(script.Count - 1, last + context);
            int aStart = script.Take(from).Count(e => e.Op != Op.Added) + 1;
            int bStart = script.Take(from).Count(e => e.Op != Op.Removed) + 1;
            var hunk = script.Skip(from).Take(to - from + 1).ToList();
            sb.Append($"@@ -{aStart},{hunk.Count(e => e.Op != Op.Added)} +{bStart},{hunk.Count(e => e.Op != Op.Removed)} @@\n");
            foreach (var (op, line) in hunk)
            {
                sb.Append(op switch { Op.Removed => '-', Op.Added => '+', _ => ' ' }).Append(line).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');

    private static List<(Op Op, string Line)> Script(string[] a, string[] b)
    {
        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        int[,] lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var script = new List<(Op, string)>();
        int x = 0;
        int y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                script.Add((Op.Same, a[x]));
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                script.Add((Op.Removed, a[x++]));
            }
            else
            {
                script.Add((Op.Added, b[y++]));
            }
        }
        while (x < a.Length)
        {
            script.Add((Op.Removed, a[x++]));
        }
        while (y < b.Length)
        {
            script.Add((Op.Added, b[y++]));
        }
        return script;
    }
}
