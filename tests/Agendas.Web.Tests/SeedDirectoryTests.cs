using Agendas.Web.Hosting;
using Agendas.Web.Tests.Infrastructure;

namespace Agendas.Web.Tests;

public sealed class SeedDirectoryTests
{
    [Fact]
    public void Finds_the_repository_seeds_from_the_web_project_folder()
    {
        string contentRoot = Path.Combine(RepositoryRoot.Path, "src", "Agendas.Web");

        Assert.Equal(Path.Combine(RepositoryRoot.Path, "seeds"), SeedDirectory.Locate(null, contentRoot, "/nonexistent"));
    }

    [Fact]
    public void Finds_the_seeds_shipped_next_to_a_published_app()
    {
        using var published = new TempDirectory();
        string seeds = Path.Combine(published.Path, "seeds");
        Directory.CreateDirectory(seeds);
        File.WriteAllText(Path.Combine(seeds, SeedDirectory.MarkerFile), "{}");

        Assert.Equal(seeds, SeedDirectory.Locate("", "/", published.Path));
    }

    [Fact]
    public void A_configured_folder_wins_and_is_relative_to_the_content_root()
    {
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "brieven"), SeedDirectory.Locate("../brieven", Path.Combine(RepositoryRoot.Path, "src"), AppContext.BaseDirectory));
    }

    [Fact]
    public void No_seed_folder_anywhere_gives_null()
    {
        using var empty = new TempDirectory();

        Assert.Null(SeedDirectory.Locate(null, empty.Path, empty.Path));
    }
}
