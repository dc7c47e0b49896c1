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

        Assert.Equal(10, eventTypes.Length);
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
}
