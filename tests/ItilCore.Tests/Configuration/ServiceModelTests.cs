using System;
using System.IO;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Serialization;
using ItilCore.Tests.Catalog;
using Xunit;

namespace ItilCore.Tests.Configuration;

public class ServiceModelTests
{
    private static readonly string ExamplePath = Path.Combine(ItilCore.Tests.Support.Repository.Root, "docs", "examples", "catalog.json");

    private static ServiceCatalogDocument WithConfiguration(ConfigurationDocument configuration)
        => CatalogSamples.Document with { Configuration = configuration };

    [Fact]
    public void Load_ExampleCatalogue_BuildsCatalogueAndConfiguration()
    {
        var model = ServiceModel.Load(ExamplePath);

        Assert.Equal(["email", "vpn", "payroll", "service-desk", "directory"], model.Catalog.Services.Select(s => s.Id.Value));
        Assert.Equal(9, model.Configuration.Items.Count);
        Assert.Equal(
            ["email", "vpn", "payroll", "service-desk", "directory"],
            model.Configuration.AffectedServices(new ConfigurationItemId("vm-host-01")).Select(s => s.Value));
        Assert.Equal(
            ["email", "service-desk"],
            model.Configuration.AffectedServices(new ConfigurationItemId("mail-db")).Select(s => s.Value));
        Assert.Equal(
            ["finance.clerk"],
            model.Catalog.ActorsInRole(new ServiceOfferingId("payroll-standard"), new OrganizationId("finance"), ConsumerRole.User).Select(a => a.Value));
    }

    [Fact]
    public void ToJson_ExampleCatalogue_IsTheFileText()
    {
        var text = File.ReadAllText(ExamplePath);

        Assert.Equal(text.TrimEnd('\n'), ServiceModel.FromJson(text).ToJson());
    }

    [Fact]
    public void ServiceCatalogLoad_ExampleWithConfiguration_PointsToServiceModel()
    {
        var problem = Assert.Single(Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.Load(ExamplePath)).Problems);

        Assert.Equal("$.configuration", problem.Path);
    }

    [Fact]
    public void Create_NullDocument_ThrowsArgumentNullException()
        => Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => ServiceModel.Create(null!)).ParamName);

    [Fact]
    public void Create_NoConfigurationSection_GivesAnEmptyModelAndWritesNoSection()
    {
        var model = ServiceModel.Create(CatalogSamples.Document);

        Assert.Empty(model.Configuration.Items);
        Assert.Null(model.ToDocument().Configuration);
        Assert.DoesNotContain("configuration", model.ToJson(), StringComparison.Ordinal);
        Assert.Equal(CatalogSamples.Document, model.ToDocument());
    }

    [Fact]
    public void Create_EmptyConfigurationSection_IsKeptOnTheWayOut()
    {
        var document = WithConfiguration(new ConfigurationDocument());

        Assert.Equal(document, ServiceModel.Create(document).ToDocument());
    }

    [Fact]
    public void Create_ProblemsInCatalogueAndConfiguration_AreReportedTogetherWithFullPaths()
    {
        var document = WithConfiguration(new ConfigurationDocument
        {
            Items =
            [
                new ConfigurationItem(new ConfigurationItemId("a"), "A", ConfigurationItemClass.Application) { SupportedServices = [CatalogSamples.Payroll, new ServiceId("fax")] },
                new ConfigurationItem(new ConfigurationItemId("b"), "", ConfigurationItemClass.Database),
            ],
            Relationships = [new ConfigurationRelationship(new ConfigurationItemId("a"), ConfigurationRelationshipKind.DependsOn, new ConfigurationItemId("c"))],
        }) with
        {
            Services = [CatalogSamples.Document.Services[0] with { Name = "" }, .. CatalogSamples.Document.Services.Skip(1)],
        };

        var exception = Assert.Throws<InvalidDefinitionException>(() => ServiceModel.Create(document));

        // Payroll is defined by the (invalid) catalogue, so referring to it is not a problem.
        Assert.Equal("service model", exception.Definition);
        Assert.Equal(
            ["$.services[0].name", "$.configuration.items[0].supportedServices[1]", "$.configuration.items[1].name", "$.configuration.relationships[0].target"],
            exception.Problems.Select(p => p.Path));
    }

    [Fact]
    public void FromJson_MalformedConfiguration_ReportsLineAndPath()
    {
        const string json = "{\n  \"configuration\": {\n    \"items\": [\n      { \"id\": \"a\", \"name\": \"A\", \"class\": \"has space\" }\n    ]\n  }\n}";

        var exception = Assert.Throws<JsonReadException>(() => ServiceModel.FromJson(json, "model.json"));

        Assert.Equal(4, exception.LineNumber);
        Assert.Equal("$.configuration.items[0].class", exception.JsonPath);
        Assert.Contains("configuration item class", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveThenLoad_File_GivesAnEqualDocument()
    {
        var original = ServiceModel.Load(ExamplePath);
        var path = Path.Combine(Path.GetTempPath(), $"itilcore-model-{Guid.NewGuid():N}.json");
        try
        {
            original.Save(path);

            Assert.Equal(original.ToDocument(), ServiceModel.Load(path).ToDocument());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
