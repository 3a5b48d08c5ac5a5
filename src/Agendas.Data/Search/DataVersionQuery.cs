using System.Data.Common;

namespace Agendas.Data.Search;

/// <summary>
/// The data version read on a connection and transaction already open: what an in-memory snapshot is read at and
/// what a search compares it with, in the same read transaction as the rest of their reads.
/// </summary>
internal static class DataVersionQuery
{
    /// <summary>Runs on <paramref name="command"/> (its connection and transaction set) and disposes it.</summary>
    public static async Task<long> ReadAsync(DbCommand command, CancellationToken ct)
    {
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = $"SELECT Version FROM DataVersion WHERE Id = {Entities.DataVersion.SingletonId}";
            return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is long version ? version : 0;
        }
    }
}
