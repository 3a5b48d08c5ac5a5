using System.Text;

namespace Agendas.Data.Tests.Infrastructure;

/// <summary>Files the importer must refuse, each with the error code it should give.</summary>
internal static class BadFiles
{
    public static readonly TheoryData<string> Kinds = ["empty", "nul-bytes", "pdf", "too-large", "eu-letter", "random-text"];

    public static (string Name, byte[] Bytes, string Code) Make(string kind) => kind switch
    {
        "empty" => ("leeg.txt", [], "empty"),
        "nul-bytes" => ("binair.txt", [0x4E, 0x41, 0x56, 0x4F, 0x00, 0x01, 0x02, 0xFF, 0x00, 0x10], "binary"),
        "pdf" => ("brief.txt", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "binary"),
        "too-large" => ("groot.txt", TooLarge(), "too-large"),
        "eu-letter" => ("raad-buitenlandse-zaken-eu.txt", File.ReadAllBytes(Seeds.Fixture("eu-raad-buitenlandse-zaken.txt")), "not-a-letter"),
        "random-text" => ("willekeurig.txt", Encoding.UTF8.GetBytes(RandomText()), "not-a-letter"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // Plain text, so that only the size refuses it.
    private static byte[] TooLarge()
    {
        byte[] line = Encoding.ASCII.GetBytes("Dit is een regel tekst die vaak herhaald wordt om het bestand groot te maken.\n");
        var bytes = new byte[(5 * 1024 * 1024) + line.Length];
        for (int i = 0; i + line.Length <= bytes.Length; i += line.Length)
        {
            line.CopyTo(bytes, i);
        }
        Array.Fill(bytes, (byte)'\n', bytes.Length - (bytes.Length % line.Length), bytes.Length % line.Length);
        return bytes;
    }

    // Words of random letters in lines, from a fixed seed: readable text that is no letter at all.
    private static string RandomText()
    {
        var random = new Random(20240601);
        var sb = new StringBuilder();
        for (int line = 0; line < 40; line++)
        {
            for (int word = 0; word < 10; word++)
            {
                int length = random.Next(2, 10);
                for (int i = 0; i < length; i++)
                {
                    sb.Append((char)('a' + random.Next(26)));
                }
                sb.Append(' ');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
