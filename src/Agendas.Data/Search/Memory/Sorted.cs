using System.Runtime.CompilerServices;

namespace Agendas.Data.Search.Memory;

/// <summary>Set operations on ascending arrays of entry numbers without duplicates.</summary>
internal static class Sorted
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>The union of several arrays, merged two at a time (each merge linear).</summary>
    public static int[] Union(IEnumerable<int[]> arrays)
    {
        int[] result = [];
        foreach (var array in arrays)
        {
            result = result.Length == 0 ? array : Merge(result, array);
        }
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Merge(int[] a, int[] b)
    {
        var result = new int[a.Length + b.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                result[n++] = a[i++];
            }
            else if (a[i] > b[j])
            {
                result[n++] = b[j++];
            }
            else
            {
                result[n++] = a[i++];
                j++;
            }
        }
        while (i < a.Length)
        {
            result[n++] = a[i++];
        }
        while (j < b.Length)
        {
            result[n++] = b[j++];
        }
        return n == result.Length ? result : result[..n];
    }
}
