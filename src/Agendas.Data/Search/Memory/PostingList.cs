using System.Runtime.CompilerServices;

namespace Agendas.Data.Search.Memory;

/// <summary>
/// Where one term occurs in a <see cref="SearchSnapshot"/>: for each entry that has it (ascending entry number), how
/// often in the heading and in the text, and at which token positions. Packed as variable-length integers
/// (10,000 letters hold 13 million occurrences) in two streams, so that a word query never reads positions:
/// <list type="bullet">
/// <item>entries: per entry the gap to the previous entry number and the counts (text count × 4 + heading count, the
/// heading count apart when it is 3 or more: most headings hold a word once or not at all);</item>
/// <item>positions: per entry the heading positions and then the text positions, each as the gap to the one before.</item>
/// </list>
/// Every <see cref="SkipInterval"/> entries a checkpoint lets a cursor jump ahead instead of reading its way there: a
/// phrase led by a rare word passes over most of a common word's list. A cursor finds an entry's positions by
/// counting the position values of the entries before it since the last checkpoint, and only when they are asked for.
/// </summary>
internal sealed class PostingList(int entries, byte[] entryData, byte[] positionData, PostingList.Checkpoint[] checkpoints)
{
    public const int SkipInterval = 16;

    /// <summary>Where a block of <see cref="SkipInterval"/> entries starts: the entry before it and both stream offsets.</summary>
    internal readonly record struct Checkpoint(int EntryBefore, int EntryOffset, int PositionOffset);

    /// <summary>The number of entries that have the term (the term's document frequency).</summary>
    public int Entries { get; } = entries;

    internal byte[] EntryData { get; } = entryData;

    internal byte[] PositionData { get; } = positionData;

    internal Checkpoint[] Checkpoints { get; } = checkpoints;

    /// <summary>Bytes held, for the snapshot's size report.</summary>
    internal long Bytes => EntryData.Length + PositionData.Length + (Checkpoints.Length * 12L);

    public PostingCursor Cursor() => new(this);

    /// <summary>The index of the last checkpoint whose entry before is below <paramref name="entry"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int CheckpointBefore(int entry)
    {
        int low = 0, high = Checkpoints.Length - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            if (Checkpoints[middle].EntryBefore < entry)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found;
    }
}

/// <summary>Reads a <see cref="PostingList"/> forward, one entry at a time; positions only when asked.</summary>
internal struct PostingCursor(PostingList list)
{
    private readonly byte[] _entries = list.EntryData;
    private int _offset;

    // Where the positions of an entry at or before the current one start, and how many position values lie between
    // there and the current entry's: worked out only when positions are read.
    private int _positions;
    private int _positionsToSkip;

    /// <summary>The current entry number; -1 before the first and <see cref="int.MaxValue"/> after the last.</summary>
    public int Entry { get; private set; } = -1;

    public int HeadingCount { get; private set; }

    public int TextCount { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        if (_offset >= _entries.Length)
        {
            Entry = int.MaxValue;
            return false;
        }
        _positionsToSkip += HeadingCount + TextCount;
        Entry += Varint.Read(_entries, ref _offset);
        int counts = Varint.Read(_entries, ref _offset);
        TextCount = counts >>> 2;
        HeadingCount = (counts & 3) == 3 ? Varint.Read(_entries, ref _offset) : counts & 3;
        return true;
    }

    /// <summary>Moves to the first entry at or after <paramref name="entry"/>; false when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveTo(int entry)
    {
        if (Entry < entry)
        {
            int k = list.CheckpointBefore(entry);
            if (k >= 0 && list.Checkpoints[k].EntryOffset > _offset)
            {
                var checkpoint = list.Checkpoints[k];
                Entry = checkpoint.EntryBefore;
                _offset = checkpoint.EntryOffset;
                _positions = checkpoint.PositionOffset;
                _positionsToSkip = 0;
                HeadingCount = 0;
                TextCount = 0;
            }
        }
        while (Entry < entry)
        {
            if (!MoveNext())
            {
                return false;
            }
        }
        return Entry != int.MaxValue;
    }

    /// <summary>Adds the current entry's positions to the lists: heading positions, then text positions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddPositions(List<int> heading, List<int> text)
    {
        byte[] data = list.PositionData;
        while (_positionsToSkip > 0)
        {
            if ((data[_positions++] & 0x80) == 0)
            {
                _positionsToSkip--;
            }
        }
        int offset = _positions;
        int position = 0;
        for (int i = 0; i < HeadingCount; i++)
        {
            position += Varint.Read(data, ref offset);
            heading.Add(position);
        }
        position = 0;
        for (int i = 0; i < TextCount; i++)
        {
            position += Varint.Read(data, ref offset);
            text.Add(position);
        }
    }
}

/// <summary>
/// Writes a <see cref="PostingList"/>, entries in ascending order. One writer serves term after term
/// (<see cref="ToPostingList"/> starts it afresh): its buffers keep their size, so that loading a snapshot allocates
/// little besides the lists themselves (growing a buffer per term left as much garbage as the snapshot holds, most of
/// it on the large object heap).
/// </summary>
internal sealed class PostingListWriter
{
    private readonly Stream _entries = new();
    private readonly Stream _positions = new();
    private readonly List<PostingList.Checkpoint> _checkpoints = [];
    private int _count;
    private int _previous = -1;

    public void Add(int entry, List<int> heading, List<int> text)
    {
        if (entry <= _previous)
        {
            throw new InvalidOperationException($"Entry {entry} after {_previous}: the full-text index was not read in order.");
        }
        if (_count > 0 && _count % PostingList.SkipInterval == 0)
        {
            _checkpoints.Add(new PostingList.Checkpoint(_previous, _entries.Length, _positions.Length));
        }
        WriteGaps(heading);
        WriteGaps(text);
        _entries.Write(entry - _previous);
        _entries.Write((text.Count << 2) | Math.Min(heading.Count, 3));
        if (heading.Count >= 3)
        {
            _entries.Write(heading.Count);
        }
        _previous = entry;
        _count++;
    }

    /// <summary>The list written so far; the writer is then empty, ready for the next term.</summary>
    public PostingList ToPostingList()
    {
        var list = new PostingList(_count, _entries.ToArray(), _positions.ToArray(), [.. _checkpoints]);
        _entries.Clear();
        _positions.Clear();
        _checkpoints.Clear();
        _count = 0;
        _previous = -1;
        return list;
    }

    private void WriteGaps(List<int> positions)
    {
        int previous = 0;
        foreach (int position in positions)
        {
            if (position < previous)
            {
                throw new InvalidOperationException($"Position {position} after {previous}: the full-text index was not read in order.");
            }
            _positions.Write(position - previous);
            previous = position;
        }
    }

    /// <summary>A growing byte buffer of varints.</summary>
    private sealed class Stream
    {
        private byte[] _buffer = new byte[16];

        public int Length { get; private set; }

        public void Write(int value)
        {
            if (Length + 5 > _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            Length = Varint.Write(_buffer, Length, value);
        }

        public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

        public void Clear() => Length = 0;
    }
}

/// <summary>Unsigned LEB128: seven bits a byte, the high bit set on every byte but the last.</summary>
internal static class Varint
{
    /// <summary>Reads one value; most are below 128 and take the one-byte path, inlined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(byte[] data, ref int offset)
    {
        byte first = data[offset];
        if (first < 0x80)
        {
            offset++;
            return first;
        }
        return ReadLong(data, ref offset);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadLong(byte[] data, ref int offset)
    {
        int value = 0;
        int shift = 0;
        byte b;
        do
        {
            b = data[offset++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return value;
    }

    public static int Write(byte[] buffer, int offset, int value)
    {
        uint v = (uint)value;
        while (v >= 0x80)
        {
            buffer[offset++] = (byte)(v | 0x80);
            v >>= 7;
        }
        buffer[offset++] = (byte)v;
        return offset;
    }
}
