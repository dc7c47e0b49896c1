using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Problems;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Tests.Support;

/// <summary>A problem practice (and an incident practice on the same fake clock), with helpers to reach each state.</summary>
internal sealed class ProblemFixture
{
    public static readonly ActorId Agent = new("problem.owner");
    public static readonly AssignmentGroupId ProblemTeam = new("problem-team");
    public static readonly ConfigurationItemId Mx01 = new("mx01");
    public static readonly ServiceId Email = new("email");

    public ProblemFixture(ProblemManagementOptions? options = null)
    {
        Clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var next = 0;
        Practice = new ProblemManagement(Clock, options, () => new System.Guid(++next, 1, 0, new byte[8]));
        Incidents = new IncidentManagement(Clock, null, () => new System.Guid(++next, 2, 0, new byte[8]));
    }

    public FakeClock Clock { get; }

    public ProblemManagement Practice { get; }

    public IncidentManagement Incidents { get; }

    public static LogProblem Command(string id = "PRB0001", params string[] evidence)
        => new(new ProblemId(id), "Mail relay drops messages", ProblemSource.TrendAnalysis, new Impact(2), new Probability(2))
        {
            Service = Email,
            ConfigurationItem = Mx01,
            Category = "email",
            Evidence = evidence.Length == 0 ? [new IncidentId("INC0001"), new IncidentId("INC0002")] : System.Array.ConvertAll(evidence, e => new IncidentId(e)),
        };

    public Problem Log(string id = "PRB0001", params string[] evidence) => Practice.Log(Agent, Command(id, evidence)).ThrowIfRejected();

    public Problem Assessing(string id = "PRB0001", params string[] evidence)
    {
        var p = Log(id, evidence);
        p.Assess(Agent, ProblemTeam, Agent).ThrowIfRejected();
        return p;
    }

    public Problem Analysing(string id = "PRB0001", params string[] evidence)
    {
        var p = Assessing(id, evidence);
        p.StartRootCauseAnalysis(Agent).ThrowIfRejected();
        return p;
    }

    public Problem WithKnownError(string id = "PRB0001")
    {
        var p = Analysing(id);
        p.RecordRootCause(Agent, "Relay queue limit too low").ThrowIfRejected();
        p.DocumentWorkaround(Agent, "Restart the relay service").ThrowIfRejected();
        p.RecordKnownError(Agent, "Mail stuck in outbox").ThrowIfRejected();
        return p;
    }

    public Problem Fixing(string id = "PRB0001")
    {
        var p = WithKnownError(id);
        p.RequestChange(Agent, new ChangeId("CHG0001")).ThrowIfRejected();
        return p;
    }

    public Problem Resolved(string id = "PRB0001")
    {
        var p = Fixing(id);
        p.RecordPermanentSolution(Agent, "Raise the queue limit to 10,000").ThrowIfRejected();
        p.Resolve(Agent, "Queue limit raised").ThrowIfRejected();
        return p;
    }

    public Problem Closed(string id = "PRB0001")
    {
        var p = Resolved(id);
        p.Close(Agent, "No recurrence in 30 days").ThrowIfRejected();
        return p;
    }

    public Incident Incident(string id)
        => Incidents.Log(Agent, new LogIncident(new IncidentId(id), "Mail stuck", new ActorId("caller"), ContactChannel.Phone, new Impact(2), new Urgency(2))).ThrowIfRejected();
}
