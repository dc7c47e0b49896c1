using System;
using System.IO;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Serialization;
using Xunit;
using static ItilCore.Tests.Catalog.CatalogSamples;

namespace ItilCore.Tests.Catalog;

public class ServiceCatalogJsonTests
{
    [Fact]
    public void ToJson_ThenFromJson_GivesAnEqualDocumentAndTheSameText()
    {
        var json = ServiceCatalog.Create(Document).ToJson();

        var reread = ServiceCatalog.FromJson(json);

        Assert.Equal(Document, reread.ToDocument());
        Assert.Equal(json, reread.ToJson());
    }

    [Fact]
    public void ToJson_Objects_StartWithIdAndName()
    {
        var json = ServiceCatalog.Create(Document).ToJson();

        Assert.Contains("{\n      \"id\": \"email\",\n      \"name\": \"E-mail\",\n      \"description\"", json, StringComparison.Ordinal);
        Assert.Contains("{\n      \"id\": \"office-bundle\",\n      \"name\": \"Office bundle\",", json, StringComparison.Ordinal);
        Assert.Contains("\"recoveryTimeObjective\": \"4:00:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"role\": \"provider-and-consumer\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_MissingArraysAndOptionalMembers_ReadAsEmptyAndAbsent()
    {
        var catalog = ServiceCatalog.FromJson("""{ "services": [ { "id": "email", "name": "E-mail" } ] }""");

        var service = catalog.GetService(Email);
        Assert.Equal(ServiceKind.Business, service.Kind);
        Assert.Empty(service.Utility);
        Assert.Null(service.Warranty);
        Assert.Empty(catalog.Offerings);
    }

    [Fact]
    public void FromJson_MalformedJson_ReportsLineAndPath()
    {
        const string json = "{\n  \"services\": [\n    { \"id\": \"email\", \"name\": }\n  ]\n}";

        var exception = Assert.Throws<JsonReadException>(() => ServiceCatalog.FromJson(json, "catalog.json"));

        Assert.Equal(3, exception.LineNumber);
        Assert.Equal("$.services[0].name", exception.JsonPath);
        Assert.StartsWith("catalog.json at line 3", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_AMemberGivenTwice_IsRejected()
    {
        const string json = """{ "services": [ { "id": "email", "name": "E-mail" } ], "services": [] }""";

        var exception = Assert.Throws<JsonReadException>(() => ServiceCatalog.FromJson(json, "catalog.json"));

        Assert.Contains("services", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, exception.LineNumber);
    }

    [Fact]
    public void FromJson_UnknownMember_ReportsItsPath()
    {
        const string json = """{ "services": [ { "id": "email", "name": "E-mail", "colour": "blue" } ] }""";

        var exception = Assert.Throws<JsonReadException>(() => ServiceCatalog.FromJson(json));

        Assert.Contains("colour", exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.services[0]", exception.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_WellFormedButInvalid_ThrowsInvalidDefinitionWithPaths()
    {
        const string json = """{ "offerings": [ { "id": "o", "name": "Office", "services": [ "ghost" ] } ] }""";

        var problem = Assert.Single(Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.FromJson(json)).Problems);

        Assert.Equal("$.offerings[0].services[0]", problem.Path);
    }

    [Fact]
    public void SaveThenLoad_File_GivesAnEqualCatalogue()
    {
        var path = Path.Combine(Path.GetTempPath(), $"itilcore-catalog-{Guid.NewGuid():N}.json");
        try
        {
            ServiceCatalog.Create(Document).Save(path);

            Assert.Equal(Document, ServiceCatalog.Load(path).ToDocument());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_AnInvalidFile_SaysWhichFile_WithEveryProblem()
    {
        // Three files loaded at start-up: the error must say which one is wrong, as a read error does.
        var path = Path.Combine(Path.GetTempPath(), $"itilcore-catalog-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """{ "services": [ { "id": "a", "name": "A" }, { "id": "a", "name": "Again" } ], "offerings": [ { "id": "o", "name": "O", "services": ["ghost"] } ] }""");

            var catalog = Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.Load(path));
            var model = Assert.Throws<InvalidDefinitionException>(() => ItilCore.Configuration.ServiceModel.Load(path));

            Assert.StartsWith($"The service catalogue in '{path}' is invalid (2 problems):", catalog.Message, StringComparison.Ordinal);
            Assert.Equal(["$.services[1].id", "$.offerings[0].services[0]"], catalog.Problems.Select(p => p.Path));
            Assert.Contains($"in '{path}' is invalid", model.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "services": [ { "id": "a" }, { "id": "b" } ] }""", "$.services[0]", "the required property 'name' is missing")]
    [InlineData("""{ "services": null }""", "$.services", "'services' may not be null")]
    [InlineData("""{ "services": [ { "id": "a", "name": null } ] }""", "$.services[0].name", "'name' may not be null")]
    public void FromJson_AMissingOrNullRequiredValue_SaysWhatTheJsonLacks(string json, string path, string problem)
    {
        // System.Text.Json's own words name .NET types and nullability annotations.
        var exception = Assert.Throws<JsonReadException>(() => ServiceCatalog.FromJson(json, "catalog.json"));

        Assert.Equal((path, problem), (exception.JsonPath, exception.Problem));
    }
}
