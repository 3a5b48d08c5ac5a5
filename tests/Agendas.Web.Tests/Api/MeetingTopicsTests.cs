using Agendas.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Tests.Api;

/// <summary>
/// The topics /api/vergaderingen and the meeting list give each meeting (read from its sessions' tag rows) are every
/// topic an item or a session of any of its letters is tagged with, over the seeds.
/// </summary>
public sealed class MeetingTopicsTests(AgendasServerFixture server) : IClassFixture<AgendasServerFixture>
{
    [Fact]
    public async Task Each_meeting_lists_every_topic_of_its_items_and_sessions()
    {
        using var client = server.CreateHttpClient();
        var list = (await ApiCall.GetAsync(client, "/api/vergaderingen?aantal=100")).Body;

        await using var db = server.CreateDbContext();
        var tags = await db.ItemTopics.AsNoTracking()
            .Select(t => new
            {
                Meeting = t.ItemId != null ? t.Item!.Session.Document.Meeting.Slug : t.Session!.Document.Meeting.Slug,
                t.Topic.Slug,
            })
            .ToListAsync();
        var meetings = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(tags.Select(t => t.Meeting).Distinct().Count(), meetings.Count);
        foreach (var meeting in meetings)
        {
            string slug = meeting.GetProperty("slug").GetString()!;
            var expected = tags.Where(t => t.Meeting == slug).Select(t => t.Slug).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(expected, meeting.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("slug").GetString()));
        }
    }

    [Fact]
    public async Task Each_row_of_the_meeting_list_shows_every_topic_of_its_items_and_sessions()
    {
        using var client = server.CreateHttpClient();
        var page = await FetchedPage.GetAsync(client, "/vergaderingen");
        var tags = await TagsAsync();

        var rows = page.Main.QuerySelectorAll("table.meetings tbody tr").ToList();
        Assert.Equal(tags.Select(t => t.Meeting).Distinct().Count(), rows.Count);
        foreach (var row in rows)
        {
            string slug = row.QuerySelector("a.meeting-link")!.GetAttribute("href")!["/vergaderingen/".Length..];
            var expected = tags.Where(t => t.Meeting == slug).Select(t => "/onderwerpen/" + t.Topic).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(expected, row.QuerySelectorAll("td.meeting-topics a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
        }
    }

    private async Task<List<(string Meeting, string Topic)>> TagsAsync()
    {
        await using var db = server.CreateDbContext();
        var tags = await db.ItemTopics.AsNoTracking()
            .Select(t => new
            {
                Meeting = t.ItemId != null ? t.Item!.Session.Document.Meeting.Slug : t.Session!.Document.Meeting.Slug,
                t.Topic.Slug,
            })
            .ToListAsync();
        return [.. tags.Select(t => (t.Meeting, t.Slug))];
    }
}
