using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class MentionedTopicConfiguration : IEntityTypeConfiguration<MentionedTopic>
{
    public void Configure(EntityTypeBuilder<MentionedTopic> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_TopicMentions_OneOwner", """("SessionId" IS NOT NULL) + ("ItemId" IS NOT NULL) = 1"""));
        builder.HasIndex(m => new { m.ItemId, m.TopicId }).IsUnique().HasFilter("\"ItemId\" IS NOT NULL");
        builder.HasIndex(m => new { m.SessionId, m.TopicId }).IsUnique().HasFilter("\"SessionId\" IS NOT NULL");
        builder.HasOne(m => m.Topic).WithMany().HasForeignKey(m => m.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
