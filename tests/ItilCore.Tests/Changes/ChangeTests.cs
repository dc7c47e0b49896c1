using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Changes;
using ItilCore.Serialization;
using ItilCore.Tests.Catalog;
using NodaTime;
using Xunit;
using F = ItilCore.Tests.Changes.ChangeFixture;

namespace ItilCore.Tests.Changes;

public sealed class ChangeTests
{
    private readonly F _f = new();

    private static void Rejected(CommandResult result, string code)
    {
        Assert.True(result.IsRejected, "expected a rejection with " + code);
        Assert.Equal(code, result.Rejection!.Code);
        Assert.Empty(result.Events);
    }

    // A normal change on srv01 (a Server, which model patch-server allows by class), planned, with an implementer, in Assess.
    private Change NormalOnServer(string id = "CHG0100")
    {
        var change = _f.Practice.Request(F.Agent, new RequestChange(new ChangeId(id), ChangeType.Normal, "Kernel upgrade on srv01 with new storage driver", F.Requester)
        {
            ConfigurationItems = [F.Server],
        }).ThrowIfRejected();
        change.Plan(F.Agent, F.Window).ThrowIfRejected();
        change.AssignImplementer(F.Agent, F.Implementer).ThrowIfRejected();
        change.Submit(F.Agent).ThrowIfRejected();
        return change;
    }

    private static void Moves(Change change, Func<Change, CommandResult> command, ChangeState to)
    {
        var version = change.Version;
        var events = command(change).ThrowIfRejected();
        Assert.Single(events);
        Assert.Equal(to, change.State);
        Assert.Equal(version + 1, change.Version);
    }

    [Fact]
    public void Normal_FullLife_NewAssessAuthorizeScheduledImplementReviewClosed()
    {
        var change = _f.Planned();
        Assert.Equal(ChangeState.New, change.State);
        Moves(change, c => c.Submit(F.Agent), ChangeState.Assess);
        Moves(change, c => c.AssessRisk(F.Agent, new Impact(3), new Likelihood(3)), ChangeState.Assess);
        Assert.Equal(new Risk(3), change.Risk);
        Moves(change, c => c.RequestAuthorization(F.Agent), ChangeState.Authorize);
        Assert.Equal("peer-review", change.Authority!.Name);
        Moves(change, c => c.Approve(F.Peer, "Looks fine"), ChangeState.Scheduled);
        Assert.Equal([F.Peer], change.Approvals);
        Assert.NotNull(change.AuthorizedAt);
        _f.OpenWindow();
        Moves(change, c => c.StartImplementation(F.Implementer), ChangeState.Implement);
        Moves(change, c => c.CompleteImplementation(F.Implementer, ChangeOutcome.Successful, "Upgraded"), ChangeState.Review);
        Assert.Equal(ChangeOutcome.Successful, change.Outcome);
        Moves(change, c => c.Close(F.Agent, "Reviewed"), ChangeState.Closed);
        Assert.True(change.IsFinal);
        Assert.Equal(change.UpdatedAt, change.ClosedAt);
    }

    [Fact]
    public void Standard_FullLife_NewScheduledImplementReviewClosed_WithoutAuthorization()
    {
        var change = _f.Planned(ChangeType.Standard);
        Assert.Equal(new Risk(3), change.Risk);
        Moves(change, c => c.Submit(F.Agent), ChangeState.Scheduled);
        Assert.Null(change.Authority);
        Assert.NotNull(change.AuthorizedAt);
        _f.OpenWindow();
        Moves(change, c => c.StartImplementation(F.Implementer), ChangeState.Implement);
        Moves(change, c => c.CompleteImplementation(F.Implementer, ChangeOutcome.SuccessfulWithIssues, "Patched, one reboot"), ChangeState.Review);
        Moves(change, c => c.Close(F.Agent, "Review: the reboot was not in the model's procedure; add it"), ChangeState.Closed);
    }

    [Fact]
    public void Emergency_FullLife_NewAuthorizeScheduled_AfterEcabQuorum()
    {
        var change = _f.Planned(ChangeType.Emergency);
        Moves(change, c => c.RequestAuthorization(F.Agent), ChangeState.Authorize);
        Assert.Equal(ChangeAuthorityKind.EmergencyChangeAdvisoryBoard, change.Authority!.Kind);
        Moves(change, c => c.Approve(F.Ecab[0]), ChangeState.Authorize);
        Moves(change, c => c.Approve(F.Ecab[2]), ChangeState.Scheduled);
        _f.OpenWindow();
        Moves(change, c => c.StartImplementation(F.Implementer), ChangeState.Implement);
        Moves(change, c => c.CompleteImplementation(F.Implementer, ChangeOutcome.Unsuccessful, "Backed out"), ChangeState.Review);
        Assert.Equal(ChangeRejectionCodes.TextRequired, change.Close(F.Agent).Rejection?.Code);
        Moves(change, c => c.Close(F.Agent, "Review: the rollback plan worked; retry with the vendor's fix"), ChangeState.Closed);
    }

    [Fact]
    public void AuthorityPolicy_RoundTripsThroughJson()
    {
        var json = ItilJson.Serialize(F.Policy.Definition);

        var back = ChangeAuthorityPolicy.Create(ItilJson.Deserialize<ChangeAuthorityPolicyDefinition>(json), ChangeManagementOptions.DefaultRiskMatrix);

        Assert.Equal(json, ItilJson.Serialize(back.Definition));
    }

    [Fact]
    public void ToScheduledChange_OnceCanceled_IsNothing()
    {
        var change = _f.Scheduled();
        Assert.NotNull(change.ToScheduledChange());

        change.Cancel(F.Agent, "Superseded").ThrowIfRejected();

        Assert.Null(change.ToScheduledChange());
    }

    [Fact]
    public void Submit_StandardChangeWhoseModelIsGone_IsRefused()
    {
        // Requested while the model existed; submitted (authorized through the model) in a practice that no longer has it.
        var logged = _f.Practice.Request(F.Agent, F.Command(ChangeType.Standard));
        var change = logged.ThrowIfRejected();
        var history = logged.Events.ToList();
        history.AddRange(change.Plan(F.Agent, F.Window).ThrowIfRejected());
        var withoutModels = new ChangeManagement(_f.Clock, F.Options with { StandardChanges = StandardChangeCatalog.Create([]) });
        var rebuilt = withoutModels.Rebuild(history);

        var result = rebuilt.Submit(F.Agent);

        Assert.Equal(ChangeRejectionCodes.UnknownModel, result.Rejection?.Code);
        Assert.Equal(ChangeState.New, rebuilt.State);
    }

    [Theory]
    [InlineData(3, "peer-review")]
    [InlineData(2, "change-manager")]
    [InlineData(1, "cab")]
    public void RequestAuthorization_Normal_AssignsTheAuthorityForTheRisk(int risk, string authority)
    {
        var change = _f.Authorizing(ChangeType.Normal, risk);

        Assert.Equal(authority, change.Authority!.Name);
        Assert.Equal(new Risk(risk), change.Risk);
    }

    [Fact]
    public void Approve_Cab_NeedsThreeOfFour()
    {
        var change = _f.Authorizing(ChangeType.Normal, 1);
        Moves(change, c => c.Approve(F.Cab[0]), ChangeState.Authorize);
        Moves(change, c => c.Approve(F.Cab[1]), ChangeState.Authorize);
        Moves(change, c => c.Approve(F.Cab[3]), ChangeState.Scheduled);
        Assert.Equal([F.Cab[0], F.Cab[1], F.Cab[3]], change.Approvals);
    }

    [Fact]
    public void Reject_Cab_StaysWhileQuorumReachable_ReturnsToNewWhenNot()
    {
        var change = _f.Authorizing(ChangeType.Normal, 1);
        change.Approve(F.Cab[0]).ThrowIfRejected();
        Moves(change, c => c.Reject(F.Cab[1], "Too risky before month end"), ChangeState.Authorize);
        Assert.Equal([F.Cab[1]], change.Rejections);
        Moves(change, c => c.Reject(F.Cab[2], "Agree"), ChangeState.New);
        Assert.Null(change.Authority);
        Assert.Empty(change.Approvals);
        Assert.Empty(change.Rejections);
    }

    [Fact]
    public void Reject_PeerReview_FirstRejectionOfTwoEligibleIsNotDecisive()
    {
        // Peer review lists the implementer, who may not vote: two eligible members, quorum 1.
        var change = _f.Authorizing();
        Assert.Equal(2, change.ReachableApprovers);
        Moves(change, c => c.Reject(F.Peer, "Missing back-out plan"), ChangeState.Authorize);
        Moves(change, c => c.Reject(F.Peer2, "Same"), ChangeState.New);
    }

    [Fact]
    public void Reject_Emergency_ReturnsToNewWhenQuorumUnreachable()
    {
        var change = _f.Authorizing(ChangeType.Emergency);
        Moves(change, c => c.Reject(F.Ecab[0], "Not an emergency"), ChangeState.Authorize);
        Moves(change, c => c.Reject(F.Ecab[1], "Agree"), ChangeState.New);
    }

    [Fact]
    public void RevertToNew_NormalFromAssess_KeepsTheAssessment()
    {
        var change = _f.Assessed();
        Moves(change, c => c.RevertToNew(F.Agent, "Plan incomplete"), ChangeState.New);
        Assert.Equal(new Risk(3), change.Risk);
    }

    [Fact]
    public void RevertToNew_EmergencyFromAuthorize_CancelsPendingApprovals()
    {
        var change = _f.Authorizing(ChangeType.Emergency);
        change.Approve(F.Ecab[0]).ThrowIfRejected();
        Moves(change, c => c.RevertToNew(F.Agent, "Wrong CI"), ChangeState.New);
        Assert.Empty(change.Approvals);
        Assert.Null(change.Authority);
    }

    [Fact]
    public void RevertToNew_NormalFromAuthorize_CancelsTheVotes()
    {
        var change = _f.Authorizing(ChangeType.Normal, 1);
        change.Approve(F.Cab[0]).ThrowIfRejected();
        change.Reject(F.Cab[1], "Not yet").ThrowIfRejected();
        Moves(change, c => c.RevertToNew(F.Agent, "The CAB meets after the window"), ChangeState.New);
        Assert.Empty(change.Approvals);
        Assert.Empty(change.Rejections);
        Assert.Null(change.Authority);
    }

    [Fact]
    public void RevertToNew_Standard_IsNotPermitted()
        => Rejected(_f.Scheduled(ChangeType.Standard).RevertToNew(F.Agent, "x"), ChangeRejectionCodes.NotPermitted);

    [Theory]
    [InlineData(ChangeType.Normal, ChangeState.New)]
    [InlineData(ChangeType.Normal, ChangeState.Assess)]
    [InlineData(ChangeType.Normal, ChangeState.Authorize)]
    [InlineData(ChangeType.Normal, ChangeState.Scheduled)]
    [InlineData(ChangeType.Normal, ChangeState.Implement)]
    [InlineData(ChangeType.Standard, ChangeState.New)]
    [InlineData(ChangeType.Standard, ChangeState.Scheduled)]
    [InlineData(ChangeType.Standard, ChangeState.Implement)]
    [InlineData(ChangeType.Emergency, ChangeState.New)]
    [InlineData(ChangeType.Emergency, ChangeState.Authorize)]
    [InlineData(ChangeType.Emergency, ChangeState.Scheduled)]
    [InlineData(ChangeType.Emergency, ChangeState.Implement)]
    public void Cancel_UpToImplement_Cancels(ChangeType type, ChangeState state)
    {
        var change = InState(type, state);
        Moves(change, c => c.Cancel(F.Agent, "No longer needed"), ChangeState.Canceled);
        Assert.Equal("No longer needed", change.CancelReason);
        Assert.NotNull(change.ClosedAt);
    }

    [Theory]
    [InlineData(ChangeType.Normal, ChangeState.Review)]
    [InlineData(ChangeType.Normal, ChangeState.Closed)]
    [InlineData(ChangeType.Standard, ChangeState.Review)]
    [InlineData(ChangeType.Emergency, ChangeState.Review)]
    [InlineData(ChangeType.Emergency, ChangeState.Canceled)]
    public void Cancel_FromReviewOrFinal_IsNotPermitted(ChangeType type, ChangeState state)
        => Rejected(InState(type, state).Cancel(F.Agent, "Too late"), ChangeRejectionCodes.NotPermitted);

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Standard)]
    [InlineData(ChangeType.Emergency)]
    public void FinalStates_RejectEveryCommand(ChangeType type)
    {
        foreach (var state in new[] { ChangeState.Closed, ChangeState.Canceled })
        {
            var change = InState(type, state);
            Assert.Empty(change.PermittedTriggers());
            Rejected(change.AddWorkless(), ChangeRejectionCodes.NotPermitted);
        }
    }

    [Fact]
    public void ChangeType_WhileNew_SwitchesLifecycle()
    {
        var change = _f.Planned();
        Moves(change, c => c.ChangeType(F.Agent, ChangeType.Emergency), ChangeState.New);
        Assert.Equal(ChangeType.Emergency, change.Type);
        Moves(change, c => c.RequestAuthorization(F.Agent), ChangeState.Authorize);
        Assert.Equal("ecab", change.Authority!.Name);
    }

    [Fact]
    public void ChangeType_ToStandard_TakesTheModelsRiskAndDropsTheAssessment()
    {
        var change = _f.Request(ChangeType.Normal);
        change.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)).ThrowIfRejected();
        var request = F.Command() with { Id = new ChangeId("CHG0002"), ConfigurationItems = [F.Server] };
        var onServer = _f.Practice.Request(F.Agent, request).ThrowIfRejected();
        onServer.AssessRisk(F.Agent, new Impact(3), new Likelihood(3)).ThrowIfRejected(); // Risk 3 (Low): within the model

        var typed = onServer.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer).ThrowIfRejected();

        Assert.Equal(ChangeState.New, onServer.State);
        Assert.Equal(F.PatchServer, onServer.Model);
        Assert.Equal(new Risk(3), onServer.Risk);
        Assert.Null(onServer.Impact);
        Assert.Equal(new Risk(3), Assert.IsType<ChangeTypeChanged>(Assert.Single(typed)).AssessedRisk);
        Rejected(change.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer), ChangeRejectionCodes.ModelNotApplicable);
    }

    [Fact]
    public void ChangeType_ToStandard_AssessedAboveTheModelsMaxRisk_IsRefused_TheAssessmentStays()
    {
        var change = NormalOnServer();
        change.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)).ThrowIfRejected(); // Risk 1 (High); patch-server: Risk 3 at most
        change.RevertToNew(F.Agent, "make it standard").ThrowIfRejected();

        var why = _f.Refused(change, c => c.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer), ChangeRejectionCodes.RiskAboveModel);

        Assert.Equal("The change is assessed at Risk 1 (High), above Risk 3 (Low), the most change model patch-server is pre-authorized for; it stays a Normal change for a change authority to judge.", why.Message);
        Assert.Equal(new Risk(1), change.Risk);
        Assert.Equal(new Impact(1), change.Impact);
    }

    [Fact]
    public void ChangeType_ToStandard_ThroughAnotherTypeFirst_StillRefusesAnAssessmentAboveTheModel()
    {
        // A type change leaves a normal or emergency change unassessed (its event keeps the assessment), so a second one
        // to standard used to find no risk and take the model's pre-authorization for a change assessed High.
        var requested = _f.Practice.Request(F.Agent, new RequestChange(new ChangeId("CHG0902"), ChangeType.Emergency, "Patch srv01", F.Requester) { ConfigurationItems = [F.Server] });
        var change = requested.ThrowIfRejected();
        var history = new List<DomainEvent>(requested.Events);
        history.AddRange(change.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)).ThrowIfRejected()); // Risk 1 (High); patch-server: Risk 3 at most
        history.AddRange(change.ChangeType(F.Agent, ChangeType.Normal).ThrowIfRejected());

        var why = _f.Refused(change, c => c.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer), ChangeRejectionCodes.RiskAboveModel);

        Assert.Equal("The change is assessed at Risk 1 (High), above Risk 3 (Low), the most change model patch-server is pre-authorized for; it stays a Normal change for a change authority to judge.", why.Message);
        Assert.Equal(ChangeRejectionCodes.RiskAboveModel, _f.Practice.Rebuild(history).ChangeType(F.Agent, ChangeType.Standard, F.PatchServer).Rejection?.Code);

        // Assessed again, as low as the model allows, it may become standard.
        change.AssessRisk(F.Agent, new Impact(3), new Likelihood(3)).ThrowIfRejected();
        Moves(change, c => c.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer), ChangeState.New);
    }

    [Fact]
    public void ChangeType_ToStandard_AfterTheCabRejectedIt_IsRefused_ItStaysWithTheAuthorities()
    {
        var change = NormalOnServer();
        change.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)).ThrowIfRejected();
        change.RequestAuthorization(F.Agent).ThrowIfRejected();
        Assert.Equal("cab", change.Authority!.Name);
        change.Reject(F.Cab[0], "Untested storage driver").ThrowIfRejected();
        change.Reject(F.Cab[1], "No rollback for the driver").ThrowIfRejected();
        Assert.Equal(ChangeState.New, change.State); // decisive: back to New

        _f.Refused(change, c => c.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer), ChangeRejectionCodes.SentForAuthorization);
        // Re-assessed as low, it is still refused: an authority has seen it. Normal ↔ emergency stays possible.
        change.AssessRisk(F.Agent, new Impact(3), new Likelihood(3)).ThrowIfRejected();
        _f.Refused(change, c => c.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer), ChangeRejectionCodes.SentForAuthorization);
        Moves(change, c => c.ChangeType(F.Agent, ChangeType.Emergency), ChangeState.New);
        _f.Refused(change, c => c.ChangeType(F.Agent, ChangeType.Standard, F.PatchServer), ChangeRejectionCodes.SentForAuthorization);
    }

    [Fact]
    public void ChangeTypeChanged_StoredBeforeItKeptTheAssessment_ReadsWithoutIt()
    {
        var change = _f.Request();
        change.AssessRisk(F.Agent, new Impact(2), new Likelihood(2)).ThrowIfRejected();
        var typed = Assert.IsType<ChangeTypeChanged>(Assert.Single(change.ChangeType(F.Agent, ChangeType.Emergency).ThrowIfRejected()));
        Assert.Equal(new Risk(2), typed.AssessedRisk);
        var json = System.Text.Json.Nodes.JsonNode.Parse(ItilJson.Serialize<DomainEvent>(typed))!.AsObject();
        Assert.True(json.Remove("assessedRisk"), json.ToJsonString());

        var old = Assert.IsType<ChangeTypeChanged>(ItilJson.Deserialize<DomainEvent>(json.ToJsonString()));

        Assert.Equal(typed with { AssessedRisk = null }, old);
    }

    [Fact]
    public void RequestAuthorization_RiskFromAnEarlierMatrix_IsOutOfMatrix_NotAnException()
    {
        var fourLevels = PriorityMatrix.Create(new PriorityMatrixDefinition(2, 2, 4, [[1, 2], [3, 4]], PriorityNames: ["Critical", "High", "Moderate", "Low"]));
        ChangeAuthority manager = new("change-manager", ChangeAuthorityKind.ChangeManager, [F.Manager], 1);
        ChangeAuthority ecab = new("ecab", ChangeAuthorityKind.EmergencyChangeAdvisoryBoard, [.. F.Ecab], 2);
        ChangeAuthorityRule[] rules = [new(ChangeType.Normal, null, "change-manager"), new(ChangeType.Emergency, null, "ecab")];
        var before = new ChangeManagement(_f.Clock, new ChangeManagementOptions { RiskMatrix = fourLevels, AuthorityPolicy = ChangeAuthorityPolicy.Create(new([manager, ecab], rules), fourLevels) });
        var after = new ChangeManagement(_f.Clock, new ChangeManagementOptions { AuthorityPolicy = ChangeAuthorityPolicy.Create(new([manager, ecab], rules), ChangeManagementOptions.DefaultRiskMatrix) });
        var history = new System.Collections.Generic.List<DomainEvent>();
        var requested = before.Request(F.Agent, new RequestChange(new ChangeId("CHG0300"), ChangeType.Normal, "Rotate TLS certificates", F.Requester));
        history.AddRange(requested.Result.Events);
        var live = requested.ThrowIfRejected();
        history.AddRange(live.Plan(F.Agent, F.Window).ThrowIfRejected());
        history.AddRange(live.Submit(F.Agent).ThrowIfRejected());
        history.AddRange(live.AssessRisk(F.Agent, new Impact(2), new Likelihood(2)).ThrowIfRejected()); // Risk 4 (Low) on the old matrix

        // The team moves to the default 3-level matrix; changes in Assess are rebuilt on the new practice.
        var change = after.Rebuild(history);
        var snapshot = change.ToSnapshot();
        var result = change.RequestAuthorization(F.Agent);

        Assert.Equal(ChangeRejectionCodes.OutOfMatrix, result.Rejection?.Code);
        Assert.Equal("The change's risk 4 is outside the risk matrix's scale 1 to 3 (it was assessed on another risk matrix); assess it again with AssessRisk before requesting authorization.", result.Rejection!.Message);
        Assert.Equal(snapshot, change.ToSnapshot());
        change.AssessRisk(F.Agent, new Impact(3), new Likelihood(3)).ThrowIfRejected();
        change.RequestAuthorization(F.Agent).ThrowIfRejected();
        Assert.Equal("change-manager", change.Authority!.Name);
    }

    [Fact]
    public void ReachableApprovers_AreThoseWhoMayStillApprove()
    {
        var change = _f.Authorizing(ChangeType.Normal, 1); // CAB: ann, ben, cid, dan; quorum 3; the requester is not a member
        Assert.Equal(4, change.ReachableApprovers);
        change.Approve(F.Cab[0]).ThrowIfRejected();
        Assert.Equal(3, change.ReachableApprovers);
        change.Reject(F.Cab[1], "Not this week").ThrowIfRejected();

        Assert.Equal(F.Cab.Count(m => change.WhyCannotVote(m) is null), change.ReachableApprovers);
        Assert.Equal(2, change.ReachableApprovers); // 1 approval + 2 who may still approve = the quorum: still reachable
        Moves(change, c => c.Reject(F.Cab[2], "Agree"), ChangeState.New); // 1 + 1 < 3: decisive
        Assert.Equal(0, change.ReachableApprovers);
    }

    [Fact]
    public void Service_TakenFromAModel_IsDroppedWhenTheChangeLeavesIt_WhicheverWayItWasTaken()
    {
        var webOnVpn = new ChangeModelId("restart-web-vpn");
        var catalog = StandardChangeCatalog.Create(
            [.. F.Catalog.Models, new ChangeModel(webOnVpn, "Restart the web tier of the VPN portal", new Risk(3)) { Service = CatalogSamples.Vpn, AllowedItems = [F.Web] }],
            F.Services.Configuration,
            ChangeManagementOptions.DefaultRiskMatrix);
        var practice = new ChangeManagement(_f.Clock, F.Options with { StandardChanges = catalog });

        // Path B: requested normal (no service), made standard from restart-web (takes e-mail), made normal again.
        var b = practice.Request(F.Agent, new RequestChange(new ChangeId("CHG0401"), ChangeType.Normal, "Restart web01", F.Requester) { ConfigurationItems = [F.Web] }).ThrowIfRejected();
        b.ChangeType(F.Agent, ChangeType.Standard, F.RestartWeb).ThrowIfRejected();
        b.ChangeType(F.Agent, ChangeType.Normal).ThrowIfRejected();
        Assert.Null(b.Service);

        // Path A: requested standard from restart-web (no service named, takes e-mail), made normal.
        var requested = practice.Request(F.Agent, new RequestChange(new ChangeId("CHG0402"), ChangeType.Standard, "Restart web01", F.Requester) { Model = F.RestartWeb, ConfigurationItems = [F.Web] });
        var a = requested.ThrowIfRejected();
        Assert.True(Assert.IsType<ChangeRequested>(Assert.Single(requested.Result.Events)).ServiceFromModel);
        Assert.Equal(CatalogSamples.Email, a.Service);
        var history = requested.Result.Events.Concat(a.ChangeType(F.Agent, ChangeType.Normal).ThrowIfRejected()).ToList();

        Assert.Null(a.Service);
        history.AddRange(a.ChangeType(F.Agent, ChangeType.Standard, webOnVpn).ThrowIfRejected());
        Assert.Equal(CatalogSamples.Vpn, a.Service);
        var reread = ItilJson.Deserialize<DomainEvent[]>(ItilJson.Serialize(history.ToArray()));
        Assert.Equal(a.ToSnapshot(), practice.Rebuild(reread).ToSnapshot());

        // A request that names the service keeps it: the model's VPN service is refused.
        var named = practice.Request(F.Agent, new RequestChange(new ChangeId("CHG0403"), ChangeType.Standard, "Restart web01", F.Requester) { Model = F.RestartWeb, Service = CatalogSamples.Email, ConfigurationItems = [F.Web] }).ThrowIfRejected();
        named.ChangeType(F.Agent, ChangeType.Normal).ThrowIfRejected();
        Assert.Equal(CatalogSamples.Email, named.Service);
        Assert.Equal(ChangeRejectionCodes.ModelNotApplicable, named.ChangeType(F.Agent, ChangeType.Standard, webOnVpn).Rejection?.Code);
    }

    [Fact]
    public void ChangeRequested_StoredBeforeServiceFromModelWasKept_ReadsAsARequestedService()
    {
        var requested = _f.Practice.Request(F.Agent, new RequestChange(new ChangeId("CHG0404"), ChangeType.Standard, "Restart web01", F.Requester) { Model = F.RestartWeb, ConfigurationItems = [F.Web] });
        var e = Assert.IsType<ChangeRequested>(Assert.Single(requested.Result.Events));
        var json = System.Text.Json.Nodes.JsonNode.Parse(ItilJson.Serialize<DomainEvent>(e))!.AsObject();
        Assert.True(json.Remove("serviceFromModel"), json.ToJsonString());

        var old = Assert.IsType<ChangeRequested>(ItilJson.Deserialize<DomainEvent>(json.ToJsonString()));

        Assert.Equal(e with { ServiceFromModel = false }, old);
        Assert.Equal(CatalogSamples.Email, _f.Practice.Rebuild([old]).Service);
    }

    [Fact]
    public void ChangeType_Rejections()
    {
        var change = _f.Request();
        Rejected(change.ChangeType(F.Agent, ChangeType.Normal), ChangeRejectionCodes.NoChange);
        Rejected(change.ChangeType(F.Agent, ChangeType.Standard), ChangeRejectionCodes.ModelRequired);
        Rejected(change.ChangeType(F.Agent, ChangeType.Standard, new ChangeModelId("nope")), ChangeRejectionCodes.UnknownModel);
        Rejected(change.ChangeType(F.Agent, ChangeType.Emergency, F.PatchServer), ChangeRejectionCodes.ModelOnlyForStandard);
        Rejected(_f.Assessed().ChangeType(F.Agent, ChangeType.Emergency), ChangeRejectionCodes.NotPermitted);
    }

    [Fact]
    public void Hold_SuspendsApprovals_OnlyCancelAndRelease()
    {
        var change = _f.Authorizing(ChangeType.Normal, 1);
        change.Approve(F.Cab[0]).ThrowIfRejected();
        Moves(change, c => c.PutOnHold(F.Agent, "Waiting for vendor"), ChangeState.Authorize);
        Assert.True(change.IsOnHold);
        Assert.Equal([ChangeTrigger.ReleaseHold, ChangeTrigger.Cancel], change.PermittedTriggers());
        Rejected(change.Approve(F.Cab[1]), ChangeRejectionCodes.ConditionNotMet);
        Rejected(change.Reject(F.Cab[1], "x"), ChangeRejectionCodes.ConditionNotMet);
        Rejected(change.AssignImplementer(F.Agent, F.Agent), ChangeRejectionCodes.ConditionNotMet);
        Rejected(change.PutOnHold(F.Agent, "again"), ChangeRejectionCodes.ConditionNotMet);
        Moves(change, c => c.ReleaseHold(F.Agent), ChangeState.Authorize);
        Assert.Equal([F.Cab[0]], change.Approvals);
        Rejected(change.ReleaseHold(F.Agent), ChangeRejectionCodes.ConditionNotMet);
        change.PutOnHold(F.Agent, "Again").ThrowIfRejected();
        Moves(change, c => c.Cancel(F.Agent, "Vendor gone"), ChangeState.Canceled);
        Assert.False(change.IsOnHold);
    }

    [Fact]
    public void Hold_NotFromReview()
        => Rejected(InState(ChangeType.Normal, ChangeState.Review).PutOnHold(F.Agent, "x"), ChangeRejectionCodes.NotPermitted);

    [Fact]
    public void SegregationOfDuties_RequesterAndImplementerCannotVote()
    {
        var change = _f.Authorizing();
        Rejected(change.Approve(F.Requester), ChangeRejectionCodes.SegregationOfDuties);
        Rejected(change.Approve(F.Implementer), ChangeRejectionCodes.SegregationOfDuties);
        Rejected(change.Reject(F.Implementer, "no"), ChangeRejectionCodes.SegregationOfDuties);
        Assert.NotNull(change.WhyCannotVote(F.Implementer));
        Assert.Null(change.WhyCannotVote(F.Peer));
    }

    [Fact]
    public void SegregationOfDuties_AnApproverCannotBecomeTheImplementer()
    {
        var change = _f.Authorizing(ChangeType.Normal, 1);
        change.Approve(F.Cab[0]).ThrowIfRejected();
        Rejected(change.AssignImplementer(F.Agent, F.Cab[0]), ChangeRejectionCodes.SegregationOfDuties);
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Emergency)]
    public void SegregationOfDuties_AnApproverCannotStartOrCompleteTheImplementation(ChangeType type)
    {
        var change = _f.Scheduled(type); // peer review authorized it with F.Peer's approval (ECAB with eve's and fay's); implementer is F.Implementer
        var approver = change.Approvals[0];
        _f.OpenWindow();

        var why = _f.Refused(change, c => c.StartImplementation(approver), ChangeRejectionCodes.SegregationOfDuties);
        Assert.Equal($"{approver} approved the change and cannot start its implementation.", why.Message);
        change.StartImplementation(F.Agent).ThrowIfRejected(); // a coordinator records it on the implementer's behalf
        why = _f.Refused(change, c => c.CompleteImplementation(approver, ChangeOutcome.Successful, "Done by me"), ChangeRejectionCodes.SegregationOfDuties);
        Assert.Equal($"{approver} approved the change and cannot complete its implementation.", why.Message);
        change.CompleteImplementation(F.Implementer, ChangeOutcome.Successful, "Done").ThrowIfRejected();
        Assert.Equal(ChangeState.Review, change.State);
    }

    [Fact]
    public void Approve_ByOutsiderOrTwice_IsRejected()
    {
        var change = _f.Authorizing(ChangeType.Normal, 1);
        Rejected(change.Approve(F.Peer), ChangeRejectionCodes.NotAnApprover);
        change.Approve(F.Cab[0]).ThrowIfRejected();
        Rejected(change.Approve(F.Cab[0]), ChangeRejectionCodes.AlreadyVoted);
        Rejected(change.Reject(F.Cab[0], "changed my mind"), ChangeRejectionCodes.AlreadyVoted);
        Rejected(change.Reject(F.Cab[1], " "), ChangeRejectionCodes.TextRequired);
    }

    [Fact]
    public void RequestAuthorization_WhenOnlyTheRequesterCouldApprove_QuorumUnreachable()
    {
        var request = F.Command() with { Requester = F.Manager };
        var change = _f.Practice.Request(F.Agent, request).ThrowIfRejected();
        change.Plan(F.Agent, F.Window).ThrowIfRejected();
        change.Submit(F.Agent).ThrowIfRejected();
        change.AssessRisk(F.Agent, new Impact(2), new Likelihood(2)).ThrowIfRejected();

        Rejected(change.RequestAuthorization(F.Agent), ChangeRejectionCodes.QuorumUnreachable);
    }

    [Fact]
    public void AssignImplementer_InAuthorize_ThatLeavesTooFewApprovers_QuorumUnreachable()
    {
        var change = _f.Authorizing(ChangeType.Normal, 2);
        Rejected(change.AssignImplementer(F.Agent, F.Manager), ChangeRejectionCodes.QuorumUnreachable);
        Moves(change, c => c.AssignImplementer(F.Agent, F.Peer), ChangeState.Authorize);
    }

    [Fact]
    public void Guards_PlanRiskAndImplementerAreRequired()
    {
        Rejected(_f.Request().Submit(F.Agent), ChangeRejectionCodes.ConditionNotMet);
        Rejected(_f.Request(ChangeType.Emergency, "CHG0002").RequestAuthorization(F.Agent), ChangeRejectionCodes.ConditionNotMet);
        var change = _f.Planned(ChangeType.Normal, "CHG0003");
        change.Submit(F.Agent).ThrowIfRejected();
        Rejected(change.RequestAuthorization(F.Agent), ChangeRejectionCodes.ConditionNotMet);
        var standard = _f.Request(ChangeType.Standard, "CHG0004");
        standard.Plan(F.Agent, F.Window).ThrowIfRejected();
        standard.Submit(F.Agent).ThrowIfRejected();
        var rejection = standard.StartImplementation(F.Agent);
        Rejected(rejection, ChangeRejectionCodes.ConditionNotMet);
        Assert.Contains("an implementer is assigned", rejection.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessRisk_UsesTheMatrix_AndRejectsOffMatrixOrRepeated()
    {
        var change = _f.Request();
        Rejected(change.AssessRisk(F.Agent, new Impact(4), new Likelihood(1)), ChangeRejectionCodes.OutOfMatrix);
        Rejected(change.AssessRisk(F.Agent, new Impact(1), new Likelihood(4)), ChangeRejectionCodes.OutOfMatrix);
        change.AssessRisk(F.Agent, new Impact(1), new Likelihood(3)).ThrowIfRejected();
        Assert.Equal(new Risk(2), change.Risk);
        Rejected(change.AssessRisk(F.Agent, new Impact(1), new Likelihood(3)), ChangeRejectionCodes.NoChange);
        Rejected(_f.Request(ChangeType.Standard, "CHG0002").AssessRisk(F.Agent, new Impact(1), new Likelihood(1)), ChangeRejectionCodes.NotPermitted);
    }

    [Fact]
    public void Plan_Rejections_AndRescheduleWhenScheduled()
    {
        var change = _f.Request();
        var start = F.Monday + Duration.FromDays(1);
        Rejected(change.Plan(F.Agent, new Interval(start, start)), ChangeRejectionCodes.InvalidWindow);
        Rejected(change.Plan(F.Agent, new Interval(start, null)), ChangeRejectionCodes.InvalidWindow);
        change.Plan(F.Agent, F.Window).ThrowIfRejected();
        Rejected(change.Plan(F.Agent, F.Window), ChangeRejectionCodes.NoChange);
        var scheduled = _f.Scheduled(ChangeType.Standard);
        Moves(scheduled, c => c.Plan(F.Agent, new Interval(start, start + Duration.FromHours(1))), ChangeState.Scheduled);
        Rejected(_f.Authorizing().Plan(F.Agent, new Interval(start, start + Duration.FromHours(1))), ChangeRejectionCodes.NotPermitted);
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Emergency)]
    public void Plan_AuthorizedChangeOnceScheduled_IsNotPermittedBecauseTheWindowWasAuthorized(ChangeType type)
    {
        var scheduled = _f.Scheduled(type);
        var start = F.Monday + Duration.FromDays(20);

        Rejected(scheduled.Plan(F.Agent, new Interval(start, start + Duration.FromHours(1))), ChangeRejectionCodes.NotPermitted);
        Assert.Equal(F.Window, scheduled.PlannedWindow);
    }

    [Fact]
    public void TextRequired_ForEveryText()
    {
        Rejected(_f.Request().Cancel(F.Agent, ""), ChangeRejectionCodes.TextRequired);
        Rejected(_f.Request().PutOnHold(F.Agent, " "), ChangeRejectionCodes.TextRequired);
        Rejected(_f.Assessed().RevertToNew(F.Agent, ""), ChangeRejectionCodes.TextRequired);
        Rejected(InState(ChangeType.Normal, ChangeState.Implement).CompleteImplementation(F.Agent, ChangeOutcome.Successful, ""), ChangeRejectionCodes.TextRequired);
        var blank = _f.Practice.Request(F.Agent, F.Command() with { ShortDescription = " " });
        Assert.Equal(ChangeRejectionCodes.TextRequired, blank.Rejection!.Code);
    }

    [Fact]
    public void Request_UnknownServiceOrItem_IsRejectedNamingIt()
    {
        var service = _f.Practice.Request(F.Agent, F.Command() with { Service = new("fax") });
        var item = _f.Practice.Request(F.Agent, F.Command() with { ConfigurationItems = [F.Web, new("nowhere")] });

        Assert.Equal("The change cannot be requested: service fax is not in the service catalogue.", service.Rejection!.Message);
        Assert.Equal("The change cannot be requested: configuration item nowhere is not in the configuration model.", item.Rejection!.Message);
    }

    [Fact]
    public void Request_Rejections()
    {
        static string? Code(CommandResult<Change> r) => r.Rejection?.Code;
        var practice = _f.Practice;
        Assert.Equal(ChangeRejectionCodes.UnknownReference, Code(practice.Request(F.Agent, F.Command() with { ConfigurationItems = [new("nowhere")] })));
        Assert.Equal(ChangeRejectionCodes.UnknownReference, Code(practice.Request(F.Agent, F.Command() with { Service = new("nosuch") })));
        Assert.Equal(ChangeRejectionCodes.ModelRequired, Code(practice.Request(F.Agent, F.Command(ChangeType.Standard) with { Model = null })));
        Assert.Equal(ChangeRejectionCodes.UnknownModel, Code(practice.Request(F.Agent, F.Command(ChangeType.Standard) with { Model = new("nope") })));
        Assert.Equal(ChangeRejectionCodes.ModelNotApplicable, Code(practice.Request(F.Agent, F.Command(ChangeType.Standard) with { ConfigurationItems = [F.Db] })));
        Assert.Equal(ChangeRejectionCodes.ModelNotApplicable, Code(practice.Request(F.Agent, F.Command(ChangeType.Standard) with { Model = F.RestartWeb, ConfigurationItems = [F.Web], Service = CatalogSamples.Vpn })));
        Assert.Equal(ChangeRejectionCodes.ModelOnlyForStandard, Code(practice.Request(F.Agent, F.Command() with { Model = F.PatchServer })));
        var noItems = practice.Request(F.Agent, F.Command(ChangeType.Standard) with { ConfigurationItems = [] });
        Assert.Equal(ChangeRejectionCodes.ModelNotApplicable, Code(noItems));
        Assert.Contains("names none", noItems.Rejection!.Message, StringComparison.Ordinal);
        var restart = practice.Request(F.Agent, F.Command(ChangeType.Standard) with { Id = new("CHG0009"), Model = F.RestartWeb, ConfigurationItems = [F.Web] }).ThrowIfRejected();
        Assert.Equal(CatalogSamples.Email, restart.Service);
    }

    [Fact]
    public void Request_ProgrammerMistakes_Throw()
    {
        Assert.Throws<ArgumentNullException>("command", () => _f.Practice.Request(F.Agent, null!));
        Assert.Throws<ArgumentException>("command", () => _f.Practice.Request(F.Agent, F.Command() with { ConfigurationItems = [F.Db, F.Db] }));
        Assert.Throws<ArgumentOutOfRangeException>("command", () => _f.Practice.Request(F.Agent, F.Command() with { Type = (ChangeType)9 }));
        Assert.Throws<ArgumentException>("by", () => _f.Request().Submit(default));
    }

    [Fact]
    public void ClockBehind_IsRejected()
    {
        var change = _f.Request();
        _f.Clock.Reset(F.Monday - Duration.FromHours(1));
        Rejected(change.Plan(F.Agent, F.Window), ChangeRejectionCodes.ClockBehind);
    }

    [Fact]
    public void Rebuild_GivesTheLiveChange_AndRejectsBrokenHistories()
    {
        var events = new System.Collections.Generic.List<DomainEvent>();
        var requested = _f.Practice.Request(F.Agent, F.Command(ChangeType.Emergency));
        events.AddRange(requested.Events);
        var change = requested.Value!;
        events.AddRange(change.Plan(F.Agent, F.Window).ThrowIfRejected());
        events.AddRange(change.AssignImplementer(F.Agent, F.Implementer).ThrowIfRejected());
        events.AddRange(change.RequestAuthorization(F.Agent).ThrowIfRejected());
        events.AddRange(change.Approve(F.Ecab[0]).ThrowIfRejected());
        events.AddRange(change.PutOnHold(F.Agent, "Waiting").ThrowIfRejected());
        events.AddRange(change.ReleaseHold(F.Agent).ThrowIfRejected());
        events.AddRange(change.Approve(F.Ecab[1]).ThrowIfRejected());

        Assert.Equal(change.ToSnapshot(), _f.Practice.Rebuild(events).ToSnapshot());
        Assert.Throws<ArgumentException>("history", () => _f.Practice.Rebuild(events.Skip(1)));
        Assert.Throws<ArgumentException>("history", () => _f.Practice.Rebuild(events.Where((_, i) => i != 3)));
        Assert.Throws<ArgumentException>("history", () => _f.Practice.Rebuild([]));
    }

    [Fact]
    public void EveryChangeEvent_HasAWireName()
    {
        var types = typeof(ChangeEvent).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(ChangeEvent).IsAssignableFrom(t)).ToArray();

        Assert.Equal(17, types.Length);
        Assert.All(types, t => Assert.StartsWith("change.", ItilJson.EventTypeNames[t], StringComparison.Ordinal));
        Assert.Equal("change.requested", ItilJson.EventTypeNames[typeof(ChangeRequested)]);
    }

    [Fact]
    public void ToScheduledChange_CarriesWindowItemsAndService()
    {
        Assert.Null(_f.Request().ToScheduledChange());
        var scheduled = _f.Planned(ChangeType.Normal, "CHG0002").ToScheduledChange()!;
        Assert.Equal(F.Window, scheduled.Window);
        Assert.Equal([F.Db], scheduled.Items);
        Assert.Equal(CatalogSamples.Vpn, scheduled.Service);
    }

    private Change InState(ChangeType type, ChangeState state)
    {
        switch (state)
        {
            case ChangeState.New:
                return _f.Planned(type);
            case ChangeState.Assess:
                return _f.Assessed();
            case ChangeState.Authorize:
                return _f.Authorizing(type);
            case ChangeState.Scheduled:
                return _f.Scheduled(type);
            case ChangeState.Canceled:
                var canceled = _f.Planned(type);
                canceled.Cancel(F.Agent, "Not needed").ThrowIfRejected();
                return canceled;
        }

        var change = _f.Scheduled(type);
        _f.OpenWindow();
        change.StartImplementation(F.Implementer).ThrowIfRejected();
        if (state == ChangeState.Implement)
        {
            return change;
        }

        change.CompleteImplementation(F.Implementer, ChangeOutcome.Successful, "Done").ThrowIfRejected();
        if (state == ChangeState.Closed)
        {
            change.Close(F.Agent, "Reviewed").ThrowIfRejected();
        }

        return change;
    }

    [Fact]
    public void Request_DefaultServiceOrModel_OrBadItems_ThrowNamingThem()
    {
        var practice = new ChangeManagement(new NodaTime.Testing.FakeClock(F.Monday), F.Options with { ServiceModel = null });

        Assert.Contains("ServiceId", Assert.Throws<ArgumentException>("command", () => practice.Request(F.Agent, F.Command() with { Service = default(ItilCore.Catalog.ServiceId) })).Message, StringComparison.Ordinal);
        Assert.Contains("ChangeModelId", Assert.Throws<ArgumentException>("command", () => _f.Practice.Request(F.Agent, F.Command(ChangeType.Standard) with { Model = default(ChangeModelId) })).Message, StringComparison.Ordinal);
        Assert.StartsWith("Configuration item 1 of the change is empty", Assert.Throws<ArgumentException>("command", () => _f.Practice.Request(F.Agent, F.Command() with { ConfigurationItems = [F.Db, default] })).Message, StringComparison.Ordinal);
        Assert.StartsWith("Configuration item db01 is listed more than once (again at 2)", Assert.Throws<ArgumentException>("command", () => _f.Practice.Request(F.Agent, F.Command() with { ConfigurationItems = [F.Db, F.App, F.Db] })).Message, StringComparison.Ordinal);
        var change = _f.Request();
        var before = change.ToSnapshot();
        Assert.Throws<ArgumentException>("model", () => change.ChangeType(F.Agent, ChangeType.Standard, default(ChangeModelId)));
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void AssessRisk_DefaultLikelihood_IsOutOfTheMatrix_LikeADefaultImpact()
    {
        var change = _f.Planned();
        var before = change.ToSnapshot();

        Rejected(change.AssessRisk(F.Agent, new Impact(2), default), ChangeRejectionCodes.OutOfMatrix);
        Rejected(change.AssessRisk(F.Agent, default, new Likelihood(2)), ChangeRejectionCodes.OutOfMatrix);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void ApproveOrReject_OnHold_NamesOnlyTheHold()
    {
        var change = _f.Authorizing(risk: 1);
        change.PutOnHold(F.Agent, "Waiting for the vendor").ThrowIfRejected();

        Assert.Equal("Approve is not possible while the change is Authorize unless the change is not on hold.", change.Approve(F.Cab[0]).Rejection!.Message);
        Assert.Equal("Reject is not possible while the change is Authorize unless the change is not on hold.", change.Reject(F.Cab[0], "No").Rejection!.Message);
    }

    [Fact]
    public void ChangeType_ToStandard_TakesTheModelsService_AsRequestingItStandardDoes_AndRebuildsSo()
    {
        var direct = _f.Practice.Request(F.Agent, F.Command(ChangeType.Standard, "CHG-A") with { Model = F.RestartWeb, ConfigurationItems = [F.Web], Service = null }).ThrowIfRejected();
        var requested = _f.Practice.Request(F.Agent, F.Command(id: "CHG-B") with { ConfigurationItems = [F.Web], Service = null });
        var turned = requested.ThrowIfRejected();

        var typed = turned.ChangeType(F.Agent, ChangeType.Standard, F.RestartWeb);

        Assert.True(typed.IsAccepted, typed.ToString());
        Assert.Equal(CatalogSamples.Email, direct.Service);
        Assert.Equal(direct.Service, turned.Service);
        Assert.Equal(CatalogSamples.Email, Assert.IsType<ChangeTypeChanged>(Assert.Single(typed.Events)).Service);
        var history = ItilJson.Deserialize<DomainEvent[]>(ItilJson.Serialize(requested.Events.Concat(typed.Events).ToArray()));
        Assert.Equal(turned.ToSnapshot(), _f.Practice.Rebuild(history).ToSnapshot());
        turned.ChangeType(F.Agent, ChangeType.Normal).ThrowIfRejected();
        Assert.Null(turned.Service);
        turned.ChangeType(F.Agent, ChangeType.Standard, F.RestartWeb).ThrowIfRejected();
        Assert.Equal(CatalogSamples.Email, turned.Service);
    }
}

internal static class ChangeTestExtensions
{
    // Tries every command at once; in a final state each must be refused.
    public static CommandResult AddWorkless(this Change change)
    {
        var results = new[]
        {
            change.Plan(ChangeFixture.Agent, ChangeFixture.Window),
            change.Submit(ChangeFixture.Agent),
            change.Approve(ChangeFixture.Peer),
            change.Cancel(ChangeFixture.Agent, "x"),
            change.PutOnHold(ChangeFixture.Agent, "x"),
            change.Close(ChangeFixture.Agent),
            change.StartImplementation(ChangeFixture.Agent),
        };
        Assert.All(results, r => Assert.Equal(ChangeRejectionCodes.NotPermitted, r.Rejection?.Code));
        return results[0];
    }
}
