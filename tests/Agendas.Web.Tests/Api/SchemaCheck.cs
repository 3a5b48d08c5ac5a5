using System.Globalization;
using System.Text.Json;

namespace Agendas.Web.Tests.Api;

/// <summary>
/// Checks a JSON value against a schema of the OpenAPI document, generically: every required property is present,
/// every property present is one the schema declares, and each value has a type the schema allows (following
/// <c>$ref</c>, arrays' items, nested objects, <c>oneOf</c>/<c>anyOf</c>, and the <c>date</c> and <c>date-time</c>
/// formats). It knows no endpoint: what it holds is that the document describes what the API sends.
/// </summary>
internal sealed class SchemaCheck(JsonElement document)
{
    private readonly List<string> _errors = [];

    /// <summary>How many object properties were checked: a check that looked at nothing proves nothing.</summary>
    public int PropertiesChecked { get; private set; }

    public IReadOnlyList<string> Errors => _errors;

    public static SchemaCheck Run(JsonElement document, JsonElement schema, JsonElement value)
    {
        var check = new SchemaCheck(document);
        check.Check(schema, value, "$");
        return check;
    }

    /// <summary>The schema <c>#/components/schemas/…</c> a <c>$ref</c> names, or the schema itself.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            schema = document;
            foreach (string part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                schema = schema.GetProperty(part);
            }
        }
        return schema;
    }

    private void Check(JsonElement schema, JsonElement value, string path)
    {
        schema = Resolve(schema);
        foreach (string combinator in (string[])["oneOf", "anyOf"])
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var failures = new List<string>();
                foreach (var option in options.EnumerateArray())
                {
                    var attempt = new SchemaCheck(document);
                    attempt.Check(option, value, path);
                    if (attempt._errors.Count == 0)
                    {
                        PropertiesChecked += attempt.PropertiesChecked;
                        return;
                    }
                    failures.AddRange(attempt._errors);
                }
                _errors.Add($"{path}: matches none of the {combinator} schemas ({string.Join("; ", failures)})");
                return;
            }
        }

        var types = Types(schema);
        string actual = TypeOf(value);
        if (types.Count > 0 && !types.Contains(actual) && !(actual == "integer" && types.Contains("number")))
        {
            _errors.Add($"{path}: is {actual}, the schema says {string.Join(" or ", types)}");
            return;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path);
                break;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                int i = 0;
                foreach (var element in value.EnumerateArray())
                {
                    Check(items, element, $"{path}[{i++}]");
                }
                break;
            case JsonValueKind.String when schema.TryGetProperty("format", out var format):
                CheckFormat(format.GetString(), value.GetString()!, path);
                break;
            default:
                break;
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path)
    {
        var declared = schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)
            : [];
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    _errors.Add($"{path}: lacks the required property {name}");
                }
            }
        }
        bool open = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind != JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            PropertiesChecked++;
            if (declared.TryGetValue(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, $"{path}.{property.Name}");
            }
            else if (!open)
            {
                _errors.Add($"{path}: has {property.Name}, which the schema does not declare");
            }
        }
    }

    private void CheckFormat(string? format, string text, string path)
    {
        bool ok = format switch
        {
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && text.Contains('T', StringComparison.Ordinal),
            "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
            _ => true,
        };
        if (!ok)
        {
            _errors.Add($"{path}: \"{text}\" is not a {format}");
        }
    }

    private static List<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];

    private static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
