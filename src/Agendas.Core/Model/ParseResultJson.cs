using System.Text.Encodings.Web;
using System.Text.Json;

namespace Agendas.Core.Model;

/// <summary>
/// Writes parse results in the JSON contract of docs/importer.md. Field names and value forms
/// are a contract read by tests and tools, so they are written explicitly here, in one place.
/// </summary>
public static class ParseResultJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(IEnumerable<ParseResult> results)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartArray();
            foreach (var r in results)
            {
                Write(w, r);
            }
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Serialize(ParseResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            Write(w, result);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter w, ParseResult r)
    {
        w.WriteStartObject();
        w.WriteString("file", r.SourceName);
        w.WriteBoolean("ok", r.Ok);
        w.WritePropertyName("error");
        if (r.Error is null)
        {
            w.WriteNullValue();
        }
        else
        {
            WriteDiagnostic(w, r.Error);
        }
        w.WriteStartArray("warnings");
        foreach (var d in r.Warnings)
        {
            WriteDiagnostic(w, d);
        }
        w.WriteEndArray();
        if (r.Letter is { } letter)
        {
            WriteLetter(w, letter);
            WriteSetAside(w, r.SetAside);
        }
        else
        {
            w.WriteNull("document");
            w.WriteNull("meeting");
        }
        w.WriteEndObject();
    }

    // Not part of the contract's fields: an addition that readers of the contract ignore (score_parse.py does).
    private static void WriteSetAside(Utf8JsonWriter w, IReadOnlyList<SetAsideLine> lines)
    {
        w.WriteStartArray("setAside");
        foreach (var l in lines)
        {
            w.WriteStartObject();
            w.WriteNumber("line", l.Line);
            w.WriteString("role", l.Role);
            w.WriteString("text", l.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteLetter(Utf8JsonWriter w, ParsedLetter letter)
    {
        var d = letter.Document;
        w.WriteStartObject("document");
        w.WriteString("kind", Slugs.KindSlug(d.Kind));
        w.WriteString("title", d.Title);
        WriteDate(w, "letterDate", d.LetterDate);
        WriteNullable(w, "addressee", d.Addressee is { } addressee ? Slugs.AddresseeSlug(addressee) : null);
        WriteNullable(w, "reference", d.Reference);
        WriteNullable(w, "kamerstuk", d.Kamerstuk);
        w.WriteStartArray("signatories");
        foreach (var s in d.Signatories)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            WriteNullable(w, "role", s.Role);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();

        var m = letter.Meeting;
        w.WriteStartObject("meeting");
        w.WriteString("slug", m.Slug);
        WriteStrings(w, "councils", m.Councils.Select(Slugs.CouncilSlug));
        WriteDate(w, "startDate", m.StartDate);
        WriteDate(w, "endDate", m.EndDate);
        WriteNullable(w, "location", m.Location);
        w.WriteBoolean("virtual", m.Virtual);
        w.WriteEndObject();

        WriteStrings(w, "introduction", letter.Introduction);
        w.WriteStartArray("sessions");
        foreach (var s in letter.Sessions)
        {
            w.WriteStartObject();
            w.WriteNumber("number", s.Number);
            w.WriteString("slug", s.Slug);
            WriteNullable(w, "title", s.Title);
            WriteDate(w, "date", s.Date);
            WriteStrings(w, "topics", s.Topics);
            WriteStrings(w, "paragraphs", s.Paragraphs);
            WriteFootnotes(w, s.Footnotes);
            w.WriteStartArray("items");
            foreach (var i in s.Items)
            {
                w.WriteStartObject();
                w.WriteString("heading", i.Heading);
                w.WriteString("slug", i.Slug);
                WriteStrings(w, "topics", i.Topics);
                WriteStrings(w, "paragraphs", i.Paragraphs);
                WriteFootnotes(w, i.Footnotes);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("attachments");
        foreach (var a in letter.Attachments)
        {
            w.WriteStartObject();
            w.WriteString("title", a.Title);
            w.WriteString("language", a.Language);
            WriteStrings(w, "paragraphs", a.Paragraphs);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteStrings(w, "references", letter.References);
    }

    private static void WriteFootnotes(Utf8JsonWriter w, IReadOnlyList<ParsedFootnote> footnotes)
    {
        w.WriteStartArray("footnotes");
        foreach (var f in footnotes)
        {
            w.WriteStartObject();
            w.WriteNumber("number", f.Number);
            w.WriteString("text", f.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("code", d.Code);
        w.WriteString("message", d.Message);
        if (d.Line is { } line)
        {
            w.WriteNumber("line", line);
        }
        else
        {
            w.WriteNull("line");
        }
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
