using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Requests;
using ItilCore.Serialization;
using ItilCore.Testing;
using ItilCore.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace ItilCore.Tests.Requests;

/// <summary>
/// Items available only to the consumers of their offering (<see cref="RequestItem.AvailableTo"/>), over
/// docs/examples/catalog.json: relationship acme-office (consumer acme-retail) takes office-worker-bundle and lists
/// acme.cio, acme.alice, acme.bob and acme.cfo; finance-payroll (consumer finance) takes payroll-standard and
/// office-worker-bundle and lists li.wei and finance.clerk.
/// </summary>
public sealed class RequestEntitlementTests
{
    private static readonly ServiceCatalog Services = ServiceModel.Load(Repository.PathOf("docs/examples/catalog.json")).Catalog;
    private static readonly ActorId Agent = new("agent.smith");
    private static readonly ActorId Alice = new("acme.alice");
    private static readonly RequestItemId Bundle = new("bundle-headset");
    private static readonly RequestItemId Payroll = new("payroll-report");
    private static readonly RequestItemId Anyone = new("password-reset");

    private static readonly RequestCatalog Catalog = RequestCatalog.Create(
        new RequestCatalogDocument
        {
            Items =
            [
                Item(Bundle, "office-worker-bundle", RequestAvailability.ServiceConsumers) with
                {
                    Fields = [new RequestField("Model", RequestFieldKind.Choice) { Options = ["wired", "wireless"] }],
                },
                Item(Payroll, "payroll-standard", RequestAvailability.ServiceConsumers),
                Item(Anyone, "office-worker-bundle", null),
            ],
        },
        Services);

    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 3, 2, 9, 0));
    private readonly ExampleDirectory _directory = new();

    private static RequestItem Item(RequestItemId id, string offering, RequestAvailability? availableTo)
        => new(id, id.Value, new ServiceId("service-desk"), new ServiceOfferingId(offering))
        {
            AvailableTo = availableTo,
            Tasks = [new FulfilmentTask("Deliver")],
        };

    private RequestFulfilment Practice(bool withDirectory = true) => new(_clock, Catalog, withDirectory ? _directory : null);

    private static SubmitServiceRequest Command(RequestItemId item, ActorId requester, string model = "wired")
        => new(new ServiceRequestId("REQ0001"), item, requester, ContactChannel.Portal)
        {
            Data = item == Bundle ? new Dictionary<string, string> { ["Model"] = model } : new Dictionary<string, string>(),
        };

    [Fact]
    public void ARequesterNamedInARelationshipThatTakesTheOffering_IsEntitled_AndTheRelationshipIsRecorded()
    {
        var submitted = Practice(withDirectory: false).Submit(Agent, Command(Bundle, Alice));

        var request = submitted.ThrowIfRejected();
        var acmeOffice = new ServiceRelationshipId("acme-office");
        Assert.Equal(acmeOffice, request.EntitledThrough);
        Assert.Equal(acmeOffice, Assert.IsType<RequestSubmitted>(submitted.Events[0]).EntitledThrough);
    }

    [Fact]
    public void ARequesterOfTheConsumerOrganization_IsEntitledThroughTheDirectory()
    {
        var request = Practice().Submit(Agent, Command(Bundle, new ActorId("acme.zed"))).ThrowIfRejected();

        Assert.Equal(new ServiceRelationshipId("acme-office"), request.EntitledThrough);
        Assert.Equal(1, _directory.Calls);
    }

    [Fact]
    public void AnOrganizationThatDoesNotTakeTheOffering_IsRefused_NamingWhatWasLookedAt()
    {
        var refused = Practice().Submit(Agent, Command(Payroll, Alice));

        Assert.True(refused.IsRejected);
        Assert.Equal(RequestRejectionCodes.NotEntitled, refused.Rejection!.Code);
        Assert.Empty(refused.Events);
        Assert.Null(refused.Value);
        Assert.Equal(
            "Request item 'payroll-report' is available only to the consumers of offering 'payroll-standard': no service relationship that takes it names acme.alice as a customer, user or sponsor, nor has their organization 'acme-retail' as its consumer.",
            refused.Rejection.Message);

        // The finance department takes payroll: its clerk is named, anyone of finance is a consumer through the directory.
        Assert.Equal(new ServiceRelationshipId("finance-payroll"), Practice().Submit(Agent, Command(Payroll, new ActorId("finance.clerk"))).ThrowIfRejected().EntitledThrough);
        Assert.Equal(new ServiceRelationshipId("finance-payroll"), Practice().Submit(Agent, Command(Payroll, new ActorId("finance.new"))).ThrowIfRejected().EntitledThrough);
    }

    [Fact]
    public void WithoutADirectory_OrAnOrganization_OnlyThePeopleNamedAreEntitled_AndTheMessageSaysWhy()
    {
        var noDirectory = Practice(withDirectory: false).Submit(Agent, Command(Bundle, new ActorId("acme.zed")));
        var unknown = Practice().Submit(Agent, Command(Bundle, new ActorId("nobody.known")));

        Assert.Equal(RequestRejectionCodes.NotEntitled, noDirectory.Rejection!.Code);
        Assert.EndsWith("and no approver directory (IApproverDirectory) was given to find their organization.", noDirectory.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal(RequestRejectionCodes.NotEntitled, unknown.Rejection!.Code);
        Assert.EndsWith("and the directory knows no organization of nobody.known.", unknown.Rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDataIsCheckedFirst_SoARefusedFormCostsNoDirectoryLookup()
    {
        var refused = Practice().Submit(Agent, Command(Bundle, new ActorId("nobody.known"), model: "bluetooth"));

        Assert.Equal(RequestRejectionCodes.InvalidField, refused.Rejection!.Code);
        Assert.Equal(0, _directory.Calls);
    }

    [Fact]
    public void AnItemForAnyone_NeedsNoEntitlement_AndARequesterTheCatalogueNames_NoDirectoryLookup()
    {
        var anyone = Practice().Submit(Agent, Command(Anyone, new ActorId("nobody.known"))).ThrowIfRejected();
        Assert.Null(anyone.EntitledThrough);
        Assert.Equal(0, _directory.Calls);

        var named = Practice().Submit(Agent, Command(Bundle, Alice)).ThrowIfRejected();
        Assert.Equal(new ServiceRelationshipId("acme-office"), named.EntitledThrough);
        Assert.Equal(0, _directory.Calls);
    }

    [Fact]
    public void TheDirectoryIsAskedForTheOrganizationOnce_WhenEntitlementAndApproversBothNeedIt()
    {
        var catalog = RequestCatalog.Create(
            new RequestCatalogDocument
            {
                Items =
                [
                    Item(new RequestItemId("sponsored"), "office-worker-bundle", RequestAvailability.ServiceConsumers) with
                    {
                        Approvals = [new ApprovalStep("Sponsor") { ApproversFrom = ApproverSource.OfferingSponsors }],
                    },
                ],
            },
            Services);

        var request = new RequestFulfilment(_clock, catalog, _directory).Submit(Agent, new SubmitServiceRequest(new ServiceRequestId("REQ0003"), new RequestItemId("sponsored"), new ActorId("acme.zed"), ContactChannel.Portal)).ThrowIfRejected();

        Assert.Equal(new ServiceRelationshipId("acme-office"), request.EntitledThrough);
        Assert.Equal([new ActorId("acme.cfo")], request.CurrentApprovers);
        Assert.Equal(1, _directory.OrganizationCalls);
    }

    [Fact]
    public void AnItemForConsumersWithoutAnOffering_OrAnUndefinedAvailability_IsACatalogueProblem()
    {
        var error = Assert.Throws<InvalidDefinitionException>(() => RequestCatalog.Create(
            new RequestCatalogDocument
            {
                Items =
                [
                    new RequestItem(new RequestItemId("a"), "A", new ServiceId("service-desk")) { AvailableTo = RequestAvailability.ServiceConsumers, Tasks = [new FulfilmentTask("Do")] },
                    new RequestItem(new RequestItemId("b"), "B", new ServiceId("service-desk")) { AvailableTo = (RequestAvailability)7, Tasks = [new FulfilmentTask("Do")] },
                ],
            },
            Services));

        Assert.Contains(error.Problems, p => p.Path == "$.items[0].availableTo" && p.Message.Contains("must name the offering", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == "$.items[1].availableTo");

        // An offering that no service relationship takes: nobody could ever request the item.
        var untaken = ServiceCatalog.Create(new ServiceCatalogDocument
        {
            Services = [new Service(new ServiceId("desk"), "Desk")],
            Offerings = [new ServiceOffering(new ServiceOfferingId("lonely"), "Lonely") { Services = [new ServiceId("desk")] }],
        });
        var nobody = Assert.Throws<InvalidDefinitionException>(() => RequestCatalog.Create(
            new RequestCatalogDocument { Items = [new RequestItem(new RequestItemId("c"), "C", new ServiceId("desk"), new ServiceOfferingId("lonely")) { AvailableTo = RequestAvailability.ServiceConsumers, Tasks = [new FulfilmentTask("Do")] }] },
            untaken));
        Assert.Equal("$.items[0].availableTo: no service relationship takes offering 'lonely', so nobody could request the item", Assert.Single(nobody.Problems).ToString());
    }

    [Fact]
    public void AvailableTo_ReadsFromTheCatalogueDocument_AndEntitledThrough_RoundTripsInEvents()
    {
        const string json = """
            { "items": [ { "id": "headset", "name": "Headset", "service": "service-desk", "offering": "office-worker-bundle",
                           "availableTo": "service-consumers", "tasks": [ { "name": "Deliver" } ] } ] }
            """;
        var catalog = RequestCatalog.FromJson(json, Services);
        Assert.Equal(RequestAvailability.ServiceConsumers, catalog.Items.Single().AvailableTo);

        var practice = new RequestFulfilment(_clock, catalog);
        var submitted = practice.Submit(Agent, new SubmitServiceRequest(new ServiceRequestId("REQ0002"), new RequestItemId("headset"), Alice, ContactChannel.Portal));
        var events = ItilJson.Serialize(submitted.Events.ToArray());
        var reread = ItilJson.Deserialize<DomainEvent[]>(events);

        Assert.Contains("\"entitledThrough\": \"acme-office\"", events, StringComparison.Ordinal);
        Assert.Contains("\"availableTo\": \"service-consumers\"", events, StringComparison.Ordinal);
        Assert.Equal(submitted.Events, reread);
        Assert.Equal(new ServiceRelationshipId("acme-office"), practice.Rebuild(reread).EntitledThrough);
        Assert.Equal(new ServiceRelationshipId("acme-office"), practice.Rebuild(reread).ToSnapshot().EntitledThrough);

        // An event written before entitlement existed reads with none.
        var old = events.Replace("\"entitledThrough\": \"acme-office\",", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("entitledThrough", old, StringComparison.Ordinal);
        Assert.Null(Assert.IsType<RequestSubmitted>(ItilJson.Deserialize<DomainEvent[]>(old)[0]).EntitledThrough);
    }

    [Fact]
    public void RelationshipEntitling_FindsTheFirstRelationshipByPersonOrOrganization()
    {
        var bundle = new ServiceOfferingId("office-worker-bundle");

        Assert.Equal("acme-office", Services.RelationshipEntitling(bundle, new ActorId("acme.cfo"))!.Id.Value);
        Assert.Equal("finance-payroll", Services.RelationshipEntitling(bundle, new ActorId("someone"), new OrganizationId("finance"))!.Id.Value);
        Assert.Null(Services.RelationshipEntitling(bundle, new ActorId("someone"), new OrganizationId("ghost-corp")));
        Assert.Null(Services.RelationshipEntitling(new ServiceOfferingId("payroll-standard"), new ActorId("acme.cfo")));
        Assert.Equal("offering", Assert.Throws<ArgumentException>(() => Services.RelationshipEntitling(new ServiceOfferingId("nope"), Alice)).ParamName);
    }

    [Fact]
    public void TheTestingKit_DrawsEntitledRequesters_AndTheLawsHold_ForItemsOnlyForConsumers()
    {
        var catalog = RequestCatalog.Create(
            new RequestCatalogDocument
            {
                Items =
                [
                    new RequestItem(new RequestItemId("kit-item"), "Kit item", new ServiceId("workplace"), new ServiceOfferingId("office"))
                    {
                        AvailableTo = RequestAvailability.ServiceConsumers,
                        Approvals = [new ApprovalStep("Sponsor") { Approvers = [new ActorId("bob")] }],
                        Tasks = [new FulfilmentTask("Do")],
                    },
                ],
            },
            RequestGenerators.SampleServices);
        RequestFulfilment Factory(IClock clock) => new(clock, catalog);

        var scenarios = FsCheck.Fluent.Gen.Sample(RequestGenerators.Scenario(catalog, 5), 100);
        var requesters = scenarios.Select(s => RequestRun.Play(Factory, s).Request).Select(r => (r.Requester.Value, r.EntitledThrough)).Distinct().ToArray();

        Assert.All(requesters, r => Assert.Equal(new ServiceRelationshipId("office-staff"), r.EntitledThrough));
        Assert.Subset(new[] { "alice", "carol", "erin", "zoe" }.ToHashSet(), requesters.Select(r => r.Value).ToHashSet());
        Assert.DoesNotContain("bob", requesters.Select(r => r.Value)); // the step's only approver may not ask
        Support.Properties.Check(RequestLaws.All(Factory));
    }

    [Fact]
    public void RandomCatalogues_HoldItemsOnlyForConsumers_ThatTheKitCanSubmit()
    {
        var items = FsCheck.Fluent.Gen.Sample(RequestGenerators.Catalog(), 60).SelectMany(c => c.Items.Select(i => (Catalog: c, Item: i))).ToArray();
        var consumersOnly = items.Where(x => x.Item.AvailableTo == RequestAvailability.ServiceConsumers).ToArray();

        Assert.NotEmpty(consumersOnly);
        Assert.Contains(items, x => x.Item.AvailableTo is null);
        foreach (var (_, item) in consumersOnly.Take(20))
        {
            var single = RequestCatalog.Create(new RequestCatalogDocument { Items = [item] }, RequestGenerators.SampleServices);
            foreach (var scenario in FsCheck.Fluent.Gen.Sample(RequestGenerators.Scenario(single, 0), 5))
            {
                Assert.Equal(new ServiceRelationshipId("office-staff"), RequestRun.Play(c => new RequestFulfilment(c, single), scenario).Request.EntitledThrough);
            }
        }
    }
}
