using System.Text;
using Agendas.Browser.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Agendas.Browser.Tests;

/// <summary>axe-core on one page of every type: no serious or critical violations. Keeps a screenshot of each.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Theory]
    [MemberData(nameof(SeedAddresses.PageTypes), MemberType = typeof(SeedAddresses))]
    public Task Page_has_no_serious_or_critical_axe_violations(string pageType, string path, int status) => InPageAsync(async page =>
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(status, response?.Status);
        await KeepScreenshotAsync(page, pageType);

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, Describe(path, blocking));
    }, testName: $"{nameof(Page_has_no_serious_or_critical_axe_violations)}-{pageType}");

    /// <summary>
    /// The structure the quality bar asks for (landmarks, one h1, headings in order, a way to bypass the header) is
    /// held to every impact, not only serious ones: axe rates these moderate.
    /// </summary>
    [Theory]
    [MemberData(nameof(StructurePageTypes))]
    public Task Page_has_its_landmarks_and_headings_in_order(string pageType, string path, int status) => InPageAsync(async page =>
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(status, response?.Status);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "rule", Values = [.. StructureRules] },
        });

        Assert.True(result.Violations.Length == 0, Describe(path, result.Violations));
        Assert.Equal(StructureRules.Order(), result.Passes.Concat(result.Inapplicable).Select(r => r.Id).Order());
    }, testName: $"{nameof(Page_has_its_landmarks_and_headings_in_order)}-{pageType}");

    /// <summary>Every page type, the search page with a suggested topic included.</summary>
    public static TheoryData<string, string, int> StructurePageTypes
    {
        get
        {
            var rows = new TheoryData<string, string, int>();
            foreach (var row in SeedAddresses.PageTypes)
            {
                rows.Add((string)row[0], (string)row[1], (int)row[2]);
            }
            return rows;
        }
    }

    private static readonly string[] StructureRules =
    [
        "bypass", "heading-order", "landmark-one-main", "landmark-no-duplicate-banner",
        "landmark-no-duplicate-contentinfo", "landmark-unique", "page-has-heading-one", "region",
    ];

    /// <summary>One block per rule: what it checks, where it failed and why, so a failure can be fixed from the log.</summary>
    private static string Describe(string path, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe-core found violations on {path}:");
        foreach (var violation in violations)
        {
            text.AppendLine().AppendLine()
                .AppendLine($"[{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"  at {node.Target}: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)))
                {
                    text.AppendLine($"    {message}");
                }
            }
        }
        return text.ToString();
    }
}
