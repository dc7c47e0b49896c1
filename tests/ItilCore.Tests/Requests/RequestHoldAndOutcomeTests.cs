using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Requests;
using Xunit;
using static ItilCore.Tests.Requests.RequestFixture;
using S = ItilCore.Requests.ServiceRequestState;

namespace ItilCore.Tests.Requests;

/// <summary>On hold (a flag on Approved and Fulfilling requests, resumed by an agent or a requester's comment) and task outcomes with the request's derived outcome.</summary>
public sealed class RequestHoldAndOutcomeTests
{
    private readonly RequestFixture _f = new();

    private static void AssertUnchangedBy(ServiceRequest request, Func<ServiceRequest, CommandResult> command, string code, string? mentions = null)
    {
        var before = request.ToSnapshot();
        var result = command(request);
        Assert.True(result.IsRejected, result.ToString());
        Assert.Equal(code, result.Rejection!.Code);
        Assert.Empty(result.Events);
        if (mentions is not null)
        {
            Assert.Contains(mentions, result.Rejection.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, request.ToSnapshot());
    }

    private void AssertRebuildEqualsLive(ServiceRequest request, System.Collections.Generic.IEnumerable<DomainEvent> events)
        => Assert.Equal(request.ToSnapshot(), _f.Practice.Rebuild(events).ToSnapshot());

    [Fact]
    public void PutOnHold_Fulfilling_StaysFulfillingWithTheReason()
    {
        var request = _f.Fulfilling(Software);

        var result = request.PutOnHold(Agent, RequestHoldReason.AwaitingVendor, " Licence on order ");

        var e = Assert.IsType<RequestPutOnHold>(Assert.Single(result.Events));
        Assert.Equal((RequestHoldReason.AwaitingVendor, "Licence on order"), (e.Reason, e.Comment));
        Assert.Equal(S.Fulfilling, request.State);
        Assert.True(request.IsOnHold);
        Assert.Equal(RequestHoldReason.AwaitingVendor, request.HoldReason);
        Assert.Equal(RequestHoldReason.AwaitingVendor, request.ToSnapshot().HoldReason);
        Assert.Contains(ServiceRequestTrigger.Resume, request.PermittedTriggers());
        Assert.DoesNotContain(ServiceRequestTrigger.PutOnHold, request.PermittedTriggers());
    }

    [Fact]
    public void PutOnHold_Approved_BlocksFulfilmentUntilResumed()
    {
        var request = _f.Approved(Software);
        request.PutOnHold(Agent, RequestHoldReason.AwaitingChange).ThrowIfRejected();

        AssertUnchangedBy(request, r => r.StartFulfilment(Agent), RequestRejectionCodes.ConditionNotMet);

        var resumed = request.Resume(Agent, "Change implemented");
        Assert.Equal("Change implemented", Assert.IsType<RequestResumed>(Assert.Single(resumed.Events)).Comment);
        Assert.False(request.IsOnHold);
        Assert.Null(request.ToSnapshot().HoldReason);
        Assert.Equal(S.Approved, request.State);
        Assert.True(request.StartFulfilment(Agent).IsAccepted);
    }

    [Fact]
    public void PutOnHold_NoTaskClosesWhileOnHold()
    {
        var request = _f.Fulfilling(PasswordReset);
        request.PutOnHold(Agent, RequestHoldReason.AwaitingVendor).ThrowIfRejected();

        AssertUnchangedBy(request, r => r.CompleteTask(Agent, "Reset password"), RequestRejectionCodes.ConditionNotMet);
        AssertUnchangedBy(request, r => r.SkipTask(Agent, "Reset password", "Not needed"), RequestRejectionCodes.ConditionNotMet);
        AssertUnchangedBy(request, r => r.CloseTaskIncomplete(Agent, "Reset password", "Impossible"), RequestRejectionCodes.ConditionNotMet);
    }

    [Fact]
    public void PutOnHold_AwaitingRequester_NeedsAComment()
        => AssertUnchangedBy(_f.Fulfilling(Software), r => r.PutOnHold(Agent, RequestHoldReason.AwaitingRequester, "  "), RequestRejectionCodes.TextRequired, "requester");

    [Fact]
    public void PutOnHold_Twice_IsRejected_AndResumeNeedsAHold()
    {
        var request = _f.Fulfilling(Software);
        AssertUnchangedBy(request, r => r.Resume(Agent), RequestRejectionCodes.ConditionNotMet);
        request.PutOnHold(Agent, RequestHoldReason.AwaitingVendor).ThrowIfRejected();

        AssertUnchangedBy(request, r => r.PutOnHold(Agent, RequestHoldReason.AwaitingChange), RequestRejectionCodes.ConditionNotMet);
    }

    [Fact]
    public void PutOnHold_OutsideApprovedAndFulfilling_IsNotPermitted()
    {
        AssertUnchangedBy(_f.Submit(NewLaptop), r => r.PutOnHold(Agent, RequestHoldReason.AwaitingVendor), RequestRejectionCodes.NotPermitted);
        var fulfilled = new RequestFixture().Fulfilled(Software);
        AssertUnchangedBy(fulfilled, r => r.PutOnHold(Agent, RequestHoldReason.AwaitingVendor), RequestRejectionCodes.NotPermitted);
        AssertUnchangedBy(fulfilled, r => r.Resume(Agent), RequestRejectionCodes.NotPermitted);
    }

    [Fact]
    public void PutOnHold_UndefinedReason_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _f.Fulfilling(Software).PutOnHold(Agent, (RequestHoldReason)99));

    [Fact]
    public void AddComment_ByTheRequester_ResumesARequestAwaitingTheRequester()
    {
        var request = _f.Fulfilling(Software);
        request.PutOnHold(Agent, RequestHoldReason.AwaitingRequester, "Which machine?").ThrowIfRejected();
        _f.Clock.Advance(NodaTime.Duration.FromHours(2));

        var result = request.AddComment(Requester, "PC-42");

        Assert.Collection(
            result.Events,
            e => Assert.Equal("PC-42", Assert.IsType<RequestCommentAdded>(e).Text),
            e => Assert.Null(Assert.IsType<RequestResumed>(e).Comment));
        Assert.All(result.Events, e => Assert.Equal((Requester, _f.Clock.GetCurrentInstant()), (e.Envelope.Actor, e.Envelope.OccurredAt)));
        Assert.Equal(result.Events[0].Envelope.Version + 1, result.Events[1].Envelope.Version);
        Assert.False(request.IsOnHold);
        Assert.Equal(1, request.CommentCount);
    }

    [Fact]
    public void AddComment_ByAnAgentOrOnAnotherHold_DoesNotResume()
    {
        var request = _f.Fulfilling(Software);
        request.PutOnHold(Agent, RequestHoldReason.AwaitingRequester, "Which machine?").ThrowIfRejected();
        Assert.IsType<RequestCommentAdded>(Assert.Single(request.AddComment(Agent, "Reminder sent").Events));
        Assert.True(request.IsOnHold);

        var other = new RequestFixture().Fulfilling(Software);
        other.PutOnHold(Agent, RequestHoldReason.AwaitingVendor).ThrowIfRejected();
        Assert.IsType<RequestCommentAdded>(Assert.Single(other.AddComment(Requester, "Any news?").Events));
        Assert.Equal(RequestHoldReason.AwaitingVendor, other.HoldReason);
    }

    [Fact]
    public void AddComment_BlankByTheRequesterWhileAwaiting_IsRejected_AndStillOnHold()
    {
        var request = _f.Fulfilling(Software);
        request.PutOnHold(Agent, RequestHoldReason.AwaitingRequester, "Which machine?").ThrowIfRejected();

        AssertUnchangedBy(request, r => r.AddComment(Requester, " "), RequestRejectionCodes.TextRequired);
        Assert.True(request.IsOnHold);
    }

    [Fact]
    public void Cancel_OnHold_ClearsTheHold()
    {
        var request = _f.Fulfilling(Software);
        request.PutOnHold(Agent, RequestHoldReason.AwaitingVendor).ThrowIfRejected();

        request.Cancel(Requester, "No longer needed").ThrowIfRejected();

        Assert.Equal(S.Canceled, request.State);
        Assert.Null(request.HoldReason);
        Assert.Null(request.Outcome);
    }

    [Fact]
    public void Rebuild_WithHoldsAndComments_EqualsTheLiveRequest()
    {
        var submitted = _f.Practice.Submit(Agent, Command(Software));
        var request = submitted.Value!;
        var events = new System.Collections.Generic.List<DomainEvent>(submitted.Events);
        events.AddRange(request.Approve(Alice).ThrowIfRejected());
        events.AddRange(request.PutOnHold(Agent, RequestHoldReason.AwaitingChange).ThrowIfRejected());
        events.AddRange(request.Resume(Agent).ThrowIfRejected());
        events.AddRange(request.StartFulfilment(Agent).ThrowIfRejected());
        events.AddRange(request.PutOnHold(Agent, RequestHoldReason.AwaitingRequester, "Which machine?").ThrowIfRejected());
        AssertRebuildEqualsLive(request, events);
        Assert.True(request.IsOnHold);

        events.AddRange(request.AddComment(Requester, "PC-42").ThrowIfRejected());

        AssertRebuildEqualsLive(request, events);
        Assert.False(request.IsOnHold);
    }

    private static readonly string[] TaskCommands = ["Complete Task", "Skip Task", "Close Task Incomplete"];

    public static TheoryData<string, string> TaskCommandsWhereNoTaskCanBeClosed()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in TaskCommands)
        {
            foreach (var state in new[] { "awaiting approval", "approved", "fulfilling on hold", "fulfilled", "closed", "canceled" })
            {
                data.Add(command, state);
            }
        }

        return data;
    }

    private static CommandResult CloseInstall(ServiceRequest request, string command) => command switch
    {
        "Complete Task" => request.CompleteTask(Agent, "Install"),
        "Skip Task" => request.SkipTask(Agent, "Install", "Already installed"),
        _ => request.CloseTaskIncomplete(Agent, "Install", "Laptop not compatible"),
    };

    [Theory]
    [MemberData(nameof(TaskCommandsWhereNoTaskCanBeClosed))]
    public void TaskCommand_WhereNoTaskCanBeClosed_IsRejectedNamingThatCommand(string command, string state)
    {
        var request = state switch
        {
            "awaiting approval" or "canceled" => _f.Submit(Software),
            "approved" => _f.Approved(Software),
            "fulfilling on hold" => _f.Fulfilling(Software),
            _ => _f.Fulfilled(Software),
        };
        var ended = state switch
        {
            "fulfilling on hold" => request.PutOnHold(Agent, RequestHoldReason.AwaitingVendor),
            "closed" => request.Close(Agent),
            "canceled" => request.Cancel(Agent, "No longer needed"),
            _ => (CommandResult?)null,
        };
        ended?.ThrowIfRejected();
        Assert.Equal(state, (ItilCore.Lifecycles.Lifecycle<S, ServiceRequestTrigger, ServiceRequest>.Words(request.State) + (request.IsOnHold ? " on hold" : "")).ToLowerInvariant());
        var before = request.ToSnapshot();

        var result = CloseInstall(request, command);

        Assert.True(result.IsRejected, result.ToString());
        Assert.Equal(state == "fulfilling on hold" ? RequestRejectionCodes.ConditionNotMet : RequestRejectionCodes.NotPermitted, result.Rejection!.Code);
        Assert.Contains(command, result.Rejection.Message, StringComparison.Ordinal);
        Assert.All(TaskCommands.Where(c => c != command), other => Assert.DoesNotContain(other, result.Rejection.Message, StringComparison.Ordinal));
        Assert.Empty(result.Events);
        Assert.Equal(before, request.ToSnapshot());
    }

    [Fact]
    public void TaskCommands_BeforeFulfilment_SayWhereTheyArePossible()
    {
        var request = _f.Approved(Software);

        AssertUnchangedBy(request, r => r.SkipTask(Agent, "Install", "Already installed"), RequestRejectionCodes.NotPermitted, "Skip Task is possible only from Fulfilling; the request is Approved.");
        AssertUnchangedBy(request, r => r.CloseTaskIncomplete(Agent, "Install", "Not compatible"), RequestRejectionCodes.NotPermitted, "Close Task Incomplete is possible only from Fulfilling; the request is Approved.");
    }

    /// <summary>Every order of the three commands on the three tasks of a sequential item: each closes a middle task and the last one.</summary>
    [Theory]
    [InlineData("Complete Task", "Skip Task", "Close Task Incomplete")]
    [InlineData("Complete Task", "Close Task Incomplete", "Skip Task")]
    [InlineData("Skip Task", "Complete Task", "Close Task Incomplete")]
    [InlineData("Skip Task", "Close Task Incomplete", "Complete Task")]
    [InlineData("Close Task Incomplete", "Complete Task", "Skip Task")]
    [InlineData("Close Task Incomplete", "Skip Task", "Complete Task")]
    public void Rebuild_TasksCompletedSkippedAndClosedIncomplete_EqualsTheLiveRequestAfterEveryEvent(string first, string second, string third)
    {
        var submitted = _f.Practice.Submit(Agent, Command(NewLaptop));
        var request = submitted.Value!;
        var events = new List<DomainEvent>(submitted.Events);
        var live = new List<(int LastEvent, RequestSnapshot After)>();
        void Record(CommandResult result)
        {
            events.AddRange(result.ThrowIfRejected());
            live.Add((events.Count - 1, request.ToSnapshot()));
        }

        Record(request.Approve(Alice));
        Record(request.Approve(Bob));
        Record(request.StartFulfilment(Agent));
        foreach (var (command, task) in new[] { first, second, third }.Zip(["Order", "Image", "Deliver"]))
        {
            _f.Clock.Advance(NodaTime.Duration.FromHours(2));
            Record(command switch
            {
                "Complete Task" => request.CompleteTask(Agent, task, "Done"),
                "Skip Task" => request.SkipTask(Agent, task, "Not needed"),
                _ => request.CloseTaskIncomplete(Agent, task, "Not possible"),
            });
        }

        Record(request.Close(Agent));

        Assert.Equal((S.Closed, RequestOutcome.Incomplete), (request.State, request.Outcome));
        Assert.Equal(
            [first, second, third],
            request.TaskResults.Select(t => t.Outcome switch
            {
                FulfilmentTaskOutcome.Complete => "Complete Task",
                FulfilmentTaskOutcome.Skipped => "Skip Task",
                _ => "Close Task Incomplete",
            }));
        Assert.Equal(request.ToSnapshot(), _f.Practice.Rebuild(events).ToSnapshot());
        var timeline = _f.Practice.Replay(events);
        Assert.All(live, x => Assert.Equal(x.After, timeline[x.LastEvent]));
    }

    /// <summary>A history that closes a task after the request was fulfilled is refused naming the command its outcome records.</summary>
    [Theory]
    [InlineData(FulfilmentTaskOutcome.Complete, "Complete Task")]
    [InlineData(FulfilmentTaskOutcome.Skipped, "Skip Task")]
    [InlineData(FulfilmentTaskOutcome.Incomplete, "Close Task Incomplete")]
    public void Rebuild_TaskClosedAfterFulfilment_IsRefusedNamingTheCommandOfItsOutcome(FulfilmentTaskOutcome outcome, string command)
    {
        var submitted = _f.Practice.Submit(Agent, Command(Software));
        var request = submitted.Value!;
        var events = new List<DomainEvent>(submitted.Events);
        events.AddRange(request.Approve(Alice).ThrowIfRejected());
        events.AddRange(request.StartFulfilment(Agent).ThrowIfRejected());
        events.AddRange(request.CompleteTask(Agent, "Install").ThrowIfRejected());
        var last = Assert.IsType<FulfilmentTaskCompleted>(Assert.Single(request.CompleteTask(Agent, "Assign licence").ThrowIfRejected()));
        events.Add(last);
        Assert.Equal(S.Fulfilled, _f.Practice.Rebuild(events).State);
        events.Add(last with { Envelope = last.Envelope with { Version = last.Envelope.Version + 1 }, Outcome = outcome, Notes = "Again" });

        var error = Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild(events));

        Assert.Contains($"{command} is possible only from Fulfilling; the request is Fulfilled.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipTask_AndCloseTaskIncomplete_NeedAReason()
    {
        var request = _f.Fulfilling(Software);

        AssertUnchangedBy(request, r => r.SkipTask(Agent, "Install", " "), RequestRejectionCodes.TextRequired, "skip");
        AssertUnchangedBy(request, r => r.CloseTaskIncomplete(Agent, "Install", ""), RequestRejectionCodes.TextRequired, "incomplete");
        AssertUnchangedBy(request, r => r.SkipTask(Agent, "ghost", "Why not"), RequestRejectionCodes.UnknownTask);
    }

    [Fact]
    public void SkipTask_ClosesTheTask_AndUnblocksTheNextInOrder()
    {
        var request = _f.Fulfilling(NewLaptop);
        request.CompleteTask(Agent, "Order").ThrowIfRejected();

        var e = Assert.IsType<FulfilmentTaskCompleted>(Assert.Single(request.SkipTask(Agent, "Image", " Pre-imaged by the vendor ").Events));

        Assert.Equal((FulfilmentTaskOutcome.Skipped, "Pre-imaged by the vendor"), (e.Outcome, e.Notes));
        Assert.Equal(["Deliver"], request.OpenTasks.Select(t => t.Name));
        Assert.Equal(["Order", "Image"], request.CompletedTasks);
        Assert.Equal(
            [new FulfilmentTaskResult("Order", FulfilmentTaskOutcome.Complete, null), new FulfilmentTaskResult("Image", FulfilmentTaskOutcome.Skipped, "Pre-imaged by the vendor")],
            request.TaskResults);
        AssertUnchangedBy(request, r => r.CompleteTask(Agent, "Image"), RequestRejectionCodes.TaskAlreadyCompleted, "already skipped");
        Assert.True(request.CompleteTask(Agent, "Deliver").IsAccepted);
        Assert.Equal((S.Fulfilled, RequestOutcome.Complete), (request.State, request.Outcome));
    }

    [Fact]
    public void Outcome_AnyTaskIncomplete_IsIncomplete()
    {
        var request = _f.Fulfilling(Software);
        request.CompleteTask(Agent, "Assign licence").ThrowIfRejected();
        Assert.Null(request.Outcome);

        request.CloseTaskIncomplete(Agent, "Install", "Laptop not compatible").ThrowIfRejected();

        Assert.Equal((S.Fulfilled, RequestOutcome.Incomplete), (request.State, request.Outcome));
        Assert.Equal(RequestOutcome.Incomplete, request.ToSnapshot().Outcome);
        Assert.NotNull(request.FulfilledAt);
        Assert.True(request.Close(Agent).IsAccepted);
        Assert.Equal(RequestOutcome.Incomplete, request.Outcome);
    }

    [Fact]
    public void Outcome_EveryTaskSkipped_IsSkipped()
    {
        var request = _f.Fulfilling(Software);
        request.SkipTask(Agent, "Install", "Already installed").ThrowIfRejected();
        request.SkipTask(Agent, "Assign licence", "Site licence").ThrowIfRejected();

        Assert.Equal((S.Fulfilled, RequestOutcome.Skipped), (request.State, request.Outcome));
    }

    [Fact]
    public void Outcome_AllCompleted_IsComplete_AndRebuilds()
    {
        var request = _f.Fulfilled(NewLaptop);

        Assert.Equal(RequestOutcome.Complete, request.Outcome);
        Assert.All(request.TaskResults, t => Assert.Equal(FulfilmentTaskOutcome.Complete, t.Outcome));

        var submitted = new RequestFixture().Practice.Submit(Agent, Command(Software));
        var other = submitted.Value!;
        var events = new System.Collections.Generic.List<DomainEvent>(submitted.Events);
        events.AddRange(other.Approve(Alice).ThrowIfRejected());
        events.AddRange(other.StartFulfilment(Agent).ThrowIfRejected());
        events.AddRange(other.SkipTask(Agent, "Install", "Already installed").ThrowIfRejected());
        events.AddRange(other.CloseTaskIncomplete(Agent, "Assign licence", "No licences left").ThrowIfRejected());
        Assert.Equal(other.ToSnapshot(), new RequestFixture().Practice.Rebuild(events).ToSnapshot());
        Assert.Equal(RequestOutcome.Incomplete, other.Outcome);
    }
}
