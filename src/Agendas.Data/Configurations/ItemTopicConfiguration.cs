using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class ItemTopicConfiguration : IEntityTypeConfiguration<ItemTopic>
{
    public void Configure(EntityTypeBuilder<ItemTopic> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_ItemTopics_OneOwner", """("SessionId" IS NOT NULL) + ("ItemId" IS NOT NULL) = 1"""));
        builder.HasIndex(l => new { l.ItemId, l.TopicId }).IsUnique().HasFilter("\"ItemId\" IS NOT NULL");
        builder.HasIndex(l => new { l.SessionId, l.TopicId }).IsUnique().HasFilter("\"SessionId\" IS NOT NULL");
        builder.HasIndex(l => l.TopicId);
    }
}
