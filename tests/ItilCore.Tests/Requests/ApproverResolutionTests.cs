using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Requests;
using ItilCore.Serialization;
using ItilCore.Testing;
using ItilCore.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using S = ItilCore.Requests.ServiceRequestState;

namespace ItilCore.Tests.Requests;

/// <summary>
/// Approval steps whose approvers are found per request (the requester's manager, the sponsors or customers of the
/// requester's organization for the item's offering), recorded when approval starts, over docs/examples/catalog.json
/// (acme-retail: sponsor acme.cfo, customer acme.cio; finance: customer li.wei, no sponsor).
/// </summary>
public sealed class ApproverResolutionTests
{
    private static readonly ServiceCatalog Services = ServiceModel.Load(Repository.PathOf("docs/examples/catalog.json")).Catalog;
    private static readonly ActorId Agent = new("agent.smith");
    private static readonly ActorId Pat = new("acme.pat");
    private static readonly ActorId Quinn = new("acme.quinn");
    private static readonly ActorId Clerk = new("finance.clerk");
    private static readonly ActorId Okafor = new("manager.okafor");
    private static readonly ActorId Lund = new("manager.lund");
    private static readonly ActorId Cfo = new("acme.cfo");
    private static readonly RequestItemId Monitor = new("monitor");
    private static readonly RequestItemId Licence = new("licence");
    private static readonly RequestItemId Backup = new("backup");
    private static readonly RequestItemId Board = new("board");

    private static readonly RequestCatalog Catalog = RequestCatalog.Create(
        new RequestCatalogDocument
        {
            Items =
            [
                Item(Monitor, new ApprovalStep("Line manager") { ApproversFrom = ApproverSource.RequesterManager }, new ApprovalStep("Budget sponsor") { ApproversFrom = ApproverSource.OfferingSponsors }),
                Item(Licence, new ApprovalStep("Line manager") { ApproversFrom = ApproverSource.RequesterManager }),
                Item(Backup, new ApprovalStep("Manager or deputy") { ApproversFrom = ApproverSource.RequesterManager, Approvers = [new("deputy.dee"), Okafor] }),
                Item(Board, new ApprovalStep("Customer board") { ApproversFrom = ApproverSource.OfferingCustomers, Approvers = [new("omar.haddad")], Quorum = 2 }),
            ],
        },
        Services);

    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 3, 2, 9, 0));
    private readonly ExampleDirectory _directory = new();
    private int _eventIds;

    private static RequestItem Item(RequestItemId id, params ApprovalStep[] steps)
        => new(id, id.Value, new ServiceId("service-desk"), new ServiceOfferingId("office-worker-bundle"))
        {
            Approvals = steps,
            Tasks = [new FulfilmentTask("Deliver")],
        };

    private RequestFulfilment Practice(IApproverDirectory? directory = null)
        => new(_clock, Catalog, directory ?? _directory, () => new Guid(++_eventIds, 0, 0, new byte[8]));

    private static SubmitServiceRequest Command(RequestItemId item, ActorId requester, string id = "REQ0001")
        => new(new ServiceRequestId(id), item, requester, ContactChannel.Portal);

    [Fact]
    public void RequesterManager_IsEachRequestersOwnManager_AndIsRecordedInApprovalStarted()
    {
        var practice = Practice();

        var pats = practice.Submit(Agent, Command(Licence, Pat, "REQ0001"));
        var quinns = practice.Submit(Agent, Command(Licence, Quinn, "REQ0002"));

        var started = Assert.IsType<RequestApprovalStarted>(pats.Events[1]);
        Assert.Equal([new StepApprovers("Line manager", [Okafor])], started.Approvers!);
        Assert.Equal([Okafor], pats.Value!.CurrentApprovers);
        Assert.Equal([Lund], quinns.Value!.CurrentApprovers);

        var wrong = pats.Value.Approve(Lund);
        Assert.Equal(RequestRejectionCodes.NotAnApprover, wrong.Rejection!.Code);
        Assert.Contains("manager.okafor", wrong.Rejection.Message, StringComparison.Ordinal);
        pats.Value.Approve(Okafor).ThrowIfRejected();
        quinns.Value.Approve(Lund).ThrowIfRejected();
        Assert.Equal(S.Approved, pats.Value.State);
        Assert.Equal(S.Approved, quinns.Value.State);
    }

    [Fact]
    public void OfferingSponsors_AreTheSponsorsOfTheRequestersOrganizationForTheOffering_InAChain()
    {
        var request = Practice().Submit(Agent, Command(Monitor, Pat)).ThrowIfRejected();

        Assert.Equal([new StepApprovers("Line manager", [Okafor]), new StepApprovers("Budget sponsor", [Cfo])], request.Approvers);
        Assert.Equal(RequestRejectionCodes.NotAnApprover, request.Approve(Cfo).Rejection!.Code);
        request.Approve(Okafor).ThrowIfRejected();
        Assert.Equal([Cfo], request.CurrentApprovers);
        request.Approve(Cfo).ThrowIfRejected();
        Assert.Equal(S.Approved, request.State);
        Assert.Empty(request.CurrentApprovers);
    }

    [Fact]
    public void ResolvedAndFixedApprovers_AreOneGroup_EachOnce()
    {
        var request = Practice().Submit(Agent, Command(Backup, Pat)).ThrowIfRejected();

        Assert.Equal([Okafor, new ActorId("deputy.dee")], request.CurrentApprovers);
        request.Approve(new ActorId("deputy.dee")).ThrowIfRejected();
        Assert.Equal(S.Approved, request.State);
    }

    [Fact]
    public void Quorum_CountsResolvedApprovers_AndARefusalRejectsWhenTheQuorumBecomesUnreachable()
    {
        var approved = Practice().Submit(Agent, Command(Board, Clerk, "REQ0001")).ThrowIfRejected();
        Assert.Equal([new ActorId("li.wei"), new ActorId("omar.haddad")], approved.CurrentApprovers);
        approved.Approve(new ActorId("li.wei")).ThrowIfRejected();
        Assert.Equal(S.AwaitingApproval, approved.State);
        approved.Approve(new ActorId("omar.haddad")).ThrowIfRejected();
        Assert.Equal(S.Approved, approved.State);

        var refused = Practice().Submit(Agent, Command(Board, Clerk, "REQ0002")).ThrowIfRejected();
        refused.Reject(new ActorId("li.wei"), "Not this year").ThrowIfRejected();
        Assert.Equal(S.Rejected, refused.State);
    }

    [Fact]
    public void NoManagerKnown_RefusesSubmission_NamingTheStep_AndTouchesNothing()
    {
        var practice = Practice();

        var result = practice.Submit(Agent, Command(Licence, new ActorId("acme.nobody")));

        Assert.True(result.IsRejected);
        Assert.Equal(RequestRejectionCodes.QuorumUnreachable, result.Rejection!.Code);
        Assert.Contains("'Line manager'", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Contains("the directory knows no manager of acme.nobody", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Empty(result.Events);
        Assert.Equal(0, _eventIds);
    }

    [Fact]
    public void SegregationOfDuties_AResolvedManagerWhoSubmits_MayNotApprove_SoSubmissionIsRefused()
    {
        var result = Practice().Submit(Okafor, Command(Licence, Pat));

        Assert.Equal(RequestRejectionCodes.QuorumUnreachable, result.Rejection!.Code);
        Assert.Contains("without acme.pat and manager.okafor", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal(0, _eventIds);
    }

    [Fact]
    public void SegregationOfDuties_ARequesterWhoIsTheirOwnSponsor_LeavesTooFew()
    {
        _directory.Managers[Cfo] = Okafor;

        var result = Practice().Submit(Agent, Command(Monitor, Cfo));

        Assert.Equal(RequestRejectionCodes.QuorumUnreachable, result.Rejection!.Code);
        Assert.Contains("'Budget sponsor'", result.Rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("finance.clerk", "organization 'finance' has no sponsor of offering 'office-worker-bundle'")]
    [InlineData("acme.lost", "the directory knows no organization of acme.lost")]
    [InlineData("ghost.gus", "ghost.gus's organization ghost-corp is not in the service catalogue")]
    public void NoSponsorFound_RefusesSubmission_SayingWhy(string requester, string why)
    {
        var who = new ActorId(requester);
        _directory.Managers[who] = Okafor;

        var result = Practice().Submit(Agent, Command(Monitor, who));

        Assert.Equal(RequestRejectionCodes.QuorumUnreachable, result.Rejection!.Code);
        Assert.Contains("'Budget sponsor'", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Contains(why, result.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal(0, _eventIds);
    }

    [Fact]
    public void WithoutADirectory_ASourcedStepIsRefused_NamingTheStep()
    {
        var practice = new RequestFulfilment(_clock, Catalog);

        var result = practice.Submit(Agent, Command(Licence, Pat));

        Assert.Equal(RequestRejectionCodes.NoApproverDirectory, result.Rejection!.Code);
        Assert.Contains("'Line manager'", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Null(practice.Directory);
    }

    [Fact]
    public void Rebuild_UsesTheRecordedApprovers_AndNeverAsksTheDirectory()
    {
        var submitted = Practice().Submit(Agent, Command(Monitor, Pat));
        var request = submitted.Value!;
        var history = submitted.Events.Concat(request.Approve(Okafor).Events).ToList();
        var asked = _directory.Calls;

        // Pat has a new manager since; the request keeps the approvers found when its approval started.
        _directory.Managers[Pat] = Lund;
        var rebuilt = Practice(new ThrowingDirectory()).Rebuild(history);
        var timeline = Practice(new ThrowingDirectory()).Replay(history);

        Assert.Equal(asked, _directory.Calls);
        Assert.Equal(request.ToSnapshot(), rebuilt.ToSnapshot());
        Assert.Equal(request.ToSnapshot(), timeline[^1]);
        Assert.Equal([Cfo], rebuilt.CurrentApprovers);
        rebuilt.Approve(Cfo).ThrowIfRejected();
        Assert.Equal(S.Approved, rebuilt.State);
    }

    [Fact]
    public void Rebuild_ApprovalStartedRecordingTheWrongNumberOfSteps_IsRefused()
    {
        var submitted = Practice().Submit(Agent, Command(Monitor, Pat));
        var started = (RequestApprovalStarted)submitted.Events[1];
        var broken = started with { Approvers = [started.Approvers![0]] };

        var e = Assert.Throws<ArgumentException>(() => Practice().Rebuild([submitted.Events[0], broken]));
        Assert.Contains("approvers of 1 steps; the request item has 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApprovalStarted_WithApprovers_RoundTripsThroughJson()
    {
        var submitted = Practice().Submit(Agent, Command(Monitor, Pat));
        var request = submitted.Value!;
        var events = submitted.Events.Concat(request.Approve(Okafor).Events).ToArray();

        var json = ItilJson.Serialize(events);
        var reread = ItilJson.Deserialize<DomainEvent[]>(json);

        Assert.Equal(events, reread);
        Assert.Contains("\"approversFrom\": \"offering-sponsors\"", json, StringComparison.Ordinal);
        Assert.Contains("\"step\": \"Budget sponsor\"", json, StringComparison.Ordinal);
        Assert.Equal(request.ToSnapshot(), Practice(new ThrowingDirectory()).Rebuild(reread).ToSnapshot());
    }

    [Fact]
    public void ApprovalStarted_WrittenBeforeApproversWereRecorded_StillReads_AndUsesTheFixedLists()
    {
        var f = new RequestFixture();
        var submitted = f.Practice.Submit(RequestFixture.Agent, RequestFixture.Command(RequestFixture.NewLaptop));
        var nodes = JsonNode.Parse(ItilJson.Serialize(submitted.Events.ToArray()))!.AsArray();
        Assert.True(nodes[1]!.AsObject().Remove("approvers"));
        var oldJson = nodes.ToJsonString();

        var reread = ItilJson.Deserialize<DomainEvent[]>(oldJson);
        var rebuilt = f.Practice.Rebuild(reread);

        Assert.Null(Assert.IsType<RequestApprovalStarted>(reread[1]).Approvers);
        Assert.Equal(2, ((RequestApprovalStarted)reread[1]).Steps);
        Assert.Equal(submitted.Value!.ToSnapshot(), rebuilt.ToSnapshot());
        Assert.Equal([RequestFixture.Alice], rebuilt.CurrentApprovers);
        Assert.Equal(RequestRejectionCodes.NotAnApprover, rebuilt.Approve(RequestFixture.Bob).Rejection!.Code);
        rebuilt.Approve(RequestFixture.Alice).ThrowIfRejected();
        rebuilt.Approve(RequestFixture.Bob).ThrowIfRejected();
        Assert.Equal(S.Approved, rebuilt.State);
    }

    [Fact]
    public void FixedListItems_RecordTheirFixedApprovers_WithoutADirectory()
    {
        var f = new RequestFixture();

        var submitted = f.Practice.Submit(RequestFixture.Agent, RequestFixture.Command(RequestFixture.NewLaptop));

        Assert.Equal(
            [new StepApprovers("Line manager", [RequestFixture.Alice]), new StepApprovers("Finance", [RequestFixture.Bob])],
            ((RequestApprovalStarted)submitted.Events[1]).Approvers!);
        Assert.Null(f.Practice.Directory);
    }

    [Fact]
    public void CatalogueJson_ExpressesTheSource_AndRoundTrips()
    {
        const string json = """
            {
              "items": [
                {
                  "id": "monitor",
                  "name": "Second monitor",
                  "service": "service-desk",
                  "offering": "office-worker-bundle",
                  "approvals": [
                    { "name": "Line manager", "approversFrom": "requester-manager" },
                    { "name": "Sponsor or CIO", "approversFrom": "offering-sponsors", "approvers": ["acme.cio"], "quorum": 2 }
                  ],
                  "tasks": [ { "name": "Deliver" } ]
                }
              ]
            }
            """;

        var catalog = RequestCatalog.FromJson(json, Services);
        var steps = catalog.GetItem(Monitor).Approvals;

        Assert.Equal(ApproverSource.RequesterManager, steps[0].ApproversFrom);
        Assert.Empty(steps[0].Approvers);
        Assert.Equal(ApproverSource.OfferingSponsors, steps[1].ApproversFrom);
        Assert.Equal([new ActorId("acme.cio")], steps[1].Approvers);
        Assert.Equal(catalog.ToDocument(), RequestCatalog.FromJson(catalog.ToJson(), Services).ToDocument());
        Assert.Contains("\"approversFrom\": \"requester-manager\"", catalog.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogueJson_FixedListsAreUnchanged_AndWriteNoSource()
    {
        var json = RequestGenerators.SampleCatalog.ToJson();

        Assert.DoesNotContain("approversFrom", json, StringComparison.Ordinal);
        Assert.All(RequestGenerators.SampleCatalog.Items.SelectMany(i => i.Approvals), s => Assert.Null(s.ApproversFrom));
    }

    [Fact]
    public void CatalogueValidation_NamesThePathOfEachSourceProblem()
    {
        var document = new RequestCatalogDocument
        {
            Items =
            [
                new RequestItem(new RequestItemId("no-offering"), "No offering", new ServiceId("service-desk"))
                {
                    Approvals =
                    [
                        new ApprovalStep("Manager") { ApproversFrom = ApproverSource.RequesterManager, Quorum = 3 },
                        new ApprovalStep("Sponsor") { ApproversFrom = ApproverSource.OfferingSponsors },
                        new ApprovalStep("Customer") { ApproversFrom = ApproverSource.OfferingCustomers },
                        new ApprovalStep("Nobody"),
                        new ApprovalStep("Undefined") { ApproversFrom = (ApproverSource)42 },
                    ],
                    Tasks = [new FulfilmentTask("Deliver")],
                },
            ],
        };

        var problems = Assert.Throws<InvalidDefinitionException>(() => RequestCatalog.Create(document, Services)).Problems;

        Assert.Equal(
            ["$.items[0].approvals[0].quorum", "$.items[0].approvals[1].approversFrom", "$.items[0].approvals[2].approversFrom", "$.items[0].approvals[3].approvers", "$.items[0].approvals[4].approversFrom"],
            problems.Select(p => p.Path).ToArray());
        Assert.Contains("larger than the group can ever be", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("needs the item to name an offering", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("approversFrom", problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogueJson_AnUnknownSource_IsAReadError()
    {
        const string json = """{ "items": [ { "id": "x", "name": "X", "service": "service-desk", "approvals": [ { "name": "Boss", "approversFrom": "the-boss" } ], "tasks": [ { "name": "Do" } ] } ] }""";

        var e = Assert.Throws<JsonReadException>(() => RequestCatalog.FromJson(json, Services));
        Assert.Contains("approversFrom", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Laws_HoldOnACatalogueWhoseApproversADirectoryFinds_AndApprovalsAreReallyDecided()
    {
        // Everyone the kit generates works for acme-retail under manager.okafor; the budget sponsor is acme.cfo.
        var directory = new EveryoneDirectory();
        RequestFulfilment Factory(IClock clock) => new(clock, Catalog, directory);

        Support.Properties.Check(RequestLaws.All(Factory));

        var accepted = 0;
        var scenarios = FsCheck.Fluent.Gen.Sample(RequestGenerators.Scenario(Catalog, 60), 200);
        foreach (var scenario in scenarios)
        {
            var run = RequestRun.Play(Factory, scenario);
            accepted += run.Steps.Count(s => s.Command is RequestCommand.ApproveByCurrentApprover && s.Result is { IsAccepted: true });
        }

        Assert.True(accepted > 0, "no generated approval by a directory-found approver was accepted");
    }

    [Fact]
    public void CatalogueValidation_ARequesterManagerStepNeedingMoreThanTheManagerAndTheFixedApprovers_IsReported()
    {
        var e = Assert.Throws<InvalidDefinitionException>(() => RequestCatalog.Create(
            new RequestCatalogDocument { Items = [Item(Licence, new ApprovalStep("Line manager") { ApproversFrom = ApproverSource.RequesterManager, Approvers = [new("deputy.dee")], Quorum = 3 })] },
            Services));

        Assert.Equal("$.items[0].approvals[0].quorum: the quorum 3 is larger than the group can ever be: the requester's manager and 1 fixed approver", Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void Submit_ChecksTheDataBeforeAskingTheDirectory()
    {
        var practice = Practice();
        var calls = _directory.Calls;

        var result = practice.Submit(Agent, Command(Licence, new ActorId("acme.lost")) with { Data = new Dictionary<string, string> { ["nope"] = "x" } });

        Assert.Equal(RequestRejectionCodes.UnknownField, result.Rejection!.Code);
        Assert.Equal(calls, _directory.Calls);
    }

    [Fact]
    public void CurrentApprovers_LeaveOutTheSubmitterWhoMayNotDecide_TheRecordedGroupKeepsThem()
    {
        // Pat's manager, manager.okafor, submits Pat's backup request: the step's group is okafor and deputy.dee.
        var request = Practice().Submit(Okafor, Command(Backup, Pat)).ThrowIfRejected();

        Assert.Equal([Okafor, new ActorId("deputy.dee")], request.Approvers[0].Approvers.OrderBy(a => a.Value == "deputy.dee"));
        Assert.Equal([new ActorId("deputy.dee")], request.CurrentApprovers);
        Assert.Equal(RequestRejectionCodes.SelfApproval, request.Approve(Okafor).Rejection!.Code);
    }

    private sealed class EveryoneDirectory : IApproverDirectory
    {
        public ActorId? ManagerOf(ActorId person) => person.Value == "manager.okafor" ? null : new ActorId("manager.okafor");

        public OrganizationId? OrganizationOf(ActorId person) => new OrganizationId("acme-retail");
    }

    private sealed class ThrowingDirectory : IApproverDirectory
    {
        public ActorId? ManagerOf(ActorId person) => throw new InvalidOperationException("A rebuild must not ask the directory.");

        public OrganizationId? OrganizationOf(ActorId person) => throw new InvalidOperationException("A rebuild must not ask the directory.");
    }
}
