using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Requests;
using ItilCore.Testing;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace ItilCore.Tests.Requests;

/// <summary>Request items and submissions against services and offerings in the pipeline or retired.</summary>
public sealed class RequestServiceStatusTests
{
    private static readonly ServiceId Workplace = new("workplace");
    private static readonly ServiceId Identity = new("identity");
    private static readonly ServiceOfferingId Office = new("office");

    private static ServiceCatalog Services(ServiceStatus workplace = ServiceStatus.Live, ServiceStatus identity = ServiceStatus.Live, ServiceStatus office = ServiceStatus.Live)
        => ServiceCatalog.Create(new ServiceCatalogDocument
        {
            Services = [new Service(Workplace, "Workplace") { Status = workplace }, new Service(Identity, "Identity and access") { Status = identity }],
            Offerings = [new ServiceOffering(Office, "Office") { Services = [Workplace, Identity], Status = office }],
        });

    private static RequestItem Item(string id, ServiceId service, ServiceOfferingId? offering = null) => new(new RequestItemId(id), "Item " + id, service, offering)
    {
        Fields = [new RequestField("note", RequestFieldKind.Text)],
        Tasks = [new FulfilmentTask("Do it")],
    };

    private static RequestFulfilment Practice(ServiceCatalog services, params RequestItem[] items)
        => new(new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0)), RequestCatalog.Create(new RequestCatalogDocument { Items = items }, services));

    private static SubmitServiceRequest Submission(string item)
        => new(new ServiceRequestId("REQ0001"), new RequestItemId(item), RequestFixture.Requester, ContactChannel.Portal) { Data = new Dictionary<string, string>() };

    [Fact]
    public void Create_ItemsOnARetiredServiceOrOffering_AreReportedNamingThem()
    {
        var services = Services(workplace: ServiceStatus.Retired, office: ServiceStatus.Retired);

        var problems = Assert.Throws<InvalidDefinitionException>(() => RequestCatalog.Create(
            new RequestCatalogDocument { Items = [Item("a", Workplace), Item("b", Identity, Office)] }, services)).Problems;

        Assert.Equal(
            [
                "$.items[0].service: service workplace is retired; a retired service cannot be requested",
                "$.items[1].offering: service offering office is retired; a retired offering cannot be requested",
            ],
            problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("payroll-standard", "payroll", ApproverSource.OfferingSponsors, 1, "at most 0 sponsors of one organization for offering 'payroll-standard'")]
    [InlineData("office-worker-bundle", "email", ApproverSource.OfferingSponsors, 2, "at most 1 sponsors of one organization for offering 'office-worker-bundle'")]
    [InlineData("office-worker-bundle", "email", ApproverSource.OfferingCustomers, 2, "at most 1 customers of one organization for offering 'office-worker-bundle'")]
    [InlineData("office-worker-bundle", "email", ApproverSource.OfferingSponsors, 1, null)]
    public void Create_AConsumerRoleStepWhoseQuorumNoOrganizationCanMeet_IsAProblem(string offering, string service, ApproverSource source, int quorum, string? problem)
    {
        // Every submission was refused with request.quorum-unreachable; the relationships bound the group when the catalogue is built.
        var services = ServiceModel.Load(Support.Repository.PathOf("docs/examples/catalog.json")).Catalog;
        var item = Item("i", new ServiceId(service), new ServiceOfferingId(offering)) with
        {
            Approvals = [new ApprovalStep("Sponsors") { ApproversFrom = source, Quorum = quorum }],
        };

        var create = () => RequestCatalog.Create(new RequestCatalogDocument { Items = [item] }, services);

        if (problem is null)
        {
            Assert.Single(create().Items);
        }
        else
        {
            var found = Assert.Single(Assert.Throws<InvalidDefinitionException>(create).Problems);
            Assert.Equal("$.items[0].approvals[0].quorum", found.Path);
            Assert.Contains(problem, found.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MatchKeywords_PassesOverItemsThatCannotBeOrderedYet()
    {
        // An item for a pipeline service used to take the contact ("a new laptop") from the live item and be refused.
        var catalog = RequestCatalog.Create(
            new RequestCatalogDocument { Items = [Item("laptop", Identity) with { Keywords = ["laptop"] }, Item("laptop-2027", Workplace) with { Keywords = ["new laptop", "laptop"] }] },
            Services(workplace: ServiceStatus.Pipeline));

        Assert.Equal(new RequestItemId("laptop"), catalog.MatchKeywords("I need a new laptop")?.Id);
        Assert.Null(catalog.MatchKeywords("2027 plans")); // and nothing when no orderable item matches
    }

    [Fact]
    public void CurrentApprovers_LeaveOutThoseWhoHaveDecided()
    {
        ActorId li = new("li.wei"), omar = new("omar.haddad"), jane = new("jane.doe");
        var practice = Practice(Services(), Item("board", Identity) with { Approvals = [new ApprovalStep("Board") { Approvers = [li, omar, jane], Quorum = 2 }] });
        var request = practice.Submit(RequestFixture.Agent, Submission("board")).ThrowIfRejected();

        request.Reject(li, "No budget").ThrowIfRejected();
        request.Approve(omar).ThrowIfRejected();

        Assert.Equal([jane], request.CurrentApprovers);
    }

    [Fact]
    public void Submit_ItemOnAPipelineService_IsRejectedAsNotLive_AndTheItemIsValid()
    {
        var practice = Practice(Services(workplace: ServiceStatus.Pipeline), Item("a", Workplace), Item("b", Identity));

        var result = practice.Submit(RequestFixture.Agent, Submission("a"));

        Assert.Equal(RequestRejectionCodes.ServiceNotLive, result.Rejection!.Code);
        Assert.Equal("Request item 'a' cannot be requested: service workplace is pipeline, not live.", result.Rejection.Message);
        Assert.Empty(result.Events);
        Assert.True(practice.Submit(RequestFixture.Agent, Submission("b")).IsAccepted);
    }

    [Fact]
    public void Submit_ItemOnAPipelineOffering_IsRejectedAsNotLive()
    {
        var practice = Practice(Services(office: ServiceStatus.Pipeline), Item("a", Identity, Office));

        var result = practice.Submit(RequestFixture.Agent, Submission("a"));

        Assert.Equal(RequestRejectionCodes.ServiceNotLive, result.Rejection!.Code);
        Assert.Equal("Request item 'a' cannot be requested: service offering office is pipeline, not live.", result.Rejection.Message);
    }

    [Fact]
    public void Rebuild_RequestSubmittedWhileLive_IsUnaffectedOnceTheServiceLeavesLive()
    {
        var live = Practice(Services(), Item("a", Workplace));
        var submitted = live.Submit(RequestFixture.Agent, Submission("a"));
        var events = submitted.Events.ToList();
        events.AddRange(submitted.Value!.StartFulfilment(RequestFixture.Agent).Events);
        var notLive = Practice(Services(workplace: ServiceStatus.Pipeline), Item("a", Workplace));

        Assert.Equal(submitted.Value.ToSnapshot(), notLive.Rebuild(events).ToSnapshot());
    }
}
