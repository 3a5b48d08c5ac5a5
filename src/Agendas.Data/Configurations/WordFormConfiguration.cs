using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class WordFormConfiguration : IEntityTypeConfiguration<WordForm>
{
    public void Configure(EntityTypeBuilder<WordForm> builder) => builder.HasIndex(w => w.Form).IsUnique();
}
