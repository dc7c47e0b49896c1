using System;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Tests.Support;
using Xunit;
using static ItilCore.Tests.Support.Fixture;

namespace ItilCore.Tests.Incidents;

/// <summary>Incidents logged against the example catalogue and configuration items in docs/examples/catalog.json.</summary>
public sealed class IncidentCatalogueTests
{
    private static readonly ServiceModel Model = ServiceModel.Load(Repository.PathOf("docs/examples/catalog.json"));
    private readonly Fixture _f = new(new IncidentManagementOptions { ServiceModel = Model });

    [Fact]
    public void Log_CataloguedServiceOfferingAndItem_IsAccepted()
    {
        var result = _f.Practice.Log(Agent, Command() with
        {
            Service = new ServiceId("email"),
            Offering = new ServiceOfferingId("office-worker-bundle"),
            ConfigurationItem = new ConfigurationItemId("mail-app"),
        });

        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        Assert.Equal(new ServiceId("email"), result.Value.Service);
    }

    [Theory]
    [InlineData("fax", null, null, "service fax is not in the service catalogue")]
    [InlineData(null, "gold-plated", null, "service offering gold-plated is not in the service catalogue")]
    [InlineData(null, null, "mainframe-9", "configuration item mainframe-9 is not in the configuration model")]
    public void Log_UnknownReference_IsRejectedNamingIt(string? service, string? offering, string? item, string problem)
    {
        var result = _f.Practice.Log(Agent, Command() with
        {
            Service = service is null ? null : new ServiceId(service),
            Offering = offering is null ? null : new ServiceOfferingId(offering),
            ConfigurationItem = item is null ? null : new ConfigurationItemId(item),
        });

        Assert.Equal(IncidentRejectionCodes.UnknownReference, result.Rejection!.Code);
        Assert.Equal($"The incident cannot be logged: {problem}.", result.Rejection.Message);
    }

    [Fact]
    public void Log_OfferingThatDoesNotDescribeTheService_IsRejected()
    {
        var offering = Assert.Single(Model.Catalog.OfferingsOf(new ServiceId("email")), o => o.Id == new ServiceOfferingId("office-worker-bundle"));
        var otherService = new ServiceId("payroll");
        Assert.DoesNotContain(otherService, offering.Services);

        var result = _f.Practice.Log(Agent, Command() with { Service = otherService, Offering = offering.Id });

        Assert.Equal($"The incident cannot be logged: service offering {offering.Id} does not describe service {otherService}.", result.Rejection!.Message);
    }

    private static ServiceModel ModelWith(string service, ServiceStatus serviceStatus, string? offering = null, ServiceStatus offeringStatus = ServiceStatus.Live)
    {
        var document = Model.ToDocument();
        return ServiceModel.Create(document with
        {
            Services = document.Services.Select(s => s.Id.Value == service ? s with { Status = serviceStatus } : s).ToArray(),
            Offerings = document.Offerings.Select(o => o.Id.Value == offering ? o with { Status = offeringStatus } : o).ToArray(),
        });
    }

    [Fact]
    public void Log_RetiredService_IsRejectedNamingTheServiceAndItsStatus()
    {
        var f = new Fixture(new IncidentManagementOptions { ServiceModel = ModelWith("email", ServiceStatus.Retired) });

        var result = f.Practice.Log(Agent, Command() with { Service = new ServiceId("email") });

        Assert.Equal(IncidentRejectionCodes.RetiredService, result.Rejection!.Code);
        Assert.Equal("The incident cannot be logged: service email is retired.", result.Rejection.Message);
    }

    [Fact]
    public void Log_RetiredOffering_IsRejectedNamingIt()
    {
        var f = new Fixture(new IncidentManagementOptions { ServiceModel = ModelWith("email", ServiceStatus.Live, "office-worker-bundle", ServiceStatus.Retired) });

        var result = f.Practice.Log(Agent, Command() with { Service = new ServiceId("email"), Offering = new ServiceOfferingId("office-worker-bundle") });

        Assert.Equal(IncidentRejectionCodes.RetiredService, result.Rejection!.Code);
        Assert.Equal("The incident cannot be logged: service offering office-worker-bundle is retired.", result.Rejection.Message);
    }

    [Fact]
    public void Log_PipelineService_IsAccepted()
    {
        var f = new Fixture(new IncidentManagementOptions { ServiceModel = ModelWith("email", ServiceStatus.Pipeline, "office-worker-bundle", ServiceStatus.Pipeline) });

        var result = f.Practice.Log(Agent, Command() with { Service = new ServiceId("email"), Offering = new ServiceOfferingId("office-worker-bundle") });

        Assert.True(result.IsAccepted, result.Rejection?.ToString());
    }

    [Fact]
    public void Rebuild_IncidentLoggedWhileLive_IsUnaffectedByRetirement()
    {
        var logged = _f.Practice.Log(Agent, Command() with { Service = new ServiceId("email"), ConfigurationItem = new ConfigurationItemId("mail-app") });
        var incident = logged.Value!;
        var events = logged.Events.ToList();
        events.AddRange(incident.Assign(Agent, ServiceDesk).Events);
        events.AddRange(incident.Resolve(Agent, ResolutionCode.SolvedPermanently, "Restarted the transport service").Events);
        var retired = new Fixture(new IncidentManagementOptions { ServiceModel = ModelWith("email", ServiceStatus.Retired) });

        var rebuilt = retired.Practice.Rebuild(events);

        Assert.Equal(incident.ToSnapshot(), rebuilt.ToSnapshot());
    }
}
