using ItilCore.Incidents;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Tests.Support;

/// <summary>A practice on a fake clock, with the actors and groups the example tests use.</summary>
internal sealed class Fixture
{
    public static readonly ActorId Agent = new("agent.smith");
    public static readonly ActorId Caller = new("caller.jones");
    public static readonly ActorId Manager = new("manager.lee");
    public static readonly AssignmentGroupId ServiceDesk = new("service-desk");
    public static readonly AssignmentGroupId Network = new("network");

    public Fixture(IncidentManagementOptions? options = null)
    {
        Clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var next = 0;
        Practice = new IncidentManagement(Clock, options, () => new System.Guid(++next, 0, 0, new byte[8]));
    }

    public FakeClock Clock { get; }

    public IncidentManagement Practice { get; }

    public static LogIncident Command(string id = "INC0001", int impact = 2, int urgency = 2)
        => new(new IncidentId(id), "E-mail is down", Caller, ContactChannel.Phone, new Impact(impact), new Urgency(urgency));

    public Incident Log(string id = "INC0001", int impact = 2, int urgency = 2)
        => Practice.Log(Agent, Command(id, impact, urgency)).ThrowIfRejected();

    public Incident InProgress(string id = "INC0001")
    {
        var incident = Log(id);
        incident.Assign(Agent, ServiceDesk, Agent).ThrowIfRejected();
        return incident;
    }

    public Incident Resolved(string id = "INC0001")
    {
        var incident = InProgress(id);
        incident.Resolve(Agent, ResolutionCode.SolvedPermanently, "Restarted the mail relay").ThrowIfRejected();
        return incident;
    }
}
