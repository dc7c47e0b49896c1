using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ItilCore.Analyzers.CodeFixes.Rules.Workflow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ItilCore.Analyzers.Tests.Meta;

/// <summary>Every rule has a descriptor, a help page, a release entry and a row in the README's generated table.</summary>
public class RuleCatalogTests
{
    private const string Begin = "<!-- rules -->";
    private const string End = "<!-- /rules -->";

    private static IReadOnlyList<DiagnosticDescriptor> DescriptorList { get; } = typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();

    private static IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; } = typeof(Descriptors).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t != typeof(ItilCoreAnalyzer))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToArray();

    private static IReadOnlyList<CodeFixProvider> Fixes { get; } = typeof(CommandResultMustBeObservedCodeFix).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToArray();

    public static TheoryData<string> Ids { get; } = new(DescriptorList.Select(d => d.Id));

    [Fact]
    public void Analyzers_EachRuleHasExactlyOneAnalyzer()
    {
        var reported = Analyzers.SelectMany(a => a.SupportedDiagnostics.Select(d => d.Id)).ToList();
        Assert.Equal(reported.Distinct().Count(), reported.Count);
        Assert.Equal(DescriptorList.Select(d => d.Id), reported.OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void ShippedAnalyzer_RunsEveryRule_AndIsTheOnlyOneTheCompilerLoads()
    {
        Assert.Equal(DescriptorList.Select(d => d.Id), new ItilCoreAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(x => x, StringComparer.Ordinal));
        var loaded = typeof(Descriptors).Assembly.GetTypes().Where(t => t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0);
        Assert.Equal([typeof(ItilCoreAnalyzer)], loaded);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void HelpLink_PointsToAnExistingPage(string id)
    {
        var descriptor = DescriptorList.Single(d => d.Id == id);
        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        var page = Path.Combine(RepositoryRoot.Path, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing.");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix violations", "## When to suppress warnings", "## Examples", "## Configuration" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ReleaseFiles_ListTheRule(string id)
    {
        var descriptor = DescriptorList.Single(d => d.Id == id);
        var folder = Path.Combine(RepositoryRoot.Path, "analyzers", "ItilCore.Analyzers");
        var text = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        Assert.Matches(new Regex($"^{id} \\| {descriptor.Category} \\| {descriptor.DefaultSeverity} \\|", RegexOptions.Multiline), text);
    }

    [Fact]
    public void Options_AreDocumentedOnTheirRulePages()
    {
        (string Id, string Key)[] options =
        [
            ("ITIL1001", Internal.Catalogues.ServiceCatalogueFileKey),
            ("ITIL1002", ItilCore.Analyzers.Rules.Usage.SlaMustCoverEveryPriorityAnalyzer.PriorityLevelsKey),
            ("ITIL2003", Internal.Catalogues.RequestCatalogueFileKey),
        ];
        foreach (var (id, key) in options)
        {
            Assert.Contains(key + " =", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "rules", id + ".md")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReadmeRuleTable_IsCurrent()
    {
        var path = Path.Combine(RepositoryRoot.Path, "README.md");
        var readme = File.ReadAllText(path);
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"README.md needs the markers {Begin} and {End}.");
        var expected = readme[..(begin + Begin.Length)] + "\n" + Table() + readme[end..];
        if (RepositoryRoot.Update && expected != readme)
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(expected == readme, "The README's rule table is stale; run the analyzer tests with ITILCORE_UPDATE_DOCS=1.");
    }

    private static string Table()
    {
        var fixable = Fixes.SelectMany(f => f.FixableDiagnosticIds).ToHashSet(StringComparer.Ordinal);
        var builder = new StringBuilder();
        builder.Append("| ID | Category | Title | Severity | Enabled | Code fix |\n");
        builder.Append("|---|---|---|---|---|---|\n");
        foreach (var d in DescriptorList)
        {
            builder.Append($"| [{d.Id}](docs/rules/{d.Id}.md) | {d.Category} | {d.Title} | {d.DefaultSeverity} | {(d.IsEnabledByDefault ? "yes" : "no")} | {(fixable.Contains(d.Id) ? "yes" : "no")} |\n");
        }

        return builder.ToString();
    }
}
