using System.Collections.Generic;
using System.Linq;
using ItilCore.Changes;
using ItilCore.Serialization;
using Xunit;
using F = ItilCore.Tests.Changes.ChangeFixture;

namespace ItilCore.Tests.Changes;

/// <summary>A change keeps its last authorization round that ended: a rejected change back in New still says who rejected it.</summary>
public sealed class ChangeAuthorizationRoundTests
{
    private readonly F _f = new();

    private static void Record(List<DomainEvent> history, CommandResult result) => history.AddRange(result.ThrowIfRejected());

    private Change Rebuilt(IReadOnlyList<DomainEvent> history)
        => _f.Practice.Rebuild(ItilJson.Deserialize<IReadOnlyList<DomainEvent>>(ItilJson.Serialize<IReadOnlyList<DomainEvent>>(history)));

    [Fact]
    public void DecisiveRejection_TheChangeBackInNewSaysWhoRejectedItAndWhy()
    {
        var requested = _f.Practice.Request(F.Agent, F.Command());
        var change = requested.ThrowIfRejected();
        var history = new List<DomainEvent>(requested.Events);
        Record(history, change.Plan(F.Agent, F.Window));
        Record(history, change.AssignImplementer(F.Agent, F.Implementer));
        Record(history, change.Submit(F.Agent));
        Record(history, change.AssessRisk(F.Agent, new Impact(1), new Likelihood(1)));
        Record(history, change.RequestAuthorization(F.Agent));
        Assert.Null(change.LastAuthorization);
        Record(history, change.Approve(F.Cab[0]));
        Record(history, change.Reject(F.Cab[1], "Too risky before month end"));
        Assert.Null(change.LastAuthorization);
        var decisive = change.Reject(F.Cab[2], "  Agree  ").ThrowIfRejected().Single();
        history.Add(decisive);

        Assert.Equal(ChangeState.New, change.State);
        Assert.Null(change.Authority);
        var round = change.LastAuthorization!;
        Assert.Equal(AuthorizationDecision.Rejected, round.Decision);
        Assert.Equal("cab", round.Authority.Name);
        Assert.Equal([F.Cab[0]], round.Approvals);
        Assert.Equal([F.Cab[1], F.Cab[2]], round.Rejections);
        Assert.Equal(F.Cab[2], round.DecidedBy);
        Assert.Equal(decisive.Envelope.OccurredAt, round.DecidedAt);
        Assert.Equal("Agree", round.Reason);
        Assert.Equal(round, change.ToSnapshot().LastAuthorization);
        Assert.Equal(change.ToSnapshot(), Rebuilt(history).ToSnapshot());

        // A new round leaves the last decision in place until it ends; its end replaces it.
        Record(history, change.Submit(F.Agent));
        Record(history, change.RequestAuthorization(F.Agent));
        Assert.Equal(round, change.LastAuthorization);
        Record(history, change.Approve(F.Cab[0], "Month end is over"));
        Record(history, change.Approve(F.Cab[1]));
        var approval = change.Approve(F.Cab[3], "Go").ThrowIfRejected().Single();
        history.Add(approval);
        Assert.Equal(ChangeState.Scheduled, change.State);
        Assert.Equal(
            new ChangeAuthorizationRound(round.Authority, AuthorizationDecision.Authorized, [F.Cab[0], F.Cab[1], F.Cab[3]], [], F.Cab[3], approval.Envelope.OccurredAt, "Go"),
            change.LastAuthorization);
        Assert.Equal(change.AuthorizedAt, change.LastAuthorization!.DecidedAt);
        Assert.Equal(change.ToSnapshot(), Rebuilt(history).ToSnapshot());
    }

    [Fact]
    public void RevertOrCancelInAuthorize_WithdrawsTheRound_ElsewhereNoRoundEnds()
    {
        var reverted = _f.Authorizing(ChangeType.Emergency);
        reverted.Approve(F.Ecab[0]).ThrowIfRejected();
        reverted.RevertToNew(F.Agent, "The window was missed").ThrowIfRejected();
        Assert.Equal(
            (AuthorizationDecision.Withdrawn, F.Agent, "The window was missed", "ecab", 1, 0),
            (reverted.LastAuthorization!.Decision, reverted.LastAuthorization.DecidedBy, reverted.LastAuthorization.Reason, reverted.LastAuthorization.Authority.Name, reverted.LastAuthorization.Approvals.Count, reverted.LastAuthorization.Rejections.Count));

        var canceled = _f.Authorizing(ChangeType.Normal, 3, "CHG0002");
        canceled.Cancel(F.Agent, "Superseded").ThrowIfRejected();
        Assert.Equal((AuthorizationDecision.Withdrawn, "Superseded", "peer-review"), (canceled.LastAuthorization!.Decision, canceled.LastAuthorization.Reason, canceled.LastAuthorization.Authority.Name));

        // Reverted from Assess, or canceled in New: no authority had been asked, so no round ended.
        var assessed = _f.Assessed(3, "CHG0003");
        assessed.RevertToNew(F.Agent, "Plan incomplete").ThrowIfRejected();
        assessed.Cancel(F.Agent, "Withdrawn by the requester").ThrowIfRejected();
        Assert.Null(assessed.LastAuthorization);
    }

    [Fact]
    public void CancelAfterRejection_KeepsTheRejectedRound()
    {
        var change = _f.Authorizing();
        change.Reject(F.Peer, "Missing back-out plan").ThrowIfRejected();
        change.Reject(F.Peer2, "Same").ThrowIfRejected();
        var rejected = change.LastAuthorization;
        Assert.Equal(AuthorizationDecision.Rejected, rejected!.Decision);

        // A vote that is refused leaves the round as it was, and so does a cancellation outside Authorize.
        _f.Refused(change, c => c.Approve(F.Peer), ChangeRejectionCodes.NotPermitted);
        change.Cancel(F.Agent, "Not worth it").ThrowIfRejected();
        Assert.Equal(rejected, change.LastAuthorization);
    }

    [Fact]
    public void Snapshots_WithDifferentRounds_AreNotEqual()
    {
        var first = _f.Authorizing();
        first.Reject(F.Peer, "No").ThrowIfRejected();
        first.Reject(F.Peer2, "No").ThrowIfRejected();
        var snapshot = first.ToSnapshot();

        Assert.NotEqual(snapshot, snapshot with { LastAuthorization = snapshot.LastAuthorization! with { Reason = "Other" } });
        Assert.NotEqual(snapshot, snapshot with { LastAuthorization = null });
        Assert.Equal(snapshot, snapshot with { LastAuthorization = snapshot.LastAuthorization! with { Rejections = snapshot.LastAuthorization.Rejections.ToList() } });
    }
}
