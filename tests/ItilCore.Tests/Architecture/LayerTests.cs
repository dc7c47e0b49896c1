using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ItilCore.Tests.Support;
using Xunit;

namespace ItilCore.Tests.Architecture;

/// <summary>
/// The layers of DESIGN.md, checked in the source: the namespaces each folder may name. Serialization and Lifecycles are
/// shared plumbing every layer may use.
/// </summary>
public partial class LayerTests
{
    private static readonly string[] Shared = ["ItilCore.Serialization", "ItilCore.Lifecycles"];

    public static TheoryData<string, string[]> Layers => new()
    {
        { ".", [] },
        { "Catalog", ["ItilCore.Catalog", "ItilCore.Configuration"] },
        { "Configuration", ["ItilCore.Catalog", "ItilCore.Configuration"] },
        { "ServiceLevels", ["ItilCore.Catalog", "ItilCore.Configuration", "ItilCore.ServiceLevels"] },
        { "Incidents", ["ItilCore.Catalog", "ItilCore.Configuration", "ItilCore.ServiceLevels", "ItilCore.Incidents"] },
        { "Changes", ["ItilCore.Catalog", "ItilCore.Configuration", "ItilCore.ServiceLevels", "ItilCore.Changes"] },
        { "Requests", ["ItilCore.Catalog", "ItilCore.Configuration", "ItilCore.ServiceLevels", "ItilCore.Requests"] },

        // Problem management works on incidents (it links them and sends workarounds and known errors back to them): the
        // one practice that names another.
        { "Problems", ["ItilCore.Catalog", "ItilCore.Configuration", "ItilCore.ServiceLevels", "ItilCore.Incidents", "ItilCore.Problems"] },

        // Alert intake turns monitoring alerts into incidents and requests: the routing layer, which may use the practices.
        { "Routing", ["ItilCore.Catalog", "ItilCore.Configuration", "ItilCore.Incidents", "ItilCore.Problems", "ItilCore.Changes", "ItilCore.Requests", "ItilCore.Routing"] },
        { "Intake", ["ItilCore.Catalog", "ItilCore.Configuration", "ItilCore.Incidents", "ItilCore.Problems", "ItilCore.Changes", "ItilCore.Requests", "ItilCore.Intake"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Layer_NamesOnlyTheNamespacesItMayUse(string folder, string[] allowed)
    {
        var root = Path.Combine(Repository.Root, "src", "ItilCore");
        var files = folder == "."
            ? Directory.GetFiles(root, "*.cs", SearchOption.TopDirectoryOnly)
            : Directory.GetFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        var violations = new List<string>();
        foreach (var file in files)
        {
            foreach (Match match in ItilCoreNamespace().Matches(File.ReadAllText(file)))
            {
                var used = match.Groups["ns"].Value;
                if (!allowed.Contains(used) && !Shared.Contains(used))
                {
                    violations.Add($"{Path.GetRelativePath(Repository.Root, file)} names {used}");
                }
            }
        }

        Assert.True(violations.Count == 0, "Layer rule broken (DESIGN.md, Layers):\n" + string.Join("\n", violations.Distinct()));
    }

    [Fact]
    public void Check_FindsANamespaceTheLayerMayNotUse()
    {
        // The check itself: a using directive and a qualified name of a practice are both found.
        var source = "using ItilCore.Incidents;\nvar x = ItilCore.Requests.ServiceRequestState.New;\nusing ItilCore.Catalog;";
        var found = ItilCoreNamespace().Matches(source).Select(m => m.Groups["ns"].Value).ToArray();
        Assert.Equal(["ItilCore.Incidents", "ItilCore.Requests", "ItilCore.Catalog"], found);
    }

    [GeneratedRegex(@"\b(?<ns>ItilCore\.(?:Catalog|Configuration|ServiceLevels|Incidents|Problems|Changes|Requests|Routing|Intake|Serialization|Lifecycles))\b")]
    private static partial Regex ItilCoreNamespace();
}
