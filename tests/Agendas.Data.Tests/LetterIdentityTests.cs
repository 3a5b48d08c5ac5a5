using Agendas.Core.Model;
using Agendas.Data.Import;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Agendas.Data.Tests.Infrastructure.Letters;

namespace Agendas.Data.Tests;

/// <summary>A letter is identified by kind and meeting, or by its Kamerstuk or reference (importer.md, "Identity of a letter").</summary>
public sealed class LetterIdentityTests : IAsyncLifetime
{
    private static readonly DateOnly December1 = new(2020, 12, 1);
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task A_changed_letter_of_the_same_kind_and_meeting_replaces_the_earlier_version()
    {
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1), "versie 1");

        var result = await SaveAsync(_store, Letter(DocumentKind.Agenda, December1), "versie 2");

        Assert.Equal(ImportStatus.Updated, result.Status);
        Assert.Equal("2020-12-01-buitenlandse-zaken-agenda", result.DocumentSlug);
        Assert.Equal(1, await _store.QueryAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task The_same_bytes_again_are_unchanged()
    {
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1), "versie 1");

        var result = await SaveAsync(_store, Letter(DocumentKind.Agenda, December1), "versie 1");

        Assert.Equal(ImportStatus.Unchanged, result.Status);
    }

    [Fact]
    public async Task A_second_agenda_with_another_kamerstuk_is_an_addendum_beside_the_first()
    {
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, kamerstuk: "28676-300"), "de agenda");

        var result = await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, kamerstuk: "28676-301"), "een aanvulling");

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal("2020-12-01-buitenlandse-zaken-agenda-2", result.DocumentSlug);
        var documents = await _store.QueryAsync(db => db.Documents.OrderBy(d => d.Ordinal).Select(d => new { d.Slug, d.MeetingId }).ToListAsync());
        Assert.Equal(2, documents.Count);
        Assert.Equal(documents[0].MeetingId, documents[1].MeetingId);
    }

    [Fact]
    public async Task A_report_sits_beside_the_agenda_of_its_meeting()
    {
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1), "de agenda");

        var result = await SaveAsync(_store, Letter(DocumentKind.Report, December1), "het verslag");

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal("2020-12-01-buitenlandse-zaken-verslag", result.DocumentSlug);
        Assert.Equal(1, await _store.QueryAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task The_report_outranks_the_agenda_on_the_facts_of_the_meeting()
    {
        await SaveAsync(_store, Letter(DocumentKind.Report, December1, location: "Brussel"), "het verslag");

        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, location: null), "de agenda");

        var meeting = await _store.QueryAsync(db => db.Meetings.SingleAsync());
        Assert.Equal("Brussel", meeting.Location);
        Assert.False(meeting.Virtual);
    }

    [Fact]
    public async Task A_letter_with_the_same_kamerstuk_whose_meeting_moved_keeps_a_redirect_from_every_old_address()
    {
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, kamerstuk: "28676-300"), "1 december");

        var result = await SaveAsync(_store, Letter(DocumentKind.Agenda, new DateOnly(2020, 12, 2), kamerstuk: "28676-300"), "2 december");

        Assert.Equal(ImportStatus.Updated, result.Status);
        Assert.Equal("2020-12-02-buitenlandse-zaken-agenda", result.DocumentSlug);
        Assert.Equal(["2020-12-02-buitenlandse-zaken"], await _store.QueryAsync(db => db.Meetings.Select(m => m.Slug).ToListAsync()));
        var history = await HistoryAsync();
        Assert.Equal("/vergaderingen/2020-12-02-buitenlandse-zaken", history["/vergaderingen/2020-12-01-buitenlandse-zaken"]);
        Assert.Equal("/vergaderingen/2020-12-02-buitenlandse-zaken/sessie-1", history["/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-1"]);
        Assert.Equal("/vergaderingen/2020-12-02-buitenlandse-zaken/sessie-1#china", history["/vergaderingen/2020-12-01-buitenlandse-zaken/sessie-1#china"]);
        Assert.Equal("/documenten/2020-12-02-buitenlandse-zaken-agenda", history["/documenten/2020-12-01-buitenlandse-zaken-agenda"]);
    }

    [Fact]
    public async Task Redirects_do_not_chain_when_an_address_moves_twice()
    {
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, kamerstuk: "28676-300"), "1 december");
        await SaveAsync(_store, Letter(DocumentKind.Agenda, new DateOnly(2020, 12, 2), kamerstuk: "28676-300"), "2 december");

        await SaveAsync(_store, Letter(DocumentKind.Agenda, new DateOnly(2020, 12, 3), kamerstuk: "28676-300"), "3 december");

        var history = await HistoryAsync();
        Assert.Equal("/vergaderingen/2020-12-03-buitenlandse-zaken", history["/vergaderingen/2020-12-01-buitenlandse-zaken"]);
        Assert.Equal("/vergaderingen/2020-12-03-buitenlandse-zaken", history["/vergaderingen/2020-12-02-buitenlandse-zaken"]);
    }

    [Fact]
    public async Task A_renumbered_session_redirects_to_its_new_number_and_a_removed_item_to_its_session()
    {
        var before = Letter(DocumentKind.Agenda, December1, sessions:
        [
            Session(1, "Werklunch", ("Rusland", "rusland", "Over Rusland.")),
            Session(2, "China en de Indo-Pacific", ("China", "china", "Over China."), ("Japan", "japan", "Over Japan.")),
        ]);
        var after = Letter(DocumentKind.Agenda, December1, sessions:
        [
            Session(1, "China en de Indo-Pacific", ("China", "china", "Over China."), ("Japan en Korea", "japan-en-korea", "Over Japan.")),
        ]);
        await SaveAsync(_store, before, "twee sessies");

        await SaveAsync(_store, after, "een sessie");

        var history = await HistoryAsync();
        const string M = "/vergaderingen/2020-12-01-buitenlandse-zaken";
        Assert.Equal($"{M}/sessie-1", history[$"{M}/sessie-2"]);
        Assert.Equal($"{M}/sessie-1#china", history[$"{M}/sessie-2#china"]);
        Assert.Equal($"{M}/sessie-1#japan-en-korea", history[$"{M}/sessie-2#japan"]);
        Assert.Equal($"{M}/sessie-1", history[$"{M}/sessie-1#rusland"]);
        Assert.False(history.ContainsKey($"{M}/sessie-1"), "sessie-1 still exists, so it must not redirect");
    }

    [Fact]
    public async Task Item_topics_and_session_topics_are_linked()
    {
        var session = new ParsedSession(1, "sessie-1", "Rusland", null, ["rusland"], ["Over Rusland."], [], [new ParsedItem("China", "china", ["china"], ["Over China."], [])]);
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, sessions: [session]), "onderwerpen");

        var links = await _store.QueryAsync(db => db.ItemTopics.Select(l => new { l.Topic.Slug, l.ItemId, l.SessionId }).ToListAsync());

        Assert.Contains(links, l => l.Slug == "china" && l.ItemId != null && l.SessionId == null);
        Assert.Contains(links, l => l.Slug == "rusland" && l.ItemId == null && l.SessionId != null);
    }

    private Task<Dictionary<string, string>> HistoryAsync() =>
        _store.QueryAsync(db => db.SlugHistory.ToDictionaryAsync(r => r.OldPath, r => r.NewPath));
}
