using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        // Not unique: a letter may go back to an earlier text, which is then both a past and the current version.
        builder.HasIndex(v => v.ContentHash);
        builder.HasOne(v => v.Document).WithMany(d => d.Versions).HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
