using Agendas.Data;
using Agendas.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Cli;

/// <summary><c>reindex</c>: empties the search index and writes every stored letter into it again, in one transaction.</summary>
internal static class ReindexCommand
{
    public static async Task<int> RunAsync(CliSettings settings, TextWriter stdout, CancellationToken ct)
    {
        var db = AgendasDatabase.CreateContext(settings.ConnectionString);
        await using (db.ConfigureAwait(false))
        {
            await AgendasDatabase.MigrateAsync(db, ct).ConfigureAwait(false);
            int letters = await db.Documents.CountAsync(ct).ConfigureAwait(false);
            int entries = await SearchIndexes.For(db).RebuildAsync(ct).ConfigureAwait(false);
            await stdout.WriteLineAsync($"zoekindex opnieuw opgebouwd: {entries} ingangen uit {letters} brieven").ConfigureAwait(false);
            return ExitCodes.Success;
        }
    }
}
