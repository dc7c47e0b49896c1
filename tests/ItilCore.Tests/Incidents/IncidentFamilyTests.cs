using System;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Tests.Support;
using NodaTime;
using Xunit;
using static ItilCore.Tests.Support.Fixture;

namespace ItilCore.Tests.Incidents;

public sealed class IncidentFamilyTests
{
    private readonly Fixture _f = new();

    private (Incident Parent, Incident[] Children) Family(int children)
    {
        var parent = _f.Log("INC0100");
        var kids = Enumerable.Range(1, children).Select(i => _f.Log($"INC010{i}")).ToArray();
        foreach (var kid in kids)
        {
            kid.LinkToParent(Agent, parent).ThrowIfRejected();
        }

        return (parent, kids);
    }

    [Fact]
    public void PropagateToChildren_ParentInProgress_AssignsNewChildrenToParentGroup()
    {
        var (parent, children) = Family(2);
        parent.Assign(Agent, Network, Manager).ThrowIfRejected();

        var results = _f.Practice.PropagateToChildren(Agent, parent, children);

        Assert.All(results, r => Assert.IsType<IncidentAssigned>(Assert.Single(r.Events)));
        Assert.All(children, c => Assert.Equal((IncidentState.InProgress, (AssignmentGroupId?)Network, (ActorId?)Manager), (c.State, c.AssignmentGroup, c.Assignee)));
    }

    [Fact]
    public void PropagateToChildren_ParentOnHoldForVendor_ChildrenFollowWithSameReason()
    {
        var (parent, children) = Family(1);
        parent.Assign(Agent, Network).ThrowIfRejected();
        _f.Practice.PropagateToChildren(Agent, parent, children);
        parent.PutOnHold(Agent, HoldReason.AwaitingVendor).ThrowIfRejected();

        _f.Practice.PropagateToChildren(Agent, parent, children);

        Assert.Equal(IncidentState.OnHold, children[0].State);
        Assert.Equal(HoldReason.AwaitingVendor, children[0].HoldReason);
    }

    [Fact]
    public void PropagateToChildren_ParentAwaitingCaller_ChildrenDoNotFollow()
    {
        var (parent, children) = Family(1);
        parent.Assign(Agent, Network).ThrowIfRejected();
        _f.Practice.PropagateToChildren(Agent, parent, children);
        parent.PutOnHold(Agent, HoldReason.AwaitingCaller, "Please reboot").ThrowIfRejected();

        var results = _f.Practice.PropagateToChildren(Agent, parent, children);

        Assert.Empty(Assert.Single(results).Events);
        Assert.Equal(IncidentState.InProgress, children[0].State);
    }

    [Fact]
    public void PropagateToChildren_ParentOnHold_NewChildStaysNew()
    {
        var (parent, children) = Family(1);
        parent.Assign(Agent, Network).ThrowIfRejected();
        parent.PutOnHold(Agent, HoldReason.AwaitingVendor).ThrowIfRejected();
        var before = children[0].ToSnapshot();

        var results = _f.Practice.PropagateToChildren(Agent, parent, children);

        Assert.Empty(Assert.Single(results).Events);
        Assert.Equal(before, children[0].ToSnapshot());
    }

    [Fact]
    public void PropagateToChildren_ParentResumes_OnHoldChildrenResume()
    {
        var (parent, children) = Family(1);
        parent.Assign(Agent, Network).ThrowIfRejected();
        _f.Practice.PropagateToChildren(Agent, parent, children);
        parent.PutOnHold(Agent, HoldReason.AwaitingChange).ThrowIfRejected();
        _f.Practice.PropagateToChildren(Agent, parent, children);
        parent.Resume(Agent).ThrowIfRejected();

        _f.Practice.PropagateToChildren(Agent, parent, children);

        Assert.Equal(IncidentState.InProgress, children[0].State);
    }

    [Fact]
    public void PropagateToChildren_ParentResolved_ChildrenResolvedWithParentNotes()
    {
        var (parent, children) = Family(2);
        parent.Assign(Agent, Network).ThrowIfRejected();
        children[0].Assign(Agent, ServiceDesk).ThrowIfRejected();
        parent.Resolve(Agent, ResolutionCode.SolvedPermanently, "Replaced the core switch").ThrowIfRejected();

        var results = _f.Practice.PropagateToChildren(Agent, parent, children);

        Assert.All(children, c => Assert.Equal(IncidentState.Resolved, c.State));
        Assert.All(children, c => Assert.Equal(ResolutionCode.ResolvedByParent, c.ResolutionCode));
        Assert.Contains("Replaced the core switch", children[0].ResolutionNotes, StringComparison.Ordinal);
        Assert.Equal(ServiceDesk, children[0].AssignmentGroup);
        Assert.Equal(Network, children[1].AssignmentGroup);
        Assert.Equal(2, results[1].Events.Count);
    }

    [Fact]
    public void PropagateToChildren_ParentResolved_AChildChangedLaterIsRejectedAndLeftAsItWas()
    {
        // The second child was last changed after the practice's clock reading (stamped by a clock running ahead).
        var (parent, children) = Family(2);
        parent.Assign(Agent, Network).ThrowIfRejected();
        var start = _f.Clock.GetCurrentInstant();
        _f.Clock.Reset(start + NodaTime.Duration.FromHours(2));
        children[1].AddWorkNote(Agent, "Seen by the night shift").ThrowIfRejected();
        _f.Clock.Reset(start + NodaTime.Duration.FromHours(1));
        parent.Resolve(Agent, ResolutionCode.SolvedPermanently, "Replaced the core switch").ThrowIfRejected();
        var before = children[1].ToSnapshot();

        var results = _f.Practice.PropagateToChildren(Agent, parent, children);

        Assert.Equal(2, results[0].Events.Count);
        Assert.Equal(IncidentState.Resolved, children[0].State);
        Assert.Equal(IncidentRejectionCodes.ClockBehind, results[1].Rejection?.Code);
        Assert.Equal(before, children[1].ToSnapshot());
    }

    [Fact]
    public void PropagateToChildren_ParentResolved_ANewChildIsAssignedAndResolvedAtOneInstant()
    {
        // A clock stepping back a second after each reading cannot reject the resolution after the assignment was applied.
        var clock = new SteppingBackClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var practice = new IncidentManagement(clock);
        var parent = practice.Log(Agent, Command("INC0100")).ThrowIfRejected();
        var child = practice.Log(Agent, Command("INC0101")).ThrowIfRejected();
        child.LinkToParent(Agent, parent).ThrowIfRejected();
        parent.Assign(Agent, Network).ThrowIfRejected();
        clock.Now += Duration.FromHours(1);
        parent.Resolve(Agent, ResolutionCode.SolvedPermanently, "Replaced the core switch").ThrowIfRejected();
        clock.Now += Duration.FromMinutes(1);
        clock.StepsBack = true;

        var result = Assert.Single(practice.PropagateToChildren(Agent, parent, [child]));

        Assert.Equal(2, result.ThrowIfRejected().Count);
        Assert.Single(result.Events.Select(e => e.Envelope.OccurredAt).Distinct());
        Assert.Equal(IncidentState.Resolved, child.State);
    }

    [Fact]
    public void PropagateToChildren_ChildAwaitingItsOwnCaller_KeepsWaiting()
    {
        var (parent, children) = Family(1);
        parent.Assign(Agent, Network).ThrowIfRejected();
        _f.Practice.PropagateToChildren(Agent, parent, children);
        children[0].PutOnHold(Agent, HoldReason.AwaitingCaller, "Is it your laptop too?").ThrowIfRejected();

        var results = _f.Practice.PropagateToChildren(Agent, parent, children);

        Assert.Empty(Assert.Single(results).Events);
        Assert.Equal(HoldReason.AwaitingCaller, children[0].HoldReason);
    }

    [Fact]
    public void PropagateToChildren_Children_RebuildFromTheirEvents()
    {
        var (parent, children) = Family(1);
        var history = new System.Collections.Generic.List<DomainEvent>();
        parent.Assign(Agent, Network).ThrowIfRejected();
        history.AddRange(_f.Practice.PropagateToChildren(Agent, parent, children)[0].Events);
        parent.Resolve(Agent, ResolutionCode.SolvedPermanently, "Fixed upstream").ThrowIfRejected();
        history.AddRange(_f.Practice.PropagateToChildren(Agent, parent, children)[0].Events);

        var child = children[0];
        Assert.Equal(IncidentState.Resolved, child.State);
        Assert.Equal(child.Version - 2, child.Version - history.Count);
        Assert.Equal(new long[] { 3, 4 }, history.Select(e => e.Envelope.Version));
    }

    [Fact]
    public void PropagateToChildren_ParentClosed_ChildrenAreNeverClosed()
    {
        var (parent, children) = Family(1);
        parent.Assign(Agent, Network).ThrowIfRejected();
        parent.Resolve(Agent, ResolutionCode.SolvedPermanently, "Fixed").ThrowIfRejected();
        _f.Practice.PropagateToChildren(Agent, parent, children);
        parent.Close(Agent).ThrowIfRejected();

        var results = _f.Practice.PropagateToChildren(Agent, parent, children);

        Assert.Empty(Assert.Single(results).Events);
        Assert.Equal(IncidentState.Resolved, children[0].State);
    }

    [Fact]
    public void PropagateToChildren_NotAChild_ThrowsNamingChildren()
    {
        var (parent, _) = Family(0);
        var stranger = _f.Log("INC0999");

        var e = Assert.Throws<ArgumentException>(() => _f.Practice.PropagateToChildren(Agent, parent, [stranger]));
        Assert.Equal("children", e.ParamName);
    }
}
