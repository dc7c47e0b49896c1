using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Changes;
using ItilCore.Incidents;
using ItilCore.Problems;
using ItilCore.Requests;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;
using Xunit;

namespace ItilCore.Tests.Serialization;

public sealed class WireNameTests
{
    // The wire names as they were when they were one hand-written table in ItilJson. Stored histories and documents
    // depend on every one of them: this list only grows, and never changes a name.
    private static readonly Dictionary<Type, string> StoredEventNames = new()
    {
        [typeof(IncidentLogged)] = "incident.logged",
        [typeof(IncidentAssigned)] = "incident.assigned",
        [typeof(IncidentReassigned)] = "incident.reassigned",
        [typeof(IncidentPutOnHold)] = "incident.put-on-hold",
        [typeof(IncidentResumed)] = "incident.resumed",
        [typeof(CallerUpdateRecorded)] = "incident.caller-update",
        [typeof(WorkNoteAdded)] = "incident.work-note",
        [typeof(IncidentEscalated)] = "incident.escalated",
        [typeof(IncidentReclassified)] = "incident.reclassified",
        [typeof(IncidentPriorityOverridden)] = "incident.priority-overridden",
        [typeof(IncidentResolved)] = "incident.resolved",
        [typeof(IncidentReopened)] = "incident.reopened",
        [typeof(IncidentClosed)] = "incident.closed",
        [typeof(IncidentCanceled)] = "incident.canceled",
        [typeof(IncidentParentLinked)] = "incident.parent-linked",
        [typeof(MajorIncidentDemoted)] = "incident.major-incident-demoted",
        [typeof(IncidentProblemLinked)] = "incident.problem-linked",
        [typeof(IncidentChangeLinked)] = "incident.change-linked",
        [typeof(ProblemLogged)] = "problem.logged",
        [typeof(ProblemAssessed)] = "problem.assessed",
        [typeof(RootCauseAnalysisStarted)] = "problem.root-cause-analysis-started",
        [typeof(ProblemReprioritized)] = "problem.reprioritized",
        [typeof(ProblemIncidentLinked)] = "problem.incident-linked",
        [typeof(RootCauseRecorded)] = "problem.root-cause-recorded",
        [typeof(WorkaroundDocumented)] = "problem.workaround-documented",
        [typeof(WorkaroundCommunicated)] = "problem.workaround-communicated",
        [typeof(KnownErrorRecorded)] = "problem.known-error-recorded",
        [typeof(ProblemFixStarted)] = "problem.fix-started",
        [typeof(ProblemChangeRequested)] = "problem.change-requested",
        [typeof(PermanentSolutionRecorded)] = "problem.permanent-solution-recorded",
        [typeof(ProblemResolved)] = "problem.resolved",
        [typeof(ProblemClosed)] = "problem.closed",
        [typeof(ProblemRiskAccepted)] = "problem.risk-accepted",
        [typeof(ProblemCanceled)] = "problem.canceled",
        [typeof(ProblemMarkedDuplicate)] = "problem.marked-duplicate",
        [typeof(DuplicateProblemMerged)] = "problem.duplicate-merged",
        [typeof(ProblemReanalyzed)] = "problem.reanalyzed",
        [typeof(ProblemReassigned)] = "problem.reassigned",
        [typeof(ChangeRequested)] = "change.requested",
        [typeof(ChangeTypeChanged)] = "change.type-changed",
        [typeof(ChangeRiskAssessed)] = "change.risk-assessed",
        [typeof(ChangePlanned)] = "change.planned",
        [typeof(ChangePlansUpdated)] = "change.plans-updated",
        [typeof(ChangeImplementerAssigned)] = "change.implementer-assigned",
        [typeof(ChangeSubmitted)] = "change.submitted",
        [typeof(ChangeAuthorizationRequested)] = "change.authorization-requested",
        [typeof(ChangeApproved)] = "change.approved",
        [typeof(ChangeRejected)] = "change.rejected",
        [typeof(ChangeRevertedToNew)] = "change.reverted-to-new",
        [typeof(ChangePutOnHold)] = "change.put-on-hold",
        [typeof(ChangeHoldReleased)] = "change.hold-released",
        [typeof(ChangeImplementationStarted)] = "change.implementation-started",
        [typeof(ChangeImplementationCompleted)] = "change.implementation-completed",
        [typeof(ChangeClosed)] = "change.closed",
        [typeof(ChangeCanceled)] = "change.canceled",
        [typeof(RequestSubmitted)] = "request.submitted",
        [typeof(RequestApprovalStarted)] = "request.approval-started",
        [typeof(RequestApprovalGranted)] = "request.approval-granted",
        [typeof(RequestApprovalRefused)] = "request.approval-refused",
        [typeof(RequestFulfilmentStarted)] = "request.fulfilment-started",
        [typeof(StandardChangeRequested)] = "request.standard-change-requested",
        [typeof(FulfilmentTaskCompleted)] = "request.task-completed",
        [typeof(RequestCommentAdded)] = "request.comment",
        [typeof(RequestClosed)] = "request.closed",
        [typeof(RequestCanceled)] = "request.canceled",
        [typeof(RequestPutOnHold)] = "request.put-on-hold",
        [typeof(RequestResumed)] = "request.resumed",
    };

    private static readonly Dictionary<Type, string> StoredConditionNames = new()
    {
        [typeof(Always)] = "always",
        [typeof(Never)] = "never",
        [typeof(StateIn)] = "state-in",
        [typeof(RequestStateIn)] = "request-state-in",
        [typeof(RequestHoldReasonIn)] = "request-hold-reason-in",
        [typeof(HoldReasonIn)] = "hold-reason-in",
        [typeof(PriorityIn)] = "priority-in",
        [typeof(HasAssignmentGroup)] = "has-assignment-group",
        [typeof(HasAssignee)] = "has-assignee",
        [typeof(MajorIncident)] = "major-incident",
        [typeof(AllOf)] = "all-of",
        [typeof(AnyOf)] = "any-of",
        [typeof(Not)] = "not",
    };

    [Fact]
    public void EventTypeNames_AreTheStoredWireNames()
    {
        Assert.Equal(Sorted(StoredEventNames), Sorted(ItilJson.EventTypeNames));
    }

    [Fact]
    public void SlaConditionTypeNames_AreTheStoredWireNames()
    {
        Assert.Equal(Sorted(StoredConditionNames), Sorted(ItilJson.SlaConditionTypeNames));
    }

    [Fact]
    public void WireNameTables_AreFrozen()
    {
        Assert.IsAssignableFrom<FrozenDictionary<Type, string>>(ItilJson.EventTypeNames);
        Assert.IsAssignableFrom<FrozenDictionary<Type, string>>(ItilJson.SlaConditionTypeNames);
    }

    [Fact]
    public void Build_ItilCoresTypes_FindsTheEventAndConditionFamilies()
    {
        var families = WireNames.Build(typeof(DomainEvent).Assembly.GetTypes());

        Assert.Equal(["$type", "when"], families.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(typeof(DomainEvent), families["$type"].BaseType);
        Assert.Equal(typeof(SlaCondition), families["when"].BaseType);
    }

    [Fact]
    public void Build_ConcreteTypeWithoutAName_FailsNamingIt()
    {
        var e = Assert.Throws<InvalidOperationException>(() => WireNames.Build([typeof(Shape), typeof(Circle), typeof(Square), typeof(Polygon)]));

        Assert.Contains($"{typeof(Square).FullName} has no wire name", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(Polygon).FullName!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoTypesWithOneName_FailsNamingBoth()
    {
        var e = Assert.Throws<InvalidOperationException>(() => WireNames.Build([typeof(Shape), typeof(Circle), typeof(Disc)]));

        Assert.Contains($"the wire name 'circle' is given to more than one type of the family of {typeof(Shape).FullName}: {typeof(Circle).FullName}, {typeof(Disc).FullName}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NameOutsideAFamily_Fails()
    {
        var e = Assert.Throws<InvalidOperationException>(() => WireNames.Build([typeof(Shape), typeof(Circle), typeof(Loner), typeof(NamedPolygon)]));

        Assert.Contains($"{typeof(Loner).FullName} has the wire name 'loner' but is not a concrete type of a family", e.Message, StringComparison.Ordinal);
        Assert.Contains($"{typeof(NamedPolygon).FullName} has the wire name 'polygon' but is not a concrete type of a family", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EveryProblem_IsListedAtOnce()
    {
        var e = Assert.Throws<InvalidOperationException>(() => WireNames.Build([typeof(Shape), typeof(Circle), typeof(Disc), typeof(Square), typeof(Loner)]));

        Assert.Equal(3, e.Message.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_ConsistentNames_GivesEachConcreteTypeItsName()
    {
        var family = Assert.Single(WireNames.Build([typeof(Shape), typeof(Circle), typeof(Triangle), typeof(Loose)]).Values);

        Assert.Equal(typeof(Shape), family.BaseType);
        Assert.Equal("kind", family.Discriminator);
        Assert.Equal(new[] { (typeof(Circle), "circle"), (typeof(Triangle), "triangle") }, Sorted(family.Names));
    }

    private static (Type Type, string Name)[] Sorted(IReadOnlyDictionary<Type, string> names)
        => [.. names.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key.FullName, StringComparer.Ordinal)];

    [WireDiscriminator("kind")]
    private abstract record Shape;

    [WireName("circle")]
    private sealed record Circle : Shape;

    [WireName("circle")]
    private sealed record Disc : Shape;

    private sealed record Square : Shape;

    // Abstract: it needs no name, and may not have one.
    private abstract record Polygon : Shape;

    [WireName("polygon")]
    private abstract record NamedPolygon : Shape;

    [WireName("triangle")]
    private sealed record Triangle : Polygon;

    [WireName("loner")]
    private sealed record Loner;

    // Outside every family and unnamed: not the builder's business.
    private sealed record Loose;
}
