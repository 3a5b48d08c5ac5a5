using Agendas.Core.Model;
using Agendas.Core.Parsing;
using Agendas.Data.Tests.Infrastructure;

namespace Agendas.Data.Tests.Generation;

/// <summary>The real parser reads back, from each generated letter, the meeting and structure the generator intended.</summary>
public sealed class GeneratedMeetingTests
{
    [Fact]
    public void Each_of_50_letters_parses_into_the_meeting_kind_sessions_and_number_it_was_written_for()
    {
        var letters = GeneratedCorpus.Generator.Generate(50, seed: 3).ToList();
        var results = new LetterParser(TempStore.Vocabulary).ParseAll([.. letters.Select(l => new SourceText(l.Plan.FileName, l.Text))]);

        var mismatches = new List<string>();
        foreach (var (letter, result) in letters.Zip(results))
        {
            var plan = letter.Plan;
            if (!result.Ok || result.Letter is not { } parsed)
            {
                mismatches.Add($"{plan.FileName}: {result.Error?.Code} {result.Error?.Message}");
                continue;
            }
            var expected = (plan.Meeting.Slug, plan.Meeting.Start, plan.Meeting.End, plan.Kind, plan.Sessions.Count, Items: plan.Sessions.Sum(s => s.Items.Count), plan.Kamerstuk);
            var actual = (parsed.Meeting.Slug, parsed.Meeting.StartDate, parsed.Meeting.EndDate, parsed.Document.Kind, parsed.Sessions.Count, Items: parsed.Sessions.Sum(s => s.Items.Count), parsed.Document.Kamerstuk);
            if (expected != actual)
            {
                mismatches.Add($"{plan.FileName} ({plan.Form}, {plan.Marking}): expected {expected}, parsed {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public void Fifty_letters_spread_over_2000_to_2025_with_both_councils_joint_letters_agendas_and_reports()
    {
        var plans = GeneratedCorpus.Generator.Plans(50, seed: 3).ToList();

        Assert.All(plans, p => Assert.InRange(p.Meeting.Start.Year, 2000, 2025));
        Assert.True(plans.Max(p => p.Meeting.Start.Year) - plans.Min(p => p.Meeting.Start.Year) >= 15, "the dates are spread over the years");
        Assert.Contains(plans, p => p.Meeting.Councils.SequenceEqual([Council.BuitenlandseZaken]));
        Assert.Contains(plans, p => p.Meeting.Councils.SequenceEqual([Council.Defensie]));
        Assert.Contains(plans, p => p.Meeting.Councils.SequenceEqual([Council.BuitenlandseZaken, Council.Defensie]));
        Assert.Contains(plans, p => p.Kind == DocumentKind.Agenda);
        Assert.Contains(plans, p => p.Kind == DocumentKind.Report);
        Assert.Equal(plans.OrderBy(p => p.Meeting.Start).Select(p => p.Index), plans.Select(p => p.Index));
    }

    [Fact]
    public void Ten_thousand_letters_are_ten_thousand_distinct_letters_with_distinct_numbers()
    {
        var plans = GeneratedCorpus.Generator.Plans(10_000, seed: 1).ToList();

        Assert.Equal(10_000, plans.Count);
        Assert.Equal(10_000, plans.Select(p => p.DocumentSlug).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(10_000, plans.Select(p => p.Kamerstuk).Distinct(StringComparer.Ordinal).Count());
        Assert.All(plans, p => Assert.InRange(p.Meeting.Start, new DateOnly(2000, 1, 1), new DateOnly(2025, 12, 31)));
    }
}
