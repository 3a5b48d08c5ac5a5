using Agendas.Data.Search.Memory;

namespace Agendas.Data.Tests.Search;

/// <summary>A posting list gives back what was written: entries, counts, positions, and jumps over checkpoints.</summary>
public sealed class PostingListTests
{
    private static readonly (int Entry, int[] Heading, int[] Text)[] Written =
    [.. Enumerable.Range(0, 200).Select(i => (
        Entry: (i * 7) + (100_000 * (i / 50)),
        Heading: Enumerable.Range(0, i % 6).Select(k => k * 3).ToArray(),
        Text: Enumerable.Range(0, (i * 5) % 11).Select(k => (k * 130) + i).ToArray()))];

    [Fact]
    public void A_cursor_reads_every_entry_with_its_counts_and_positions()
    {
        var list = Write();
        var cursor = list.Cursor();
        Assert.Equal(Written.Length, list.Entries);
        foreach (var (entry, heading, text) in Written)
        {
            Assert.True(cursor.MoveNext());
            Assert.Equal(entry, cursor.Entry);
            Assert.Equal(heading.Length, cursor.HeadingCount);
            Assert.Equal(text.Length, cursor.TextCount);
            var (readHeading, readText) = Positions(cursor);
            Assert.Equal(heading, readHeading);
            Assert.Equal(text, readText);
        }
        Assert.False(cursor.MoveNext());
    }

    [Fact]
    public void MoveTo_lands_on_the_first_entry_at_or_after_the_one_asked_for_across_checkpoints()
    {
        var list = Write();
        foreach (int target in new[] { 0, 1, 7, 349, 350, 100_000, 100_351, 150_000, 300_000 + (7 * 150), 400_000 })
        {
            var cursor = list.Cursor();
            var expected = Written.FirstOrDefault(w => w.Entry >= target);
            bool found = cursor.MoveTo(target);
            Assert.Equal(expected.Text is not null, found);
            if (found)
            {
                Assert.Equal(expected.Entry, cursor.Entry);
                Assert.Equal(expected.Text, Positions(cursor).Text);
            }
        }
    }

    [Fact]
    public void A_writer_used_for_a_second_term_writes_it_as_a_fresh_writer_would()
    {
        var writer = new PostingListWriter();
        writer.Add(900_000, [1, 2, 3, 4], [5]);
        writer.Add(900_001, [], [7, 8]);
        var first = writer.ToPostingList();
        foreach (var (entry, heading, text) in Written)
        {
            writer.Add(entry, [.. heading], [.. text]);
        }
        var second = writer.ToPostingList();
        var fresh = Write();

        Assert.Equal(2, first.Entries);
        Assert.Equal(fresh.Entries, second.Entries);
        Assert.Equal(fresh.EntryData, second.EntryData);
        Assert.Equal(fresh.PositionData, second.PositionData);
        Assert.Equal(fresh.Checkpoints, second.Checkpoints);
    }

    [Fact]
    public void Entries_out_of_order_are_refused()
    {
        var writer = new PostingListWriter();
        writer.Add(5, [], [1]);
        Assert.Throws<InvalidOperationException>(() => writer.Add(5, [], [2]));
        Assert.Throws<InvalidOperationException>(() => writer.Add(6, [], [4, 2]));
    }

    private static PostingList Write()
    {
        var writer = new PostingListWriter();
        foreach (var (entry, heading, text) in Written)
        {
            writer.Add(entry, [.. heading], [.. text]);
        }
        return writer.ToPostingList();
    }

    private static (List<int> Heading, List<int> Text) Positions(PostingCursor cursor)
    {
        var heading = new List<int>();
        var text = new List<int>();
        cursor.AddPositions(heading, text);
        return (heading, text);
    }
}
