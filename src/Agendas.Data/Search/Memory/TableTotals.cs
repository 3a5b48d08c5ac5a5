using Microsoft.Data.Sqlite;

namespace Agendas.Data.Search.Memory;

/// <summary>
/// The row and token counts FTS5's bm25 works with (<c>xRowCount</c>, <c>xColumnTotalSize</c>), read from the table's
/// averages record (row 1 of <c>SearchIndex_data</c>: SQLite varints, the number of rows and then the tokens of each
/// column).
/// </summary>
/// <remarks>
/// Not counted from the live rows: with <c>contentless_delete</c> FTS5 does not take a deleted row out of these
/// totals, so after letters are updated they include the replaced entries until the next <c>reindex</c>. The
/// snapshot ranks as FTS5 ranks, so it reads FTS5's own figures; a record it cannot read fails the load, and FTS5
/// answers.
/// </remarks>
internal sealed record TableTotals(long Rows, long Tokens)
{
    private const long AveragesRow = 1;

    public static async Task<TableTotals> ReadAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT block FROM SearchIndex_data WHERE id = $id";
            command.Parameters.AddWithValue("$id", AveragesRow);
            if (await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is not byte[] record)
            {
                // An empty table has no averages record yet.
                return new TableTotals(0, 0);
            }
            return Parse(record);
        }
    }

    public static TableTotals Parse(byte[] record)
    {
        int offset = 0;
        long rows = ReadVarint(record, ref offset);
        long tokens = 0;
        while (offset < record.Length)
        {
            tokens += ReadVarint(record, ref offset);
        }
        return rows >= 0 && tokens >= 0 ? new TableTotals(rows, tokens) : throw new InvalidOperationException("The full-text table's averages record is not readable.");
    }

    /// <summary>SQLite's varint: big-endian groups of seven bits, the ninth byte whole.</summary>
    private static long ReadVarint(byte[] data, ref int offset)
    {
        long value = 0;
        for (int i = 0; i < 9; i++)
        {
            if (offset >= data.Length)
            {
                throw new InvalidOperationException("The full-text table's averages record ends inside a number.");
            }
            byte b = data[offset++];
            if (i == 8)
            {
                return (value << 8) | b;
            }
            value = (value << 7) | (long)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
        return value;
    }
}
