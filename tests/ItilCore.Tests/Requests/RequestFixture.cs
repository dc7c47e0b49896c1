using System.Collections.Generic;
using ItilCore.Incidents;
using ItilCore.Requests;
using ItilCore.Testing;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Tests.Requests;

/// <summary>A request fulfilment practice on a fake clock over the testing kit's sample catalogue, with the people the examples use.</summary>
internal sealed class RequestFixture
{
    public static readonly ActorId Agent = new("agent.smith");
    public static readonly ActorId Requester = new("caller.jones");
    public static readonly ActorId Alice = new("alice");
    public static readonly ActorId Bob = new("bob");
    public static readonly ActorId Carol = new("carol");
    public static readonly ActorId Dave = new("dave");
    public static readonly RequestItemId PasswordReset = new("password-reset");
    public static readonly RequestItemId Software = new("software");
    public static readonly RequestItemId NewLaptop = new("new-laptop");
    public static readonly RequestItemId AdminRights = new("admin-rights");

    public RequestFixture()
    {
        Clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var next = 0;
        Practice = new RequestFulfilment(Clock, RequestGenerators.SampleCatalog, () => new System.Guid(++next, 0, 0, new byte[8]));
    }

    public FakeClock Clock { get; }

    public RequestFulfilment Practice { get; }

    public static Dictionary<string, string> DataFor(RequestItemId item) => item.Value switch
    {
        "password-reset" => new() { ["account"] = "caller.jones" },
        "software" => new() { ["product"] = "Visio", ["seats"] = "2" },
        "new-laptop" => new() { ["model"] = "13-inch", ["needed-by"] = "2026-04-01" },
        _ => new() { ["justification"] = "Needs to install drivers" },
    };

    public static SubmitServiceRequest Command(RequestItemId item, string id = "REQ0001", Dictionary<string, string>? data = null)
        => new(new ServiceRequestId(id), item, Requester, ContactChannel.Portal) { Data = data ?? DataFor(item) };

    public ServiceRequest Submit(RequestItemId item, string id = "REQ0001")
        => Practice.Submit(Agent, Command(item, id)).ThrowIfRejected();

    public ServiceRequest Approved(RequestItemId item)
    {
        var request = Submit(item);
        foreach (var step in request.Item.Approvals)
        {
            for (var i = 0; i < step.Quorum; i++)
            {
                request.Approve(step.Approvers[i]).ThrowIfRejected();
            }
        }

        return request;
    }

    public ServiceRequest Fulfilling(RequestItemId item)
    {
        var request = Approved(item);
        request.StartFulfilment(Agent).ThrowIfRejected();
        return request;
    }

    public ServiceRequest Fulfilled(RequestItemId item)
    {
        var request = Fulfilling(item);
        foreach (var task in request.Item.Tasks)
        {
            request.CompleteTask(Agent, task.Name).ThrowIfRejected();
        }

        return request;
    }
}
