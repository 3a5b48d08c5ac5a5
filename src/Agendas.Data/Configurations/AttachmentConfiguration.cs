using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.HasIndex(a => new { a.DocumentId, a.Ordinal }).IsUnique();
        builder.HasMany(a => a.Paragraphs).WithOne(p => p.Attachment).HasForeignKey(p => p.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
