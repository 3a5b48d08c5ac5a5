using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.PrimitiveCollection(t => t.Aliases).IsRequired();
        builder.HasMany(t => t.Links).WithOne(l => l.Topic).HasForeignKey(l => l.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
