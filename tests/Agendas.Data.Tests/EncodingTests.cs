using System.Text;
using Agendas.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Agendas.Data.Tests;

/// <summary>Input as found in the wild: the same letter in Windows-1252 with CRLF line ends is the same letter.</summary>
public sealed class EncodingTests : IAsyncLifetime
{
    private readonly TempStore _utf8 = new();
    private readonly TempStore _windows = new();

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task InitializeAsync()
    {
        await _utf8.InitializeAsync();
        await _windows.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _utf8.DisposeAsync();
        await _windows.DisposeAsync();
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("003")]
    public async Task A_windows_1252_copy_with_crlf_imports_with_the_same_parse(string seed)
    {
        string text = Seeds.Text(seed);
        byte[] windows = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            .GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Contains((byte)0xEB, windows); // ë as one byte: this really is not UTF-8

        var fromUtf8 = await _utf8.ImportAsync(Seeds.Path(seed));
        var fromWindows = await _windows.ImportAsync(_windows.WriteFile($"{seed}-cp1252.txt", windows));

        Assert.Equal("1 imported, 0 updated, 0 unchanged, 0 failed", fromUtf8.SummaryLine);
        Assert.Equal("1 imported, 0 updated, 0 unchanged, 0 failed", fromWindows.SummaryLine);
        Assert.Equal(await Dump(_utf8), await Dump(_windows));
        Assert.Equal("windows-1252", await _windows.QueryAsync(db => db.Documents.Select(d => d.SourceEncoding).SingleAsync()));
    }

    // Everything the pages show, as one comparable text.
    private static Task<string> Dump(TempStore store) => store.QueryAsync(async db =>
    {
        var sb = new StringBuilder();
        var document = await db.Documents.Include(d => d.Meeting).Include(d => d.Signatories).Include(d => d.References).SingleAsync();
        sb.AppendLine($"{document.Slug} | {document.Title} | {document.LetterDate} | {document.Addressee} | {document.Kamerstuk} | {document.Reference}");
        sb.AppendLine($"{document.Meeting.Slug} | {string.Join(",", document.Meeting.Councils)} | {document.Meeting.StartDate} | {document.Meeting.EndDate} | {document.Meeting.Location} | {document.Meeting.Virtual}");
        sb.AppendLine(string.Join(" | ", document.Signatories.OrderBy(s => s.Ordinal).Select(s => $"{s.Name} ({s.Role})")));
        sb.AppendLine(string.Join(" | ", document.References.OrderBy(r => r.Ordinal).Select(r => r.Value)));
        foreach (var s in await db.Sessions.OrderBy(s => s.Number).Select(s => new { s.Slug, s.Title, s.Date }).ToListAsync())
        {
            sb.AppendLine($"{s.Slug} | {s.Title} | {s.Date}");
        }
        foreach (var i in await db.Items.OrderBy(i => i.Session.Number).ThenBy(i => i.Ordinal).Select(i => new { Session = i.Session.Slug, i.Slug, i.Heading }).ToListAsync())
        {
            sb.AppendLine($"{i.Session}#{i.Slug} | {i.Heading}");
        }
        foreach (var p in await db.Paragraphs.OrderBy(p => p.Id).Select(p => new { p.SessionId, p.ItemId, p.AttachmentId, p.Ordinal, p.Text }).ToListAsync())
        {
            sb.AppendLine($"{(p.ItemId is null ? "" : "item")}{(p.SessionId is null ? "" : "session")}{(p.AttachmentId is null ? "" : "attachment")} {p.Ordinal}: {p.Text}");
        }
        foreach (var f in await db.Footnotes.OrderBy(f => f.Number).Select(f => new { f.Number, f.Text }).ToListAsync())
        {
            sb.AppendLine($"[{f.Number}] {f.Text}");
        }
        return sb.ToString();
    });
}
