using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Problems;
using ItilCore.Serialization;
using ItilCore.Tests.Support;
using NodaTime;
using Xunit;
using static ItilCore.Tests.Support.ProblemFixture;

namespace ItilCore.Tests.Problems;

/// <summary>Reassign: another problem group or owner while the problem is worked (Assess, Root Cause Analysis, Fix in Progress).</summary>
public sealed class ProblemReassignTests
{
    private static readonly AssignmentGroupId Network = new("network");
    private static readonly ActorId NetworkOwner = new("network.owner");

    [Fact]
    public void Lifecycle_PermitsReassign_OnlyWhileTheProblemIsWorked()
        => Assert.Equal(
            [ProblemState.Assess, ProblemState.RootCauseAnalysis, ProblemState.FixInProgress],
            ProblemLifecycle.Definition.StatesPermitting(ProblemTrigger.Reassign));

    [Theory]
    [InlineData(ProblemState.Assess)]
    [InlineData(ProblemState.RootCauseAnalysis)]
    [InlineData(ProblemState.FixInProgress)]
    public void Reassign_WhileWorked_ChangesGroupAndOwner_AndRecordsTheEvent(ProblemState state)
    {
        var f = new ProblemFixture();
        var problem = InState(f, state);
        var before = problem.ToSnapshot();
        f.Clock.Advance(Duration.FromHours(2));

        var result = problem.Reassign(Agent, Network, "  The relay is a network appliance  ", NetworkOwner);

        Assert.True(result.IsAccepted, result.ToString());
        var e = Assert.IsType<ProblemReassigned>(Assert.Single(result.Events));
        Assert.Equal((ProblemTeam, Network, (ActorId?)Agent, (ActorId?)NetworkOwner, "The relay is a network appliance"), (e.FromGroup, e.ToGroup, e.FromAssignee, e.Assignee, e.Reason));
        Assert.Equal((problem.Id, before.Version + 1, f.Clock.GetCurrentInstant(), Agent), (e.ProblemId, e.Envelope.Version, e.Envelope.OccurredAt, e.Envelope.Actor));
        Assert.Equal(before with
        {
            AssignmentGroup = Network,
            Assignee = NetworkOwner,
            Version = before.Version + 1,
            UpdatedAt = f.Clock.GetCurrentInstant(),
        }, problem.ToSnapshot());
        Assert.Equal(state, problem.State);
        Assert.Contains(ProblemTrigger.Reassign, problem.PermittedTriggers());
    }

    [Fact]
    public void Reassign_OwnerOnly_KeepsTheGroup()
    {
        var f = new ProblemFixture();
        var problem = f.Analysing();

        var e = Assert.IsType<ProblemReassigned>(Assert.Single(problem.Reassign(Agent, ProblemTeam, "Alice is back from leave", new ActorId("alice")).Events));

        Assert.Equal((ProblemTeam, ProblemTeam), (e.FromGroup, e.ToGroup));
        Assert.Equal((ProblemTeam, (ActorId?)new ActorId("alice")), (problem.AssignmentGroup, problem.Assignee));
    }

    [Fact]
    public void Reassign_WithoutOwner_LeavesTheProblemWithTheGroupOnly()
    {
        var f = new ProblemFixture();
        var problem = f.Analysing();

        problem.Reassign(Agent, Network, "Network to pick an owner").ThrowIfRejected();

        Assert.Equal((Network, (ActorId?)null), (problem.AssignmentGroup, problem.Assignee));
    }

    [Theory]
    [InlineData(ProblemState.New, "Reassign is possible only from Assess or Root Cause Analysis or Fix In Progress; the problem is New.")]
    [InlineData(ProblemState.Resolved, "Reassign is possible only from Assess or Root Cause Analysis or Fix In Progress; the problem is Resolved.")]
    [InlineData(ProblemState.Closed, "Reassign is possible only from Assess or Root Cause Analysis or Fix In Progress; the problem is Closed.")]
    [InlineData(ProblemState.Canceled, "The problem is Canceled, which is final: Reassign is not possible.")]
    [InlineData(ProblemState.Duplicate, "The problem is Duplicate, which is final: Reassign is not possible.")]
    public void Reassign_OutsideTheWorkedStates_IsRejected_AndChangesNothing(ProblemState state, string message)
    {
        var f = new ProblemFixture();
        var problem = InState(f, state);
        var before = problem.ToSnapshot();
        f.Clock.Advance(Duration.FromHours(2));

        var result = problem.Reassign(Agent, Network, "Another team", NetworkOwner);

        Assert.True(result.IsRejected);
        Assert.Equal(ProblemRejectionCodes.NotPermitted, result.Rejection.Code);
        Assert.Equal(message, result.Rejection.Message);
        Assert.Empty(result.Events);
        Assert.Equal(before, problem.ToSnapshot());
        Assert.DoesNotContain(ProblemTrigger.Reassign, problem.PermittedTriggers());
    }

    [Theory]
    [InlineData(true, "The problem is already assigned to problem.owner in problem-team; reassignment needs another group or owner.")]
    [InlineData(false, "The problem is already assigned to network, without an owner; reassignment needs another group or owner.")]
    public void Reassign_ToTheSameGroupAndOwner_IsRejectedAsNoChange(bool withOwner, string message)
    {
        var f = new ProblemFixture();
        var problem = f.Fixing();
        var (group, owner) = withOwner ? (ProblemTeam, (ActorId?)Agent) : (Network, null);
        if (!withOwner)
        {
            problem.Reassign(Agent, group, "Network to pick an owner").ThrowIfRejected();
        }

        var before = problem.ToSnapshot();

        var result = problem.Reassign(Agent, group, "Again", owner);

        Assert.Equal(ProblemRejectionCodes.NoChange, result.Rejection?.Code);
        Assert.Equal(message, result.Rejection?.Message);
        Assert.Empty(result.Events);
        Assert.Equal(before, problem.ToSnapshot());
    }

    [Fact]
    public void Reassign_WithoutReason_IsRejected()
    {
        var f = new ProblemFixture();
        var problem = f.Assessing();
        var before = problem.ToSnapshot();

        var result = problem.Reassign(Agent, Network, null!, NetworkOwner);

        Assert.Equal(ProblemRejectionCodes.TextRequired, result.Rejection?.Code);
        Assert.Equal("A reason is required to reassign a problem.", result.Rejection?.Message);
        Assert.Equal(before, problem.ToSnapshot());
    }

    [Fact]
    public void Rebuild_WithReassignments_GivesTheLiveProblem_AlsoAfterJsonRoundTrip()
    {
        var f = new ProblemFixture();
        var logged = f.Practice.Log(Agent, Command());
        var problem = logged.ThrowIfRejected();
        var events = new List<DomainEvent>(logged.Events);
        events.AddRange(problem.Assess(Agent, ProblemTeam, Agent).Events);
        events.AddRange(problem.Reassign(Agent, Network, "The relay is a network appliance", NetworkOwner).Events);
        events.AddRange(problem.StartRootCauseAnalysis(NetworkOwner).Events);
        events.AddRange(problem.Reassign(NetworkOwner, Network, "Owner on leave").Events);

        var json = ItilJson.Serialize(events);
        var reread = ItilJson.Deserialize<DomainEvent[]>(json);

        Assert.Equal((Network, (ActorId?)null), (problem.AssignmentGroup, problem.Assignee));
        Assert.Equal(problem.ToSnapshot(), f.Practice.Rebuild(events).ToSnapshot());
        Assert.Equal(events, reread);
        Assert.Equal(problem.ToSnapshot(), f.Practice.Rebuild(reread).ToSnapshot());
        Assert.Equal(2, CountOf(json, "\"$type\": \"problem.reassigned\""));
        Assert.Contains("\"fromAssignee\": \"problem.owner\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_RefusesAReassignmentWhereTheLifecycleDoesNot_NamingReassign()
    {
        var f = new ProblemFixture();
        var logged = f.Practice.Log(Agent, Command());
        var reassigned = (ProblemReassigned)Assert.Single(f.Analysing("PRB0002").Reassign(Agent, Network, "Another team").Events);
        var history = new DomainEvent[]
        {
            Assert.Single(logged.Events),
            reassigned with { Envelope = reassigned.Envelope with { AggregateId = "PRB0001", Version = 2 } },
        };

        var e = Assert.Throws<ArgumentException>("history", () => f.Practice.Rebuild(history));

        Assert.StartsWith(
            "Event 1 (ProblemReassigned, version 2) does not fit the lifecycle: Reassign is possible only from Assess or Root Cause Analysis or Fix In Progress; the problem is New.",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemReassigned_RoundTripsThroughJson_WithItsWireName()
    {
        var f = new ProblemFixture();
        var problem = f.Analysing();
        var reassigned = Assert.Single(problem.Reassign(Agent, Network, "The relay is a network appliance", NetworkOwner).Events);

        var json = ItilJson.Serialize(reassigned);
        var back = ItilJson.Deserialize<DomainEvent>(json);

        Assert.Equal(reassigned, back);
        Assert.Equal("problem.reassigned", ItilJson.EventTypeNames[typeof(ProblemReassigned)]);
        Assert.Contains("\"$type\": \"problem.reassigned\"", json, StringComparison.Ordinal);
        Assert.Contains("\"fromGroup\": \"problem-team\"", json, StringComparison.Ordinal);
        Assert.Contains("\"toGroup\": \"network\"", json, StringComparison.Ordinal);
        Assert.Contains("\"assignee\": \"network.owner\"", json, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
        => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static Problem InState(ProblemFixture f, ProblemState state)
    {
        switch (state)
        {
            case ProblemState.New: return f.Log();
            case ProblemState.Assess: return f.Assessing();
            case ProblemState.RootCauseAnalysis: return f.WithKnownError();
            case ProblemState.FixInProgress: return f.Fixing();
            case ProblemState.Resolved: return f.Resolved();
            case ProblemState.Closed: return f.Closed();
            case ProblemState.Canceled:
            {
                var p = f.Analysing();
                p.Cancel(Agent, "Not a problem").ThrowIfRejected();
                return p;
            }

            case ProblemState.Duplicate:
            {
                var p = f.Analysing();
                f.Practice.MergeDuplicate(Agent, p, f.Log("PRB-MASTER")).ThrowIfRejected();
                return p;
            }

            default: throw new ArgumentOutOfRangeException(nameof(state));
        }
    }
}
