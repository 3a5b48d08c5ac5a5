namespace Agendas.Data.Search.Memory;

/// <summary>Set operations on ascending arrays of entry numbers without duplicates.</summary>
internal static class Sorted
{
    public static int[] Intersect(int[] a, int[] b)
    {
        var result = new List<int>(Math.Min(a.Length, b.Length));
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                result.Add(a[i]);
                i++;
                j++;
            }
        }
        return [.. result];
    }

    public static int[] Except(int[] a, int[] b)
    {
        var result = new List<int>(a.Length);
        int j = 0;
        foreach (int x in a)
        {
            while (j < b.Length && b[j] < x)
            {
                j++;
            }
            if (j >= b.Length || b[j] != x)
            {
                result.Add(x);
            }
        }
        return [.. result];
    }

    public static int[] Union(IEnumerable<int[]> arrays)
    {
        var all = new List<int>();
        foreach (var array in arrays)
        {
            all.AddRange(array);
        }
        all.Sort();
        var result = new List<int>(all.Count);
        foreach (int x in all)
        {
            if (result.Count == 0 || result[^1] != x)
            {
                result.Add(x);
            }
        }
        return [.. result];
    }
}
