using System.IO;
using System.Linq;
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

        Assert.Equal(5, catalog.Items.Count);
        Assert.Equal(catalog.ToDocument(), RequestCatalog.FromJson(catalog.ToJson(), services).ToDocument());
        Assert.Equal(2, catalog.GetItem(new RequestItemId("new-laptop")).Approvals[1].Quorum);
        Assert.Null(catalog.GetItem(new RequestItemId("new-laptop")).Approvals[0].ApproversFrom);
        Assert.Equal(
            [ApproverSource.RequesterManager, ApproverSource.OfferingSponsors],
            catalog.GetItem(new RequestItemId("second-monitor")).Approvals.Select(s => s.ApproversFrom!.Value).ToArray());
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
