using System;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Serialization;
using ItilCore.Tests.Support;
using Xunit;
using static ItilCore.Tests.Catalog.CatalogSamples;

namespace ItilCore.Tests.Catalog;

/// <summary>The lifecycle status of services and offerings in the catalogue and its JSON.</summary>
public sealed class ServiceStatusTests
{
    private static ServiceCatalogDocument WithStatuses(ServiceStatus email, ServiceStatus bundle)
        => Document with
        {
            Services = Document.Services.Select(s => s.Id == Email ? s with { Status = email } : s).ToArray(),
            Offerings = Document.Offerings.Select(o => o.Id == OfficeBundle ? o with { Status = bundle } : o).ToArray(),
        };

    [Fact]
    public void Status_NotStated_IsLive()
    {
        Assert.Equal(ServiceStatus.Live, new Service(Email, "E-mail").Status);
        Assert.Equal(ServiceStatus.Live, new ServiceOffering(OfficeBundle, "Office").Status);
        Assert.All(ServiceModel.Load(Repository.PathOf("docs/examples/catalog.json")).Catalog.Services, s => Assert.Equal(ServiceStatus.Live, s.Status));
    }

    [Fact]
    public void Json_StatusesRoundTrip_InCamelCaseKebabValues()
    {
        var catalog = ServiceCatalog.Create(WithStatuses(ServiceStatus.Retired, ServiceStatus.Pipeline));

        var json = catalog.ToJson();
        var reread = ServiceCatalog.FromJson(json);

        Assert.Contains("\"status\": \"retired\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"pipeline\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"live\"", json, StringComparison.Ordinal);
        Assert.Equal(catalog.ToDocument(), reread.ToDocument());
        Assert.Equal(ServiceStatus.Retired, reread.StatusOf(Email));
        Assert.Equal(ServiceStatus.Pipeline, reread.StatusOf(OfficeBundle));
        Assert.Equal(json, reread.ToJson());
    }

    [Fact]
    public void Json_WithoutStatus_ReadsAsLive()
    {
        const string json = """
            {
              "services": [ { "id": "email", "name": "E-mail" }, { "id": "fax", "name": "Fax", "status": "retired" } ],
              "offerings": [ { "id": "basic", "name": "Basic", "services": [ "email" ] } ]
            }
            """;

        var catalog = ServiceCatalog.FromJson(json);

        Assert.Equal(ServiceStatus.Live, catalog.StatusOf(Email));
        Assert.Equal(ServiceStatus.Retired, catalog.StatusOf(new ServiceId("fax")));
        Assert.Equal(ServiceStatus.Live, catalog.StatusOf(new ServiceOfferingId("basic")));
    }

    [Theory]
    [InlineData("Retired")]
    [InlineData("RETIRED")]
    public void Json_StatusInAnotherCase_IsRead(string written)
    {
        // What ITIL1001 relies on when it reads a catalogue file: a status name is a status in any case.
        var json = $$"""{ "services": [ { "id": "fax", "name": "Fax", "status": "{{written}}" } ] }""";

        var catalog = ServiceCatalog.FromJson(json);

        Assert.Equal(ServiceStatus.Retired, catalog.StatusOf(new ServiceId("fax")));
    }

    [Fact]
    public void Json_UnknownStatus_SaysWhere()
    {
        const string json = """{ "services": [ { "id": "email", "name": "E-mail", "status": "obsolete" } ] }""";

        var exception = Assert.Throws<JsonReadException>(() => ServiceCatalog.FromJson(json, "catalog.json"));

        Assert.Contains("$.services[0].status", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UndefinedStatus_IsReportedWithItsPath()
    {
        var document = Document with
        {
            Services = [Document.Services[0] with { Status = (ServiceStatus)7 }, .. Document.Services.Skip(1)],
            Offerings = [Document.Offerings[0] with { Status = 0 }, .. Document.Offerings.Skip(1)],
        };

        var problems = Assert.Throws<InvalidDefinitionException>(() => ServiceCatalog.Create(document)).Problems;

        Assert.Equal(["$.services[0].status", "$.offerings[0].status"], problems.Select(p => p.Path));
    }

    [Fact]
    public void Equality_ComparesTheStatus()
    {
        var live = new Service(Email, "E-mail");
        var offering = new ServiceOffering(OfficeBundle, "Office") { Services = [Email] };

        Assert.NotEqual(live, live with { Status = ServiceStatus.Retired });
        Assert.NotEqual(offering, offering with { Status = ServiceStatus.Retired });
        Assert.NotEqual(ServiceCatalog.Create(Document).ToDocument(), ServiceCatalog.Create(WithStatuses(ServiceStatus.Retired, ServiceStatus.Live)).ToDocument());
    }

    [Fact]
    public void StatusOf_Uncatalogued_ThrowsNamingIt()
    {
        var catalog = ServiceCatalog.Create(Document);

        Assert.Contains("'fax'", Assert.Throws<ArgumentException>(() => catalog.StatusOf(new ServiceId("fax"))).Message, StringComparison.Ordinal);
        Assert.Contains("'gold'", Assert.Throws<ArgumentException>(() => catalog.StatusOf(new ServiceOfferingId("gold"))).Message, StringComparison.Ordinal);
    }
}
