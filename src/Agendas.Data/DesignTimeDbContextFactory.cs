using Microsoft.EntityFrameworkCore.Design;

namespace Agendas.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without a host (migrations live in this project).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AgendasDbContext>
{
    public AgendasDbContext CreateDbContext(string[] args) =>
        AgendasDatabase.CreateContext(args.Length > 0 ? args[0] : AgendasDatabase.DefaultConnectionString);
}
