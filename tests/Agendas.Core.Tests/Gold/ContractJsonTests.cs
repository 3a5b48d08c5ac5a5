using System.Text.Json;
using System.Text.RegularExpressions;
using Agendas.Core.Model;

namespace Agendas.Core.Tests.Gold;

/// <summary>
/// The JSON of <c>parse</c> is a contract (importer.md, "The JSON of parse"): tests and tools read its field names
/// and value forms. These tests pin the names of <see cref="ParseResultJson.Serialize(IEnumerable{ParseResult})"/>.
/// </summary>
public sealed partial class ContractJsonTests
{
    /// <summary>Every field path of the contract; <c>[]</c> marks the elements of an array.</summary>
    private static readonly string[] ContractPaths =
    [
        "file", "ok", "error", "error.code", "error.message", "error.line",
        "warnings", "warnings[].code", "warnings[].message", "warnings[].line",
        "document", "document.kind", "document.title", "document.letterDate", "document.addressee", "document.reference",
        "document.kamerstuk", "document.signatories", "document.signatories[].name", "document.signatories[].role",
        "meeting", "meeting.slug", "meeting.councils", "meeting.startDate", "meeting.endDate", "meeting.location", "meeting.virtual",
        "introduction",
        "sessions", "sessions[].number", "sessions[].slug", "sessions[].title", "sessions[].date", "sessions[].topics",
        "sessions[].paragraphs", "sessions[].footnotes", "sessions[].footnotes[].number", "sessions[].footnotes[].text",
        "sessions[].items", "sessions[].items[].heading", "sessions[].items[].slug", "sessions[].items[].topics",
        "sessions[].items[].paragraphs", "sessions[].items[].footnotes", "sessions[].items[].footnotes[].number",
        "sessions[].items[].footnotes[].text",
        "attachments", "attachments[].title", "attachments[].language", "attachments[].paragraphs",
        "references",
        // An addition beside the contract's fields: the lines kept out of the body text, with their roles.
        "setAside", "setAside[].line", "setAside[].role", "setAside[].text",
    ];

    private static readonly string[] TopLevelOfALetter =
        ["file", "ok", "error", "warnings", "document", "meeting", "introduction", "sessions", "attachments", "references", "setAside"];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$")]
    private static partial Regex MeetingSlug();

    [Fact]
    public void Serialize_writes_exactly_the_contract_field_names()
    {
        var footnote = new ParsedFootnote(1, "Zie Kamerstuk 28 676, nr. 418 van 30 september 2022.");
        var letter = new ParsedLetter(
            new ParsedDocument(DocumentKind.Report, "Verslag", new DateOnly(2021, 4, 1), Addressee.EersteKamer, "BZDOC-1649422007-40", "28676-266",
                [new Signatory("Stef Blok", "Minister van Buitenlandse Zaken")]),
            new ParsedMeeting("2021-03-23-buitenlandse-zaken", [Council.BuitenlandseZaken], new DateOnly(2021, 3, 23), new DateOnly(2021, 3, 24), "Brussel", false),
            ["Inleiding."],
            [new ParsedSession(1, "sessie-1", "Rusland-Oekraïne", new DateOnly(2021, 3, 23), ["rusland"], ["Sessietekst."], [footnote],
                [new ParsedItem("China", "china", ["china"], ["Tekst."], [footnote])])],
            [new ParsedAttachment("NATO Foreign Ministerial Statement", "en", ["1. We are meeting in Brussels."])],
            ["28676-353"]);
        var ok = new ParseResult("seeds/a.txt", letter, null, [new Diagnostic("w", "waarschuwing", 3)])
        {
            SetAside = [new SetAsideLine(1, SetAsideRoles.Letterhead, "Aan de Voorzitter van de Eerste Kamer")],
        };
        var failed = ParseResult.Failed("seeds/b.txt", new Diagnostic(ErrorCodes.NotALetter, "geen brief", 12), [new Diagnostic("w", "x")]);

        using var json = JsonDocument.Parse(ParseResultJson.Serialize([ok, failed]));
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var element in json.RootElement.EnumerateArray())
        {
            Collect(element, "", paths);
        }
        AssertSameLines(ContractPaths, paths, "field paths");

        var okObject = json.RootElement[0];
        AssertSameLines(TopLevelOfALetter, okObject.EnumerateObject().Select(p => p.Name), "fields of a parsed letter");
        var failedObject = json.RootElement[1];
        Assert.False(failedObject.GetProperty("ok").GetBoolean());
        Assert.Equal(JsonValueKind.Null, failedObject.GetProperty("document").ValueKind);
        Assert.Equal(JsonValueKind.Null, failedObject.GetProperty("meeting").ValueKind);
        Assert.Equal("not-a-letter", failedObject.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(12, failedObject.GetProperty("error").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Serialize_writes_value_forms_of_the_contract()
    {
        var letter = new ParsedLetter(
            new ParsedDocument(DocumentKind.Agenda, "Geannoteerde agenda", null, Addressee.TweedeKamer, null, null, []),
            new ParsedMeeting("2021-06-01-buitenlandse-zaken-en-defensie", [Council.BuitenlandseZaken, Council.Defensie],
                new DateOnly(2021, 6, 1), new DateOnly(2021, 6, 1), null, true),
            [], [], [], []);
        using var json = JsonDocument.Parse(ParseResultJson.Serialize(new ParseResult("seeds/c.txt", letter, null, [])));
        var root = json.RootElement;
        Assert.True(root.GetProperty("ok").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
        var document = root.GetProperty("document");
        Assert.Equal("agenda", document.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("letterDate").ValueKind);
        Assert.Equal("tweede-kamer", document.GetProperty("addressee").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("reference").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("kamerstuk").ValueKind);
        var meeting = root.GetProperty("meeting");
        Assert.Equal(["buitenlandse-zaken", "defensie"], meeting.GetProperty("councils").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("2021-06-01", meeting.GetProperty("startDate").GetString());
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("location").ValueKind);
        Assert.True(meeting.GetProperty("virtual").GetBoolean());
    }

    [Fact]
    public void Seed_run_json_keeps_to_the_contract()
    {
        var run = SeedRun.Current;
        string text = ParseResultJson.Serialize(run.Results);
        // Left beside the test assembly for `python3 ../shared/tools/score_parse.py ../shared/gold/seeds <file>`.
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "gold-seed-run.json"), text);

        using var json = JsonDocument.Parse(text);
        Assert.Equal(SeedRun.SeedIds.Count, json.RootElement.GetArrayLength());
        var problems = new List<string>();
        foreach (var element in json.RootElement.EnumerateArray())
        {
            string file = element.GetProperty("file").GetString() ?? "?";
            var paths = new SortedSet<string>(StringComparer.Ordinal);
            Collect(element, "", paths);
            problems.AddRange(paths.Except(ContractPaths).Select(p => $"{file}: field '{p}' is not in the contract"));
            if (!element.GetProperty("ok").GetBoolean())
            {
                continue;
            }
            var names = element.EnumerateObject().Select(p => p.Name).ToList();
            if (!names.Order(StringComparer.Ordinal).SequenceEqual(TopLevelOfALetter.Order(StringComparer.Ordinal)))
            {
                problems.Add($"{file}: top-level fields {string.Join(",", names)}");
            }
            var document = element.GetProperty("document");
            var meeting = element.GetProperty("meeting");
            ExpectOneOf(file, "document.kind", document.GetProperty("kind"), ["agenda", "report"], nullable: false);
            ExpectOneOf(file, "document.addressee", document.GetProperty("addressee"), ["tweede-kamer", "eerste-kamer"], nullable: true);
            ExpectDate(file, "document.letterDate", document.GetProperty("letterDate"), nullable: true);
            ExpectDate(file, "meeting.startDate", meeting.GetProperty("startDate"), nullable: false);
            ExpectDate(file, "meeting.endDate", meeting.GetProperty("endDate"), nullable: false);
            foreach (var council in meeting.GetProperty("councils").EnumerateArray())
            {
                ExpectOneOf(file, "meeting.councils[]", council, ["buitenlandse-zaken", "defensie", "top"], nullable: false);
            }
            if (!MeetingSlug().IsMatch(meeting.GetProperty("slug").GetString() ?? ""))
            {
                problems.Add($"{file}: meeting.slug {meeting.GetProperty("slug")}");
            }
            if (meeting.GetProperty("virtual").ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problems.Add($"{file}: meeting.virtual is not a boolean");
            }
            foreach (var session in element.GetProperty("sessions").EnumerateArray())
            {
                ExpectDate(file, "sessions[].date", session.GetProperty("date"), nullable: true);
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));

        void ExpectOneOf(string file, string path, JsonElement value, string[] allowed, bool nullable)
        {
            bool fine = value.ValueKind == JsonValueKind.Null ? nullable : value.ValueKind == JsonValueKind.String && allowed.Contains(value.GetString());
            if (!fine)
            {
                problems.Add($"{file}: {path} = {value.GetRawText()}, expected one of {string.Join(", ", allowed)}{(nullable ? " or null" : "")}");
            }
        }

        void ExpectDate(string file, string path, JsonElement value, bool nullable)
        {
            bool fine = value.ValueKind == JsonValueKind.Null ? nullable : value.ValueKind == JsonValueKind.String && IsoDate().IsMatch(value.GetString()!);
            if (!fine)
            {
                problems.Add($"{file}: {path} = {value.GetRawText()}, expected yyyy-MM-dd{(nullable ? " or null" : "")}");
            }
        }
    }

    private static void Collect(JsonElement element, string prefix, ISet<string> paths)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
                    paths.Add(path);
                    Collect(property.Value, path, paths);
                }
                break;
            case JsonValueKind.Array:
                foreach (var child in element.EnumerateArray())
                {
                    Collect(child, prefix + "[]", paths);
                }
                break;
            default:
                break;
        }
    }

    private static void AssertSameLines(IEnumerable<string> expected, IEnumerable<string> actual, string what)
    {
        string want = string.Join('\n', expected.Order(StringComparer.Ordinal)) + "\n";
        string got = string.Join('\n', actual.Order(StringComparer.Ordinal)) + "\n";
        if (want != got)
        {
            Assert.Fail($"{what} differ from the contract (importer.md)\n" + UnifiedDiff.Render(want, got, "contract", "ParseResultJson"));
        }
    }
}
