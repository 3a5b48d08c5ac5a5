using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.HasIndex(i => new { i.SessionId, i.Slug }).IsUnique();
        builder.HasIndex(i => new { i.SessionId, i.Ordinal }).IsUnique();
        builder.HasMany(i => i.Paragraphs).WithOne(p => p.Item).HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Footnotes).WithOne(f => f.Item).HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Topics).WithOne(t => t.Item).HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Mentions).WithOne(m => m.Item).HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
