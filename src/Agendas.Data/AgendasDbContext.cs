using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data;

/// <summary>
/// The store of imported letters. Table names are EF Core's defaults from the set names below
/// (<c>Documents</c>, <c>Meetings</c>, …): outside tools read them, so renaming a set is a schema change.
/// </summary>
public sealed class AgendasDbContext(DbContextOptions<AgendasDbContext> options) : DbContext(options)
{
    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Document> Documents => Set<Document>();

    /// <summary>Earlier source texts of letters that a changed file replaced.</summary>
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();

    public DbSet<Signatory> Signatories => Set<Signatory>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Item> Items => Set<Item>();

    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();

    public DbSet<Footnote> Footnotes => Set<Footnote>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<ItemTopic> ItemTopics => Set<ItemTopic>();

    /// <summary>Topics that items and sessions name in their text (for related topics).</summary>
    public DbSet<MentionedTopic> TopicMentions => Set<MentionedTopic>();

    public DbSet<Reference> References => Set<Reference>();

    /// <summary>Old address → new address, for permanent redirects (table <c>SlugHistory</c>).</summary>
    public DbSet<SlugRedirect> SlugHistory => Set<SlugRedirect>();

    public DbSet<WordForm> WordForms => Set<WordForm>();

    /// <summary>One row; bumped by every import that changes data.</summary>
    public DbSet<DataVersion> DataVersion => Set<DataVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AgendasDbContext).Assembly);
}
