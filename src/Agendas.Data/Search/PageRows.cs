namespace Agendas.Data.Search;

/// <summary>A hit as a page orders it: its bm25 rank (lower is better; 0 in date order) and its meeting date as yyyymmdd.</summary>
internal readonly record struct PageRow(long Id, double Rank, int Date);

/// <summary>
/// The best <c>capacity</c> hits seen so far, as the hits stream past: the worst of them on top of a heap, to be pushed
/// out. Order: rank ascending (bm25 is negative, the best lowest), then the newest meeting, then the newest entry.
/// </summary>
internal sealed class PageRows(int capacity)
{
    private static readonly Comparer<PageRow> BetterFirst = Comparer<PageRow>.Create(Compare);

    private static readonly Comparer<PageRow> WorseFirst = Comparer<PageRow>.Create((a, b) => Compare(b, a));

    private readonly PriorityQueue<PageRow, PageRow> _heap = new(WorseFirst);

    public void Offer(PageRow row)
    {
        if (_heap.Count < capacity)
        {
            _heap.Enqueue(row, row);
        }
        else if (capacity > 0 && Compare(row, _heap.Peek()) < 0)
        {
            _heap.EnqueueDequeue(row, row);
        }
    }

    /// <summary>The ids of the rows kept, best first, after skipping the earlier pages' <paramref name="skip"/>.</summary>
    public int[] PageIds(int skip) =>
        [.. _heap.UnorderedItems.Select(i => i.Element).Order(BetterFirst).Skip(skip).Select(r => checked((int)r.Id))];

    private static int Compare(PageRow a, PageRow b)
    {
        int byRank = a.Rank.CompareTo(b.Rank);
        if (byRank != 0)
        {
            return byRank;
        }
        int byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : b.Id.CompareTo(a.Id);
    }
}
