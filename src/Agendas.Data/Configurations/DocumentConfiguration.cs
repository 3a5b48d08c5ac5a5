using Agendas.Core.Model;
using Agendas.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Agendas.Data.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        // Outside tools read the tables: store the words of the JSON contract, not enum numbers.
        builder.Property(d => d.Kind)
            .HasConversion(k => k == DocumentKind.Agenda ? "agenda" : "report", s => s == "agenda" ? DocumentKind.Agenda : DocumentKind.Report)
            .IsRequired();
        builder.Property(d => d.Addressee)
            .HasConversion(a => a == Addressee.TweedeKamer ? "tweede-kamer" : "eerste-kamer", s => s == "tweede-kamer" ? Addressee.TweedeKamer : Addressee.EersteKamer);

        builder.HasIndex(d => d.Slug).IsUnique();
        builder.HasIndex(d => d.ContentHash).IsUnique();
        builder.HasIndex(d => new { d.MeetingId, d.Kind, d.Ordinal }).IsUnique();
        builder.HasIndex(d => d.Kamerstuk);
        builder.HasIndex(d => d.Reference);

        builder.HasOne(d => d.Meeting).WithMany(m => m.Documents).HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Signatories).WithOne(s => s.Document).HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Sessions).WithOne(s => s.Document).HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Attachments).WithOne(a => a.Document).HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.References).WithOne(r => r.Document).HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Paragraphs).WithOne(p => p.Document).HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
