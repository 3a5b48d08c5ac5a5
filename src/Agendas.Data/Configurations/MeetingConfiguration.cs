using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Slug).IsRequired();
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.HasIndex(m => m.StartDate);
        builder.PrimitiveCollection(m => m.Councils).IsRequired();
    }
}
