using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agendas.Core.Tests.Gold;

/// <summary>
/// One gold file (<c>Gold/NNN.json</c>): the facts a careful reader takes from one seed letter.
/// Field meanings are documented in <c>Gold/README.md</c>.
/// </summary>
public sealed record GoldFile(
    string Seed,
    string File,
    GoldDocument Document,
    GoldMeeting Meeting,
    GoldText Introduction,
    IReadOnlyList<GoldSession> Sessions,
    IReadOnlyList<GoldFootnote> Footnotes,
    IReadOnlyList<string> References,
    IReadOnlyList<GoldAttachment> Attachments,
    GoldBody Body,
    IReadOnlyList<string> InlineHyphens,
    IReadOnlyList<GoldHyphen> Hyphenation,
    IReadOnlyList<GoldJoin> ParagraphJoins,
    IReadOnlyList<string>? OptionalReferences = null,
    IReadOnlyList<string>? Notes = null)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static GoldFile Parse(string json) =>
        JsonSerializer.Deserialize<GoldFile>(json, Options) ?? throw new FormatException("The gold file is empty.");
}

/// <summary>The letter's metadata. <see cref="TitleContains"/> are case-insensitive fragments of the title.</summary>
public sealed record GoldDocument(
    string Kind,
    IReadOnlyList<string> TitleContains,
    string? LetterDate,
    string? Addressee,
    string? Reference,
    string? Kamerstuk,
    IReadOnlyList<GoldSignatory> Signatories);

/// <summary>A signatory by exact name; the role must contain <see cref="RoleContains"/> (case-insensitive).</summary>
public sealed record GoldSignatory(string Name, string? RoleContains = null);

/// <summary>The meeting. <see cref="Location"/> is a case-insensitive prefix, or null for "no place" (virtual or unknown).</summary>
public sealed record GoldMeeting(
    string Slug,
    IReadOnlyList<string> Councils,
    string StartDate,
    string EndDate,
    string? Location,
    bool Virtual);

/// <summary>
/// What a run of paragraphs must look like, after whitespace and Markdown normalisation:
/// empty, or starting / ending with / containing given text.
/// </summary>
public sealed record GoldText(bool Empty = false, string? StartsWith = null, string? EndsWith = null, IReadOnlyList<string>? Contains = null);

/// <summary>
/// A session. <see cref="Title"/> is exact (whitespace-normalised) or JSON null for "no title";
/// when the property is absent the title is not asserted and <see cref="TitleNote"/> says why.
/// </summary>
public sealed record GoldSession(
    int Number,
    string Slug,
    string? Date,
    IReadOnlyList<string> Topics,
    GoldText Text,
    IReadOnlyList<GoldItem> Items,
    JsonElement Title = default,
    string? TitleNote = null)
{
    /// <summary>True when the gold file states the title (a string or null).</summary>
    [JsonIgnore]
    public bool TitleAsserted => Title.ValueKind is JsonValueKind.String or JsonValueKind.Null;

    [JsonIgnore]
    public string? TitleText => Title.ValueKind == JsonValueKind.String ? Title.GetString() : null;
}

/// <summary>An item: exact heading and slug, the exact set of topics its heading names, and where its text starts and ends.</summary>
public sealed record GoldItem(string Heading, string Slug, IReadOnlyList<string> Topics, GoldText Text);

/// <summary>A footnote by number and owner (an item heading, or a session number for a session without items).</summary>
public sealed record GoldFootnote(int Number, string StartsWith, string EndsWith, string? Item = null, int? Session = null)
{
    [JsonIgnore]
    public string Owner => Item is not null ? $"item \"{Item}\"" : $"session {Session}";
}

/// <summary>An attachment: title fragment, language, a minimum paragraph count and sentences it holds.</summary>
public sealed record GoldAttachment(string Title, string Language, int MinParagraphs, IReadOnlyList<string> Contains);

/// <summary>Sentences the body text (introduction, session and item paragraphs) must and must not contain.</summary>
public sealed record GoldBody(IReadOnlyList<string> MustContain, IReadOnlyList<string> MustNotContain);

/// <summary>
/// One line-end hyphen of the letter: <see cref="Line"/> (1-based) ends with the part of <see cref="Split"/> before
/// the bar, the next non-blank line starts with the part after it; <see cref="Word"/> is how a careful reader writes it,
/// and <see cref="Sentence"/> must appear inside one paragraph (or in the title when <see cref="Where"/> is "title").
/// A <see cref="Dash"/> is a spaced dash, not a hyphen.
/// </summary>
public sealed record GoldHyphen(
    int Line,
    string Split,
    string Word,
    string Sentence,
    string? Where = null,
    bool Dash = false,
    IReadOnlyList<string>? MustNot = null)
{
    [JsonIgnore]
    public string Left => Split[..Split.IndexOf('|', StringComparison.Ordinal)];

    [JsonIgnore]
    public string Right => Split[(Split.IndexOf('|', StringComparison.Ordinal) + 1)..];

    [JsonIgnore]
    public bool InTitle => Where == "title";

    /// <summary>True when the hyphen stays ("Secretaris-generaal"), false when the word is joined ("aanwezigheid").</summary>
    [JsonIgnore]
    public bool Keeps => !Dash && Word.Contains(Left + Right, StringComparison.Ordinal);

    /// <summary>The wrong readings of the break, which must not appear.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> WrongForms
    {
        get
        {
            var forms = new List<string>();
            if (!Dash)
            {
                string stem = Left.TrimEnd('-');
                forms.Add(Keeps ? stem + Right : stem + "-" + Right);
                forms.Add(stem + "- " + Right);
                forms.Add(stem + " " + Right);
            }
            forms.AddRange(MustNot ?? []);
            return forms.Distinct(StringComparer.Ordinal).ToList();
        }
    }
}

/// <summary>A sentence that the letter prints across a page break or footnote block and that must be one paragraph again.</summary>
public sealed record GoldJoin(IReadOnlyList<int> Lines, string Across, string Sentence);
