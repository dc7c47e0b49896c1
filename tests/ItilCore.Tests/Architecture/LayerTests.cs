using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Changes;
using ItilCore.Requests;
using Xunit;

namespace ItilCore.Tests.Architecture;

/// <summary>
/// The layers of DESIGN.md, checked in the compiled assembly: the namespaces each namespace's types really use (base
/// types, members, method bodies, attributes and the types named in attribute arguments), found with NetArchTest.
/// </summary>
public sealed class LayerTests
{
    private const string Serialization = "ItilCore.Serialization";
    private const string Lifecycles = "ItilCore.Lifecycles";
    private const string Catalog = "ItilCore.Catalog";
    private const string Configuration = "ItilCore.Configuration";
    private const string ServiceLevels = "ItilCore.ServiceLevels";
    private const string Incidents = "ItilCore.Incidents";
    private const string Problems = "ItilCore.Problems";
    private const string Changes = "ItilCore.Changes";
    private const string Requests = "ItilCore.Requests";

    private static readonly string[] Shared = [Serialization, Lifecycles];
    private static readonly string[] Catalogue = [Catalog, Configuration];
    private static readonly string[] Practices = [Incidents, Problems, Changes, Requests];

    /// <summary>
    /// Every namespace of src/ItilCore and the other ItilCore namespaces it may use; the root namespace (Foundation) may
    /// be used by all.
    /// </summary>
    public static TheoryData<string, string[]> Layers => new()
    {
        // Foundation. Ids and levels name their JSON converters (System.Text.Json's [JsonConverter]), which live with the
        // rest of the JSON plumbing in Serialization: the one use of a namespace inside the Foundation layer.
        { "ItilCore", [Serialization] },

        // Shared plumbing every layer may use: it may use only the Foundation. The practices declare their own wire names
        // ([WireName] on each event and condition type) and lifecycles; the plumbing gathers or runs them without naming them.
        { Serialization, [] },
        { Lifecycles, [] },

        // Catalogue: services and configuration items name each other (a service model maps services to their CIs).
        { Catalog, [Configuration, Serialization] },
        { Configuration, [Catalog, Serialization] },

        { ServiceLevels, [.. Catalogue, Serialization] },

        // Practices: the layers below and the shared plumbing.
        { Incidents, [.. Catalogue, ServiceLevels, .. Shared] },
        { Changes, [.. Catalogue, ServiceLevels, .. Shared] },
        { Requests, [.. Catalogue, ServiceLevels, .. Shared] },

        // Problem management works on incidents (it links them and sends workarounds and known errors back to them): the
        // one practice that names another.
        { Problems, [.. Catalogue, ServiceLevels, .. Shared, Incidents] },

        // Routing: rules, agent selection and alert intake (monitoring alerts become incidents); the service desk's intake
        // of contacts (they become incidents or service requests). Both may use the practices' public types (checked
        // below), not the service levels.
        { "ItilCore.Routing", [.. Catalogue, .. Shared, .. Practices] },
        { "ItilCore.Intake", [.. Catalogue, .. Shared, .. Practices] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Layer_UsesOnlyTheNamespacesItMayUse(string layer, string[] mayUse)
    {
        var forbidden = LayerCheck.Namespaces.Where(n => n != layer && n != LayerCheck.Root && !mayUse.Contains(n)).ToArray();

        var violations = LayerCheck.Violations(layer, forbidden);

        Assert.True(violations.Count == 0, $"Layer rule broken (DESIGN.md, Layers): {layer} may not use {string.Join(", ", forbidden)}, but\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("ItilCore.Routing")]
    [InlineData("ItilCore.Intake")]
    public void Layer_UsesOnlyThePracticesPublicTypes(string layer)
    {
        var hidden = LayerCheck.NonPublicTypes(Practices);

        var violations = LayerCheck.Violations(layer, hidden);

        Assert.True(violations.Count == 0, $"Layer rule broken (DESIGN.md, Layers): {layer} may use only the practices' public types, but\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Layers_CoverEveryNamespaceOfTheAssembly()
    {
        var covered = Layers.Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        Assert.Equal(LayerCheck.Namespaces, covered);
        Assert.Empty(LayerCheck.Strays);
    }

    [Fact]
    public void Check_FindsADependencyInCode()
    {
        // Problems really use Incidents (Problem links incidents): forbidding it must find that use, or the check is vacuous.
        var violations = LayerCheck.Violations(Problems, [Incidents]);

        Assert.Contains($"{Problems}.{nameof(ItilCore.Problems.ProblemManagement)} uses {Incidents}", violations);
    }

    [Fact]
    public void Check_FindsAUseOfANonPublicType()
    {
        // Requests' fulfilment uses its own private nested type, and the change schedule its internal interval index.
        var hidden = LayerCheck.NonPublicTypes([Requests, Changes]);

        Assert.Contains($"{Requests}.{nameof(RequestFulfilment)} uses {Requests}.{nameof(RequestFulfilment)}+OrganizationLookup", LayerCheck.Violations(Requests, hidden));
        Assert.Contains($"{Changes}.{nameof(ChangeSchedule)} uses {Changes}.IntervalIndex", LayerCheck.Violations(Changes, hidden));
    }

    [Fact]
    public void Check_FindsATypeNamedInAnAttributeArgument()
    {
        // ActorId names its converter only in [JsonConverter(typeof(IdentifierJsonConverter<ActorId>))], which NetArchTest
        // does not read.
        var violations = LayerCheck.Violations(LayerCheck.Root, [Serialization]);

        Assert.Contains($"{LayerCheck.Root}.{nameof(ActorId)} uses {Serialization}", violations);
    }
}
