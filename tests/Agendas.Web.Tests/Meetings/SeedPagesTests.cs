using System.Net;
using Agendas.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Web.Tests.Meetings;

/// <summary>
/// Every meeting and session of the five seeds answers at its address, with every item's anchor and every paragraph's.
/// What to expect is read from the database the importer filled, so a page that drops an item fails here.
/// </summary>
public sealed class SeedPagesTests(AgendasAppFactory app) : IClassFixture<AgendasAppFactory>
{
    [Fact]
    public async Task Every_meeting_of_the_seeds_answers_200_and_links_each_of_its_sessions()
    {
        using var client = app.CreateClient();
        await using var db = app.CreateDbContext();
        var sessions = await db.Sessions.Select(s => new { Meeting = s.Document.Meeting.Slug, s.Number }).ToListAsync();
        var meetings = sessions.GroupBy(s => s.Meeting).Select(g => new { Slug = g.Key, Sessions = g.Select(s => s.Number).Distinct() }).ToList();

        Assert.Equal(5, meetings.Count);
        foreach (var meeting in meetings)
        {
            var page = await FetchedPage.GetAsync(client, $"/vergaderingen/{meeting.Slug}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var links = page.Main.QuerySelectorAll("a.session-link").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(meeting.Sessions.Order().Select(n => $"/vergaderingen/{meeting.Slug}/sessie-{n}"), links);
        }
    }

    [Fact]
    public async Task Every_session_of_the_seeds_answers_200_with_each_item_and_paragraph_anchor()
    {
        using var client = app.CreateClient();
        await using var db = app.CreateDbContext();
        var sessions = await db.Sessions.Select(s => new
        {
            Meeting = s.Document.Meeting.Slug,
            s.Number,
            Items = s.Items.OrderBy(i => i.Ordinal).Select(i => new { i.Slug, i.Heading, Paragraphs = i.Paragraphs.Count }).ToList(),
        }).ToListAsync();

        Assert.Equal(14, sessions.Count);
        foreach (var session in sessions)
        {
            var page = await SessionPage.LoadAsync(client, session.Meeting, session.Number);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(session.Items.Select(i => (i.Slug, i.Heading)), page.Items);
            foreach (var item in session.Items)
            {
                Assert.Equal(Enumerable.Range(1, item.Paragraphs).Select(n => $"{item.Slug}-p{n}"), page.ParagraphIds(item.Slug));
            }
        }
    }

    [Fact]
    public async Task Every_id_on_a_session_page_is_unique()
    {
        using var client = app.CreateClient();
        var page = await SessionPage.LoadAsync(client, "2021-06-01-buitenlandse-zaken-en-defensie", 1);

        var ids = page.Page.Document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(13, page.Items.Count);
    }

    [Theory]
    [InlineData("/vergaderingen/1999-01-01-buitenlandse-zaken")]
    [InlineData("/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-9")]
    [InlineData("/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-0")]
    [InlineData("/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-twee")]
    [InlineData("/vergaderingen/1999-01-01-buitenlandse-zaken/sessie-1")]
    [InlineData("/onderwerpen/bestaat-niet")]
    [InlineData("/kst-12345-1")]
    public async Task Unknown_meetings_sessions_topics_and_kamerstukken_get_the_404_page_with_a_search_box(string path)
    {
        using var client = app.CreateClient();
        var page = await FetchedPage.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.NotNull(page.ContentSearchForm);
        Assert.NotNull(page.Main.QuerySelector("a[href='/']"));
    }
}
