using System.IO;
using ItilCore.Configuration;
using ItilCore.Requests;
using ItilCore.Serialization;
using ItilCore.Tests.Support;
using Xunit;

namespace ItilCore.Tests.Requests;

/// <summary>The documented example request catalogue, docs/examples/request-catalog.json, against docs/examples/catalog.json.</summary>
public sealed class RequestCatalogExampleTests
{
    [Fact]
    public void Example_IsValidAndRoundTrips()
    {
        var services = ServiceModel.Load(Repository.PathOf("docs/examples/catalog.json")).Catalog;
        var path = Repository.PathOf("docs/examples/request-catalog.json");

        var catalog = RequestCatalog.Load(path, services);

        Assert.Equal(4, catalog.Items.Count);
        Assert.Equal(catalog.ToDocument(), RequestCatalog.FromJson(catalog.ToJson(), services).ToDocument());
        Assert.Equal(2, catalog.GetItem(new RequestItemId("new-laptop")).Approvals[1].Quorum);
    }

    [Fact]
    public void Example_NamingAnUnknownService_ReportsTheExactPath()
    {
        var services = ServiceModel.Load(Repository.PathOf("docs/examples/catalog.json")).Catalog;
        var json = File.ReadAllText(Repository.PathOf("docs/examples/request-catalog.json")).Replace("\"service\": \"vpn\"", "\"service\": \"teleport\"", System.StringComparison.Ordinal);

        var problems = Assert.Throws<InvalidDefinitionException>(() => RequestCatalog.FromJson(json, services)).Problems;

        Assert.Equal("$.items[3].service", Assert.Single(problems).Path);
        Assert.IsType<InvalidDefinitionException>(Record.Exception(() => RequestCatalog.FromJson(json, services)));
        Assert.Throws<JsonReadException>(() => RequestCatalog.FromJson("{ \"items\": [ { \"id\": 1 } ] }", services));
    }
}
