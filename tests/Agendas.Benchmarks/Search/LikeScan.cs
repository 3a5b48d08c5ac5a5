using System.Text;
using Microsoft.Data.Sqlite;

namespace Agendas.Benchmarks.Search;

/// <summary>
/// The naive search the index replaces: the query's words as typed, each a <c>LIKE '%word%'</c> over every
/// paragraph (quotes make one phrase, <c>-x</c> excludes, <c>OF</c>/<c>OR</c> joins two words, a trailing
/// <c>*</c> is dropped). It counts the matching paragraphs, which a result page with a total must do.
/// </summary>
internal static class LikeScan
{
    public static SqliteCommand Command(SqliteConnection connection, string query)
    {
        var command = connection.CreateCommand();
        var required = new List<List<string>>();
        var excluded = new List<string>();
        bool joinNext = false;
        foreach (var (word, negated) in Words(query))
        {
            if (!negated && word is "OF" or "OR")
            {
                joinNext = required.Count > 0;
                continue;
            }
            string name = "$p" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, "%" + word.TrimEnd('*') + "%");
            if (negated)
            {
                excluded.Add(name);
            }
            else if (joinNext)
            {
                required[^1].Add(name);
            }
            else
            {
                required.Add([name]);
            }
            joinNext = false;
        }
        var sql = new StringBuilder("SELECT COUNT(*) FROM Paragraphs WHERE 1 = 1");
        foreach (var group in required)
        {
            sql.Append(" AND (").AppendJoin(" OR ", group.Select(p => $"Text LIKE {p}")).Append(')');
        }
        foreach (string p in excluded)
        {
            sql.Append(" AND Text NOT LIKE ").Append(p);
        }
        command.CommandText = sql.ToString();
        return command;
    }

    private static IEnumerable<(string Word, bool Negated)> Words(string query)
    {
        int i = 0;
        while (i < query.Length)
        {
            if (query[i] == ' ')
            {
                i++;
                continue;
            }
            bool negated = query[i] == '-';
            if (negated)
            {
                i++;
            }
            int end;
            string word;
            if (i < query.Length && query[i] == '"')
            {
                end = query.IndexOf('"', i + 1);
                end = end < 0 ? query.Length : end;
                word = query[(i + 1)..end];
                end++;
            }
            else
            {
                end = query.IndexOf(' ', i);
                end = end < 0 ? query.Length : end;
                word = query[i..end];
            }
            i = end;
            if (word.Length > 0)
            {
                yield return (word, negated);
            }
        }
    }
}
