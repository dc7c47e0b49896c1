using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Tests.Catalog;
using Xunit;
using static ItilCore.Configuration.ConfigurationRelationshipKind;

namespace ItilCore.Tests.Configuration;

public class ConfigurationModelTests
{
    private static readonly ServiceCatalog Catalog = ServiceCatalog.Create(CatalogSamples.Document);

    // web → app → db → server → storage, plus web → db (a diamond); server ConnectsTo switch.
    private static readonly ConfigurationDocument Document = new()
    {
        Items =
        [
            Item("web", CatalogSamples.Email),
            Item("app", CatalogSamples.Payroll),
            Item("db", CatalogSamples.Vpn),
            Item("server"),
            Item("storage"),
            Item("switch"),
        ],
        Relationships =
        [
            Relation("web", DependsOn, "app"),
            Relation("web", DependsOn, "db"),
            Relation("app", DependsOn, "db"),
            Relation("app", RunsOn, "server"),
            Relation("db", RunsOn, "server"),
            Relation("server", DependsOn, "storage"),
            Relation("server", ConnectsTo, "switch"),
        ],
    };

    private static readonly ConfigurationModel Model = ConfigurationModel.Create(Document, Catalog);

    private static ConfigurationItem Item(string id, params ServiceId[] services)
        => new(new ConfigurationItemId(id), id.ToUpperInvariant(), ConfigurationItemClass.Server, new AssignmentGroupId("platform"), "dc-east") { SupportedServices = services };

    private static ConfigurationRelationship Relation(string source, ConfigurationRelationshipKind kind, string target)
        => new(new ConfigurationItemId(source), kind, new ConfigurationItemId(target));

    private static ConfigurationItemId Id(string id) => new(id);

    private static IReadOnlyList<ValidationProblem> ProblemsOf(ConfigurationDocument document)
        => Assert.Throws<InvalidDefinitionException>(() => ConfigurationModel.Create(document, Catalog)).Problems;

    private static ConfigurationDocument With(params ConfigurationRelationship[] extra)
        => Document with { Relationships = [.. Document.Relationships, .. extra] };

    [Fact]
    public void Create_ValidDocument_KeepsItemsAndRelationships()
    {
        Assert.Equal(6, Model.Items.Count);
        Assert.Equal(7, Model.Relationships.Count);
        Assert.Same(Catalog, Model.Catalog);
        Assert.Equal(Document, Model.ToDocument());
    }

    [Fact]
    public void Create_NullArguments_ThrowArgumentNullException()
    {
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => ConfigurationModel.Create(null!, Catalog)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => ConfigurationModel.Create(Document, null!)).ParamName);
    }

    [Fact]
    public void Create_DuplicateIdsEmptyNamesAndUnknownServices_ReportsEachWithItsPath()
    {
        var document = Document with
        {
            Items =
            [
                Document.Items[0] with { SupportedServices = [CatalogSamples.Email, new ServiceId("fax")] },
                Document.Items[1] with { Name = " " },
                .. Document.Items.Skip(2),
                Item("db"),
            ],
        };

        var problems = ProblemsOf(document);

        Assert.Equal(["$.items[0].supportedServices[1]", "$.items[1].name", "$.items[6].id"], problems.Select(p => p.Path));
        Assert.Equal("unknown service id 'fax'", problems[0].Message);
        Assert.Equal("duplicate configuration item id 'db'; it is first defined at $.items[2]", problems[2].Message);
    }

    [Fact]
    public void Create_RelationshipsWithUnknownItems_ReportsSourceAndTargetPaths()
    {
        var problems = ProblemsOf(With(Relation("ghost", DependsOn, "db"), Relation("web", RunsOn, "phantom")));

        Assert.Equal(
            [new ValidationProblem("$.relationships[7].source", "unknown configuration item id 'ghost'"), new ValidationProblem("$.relationships[8].target", "unknown configuration item id 'phantom'")],
            problems);
    }

    [Fact]
    public void Create_SelfRelationships_AreReportedForEveryKind()
    {
        var problems = ProblemsOf(With(Relation("db", DependsOn, "db"), Relation("db", ConnectsTo, "db")));

        Assert.Equal(["$.relationships[7]", "$.relationships[8]"], problems.Select(p => p.Path));
        Assert.Equal("item 'db' cannot have a relationship with itself", problems[0].Message);
    }

    [Fact]
    public void Create_DuplicateRelationships_AreReportedIncludingReversedConnectsTo()
    {
        var problems = ProblemsOf(With(Relation("web", DependsOn, "app"), Relation("switch", ConnectsTo, "server")));

        Assert.Equal(["$.relationships[7]", "$.relationships[8]"], problems.Select(p => p.Path));
        Assert.Contains("first defined at $.relationships[0]", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("first defined at $.relationships[6]", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DependsOnAndRunsOnBetweenTheSamePair_AreBothAllowed()
    {
        var model = ConfigurationModel.Create(With(Relation("web", RunsOn, "server"), Relation("web", DependsOn, "server")), Catalog);

        Assert.Contains(new ConfigurationDependency(Id("server"), 1), model.DependenciesOf(Id("web")));
    }

    [Fact]
    public void Create_Cycle_IsReportedWithItsItemsInOrderAtTheClosingRelationship()
    {
        var problem = Assert.Single(ProblemsOf(With(Relation("storage", DependsOn, "web"))));

        Assert.Equal("$.relationships[7]", problem.Path);
        Assert.Equal("DependsOn/RunsOn relationships form a cycle: web → app → server → storage → web", problem.Message);
    }

    [Fact]
    public void Create_TwoSeparateCycles_AreEachReported()
    {
        var document = new ConfigurationDocument
        {
            Items = [Item("a"), Item("b"), Item("c"), Item("d")],
            Relationships = [Relation("c", RunsOn, "d"), Relation("a", DependsOn, "b"), Relation("d", DependsOn, "c"), Relation("b", RunsOn, "a")],
        };

        var problems = ProblemsOf(document);

        Assert.Equal(
            [
                new ValidationProblem("$.relationships[3]", "DependsOn/RunsOn relationships form a cycle: a → b → a"),
                new ValidationProblem("$.relationships[2]", "DependsOn/RunsOn relationships form a cycle: c → d → c"),
            ],
            problems);
    }

    [Fact]
    public void Create_ConnectsToLoop_IsNotACycle()
    {
        var document = new ConfigurationDocument
        {
            Items = [Item("a"), Item("b"), Item("c")],
            Relationships = [Relation("a", ConnectsTo, "b"), Relation("b", ConnectsTo, "c"), Relation("c", ConnectsTo, "a"), Relation("a", DependsOn, "b")],
        };

        Assert.Empty(ConfigurationModel.Create(document, Catalog).AffectedItems(Id("a")));
    }

    [Fact]
    public void Create_ProblemsOfEveryKind_AreReportedTogether()
    {
        var document = Document with
        {
            Items = [Document.Items[0] with { Name = "" }, .. Document.Items.Skip(1), Item("web")],
        };
        document = document with
        {
            Relationships =
            [
                .. Document.Relationships,
                Relation("nobody", DependsOn, "db"),
                Relation("app", DependsOn, "app"),
                Relation("web", DependsOn, "app"),
                Relation("storage", RunsOn, "web"),
            ],
        };

        var exception = Assert.Throws<InvalidDefinitionException>(() => ConfigurationModel.Create(document, Catalog));

        Assert.Equal("configuration model", exception.Definition);
        Assert.Equal(
            ["$.items[0].name", "$.items[6].id", "$.relationships[7].source", "$.relationships[8]", "$.relationships[9]", "$.relationships[10]"],
            exception.Problems.Select(p => p.Path));
        Assert.Contains("cycle", exception.Problems[5].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_KnownAndUnknownItems_Answer()
    {
        Assert.True(Model.Contains(Id("db")));
        Assert.False(Model.Contains(Id("nope")));
        Assert.True(Model.TryGetItem(Id("server"), out var server));
        Assert.Equal("SERVER", server.Name);
        Assert.False(Model.TryGetItem(Id("nope"), out _));
        Assert.Equal(Document.Items[4], Model.GetItem(Id("storage")));
        Assert.Contains("'nope'", Assert.Throws<KeyNotFoundException>(() => Model.GetItem(Id("nope"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AffectedItems_FailingItem_ReturnsEverythingAboveItNearestFirst()
    {
        Assert.Equal(["app", "db", "web"], Model.AffectedItems(Id("server")).Select(i => i.Value));
        Assert.Equal(["server", "app", "db", "web"], Model.AffectedItems(Id("storage")).Select(i => i.Value));
        Assert.Equal(["web"], Model.AffectedItems(Id("app")).Select(i => i.Value));
        Assert.Empty(Model.AffectedItems(Id("web")));
    }

    [Fact]
    public void AffectedItems_ConnectsTo_DoesNotPropagate()
        => Assert.Empty(Model.AffectedItems(Id("switch")));

    [Fact]
    public void AffectedServices_FailingItem_ReturnsItsOwnAndAffectedItemsServicesInCatalogueOrder()
    {
        // Found in the order vpn (db), payroll (app), e-mail (web); returned in catalogue order.
        Assert.Equal([CatalogSamples.Email, CatalogSamples.Vpn, CatalogSamples.Payroll], Model.AffectedServices(Id("db")));
        Assert.Equal([CatalogSamples.Email, CatalogSamples.Payroll], Model.AffectedServices(Id("app")));
        Assert.Equal([CatalogSamples.Email], Model.AffectedServices(Id("web")));
        Assert.Empty(Model.AffectedServices(Id("switch")));
    }

    [Fact]
    public void DependenciesOf_Diamond_ReturnsEachItemOnceAtItsShortestDepth()
    {
        Assert.Equal(
            [new(Id("app"), 1), new(Id("db"), 1), new(Id("server"), 2), new ConfigurationDependency(Id("storage"), 3)],
            Model.DependenciesOf(Id("web")));
    }

    [Fact]
    public void DependenciesOf_MaxDepth_LimitsTheWalk()
    {
        Assert.Equal([new(Id("app"), 1), new ConfigurationDependency(Id("db"), 1)], Model.DependenciesOf(Id("web"), maxDepth: 1));
        Assert.Equal(3, Model.DependenciesOf(Id("web"), maxDepth: 2).Count);
        Assert.Empty(Model.DependenciesOf(Id("web"), maxDepth: 0));
        Assert.Equal("maxDepth", Assert.Throws<ArgumentOutOfRangeException>(() => Model.DependenciesOf(Id("web"), -1)).ParamName);
    }

    [Fact]
    public void DependenciesOf_ItemWithOnlyConnectsTo_IsEmpty()
        => Assert.Empty(Model.DependenciesOf(Id("switch")));

    [Fact]
    public void ItemsSupporting_Service_ReturnsTheDirectlySupportingItems()
    {
        Assert.Equal([Id("web")], Model.ItemsSupporting(CatalogSamples.Email));
        Assert.Equal([Id("app")], Model.ItemsSupporting(CatalogSamples.Payroll));
    }

    [Fact]
    public void ItemsSupporting_CataloguedServiceWithoutItems_IsEmpty()
    {
        var model = ConfigurationModel.Create(new ConfigurationDocument { Items = [Item("lonely")] }, Catalog);

        Assert.Empty(model.ItemsSupporting(CatalogSamples.Email));
        Assert.Empty(model.DependenciesOfService(CatalogSamples.Email));
    }

    [Fact]
    public void DependenciesOfService_Service_ReturnsSupportingItemsAtDepthZeroThenTheirDependencies()
    {
        Assert.Equal(
            [new(Id("web"), 0), new(Id("app"), 1), new(Id("db"), 1), new(Id("server"), 2), new ConfigurationDependency(Id("storage"), 3)],
            Model.DependenciesOfService(CatalogSamples.Email));
        Assert.Equal(
            [new(Id("app"), 0), new(Id("db"), 1), new(Id("server"), 1), new ConfigurationDependency(Id("storage"), 2)],
            Model.DependenciesOfService(CatalogSamples.Payroll));
    }

    [Fact]
    public void Queries_UnknownIds_ThrowArgumentExceptionNamingTheId()
    {
        var exception = Assert.Throws<ArgumentException>(() => Model.AffectedServices(Id("nope")));
        Assert.Equal("failing", exception.ParamName);
        Assert.Contains("'nope'", exception.Message, StringComparison.Ordinal);
        Assert.Equal("failing", Assert.Throws<ArgumentException>(() => Model.AffectedItems(Id("nope"))).ParamName);
        Assert.Equal("item", Assert.Throws<ArgumentException>(() => Model.DependenciesOf(Id("nope"))).ParamName);
        Assert.Equal("service", Assert.Throws<ArgumentException>(() => Model.ItemsSupporting(new ServiceId("fax"))).ParamName);
        Assert.Equal("service", Assert.Throws<ArgumentException>(() => Model.DependenciesOfService(new ServiceId("fax"))).ParamName);
    }

    [Fact]
    public void AffectedItems_LongChain_IsWalkedWithoutRecursion()
    {
        const int length = 20_000;
        var document = new ConfigurationDocument
        {
            Items = [.. Enumerable.Range(0, length).Select(i => Item($"ci-{i}"))],
            Relationships = [.. Enumerable.Range(1, length - 1).Select(i => Relation($"ci-{i}", DependsOn, $"ci-{i - 1}"))],
        };

        var model = ConfigurationModel.Create(document, Catalog);

        Assert.Equal(length - 1, model.AffectedItems(Id("ci-0")).Count);
        Assert.Equal(new ConfigurationDependency(Id("ci-0"), length - 1), model.DependenciesOf(Id($"ci-{length - 1}"))[^1]);
    }
}
