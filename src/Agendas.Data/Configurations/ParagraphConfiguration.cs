using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class ParagraphConfiguration : IEntityTypeConfiguration<Paragraph>
{
    public void Configure(EntityTypeBuilder<Paragraph> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Paragraphs_OneOwner",
            """("SessionId" IS NOT NULL) + ("ItemId" IS NOT NULL) + ("AttachmentId" IS NOT NULL) <= 1"""));

        // One ordinal per owner. SQLite treats NULLs as distinct, so each owner kind gets its own filtered index.
        builder.HasIndex(p => new { p.ItemId, p.Ordinal }).IsUnique().HasFilter("\"ItemId\" IS NOT NULL");
        builder.HasIndex(p => new { p.SessionId, p.Ordinal }).IsUnique().HasFilter("\"SessionId\" IS NOT NULL");
        builder.HasIndex(p => new { p.AttachmentId, p.Ordinal }).IsUnique().HasFilter("\"AttachmentId\" IS NOT NULL");
        builder.HasIndex(p => new { p.DocumentId, p.Ordinal })
            .IsUnique()
            .HasFilter("\"SessionId\" IS NULL AND \"ItemId\" IS NULL AND \"AttachmentId\" IS NULL")
            .HasDatabaseName("IX_Paragraphs_Introduction");
    }
}
