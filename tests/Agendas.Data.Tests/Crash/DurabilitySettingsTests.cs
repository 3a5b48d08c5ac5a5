using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests.Crash;

/// <summary>The settings docs/architecture.md ("Durability") promises, as a connection of the app sees them.</summary>
public sealed class DurabilitySettingsTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Theory]
    [InlineData("journal_mode", "wal")]
    [InlineData("synchronous", "2")]
    [InlineData("foreign_keys", "1")]
    public async Task A_connection_of_the_app_has(string pragma, string value)
    {
        await using var db = AgendasDatabase.CreateContext(AgendasDatabase.ForFile(_store.DatabasePath));

        // The pragma names come from the fixed cases above, never from input.
#pragma warning disable EF1002
        string actual = await db.Database.SqlQueryRaw<string>($"SELECT CAST({pragma} AS TEXT) AS \"Value\" FROM pragma_{pragma}").SingleAsync();
#pragma warning restore EF1002

        Assert.Equal(value, actual);
    }
}
