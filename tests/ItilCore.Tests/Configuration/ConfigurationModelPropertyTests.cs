using ItilCore.Tests.Support;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Serialization;
using ItilCore.Testing;
using Xunit;

namespace ItilCore.Tests.Configuration;

public class ConfigurationModelPropertyTests
{
    private static Arbitrary<(ServiceCatalogDocument Document, ConfigurationItemId Item)> DocumentsWithAnItem()
        => CatalogGenerators.ServiceModelDocuments()
            .Where(d => d.Configuration!.Items.Count > 0)
            .SelectMany(d => Gen.Elements(d.Configuration!.Items.Select(i => i.Id).ToArray()).Select(id => (d, id)))
            .ToArbitrary();

    /// <summary>What <paramref name="from"/> reaches over DependsOn/RunsOn, forwards (dependencies) or backwards (dependents), by fixpoint.</summary>
    private static HashSet<ConfigurationItemId> Reach(ConfigurationDocument configuration, ConfigurationItemId from, bool forwards)
    {
        var reached = new HashSet<ConfigurationItemId> { from };
        var directed = configuration.Relationships.Where(r => r.Kind != ConfigurationRelationshipKind.ConnectsTo).ToArray();
        bool grew;
        do
        {
            grew = false;
            foreach (var r in directed)
            {
                var (near, far) = forwards ? (r.Source, r.Target) : (r.Target, r.Source);
                if (reached.Contains(near) && reached.Add(far))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        reached.Remove(from);
        return reached;
    }

    [ItilProperty]
    public Property GeneratedValidServiceModelDocument_AlwaysBuilds()
        => Prop.ForAll(CatalogGenerators.ServiceModelDocuments().ToArbitrary(), document =>
            ServiceModel.Create(document).Configuration.Items.Count == document.Configuration!.Items.Count);

    [ItilProperty]
    public Property CreateThenToDocument_GivesAnEqualDocumentWithTheSameJson()
        => Prop.ForAll(CatalogGenerators.ServiceModelDocuments().ToArbitrary(), document =>
        {
            var json = ServiceModel.Create(document).ToJson();
            var reread = ServiceModel.FromJson(json).ToDocument();
            return reread.Equals(document) && ItilJson.Serialize(reread) == json && json == ItilJson.Serialize(document);
        });

    [ItilProperty]
    public Property AffectedServices_AgreesWithBruteForceReachability()
        => Prop.ForAll(DocumentsWithAnItem(), pair =>
        {
            var (document, failing) = pair;
            var model = ServiceModel.Create(document).Configuration;
            var affected = Reach(document.Configuration!, failing, forwards: false);
            affected.Add(failing);
            var supported = document.Configuration!.Items.Where(i => affected.Contains(i.Id)).SelectMany(i => i.SupportedServices).ToHashSet();
            var expected = document.Services.Select(s => s.Id).Where(supported.Contains);
            return model.AffectedServices(failing).SequenceEqual(expected);
        });

    [ItilProperty]
    public Property AffectedItems_AreTheBruteForceDependentsNearestFirst()
        => Prop.ForAll(DocumentsWithAnItem(), pair =>
        {
            var (document, failing) = pair;
            var actual = ServiceModel.Create(document).Configuration.AffectedItems(failing);
            return actual.ToHashSet().SetEquals(Reach(document.Configuration!, failing, forwards: false)) && actual.Count == actual.Distinct().Count();
        });

    [ItilProperty]
    public Property DependenciesOf_AreTheBruteForceDependenciesWithNonDecreasingDepth()
        => Prop.ForAll(DocumentsWithAnItem(), pair =>
        {
            var (document, item) = pair;
            var actual = ServiceModel.Create(document).Configuration.DependenciesOf(item);
            var depthsInOrder = actual.Select(d => d.Depth).ToArray();
            return actual.Select(d => d.Item).ToHashSet().SetEquals(Reach(document.Configuration!, item, forwards: true))
                && depthsInOrder.Zip(depthsInOrder.Skip(1)).All(p => p.First <= p.Second);
        });

    [ItilProperty]
    public Property ExtraEdgeClosingALoop_IsReportedAsACycleNamingBothEnds()
    {
        var withLoop =
            from document in CatalogGenerators.ServiceModelDocuments()
            let configuration = document.Configuration!
            let closable = (from item in configuration.Items
                            from reached in Reach(configuration, item.Id, forwards: true)
                            select (From: reached, To: item.Id)).ToArray()
            where closable.Length > 0
            from edge in Gen.Elements(closable)
            from kind in Gen.Elements(ConfigurationRelationshipKind.DependsOn, ConfigurationRelationshipKind.RunsOn)
            select (Document: document with
            {
                Configuration = configuration with
                {
                    Relationships = [.. configuration.Relationships, new ConfigurationRelationship(edge.From, kind, edge.To)],
                },
            }, edge.From, edge.To);

        return Prop.ForAll(withLoop.ToArbitrary(), sample =>
        {
            var problems = Assert.Throws<InvalidDefinitionException>(() => ServiceModel.Create(sample.Document)).Problems;
            var problem = Assert.Single(problems);
            var names = problem.Message[(problem.Message.IndexOf(':', System.StringComparison.Ordinal) + 2)..].Split(" → ");
            return problem.Message.Contains("cycle", System.StringComparison.Ordinal)
                && names[0] == names[^1]
                && names.Contains(sample.From.Value)
                && names.Contains(sample.To.Value);
        });
    }
}
