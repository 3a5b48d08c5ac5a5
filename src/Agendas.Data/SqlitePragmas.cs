using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Agendas.Data;

/// <summary>
/// Per-connection settings, applied each time EF Core opens a connection (SQLite keeps them per connection, not in
/// the file). <c>synchronous=NORMAL</c>: in WAL mode a commit then appends to the log without waiting for the disk;
/// the log is synced at each checkpoint. A killed process loses nothing it committed and the file stays consistent;
/// only a power cut or an OS crash can take back the last commits, and those are whole letters, which the next
/// import writes again. FULL made each letter's commit wait for an fsync (a fifth of the import time).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Sql = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }
}
