using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class FootnoteConfiguration : IEntityTypeConfiguration<Footnote>
{
    public void Configure(EntityTypeBuilder<Footnote> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_Footnotes_OneOwner", """("SessionId" IS NOT NULL) + ("ItemId" IS NOT NULL) = 1"""));
        builder.HasIndex(f => new { f.ItemId, f.Number }).IsUnique().HasFilter("\"ItemId\" IS NOT NULL");
        builder.HasIndex(f => new { f.SessionId, f.Number }).IsUnique().HasFilter("\"SessionId\" IS NOT NULL");
    }
}
