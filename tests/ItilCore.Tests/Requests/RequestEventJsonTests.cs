using System.Linq;
using ItilCore.Requests;
using ItilCore.Serialization;
using Xunit;
using static ItilCore.Tests.Requests.RequestFixture;

namespace ItilCore.Tests.Requests;

public sealed class RequestEventJsonTests
{
    [Fact]
    public void EveryRequestEvent_HasARequestWireName()
    {
        var eventTypes = typeof(ServiceRequestEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ServiceRequestEvent)) && !t.IsAbstract).ToArray();

        Assert.Equal(12, eventTypes.Length);
        Assert.All(eventTypes, t => Assert.StartsWith("request.", ItilJson.EventTypeNames[t], System.StringComparison.Ordinal));
    }

    [Fact]
    public void History_RoundTripsThroughJson()
    {
        var f = new RequestFixture();
        var submitted = f.Practice.Submit(Agent, Command(NewLaptop));
        var request = submitted.Value!;
        var events = submitted.Events.Concat(request.Approve(Alice, "ok").Events).Concat(request.Approve(Bob).Events).Concat(request.StartFulfilment(Agent).Events).ToArray();

        var json = ItilJson.Serialize(events);
        var reread = ItilJson.Deserialize<DomainEvent[]>(json);

        Assert.Equal(events, reread);
        Assert.Contains("\"$type\": \"request.standard-change-requested\"", json, System.StringComparison.Ordinal);
        Assert.Equal(request.ToSnapshot(), f.Practice.Rebuild(reread).ToSnapshot());
    }

    [Fact]
    public void HoldAndTaskOutcomes_RoundTripThroughJson()
    {
        var f = new RequestFixture();
        var submitted = f.Practice.Submit(Agent, Command(Software));
        var request = submitted.Value!;
        var events = submitted.Events
            .Concat(request.Approve(Alice).Events)
            .Concat(request.PutOnHold(Agent, RequestHoldReason.AwaitingVendor, "Licence on order").Events)
            .Concat(request.Resume(Agent, "Licence arrived").Events)
            .Concat(request.StartFulfilment(Agent).Events)
            .Concat(request.PutOnHold(Agent, RequestHoldReason.AwaitingRequester, "When are you in the office?").Events)
            .Concat(request.AddComment(Requester, "Tomorrow").Events)
            .Concat(request.SkipTask(Agent, "Assign licence", "Site licence").Events)
            .Concat(request.CloseTaskIncomplete(Agent, "Install", "Laptop not compatible").Events)
            .ToArray();

        var json = ItilJson.Serialize(events);
        var reread = ItilJson.Deserialize<DomainEvent[]>(json);

        Assert.Equal(events, reread);
        Assert.Contains("\"$type\": \"request.put-on-hold\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"$type\": \"request.resumed\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"reason\": \"awaiting-requester\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"incomplete\"", json, System.StringComparison.Ordinal);
        Assert.Equal(RequestOutcome.Incomplete, request.Outcome);
        Assert.Equal(request.ToSnapshot(), f.Practice.Rebuild(reread).ToSnapshot());
    }

    [Fact]
    public void TaskCompleted_WrittenBeforeOutcomes_ReadsAsComplete()
    {
        var f = new RequestFixture();
        var request = f.Fulfilling(PasswordReset);
        var completed = Assert.IsType<FulfilmentTaskCompleted>(request.CompleteTask(Agent, "Reset password", "Done").Events[0]);
        var json = ItilJson.Serialize<DomainEvent>(completed);
        var old = System.Text.RegularExpressions.Regex.Replace(json, ",\\s*\"outcome\": \"complete\"", string.Empty);

        Assert.DoesNotContain("outcome", old, System.StringComparison.Ordinal);
        var reread = Assert.IsType<FulfilmentTaskCompleted>(ItilJson.Deserialize<DomainEvent>(old));
        Assert.Equal(FulfilmentTaskOutcome.Complete, reread.Outcome);
        Assert.Equal(completed, reread);
    }
}
