using Agendas.Core.Model;
using Agendas.Core.Topics;
using Agendas.Data.Entities;
using Agendas.Data.Import;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Agendas.Data.Tests.Infrastructure.Letters;

namespace Agendas.Data.Tests;

/// <summary>
/// The topics an item's or a session's text names are stored with it (<c>TopicMentions</c>, for related topics), kept
/// with the vocabulary that found them, and found again when the vocabulary changes or was never applied.
/// </summary>
public sealed class TopicMentionTests : IAsyncLifetime
{
    private static readonly DateOnly December1 = new(2020, 12, 1);
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task A_stored_item_keeps_the_topics_its_heading_and_text_name_and_a_session_those_of_its_title_and_own_text()
    {
        var session = Session(1, "Werklunch over Afghanistan", ("China", "china", "Over China en de **Rusland**-dialoog.")) with
        {
            Paragraphs = ["De ministers spreken ook over Oekraïne."],
        };
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, sessions: session), "brief");

        Assert.Equal(["china", "rusland"], await MentionsAsync(db => db.TopicMentions.Where(m => m.ItemId != null)));
        Assert.Equal(["afghanistan", "oekraine"], await MentionsAsync(db => db.TopicMentions.Where(m => m.SessionId != null)));
    }

    [Fact]
    public async Task Mentions_found_with_the_current_vocabulary_are_left_alone()
    {
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1), "brief");
        await using var db = _store.Open();
        await TopicMentions.EnsureCurrentAsync(db, TempStore.Vocabulary);
        long version = await DataVersionAsync();

        Assert.False(await TopicMentions.EnsureCurrentAsync(db, TempStore.Vocabulary));

        Assert.Equal(version, await DataVersionAsync());
    }

    [Fact]
    public async Task A_new_topic_in_the_vocabulary_is_found_in_letters_stored_before_it()
    {
        var session = Session(1, null, ("China", "china", "Over China en de Noordpool."));
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, sessions: session), "brief");
        long version = await DataVersionAsync();
        var wider = new TopicVocabulary([.. TempStore.Vocabulary.Topics, new Agendas.Core.Topics.Topic("noordpool", "Noordpool", "Arctic", ["Noordpool", "Arctic"])]);

        await using (var db = _store.Open())
        {
            Assert.True(await TopicMentions.EnsureCurrentAsync(db, wider));
        }

        Assert.Equal(["china", "noordpool"], await MentionsAsync(db => db.TopicMentions));
        // Cached pages with the old related topics are dropped.
        Assert.True(await DataVersionAsync() > version);
    }

    [Fact]
    public async Task A_store_from_before_mentions_were_kept_gets_them_at_the_next_import()
    {
        var session = Session(1, null, ("China", "china", "Over China en Rusland."));
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, sessions: session), "brief");
        // As the migration leaves a store written before: no mentions, no vocabulary recorded.
        await _store.QueryAsync(async db =>
        {
            await db.TopicMentions.ExecuteDeleteAsync();
            return await db.DataVersion.ExecuteUpdateAsync(s => s.SetProperty(v => v.MentionsVocabulary, (string?)null));
        });

        var summary = await _store.ImportAsync(_store.Folder);

        Assert.Equal(0, summary.Failed);
        Assert.Equal(["china", "rusland"], await MentionsAsync(db => db.TopicMentions));
    }

    [Fact]
    public async Task A_replaced_letter_takes_its_mentions_with_it()
    {
        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, sessions: Session(1, null, ("China", "china", "Over Rusland."))), "versie 1");

        await SaveAsync(_store, Letter(DocumentKind.Agenda, December1, sessions: Session(1, null, ("China", "china", "Over Oekraïne."))), "versie 2");

        Assert.Equal(["china", "oekraine"], await MentionsAsync(db => db.TopicMentions));
    }

    private Task<List<string>> MentionsAsync(Func<AgendasDbContext, IQueryable<MentionedTopic>> mentions) =>
        _store.QueryAsync(db => mentions(db).Select(m => m.Topic.Slug).Distinct().OrderBy(s => s).ToListAsync());

    private Task<long> DataVersionAsync() =>
        _store.QueryAsync(db => db.DataVersion.Select(v => v.Version).SingleAsync());
}
