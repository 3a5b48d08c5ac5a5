using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests;

public sealed class SchemaTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task The_migrations_match_the_model()
    {
        Assert.False(await _store.QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())), "run: dotnet ef migrations add <Name> --project src/Agendas.Data");
    }

    [Fact]
    public async Task Tables_have_the_names_outside_tools_read()
    {
        var tables = await _store.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync());

        Assert.Subset(tables.ToHashSet(), RowCounts.Tables.ToHashSet());
    }

    [Fact]
    public async Task Foreign_keys_are_enforced()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => _store.ExecuteAsync("""INSERT INTO "Sessions" ("DocumentId", "Number", "Slug") VALUES (4242, 1, 'sessie-1')"""));

        Assert.Contains("FOREIGN KEY", ex.Message, StringComparison.Ordinal);
    }
}
