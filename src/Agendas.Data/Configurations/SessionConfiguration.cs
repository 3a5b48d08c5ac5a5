using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.HasIndex(s => new { s.DocumentId, s.Number }).IsUnique();
        builder.HasIndex(s => new { s.DocumentId, s.Slug }).IsUnique();
        builder.HasMany(s => s.Items).WithOne(i => i.Session).HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Paragraphs).WithOne(p => p.Session).HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Footnotes).WithOne(f => f.Session).HasForeignKey(f => f.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Topics).WithOne(t => t.Session).HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Mentions).WithOne(m => m.Session).HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
