using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Requests;
using ItilCore.Testing;
using NodaTime;
using Xunit;
using static ItilCore.Tests.Requests.RequestFixture;
using S = ItilCore.Requests.ServiceRequestState;

namespace ItilCore.Tests.Requests;

public sealed class ServiceRequestTests
{
    private readonly RequestFixture _f = new();

    private static void AssertRejected(CommandResult result, string code, string? mentions = null)
    {
        Assert.True(result.IsRejected, result.ToString());
        Assert.Equal(code, result.Rejection!.Code);
        Assert.Empty(result.Events);
        if (mentions is not null)
        {
            Assert.Contains(mentions, result.Rejection.Message, StringComparison.Ordinal);
        }
    }

    private static void AssertUnchangedBy(ServiceRequest request, Func<ServiceRequest, CommandResult> command, string code, string? mentions = null)
    {
        var before = request.ToSnapshot();
        AssertRejected(command(request), code, mentions);
        Assert.Equal(before, request.ToSnapshot());
    }

    [Fact]
    public void Submit_ItemWithApproval_AwaitsTheFirstStep()
    {
        var result = _f.Practice.Submit(Agent, Command(NewLaptop));

        Assert.True(result.IsAccepted);
        var request = result.Value;
        Assert.Equal(S.AwaitingApproval, request.State);
        Assert.Equal("Line manager", request.CurrentApprovalStep!.Name);
        Assert.Equal(2, request.Version);
        Assert.Collection(
            result.Events,
            e => Assert.Equal(1, Assert.IsType<RequestSubmitted>(e).Envelope.Version),
            e => Assert.Equal(2, Assert.IsType<RequestApprovalStarted>(e).Steps));
        Assert.Equal(Requester, request.Requester);
        Assert.Equal(Agent, request.SubmittedBy);
        Assert.Equal("New laptop", request.ShortDescription);
        Assert.Equal([new RequestFieldValue("model", "13-inch"), new RequestFieldValue("needed-by", "2026-04-01")], request.Data);
    }

    [Fact]
    public void Submit_ItemWithoutApproval_IsApprovedAtOnce()
    {
        var request = _f.Submit(PasswordReset);

        Assert.Equal(S.Approved, request.State);
        Assert.Equal(_f.Clock.GetCurrentInstant(), request.ApprovedAt);
        Assert.Null(request.CurrentApprovalStep);
    }

    [Fact]
    public void Submit_CanonicalizesNumbersAndKeepsFieldOrder()
    {
        var request = _f.Practice.Submit(Agent, Command(Software, data: new() { ["seats"] = " 2.50 ", ["product"] = "Project" })).ThrowIfRejected();

        Assert.Equal([new RequestFieldValue("product", "Project"), new RequestFieldValue("seats", "2.50")], request.Data);
    }

    [Fact]
    public void Submit_PriorityOffTheMatrixScale_IsRejectedWhenThePracticeHasAMatrix_AndUsesNoEventId()
    {
        var issued = 0;
        var practice = new RequestFulfilment(_f.Clock, RequestGenerators.SampleCatalog, () => new System.Guid(++issued, 0, 0, new byte[8]))
        {
            PriorityMatrix = PriorityMatrix.ServiceNowDefault,
        };

        var refused = practice.Submit(Agent, Command(PasswordReset) with { Priority = new Priority(9) });

        Assert.Equal(RequestRejectionCodes.OutOfMatrix, refused.Rejection?.Code);
        Assert.Equal("The request cannot be submitted: priority 9 is not on the matrix's scale 1 to 5.", refused.Rejection!.Message);
        Assert.Empty(refused.Events);
        Assert.Equal(0, issued);
        Assert.Equal(new Priority(5), practice.Submit(Agent, Command(PasswordReset) with { Priority = new Priority(5) }).ThrowIfRejected().Priority);

        // Without a matrix the practice takes any priority, as before.
        Assert.Equal(new Priority(9), _f.Practice.Submit(Agent, Command(PasswordReset) with { Priority = new Priority(9) }).ThrowIfRejected().Priority);
    }

    [Fact]
    public void Submit_UnknownItem_IsRejected()
        => Assert.Equal(RequestRejectionCodes.UnknownItem, _f.Practice.Submit(Agent, Command(new RequestItemId("ghost"))).Rejection!.Code);

    [Theory]
    [InlineData("model", null, RequestRejectionCodes.MissingField)]
    [InlineData("model", "  ", RequestRejectionCodes.MissingField)]
    [InlineData("model", "17-inch", RequestRejectionCodes.InvalidField)]
    [InlineData("needed-by", "1 April", RequestRejectionCodes.InvalidField)]
    [InlineData("needed-by", "2026-02-30", RequestRejectionCodes.InvalidField)]
    [InlineData("colour", "red", RequestRejectionCodes.UnknownField)]
    public void Submit_BadData_IsRejectedNamingTheField(string field, string? value, string code)
    {
        var data = DataFor(NewLaptop);
        if (value is null)
        {
            data.Remove(field);
        }
        else
        {
            data[field] = value;
        }

        var result = _f.Practice.Submit(Agent, Command(NewLaptop, data: data));

        Assert.Equal(code, result.Rejection!.Code);
        Assert.Contains($"'{field}'", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Empty(result.Events);
    }

    [Theory]
    [InlineData("seats", "two")]
    [InlineData("seats", "1e3")]
    public void Submit_NumberFieldNotANumber_IsInvalid(string field, string value)
    {
        var result = _f.Practice.Submit(Agent, Command(Software, data: new() { ["product"] = "Visio", [field] = value }));

        Assert.Equal(RequestRejectionCodes.InvalidField, result.Rejection!.Code);
    }

    [Fact]
    public void Submit_ActorFieldWithWhitespace_IsInvalid()
        => Assert.Equal(
            RequestRejectionCodes.InvalidField,
            _f.Practice.Submit(Agent, Command(PasswordReset, data: new() { ["account"] = "caller jones" })).Rejection!.Code);

    [Fact]
    public void Submit_OptionalFieldLeftOut_IsAccepted()
        => Assert.True(_f.Practice.Submit(Agent, Command(NewLaptop, data: new() { ["model"] = "15-inch" })).IsAccepted);

    [Fact]
    public void Submit_Misuse_ThrowsNamingTheParameter()
    {
        Assert.Equal("by", Assert.Throws<ArgumentException>(() => _f.Practice.Submit(default, Command(NewLaptop))).ParamName);
        Assert.Equal("command", Assert.Throws<ArgumentNullException>(() => _f.Practice.Submit(Agent, null!)).ParamName);
        Assert.Equal("command", Assert.Throws<ArgumentException>(() => _f.Practice.Submit(Agent, Command(NewLaptop) with { Requester = default })).ParamName);
    }

    [Fact]
    public void Approve_ChainFirstStep_MovesToTheNextStep()
    {
        var request = _f.Submit(NewLaptop);

        var result = request.Approve(Alice, "Fine by me");

        Assert.True(result.IsAccepted);
        Assert.Equal(S.AwaitingApproval, request.State);
        Assert.Equal("Finance", request.CurrentApprovalStep!.Name);
        var granted = Assert.IsType<RequestApprovalGranted>(Assert.Single(result.Events));
        Assert.Equal(0, granted.Step);
        Assert.Equal(Alice, granted.Envelope.Actor);
    }

    [Fact]
    public void Approve_ChainLastStep_ApprovesTheRequest()
    {
        var request = _f.Submit(NewLaptop);
        request.Approve(Alice).ThrowIfRejected();
        _f.Clock.AdvanceHours(1);

        request.Approve(Bob).ThrowIfRejected();

        Assert.Equal(S.Approved, request.State);
        Assert.Equal(_f.Clock.GetCurrentInstant(), request.ApprovedAt);
        Assert.Equal(2, request.ApprovalStepIndex);
    }

    [Fact]
    public void Approve_ChainOutOfOrder_IsNotAnApprover()
        => AssertUnchangedBy(_f.Submit(NewLaptop), r => r.Approve(Bob), RequestRejectionCodes.NotAnApprover, "alice");

    [Fact]
    public void Approve_Quorum_NeedsTwoOfThree()
    {
        var request = _f.Submit(AdminRights);

        request.Approve(Carol).ThrowIfRejected();
        Assert.Equal(S.AwaitingApproval, request.State);
        request.Approve(Dave).ThrowIfRejected();

        Assert.Equal(S.Approved, request.State);
    }

    [Fact]
    public void Approve_Twice_IsAlreadyDecided()
    {
        var request = _f.Submit(AdminRights);
        request.Approve(Bob).ThrowIfRejected();

        AssertUnchangedBy(request, r => r.Approve(Bob), RequestRejectionCodes.AlreadyDecided);
        AssertUnchangedBy(request, r => r.Reject(Bob, "Changed my mind"), RequestRejectionCodes.AlreadyDecided);
    }

    [Fact]
    public void Approve_NotInTheStep_IsNotAnApprover()
        => AssertUnchangedBy(_f.Submit(AdminRights), r => r.Approve(Alice), RequestRejectionCodes.NotAnApprover);

    [Fact]
    public void Approve_ByTheRequester_IsSegregationOfDuties()
    {
        var catalog = RequestCatalog.Create(
            new RequestCatalogDocument
            {
                Items =
                [
                    new RequestItem(new RequestItemId("self"), "Self", new ItilCore.Catalog.ServiceId("workplace"))
                    {
                        Approvals = [new ApprovalStep("Team") { Approvers = [Requester, Agent, Alice] }],
                        Tasks = [new FulfilmentTask("Do")],
                    },
                ],
            },
            Testing.RequestGenerators.SampleServices);
        var practice = new RequestFulfilment(_f.Clock, catalog);
        var request = practice.Submit(Agent, new SubmitServiceRequest(new ServiceRequestId("REQ9"), new RequestItemId("self"), Requester, ItilCore.ContactChannel.Phone)).ThrowIfRejected();

        AssertUnchangedBy(request, r => r.Approve(Requester), RequestRejectionCodes.SelfApproval, "requested");
        AssertUnchangedBy(request, r => r.Approve(Agent), RequestRejectionCodes.SelfApproval, "submitted");
        AssertUnchangedBy(request, r => r.Reject(Requester, "No"), RequestRejectionCodes.SelfApproval);
        Assert.True(request.Approve(Alice).IsAccepted);
    }

    [Fact]
    public void Reject_SingleApprover_RejectsTheRequest()
    {
        var request = _f.Submit(Software);

        var result = request.Reject(Alice, "No budget");

        Assert.Equal(S.Rejected, request.State);
        Assert.True(request.IsFinal);
        Assert.Equal(_f.Clock.GetCurrentInstant(), request.ClosedAt);
        Assert.Equal("No budget", Assert.IsType<RequestApprovalRefused>(Assert.Single(result.Events)).Reason);
    }

    [Fact]
    public void Reject_QuorumStillReachable_KeepsAwaitingThenRejectsWhenItIsNot()
    {
        var request = _f.Submit(AdminRights);

        request.Reject(Bob, "Risky").ThrowIfRejected();
        Assert.Equal(S.AwaitingApproval, request.State);
        request.Reject(Carol, "Risky").ThrowIfRejected();

        Assert.Equal(S.Rejected, request.State);
        Assert.Equal(2, request.Decisions.Count(d => !d.Approved));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Reject_BlankReason_IsTextRequired(string reason)
        => AssertUnchangedBy(_f.Submit(Software), r => r.Reject(Alice, reason), RequestRejectionCodes.TextRequired);

    [Fact]
    public void StartFulfilment_FromApproved_IsFulfilling()
    {
        var request = _f.Approved(Software);

        var result = request.StartFulfilment(Agent);

        Assert.Equal(S.Fulfilling, request.State);
        Assert.IsType<RequestFulfilmentStarted>(Assert.Single(result.Events));
        Assert.Equal(_f.Clock.GetCurrentInstant(), request.FulfilmentStartedAt);
        Assert.False(request.StandardChangeRequested);
    }

    [Fact]
    public void StartFulfilment_ItemWithChangeModel_RequestsTheStandardChange()
    {
        var request = _f.Approved(NewLaptop);

        var result = request.StartFulfilment(Agent);

        Assert.Collection(
            result.Events,
            e => Assert.IsType<RequestFulfilmentStarted>(e),
            e =>
            {
                var change = Assert.IsType<StandardChangeRequested>(e);
                Assert.Equal("std-laptop-imaging", change.ChangeModel);
                Assert.Equal(NewLaptop, change.Item);
            });
        Assert.True(request.StandardChangeRequested);
        Assert.Equal(S.Fulfilling, request.State);
    }

    [Fact]
    public void StartFulfilment_BeforeApproval_IsNotPermitted()
        => AssertUnchangedBy(_f.Submit(NewLaptop), r => r.StartFulfilment(Agent), RequestRejectionCodes.NotPermitted, "only from Approved");

    [Fact]
    public void CompleteTask_Sequential_InOrderThenFulfilled()
    {
        var request = _f.Fulfilling(NewLaptop);

        AssertUnchangedBy(request, r => r.CompleteTask(Agent, "Image"), RequestRejectionCodes.TaskOutOfOrder, "'Order'");
        request.CompleteTask(Agent, "Order", "PO 4711").ThrowIfRejected();
        request.CompleteTask(Agent, "Image").ThrowIfRejected();
        Assert.Equal(S.Fulfilling, request.State);
        _f.Clock.AdvanceHours(2);
        var last = request.CompleteTask(Agent, "Deliver");

        Assert.Equal(S.Fulfilled, request.State);
        Assert.Equal(_f.Clock.GetCurrentInstant(), request.FulfilledAt);
        Assert.Equal("Deliver", Assert.IsType<FulfilmentTaskCompleted>(Assert.Single(last.Events)).Task);
        Assert.Equal(["Order", "Image", "Deliver"], request.CompletedTasks);
        Assert.Empty(request.OpenTasks);
    }

    [Fact]
    public void CompleteTask_Parallel_AnyOrder()
    {
        var request = _f.Fulfilling(Software);

        request.CompleteTask(Agent, "Install").ThrowIfRejected();
        request.CompleteTask(Agent, "Assign licence").ThrowIfRejected();

        Assert.Equal(S.Fulfilled, request.State);
    }

    [Fact]
    public void CompleteTask_UnknownOrDone_IsRejected()
    {
        var request = _f.Fulfilling(Software);
        request.CompleteTask(Agent, "Install").ThrowIfRejected();

        AssertUnchangedBy(request, r => r.CompleteTask(Agent, "Install"), RequestRejectionCodes.TaskAlreadyCompleted);
        AssertUnchangedBy(request, r => r.CompleteTask(Agent, "Paint"), RequestRejectionCodes.UnknownTask, "'Assign licence'");
    }

    [Fact]
    public void CompleteTask_BeforeFulfilment_IsNotPermitted()
        => AssertUnchangedBy(_f.Approved(Software), r => r.CompleteTask(Agent, "Install"), RequestRejectionCodes.NotPermitted);

    [Fact]
    public void CompleteTask_NullTask_ThrowsNamingTheParameter()
        => Assert.Equal("task", Assert.Throws<ArgumentNullException>(() => _f.Fulfilling(Software).CompleteTask(Agent, null!)).ParamName);

    [Fact]
    public void Close_FromFulfilled_IsFinal()
    {
        var request = _f.Fulfilled(PasswordReset);

        var result = request.Close(Agent);

        Assert.IsType<RequestClosed>(Assert.Single(result.Events));
        Assert.Equal(S.Closed, request.State);
        Assert.Equal(_f.Clock.GetCurrentInstant(), request.ClosedAt);
        Assert.Empty(request.PermittedTriggers());
    }

    [Fact]
    public void Close_BeforeFulfilled_IsNotPermitted()
        => AssertUnchangedBy(_f.Fulfilling(Software), r => r.Close(Agent), RequestRejectionCodes.NotPermitted, "only from Fulfilled");

    public static TheoryData<string> CancellableStates => ["awaiting-approval", "approved", "fulfilling"];

    [Fact]
    public void Cancel_WhileFulfilling_LeavesNoOpenTask()
    {
        var request = _f.Fulfilling(NewLaptop);
        request.CompleteTask(Agent, request.OpenTasks[0].Name).ThrowIfRejected();

        request.Cancel(Requester, "No longer needed").ThrowIfRejected();

        Assert.Empty(request.OpenTasks);
    }

    [Fact]
    public void ACommandOfTwoEvents_StampsBothWithOneClockReading()
    {
        // A clock that steps back by a second after each reading (an NTP correction, say) cannot reject the second event
        // of Submit or StartFulfilment after the first was applied.
        var clock = new Support.SteppingBackClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var practice = new RequestFulfilment(clock, RequestGenerators.SampleCatalog);
        clock.StepsBack = true;
        var submitted = practice.Submit(Agent, RequestFixture.Command(NewLaptop));
        var request = submitted.ThrowIfRejected();
        clock.StepsBack = false;
        foreach (var step in request.Item.Approvals)
        {
            for (var i = 0; i < step.Quorum; i++)
            {
                clock.Now += Duration.FromMinutes(1);
                request.Approve(step.Approvers[i]).ThrowIfRejected();
            }
        }

        clock.Now += Duration.FromMinutes(1);
        clock.StepsBack = true;
        var started = request.StartFulfilment(Agent);

        Assert.Single(submitted.Events.Select(e => e.Envelope.OccurredAt).Distinct());
        Assert.Equal(2, started.ThrowIfRejected().Count);
        Assert.Single(started.Events.Select(e => e.Envelope.OccurredAt).Distinct());
        Assert.True(request.StandardChangeRequested);
    }

    [Theory]
    [MemberData(nameof(CancellableStates))]
    public void Cancel_BeforeFulfilled_IsCanceled(string state)
    {
        var request = state switch
        {
            "awaiting-approval" => _f.Submit(NewLaptop),
            "approved" => _f.Approved(NewLaptop),
            _ => _f.Fulfilling(NewLaptop),
        };

        var result = request.Cancel(Requester, "No longer needed");

        Assert.Equal(S.Canceled, request.State);
        Assert.Equal("No longer needed", request.CancelReason);
        Assert.Equal("No longer needed", Assert.IsType<RequestCanceled>(Assert.Single(result.Events)).Reason);
    }

    [Fact]
    public void Cancel_FromSubmitted_IsPermittedByTheLifecycle()
        => Assert.Contains(S.Submitted, RequestLifecycle.Definition.StatesPermitting(ServiceRequestTrigger.Cancel));

    [Fact]
    public void Cancel_AfterFulfilled_IsNotPermitted()
        => AssertUnchangedBy(_f.Fulfilled(Software), r => r.Cancel(Agent, "Too late"), RequestRejectionCodes.NotPermitted);

    [Fact]
    public void Cancel_BlankReason_IsTextRequired()
        => AssertUnchangedBy(_f.Submit(NewLaptop), r => r.Cancel(Agent, " "), RequestRejectionCodes.TextRequired);

    [Fact]
    public void AddComment_InEveryOpenState_KeepsTheState()
    {
        foreach (var request in new[] { _f.Submit(NewLaptop, "R1"), _f.Approved(Software), _f.Fulfilling(Software), _f.Fulfilled(Software) })
        {
            var state = request.State;
            var result = request.AddComment(Requester, "Any news?");

            Assert.Equal("Any news?", Assert.IsType<RequestCommentAdded>(Assert.Single(result.Events)).Text);
            Assert.Equal(state, request.State);
            Assert.Equal(1, request.CommentCount);
        }
    }

    [Fact]
    public void AddComment_Blank_IsTextRequired()
        => AssertUnchangedBy(_f.Submit(NewLaptop), r => r.AddComment(Requester, ""), RequestRejectionCodes.TextRequired);

    [Theory]
    [InlineData("rejected")]
    [InlineData("closed")]
    [InlineData("canceled")]
    public void FinalStates_RejectEveryCommand(string final)
    {
        var request = final == "closed" ? _f.Fulfilled(Software) : _f.Submit(Software);
        var ended = final switch
        {
            "rejected" => request.Reject(Alice, "No"),
            "closed" => request.Close(Agent),
            _ => request.Cancel(Agent, "Dup"),
        };
        ended.ThrowIfRejected();
        Assert.True(request.IsFinal);
        var commands = new List<Func<ServiceRequest, CommandResult>>
        {
            r => r.Approve(Bob),
            r => r.Reject(Bob, "No"),
            r => r.StartFulfilment(Agent),
            r => r.CompleteTask(Agent, "Install"),
            r => r.AddComment(Agent, "Hello"),
            r => r.Close(Agent),
            r => r.Cancel(Agent, "Again"),
        };

        foreach (var command in commands)
        {
            AssertUnchangedBy(request, command, RequestRejectionCodes.NotPermitted, "final");
        }
    }

    [Fact]
    public void Command_ClockBehind_IsRejected()
    {
        var request = _f.Submit(NewLaptop);
        _f.Clock.AdvanceHours(-1);

        AssertUnchangedBy(request, r => r.Approve(Alice), RequestRejectionCodes.ClockBehind);
    }

    [Fact]
    public void Command_DefaultActor_ThrowsNamingTheParameter()
        => Assert.Equal("by", Assert.Throws<ArgumentException>(() => _f.Submit(NewLaptop).AddComment(default, "x")).ParamName);

    [Fact]
    public void Approve_DefaultApprover_ThrowsNamingTheParameter()
    {
        var request = _f.Submit(NewLaptop);

        Assert.Equal("approver", Assert.Throws<ArgumentException>(() => request.Approve(default)).ParamName);
        Assert.Equal("approver", Assert.Throws<ArgumentException>(() => request.Reject(default, "No")).ParamName);
    }

    [Fact]
    public void PermittedTriggers_FollowTheState()
    {
        Assert.Equal(
            [ServiceRequestTrigger.Approve, ServiceRequestTrigger.Reject, ServiceRequestTrigger.Cancel, ServiceRequestTrigger.AddComment],
            _f.Submit(NewLaptop).PermittedTriggers());
        Assert.Equal(
            [
                ServiceRequestTrigger.CompleteTask, ServiceRequestTrigger.Cancel, ServiceRequestTrigger.AddComment, ServiceRequestTrigger.PutOnHold,
                ServiceRequestTrigger.SkipTask, ServiceRequestTrigger.CloseTaskIncomplete,
            ],
            _f.Fulfilling(NewLaptop).PermittedTriggers());
    }

    [Fact]
    public void Rebuild_FullHistory_EqualsLiveRequest()
    {
        var events = new List<DomainEvent>();
        var submitted = _f.Practice.Submit(Agent, Command(NewLaptop));
        events.AddRange(submitted.Events);
        var request = submitted.Value!;
        events.AddRange(request.Approve(Alice).Events);
        events.AddRange(request.Approve(Bob).Events);
        events.AddRange(request.StartFulfilment(Agent).Events);
        foreach (var task in new[] { "Order", "Image", "Deliver" })
        {
            _f.Clock.AdvanceHours(3);
            events.AddRange(request.CompleteTask(Agent, task).Events);
        }

        events.AddRange(request.Close(Agent).Events);

        Assert.Equal(request.ToSnapshot(), _f.Practice.Rebuild(events).ToSnapshot());
        Assert.Equal(10, events.Count);
    }

    /// <summary>
    /// Submit moves on from Submitted at once, so a live request never waits there; a history recorded by another
    /// system (or an older version) may still comment on and cancel a request in Submitted, and the fold accepts it.
    /// </summary>
    [Fact]
    public void Rebuild_CommentAndCancelWhileSubmitted_FollowTheLifecycle()
    {
        var submitted = (RequestSubmitted)_f.Practice.Submit(Agent, Command(NewLaptop)).Events[0];
        var at = submitted.Envelope;

        var request = _f.Practice.Rebuild(
        [
            submitted,
            new RequestCommentAdded(at with { Version = 2 }, "Wrong item"),
            new RequestCanceled(at with { Version = 3 }, "Submitted by mistake"),
        ]);

        Assert.Equal(S.Canceled, request.State);
        Assert.Equal(1, request.CommentCount);
        Assert.Equal(at.OccurredAt, request.ClosedAt);
    }

    [Fact]
    public void Rebuild_BrokenHistories_ThrowNamingTheProblem()
    {
        var events = _f.Practice.Submit(Agent, Command(Software)).Events.ToList();

        Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild([]));
        Assert.Contains("starts with RequestSubmitted", Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild(events.Skip(1))).Message, StringComparison.Ordinal);
        Assert.Contains("version 3 was expected", Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild([events[0], events[1], events[1]])).Message, StringComparison.Ordinal);
        var closedTooEarly = new RequestClosed(events[1].Envelope with { Version = 3 });
        Assert.Contains("does not fit the lifecycle", Assert.Throws<ArgumentException>(() => _f.Practice.Rebuild([events[0], events[1], closedTooEarly])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuse_RequesterAmongTheBoard_QuorumCountsOnlyThoseWhoMayApprove()
    {
        // Bob asks for admin rights; the board is Bob, Carol and Dave with a quorum of 2. Bob may not vote, so one
        // refusal from Carol or Dave already decides the step.
        var f = new RequestFixture();
        var request = f.Practice.Submit(RequestFixture.Agent, RequestFixture.Command(RequestFixture.AdminRights) with { Requester = RequestFixture.Bob }).ThrowIfRejected();

        request.Approve(RequestFixture.Carol).ThrowIfRejected();
        request.Reject(RequestFixture.Dave, "Not needed for the role").ThrowIfRejected();

        Assert.Equal(ServiceRequestState.Rejected, request.State);
    }

    [Fact]
    public void Submit_OnlyApproverIsTheRequester_IsRejectedAsUnreachable()
    {
        var f = new RequestFixture();

        var result = f.Practice.Submit(RequestFixture.Agent, RequestFixture.Command(RequestFixture.Software) with { Requester = RequestFixture.Alice });

        Assert.Equal(RequestRejectionCodes.QuorumUnreachable, result.Rejection!.Code);
        Assert.Contains("'Line manager'", result.Rejection.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_DefaultPriority_ThrowsNamingIt_AndNothingIsSubmitted()
    {
        var e = Assert.Throws<ArgumentException>("command", () => _f.Practice.Submit(Agent, Command(PasswordReset) with { Priority = default(Priority) }));

        Assert.Contains("Priority", e.Message, StringComparison.Ordinal);
        Assert.True(_f.Practice.Submit(Agent, Command(PasswordReset) with { Priority = new Priority(2) }).IsAccepted);
    }
}
