using System.Text;
using CsCheck;

namespace Agendas.Core.Tests.Fuzzing;

/// <summary>What can happen to a letter on its way from PDF to text file, as CsCheck generators.</summary>
internal enum MutationKind
{
    Cut,            // a line cut short
    Join,           // two lines run together
    Swap,           // lines shuffled
    Drop,           // a line lost
    Duplicate,      // a line repeated (a page header, a copy-paste)
    ReplaceChars,   // characters replaced by odd ones (control, invisible, markup, anything in the BMP)
    LongLine,       // a very long line (a table or a whole page without breaks)
    Legacy,         // this line written in Windows-1252 in an otherwise UTF-8 file
    BadBytes,       // bytes that are not UTF-8 at all
}

internal sealed record Mutation(MutationKind Kind, int At, int Other, char Char);

/// <summary>A seed letter's lines with mutations applied, and the bytes a file of it would hold.</summary>
internal sealed record MutatedLetter(int Seed, IReadOnlyList<Mutation> Mutations)
{
    private static readonly Encoding Windows1252 = CodePages();

    public override string ToString() => $"seed {Seed}: " + string.Join(", ", Mutations);

    public byte[] Bytes(IReadOnlyList<string[]> seeds)
    {
        var lines = seeds[Seed].Select(l => new Line(l, Legacy: false, BadBytes: null)).ToList();
        foreach (var m in Mutations)
        {
            if (lines.Count == 0)
            {
                break;
            }
            int i = m.At % lines.Count;
            int j = m.Other % lines.Count;
            var line = lines[i];
            switch (m.Kind)
            {
                case MutationKind.Cut: lines[i] = line with { Text = line.Text[..(m.Other % (line.Text.Length + 1))] }; break;
                case MutationKind.Join when i + 1 < lines.Count: lines[i] = line with { Text = line.Text + " " + lines[i + 1].Text }; lines.RemoveAt(i + 1); break;
                case MutationKind.Swap: (lines[i], lines[j]) = (lines[j], lines[i]); break;
                case MutationKind.Drop: lines.RemoveAt(i); break;
                case MutationKind.Duplicate: lines.Insert(j, line); break;
                case MutationKind.ReplaceChars: lines[i] = line with { Text = Replace(line.Text, m.Other, m.Char) }; break;
                case MutationKind.LongLine: lines[i] = line with { Text = string.Concat(Enumerable.Repeat(line.Text + " ", 1 + (m.Other % 300))) }; break;
                case MutationKind.Legacy: lines[i] = line with { Legacy = true }; break;
                case MutationKind.BadBytes: lines[i] = line with { BadBytes = [(byte)(0x80 + (m.Other % 0x80)), (byte)m.Char] }; break;
                default: break;
            }
        }
        using var bytes = new MemoryStream();
        foreach (var line in lines)
        {
            bytes.Write(line.Legacy ? Windows1252.GetBytes(line.Text) : Encoding.UTF8.GetBytes(line.Text));
            bytes.Write(line.BadBytes ?? []);
            bytes.WriteByte((byte)'\n');
        }
        return bytes.ToArray();
    }

    // Every (Other % 7)th character from position Other on becomes the odd one.
    private static string Replace(string text, int other, char c)
    {
        if (text.Length == 0)
        {
            return c.ToString();
        }
        var chars = text.ToCharArray();
        int step = 1 + (other % 7);
        for (int k = other % chars.Length; k < chars.Length; k += step)
        {
            chars[k] = c;
        }
        return new string(chars);
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }

    private sealed record Line(string Text, bool Legacy, byte[]? BadBytes);
}

internal static class LetterGens
{
    /// <summary>Characters that trouble text parsers: controls, invisible and special spaces, markup, superscripts, dashes, any BMP letter.</summary>
    public static readonly Gen<char> OddChar = Gen.Frequency(
        (3, Gen.Char['\u0001', '\u001F']),
        (3, Gen.OneOf<char>('\u00AD', '\u00A0', '\u200B', '\uFEFF', '\u2007', '\u202F', '\u0085', '\u2028', '\u2029', '\f', '\r', '\t')),
        (3, Gen.OneOf<char>('-', '–', '—', '¹', '²', '³', '*', '_', '[', ']', '<', '>', '`', '\\', '#', '.', ':', '(', ')', '"', '•')),
        (2, Gen.Char['0', '9']),
        (1, Gen.Char['\u0300', '\u036F']),                                   // combining marks
        (3, Gen.Char['\u0020', '\uD7FF']));                                  // anything short of the surrogates

    public static readonly Gen<Mutation> Mutation = Gen.Select(
        Gen.Enum<MutationKind>(), Gen.Int[0, 100_000], Gen.Int[0, 100_000], OddChar,
        (kind, at, other, c) => new Mutation(kind, at, other, c));

    public static Gen<MutatedLetter> Mutated(int seeds) => Gen.Select(
        Gen.Int[0, seeds - 1], Mutation.Array[1, 16],
        (seed, mutations) => new MutatedLetter(seed, mutations));

    /// <summary>A letter-like text from scratch: lines of seed letters, letter furniture and noise in any order.</summary>
    public static Gen<string> RandomLetter(IReadOnlyList<string[]> seeds)
    {
        var allLines = seeds.SelectMany(s => s).ToArray();
        var furniture = Gen.OneOf<string>(
            "", "SESSIE 1", "Sessie 2: Rusland", "Werksessie 3: China", "Eerste sessie: Oekraïne", "Introductie", "Bijlage 1",
            "GEANNOTEERDE AGENDA NAVO MINISTERIËLE", "1 EN 2 DECEMBER 2020", "Op 31 maart vindt de NAVO-ministeriële plaats in Brussel.",
            "De minister van Buitenlandse Zaken,", "A.G. Koenders", "J.J. van Aartsen", "Geachte voorzitter,", "Betreft Geannoteerde agenda",
            "Tweede Kamer, vergaderjaar 2016–2017, 28 676, nr. 266 4", "1 https://www.nato.int/", "¹ Kamerstuk 28 676, nr. 210", "- een opsomming", "1. Een punt");
        var line = Gen.Frequency(
            (6, Gen.Int[0, allLines.Length - 1].Select(i => allLines[i])),
            (3, furniture),
            (1, OddChar.Array[0, 80].Select(cs => new string(cs))));
        return line.Array[0, 120].Select(ls => string.Join("\n", ls));
    }
}
