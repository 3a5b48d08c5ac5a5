using Agendas.Web.Feeds;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Tests.Feeds;

/// <summary>
/// The newest entries of a topic (the feed asks for 100) are read by SQL in the feed's order; they must be the first
/// entries of the whole timeline in that order, ties within a meeting included, for every topic of the seeds.
/// </summary>
public sealed class TopicEntriesTests(AgendasAppFactory app) : IClassFixture<AgendasAppFactory>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_newest_entries_are_the_first_of_all_entries(int newest)
    {
        _ = app.Services; // starts the app: migration and seed import
        await using var db = app.CreateDbContext();
        var topics = await db.Topics.AsNoTracking().Select(t => t.Slug).ToListAsync();
        int longer = 0;
        foreach (string topic in topics)
        {
            var all = (await TopicEntries.LoadAsync(db, topic, newest: null, default))!.Entries;
            var first = (await TopicEntries.LoadAsync(db, topic, newest, default))!.Entries;

            // The path is an entry's identity (the records hold lists, which compare by reference).
            Assert.Equal(all.Take(newest).Select(e => e.Path), first.Select(e => e.Path));
            longer += all.Count > newest ? 1 : 0;
        }
        Assert.True(longer > 0, $"no topic has more than {newest} entries");
    }
}
