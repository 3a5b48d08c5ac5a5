using System.Text;
using Agendas.Data.Import;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests.Hostile;

/// <summary>Letters whose content is hostile: mixed and broken encodings, and one of 5,000 items.</summary>
public sealed class HostileLetterTests : IAsyncLifetime
{
    private static readonly Encoding Windows1252 = CodePages();

    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task A_letter_of_mixed_and_invalid_UTF8_is_imported_with_every_line_readable()
    {
        // Seed 004 with every other line written in Windows-1252 and a few bytes that are no encoding at all.
        string[] lines = Seeds.Text("004").Split('\n');
        using var bytes = new MemoryStream();
        for (int i = 0; i < lines.Length; i++)
        {
            bytes.Write(i % 2 == 0 ? Encoding.UTF8.GetBytes(lines[i]) : Windows1252.GetBytes(lines[i]));
            if (i == 30)
            {
                bytes.Write([0xC3, 0x28, 0xFF]);   // a cut two-byte sequence, then a byte UTF-8 never uses
            }
            bytes.WriteByte((byte)'\n');
        }
        string file = _store.WriteFile("gemengd.txt", bytes.ToArray());

        var outcome = (await _store.ImportAsync(file)).Outcomes.Single();

        Assert.Equal(ImportStatus.Imported, outcome.Status);
        var document = await _store.QueryAsync(db => db.Documents.SingleAsync());
        Assert.Equal("utf-8+windows-1252", document.SourceEncoding);
        string[] stored = document.SourceText.Split('\n');
        // Every line of the letter reads as written, whichever encoding it came in (no "Ã«" for "ë").
        Assert.All(lines.Select((line, i) => (line, i)).Where(x => x.i != 30), x => Assert.Equal(x.line, stored[x.i]));
        Assert.StartsWith(lines[30] + "Ã(ÿ", stored[30], StringComparison.Ordinal);
        var paragraphs = await _store.QueryAsync(db => db.Paragraphs.Select(p => p.Text).ToListAsync());
        Assert.Contains(paragraphs, p => p.Contains("Oekraïne", StringComparison.Ordinal));
        await StoreHealth.AssertIntactAsync(_store);
    }

    [Fact]
    public async Task A_letter_of_five_thousand_items_is_imported_whole()
    {
        const int count = 5000;
        string text = FiveThousandItems(count);
        string file = _store.WriteFile("vijfduizend.txt", text);

        var outcome = (await _store.ImportAsync(file)).Outcomes.Single();

        Assert.Equal(ImportStatus.Imported, outcome.Status);
        Assert.Equal(count, outcome.Items);
        var rows = await _store.CountRowsAsync();
        Assert.Equal(count, rows["Items"]);
        Assert.Equal(1, rows["Documents"]);
        var slugs = await _store.QueryAsync(db => db.Items.Select(i => i.Slug).ToListAsync());
        Assert.Equal(count, slugs.Distinct(StringComparer.Ordinal).Count());
        await StoreHealth.AssertIntactAsync(_store);

        // Imported again: unchanged, and nothing doubled.
        var again = (await _store.ImportAsync(file)).Outcomes.Single();
        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Equal(rows, await _store.CountRowsAsync());
    }

    // Seed 004's letterhead, title and introduction, then items "Onderwerp nummer N" with a paragraph each.
    private static string FiveThousandItems(int count)
    {
        string[] seed = Seeds.Text("004").Split('\n');
        int firstItem = Array.FindIndex(seed, l => l.Trim() == "Trans-Atlantische betrekkingen");
        var sb = new StringBuilder(string.Join('\n', seed[..firstItem]));
        for (int n = 1; n <= count; n++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"\nOnderwerp nummer {n}\n\nDe ministers spreken over onderwerp {n}. Nederland steunt de inzet van de bondgenoten hierbij.\n");
        }
        return sb.ToString();
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
