using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.ServiceLevels;
using ItilCore.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>Incidents on the example catalogue's e-mail service, with their histories kept, and service levels over them.</summary>
internal sealed class SlaFixture
{
    public static readonly ServiceModel Model = ServiceModel.Load(Repository.PathOf("docs/examples/catalog.json"));
    public static readonly ServiceId Email = new("email");
    public static readonly ActorId Agent = new("agent.ana");
    public static readonly ActorId Caller = new("caller.eva");
    public static readonly AssignmentGroupId Desk = new("service-desk");

    public SlaFixture(Instant start)
    {
        Clock = new FakeClock(start);
        Practice = new IncidentManagement(Clock, new IncidentManagementOptions { ServiceModel = Model });
    }

    public FakeClock Clock { get; }

    public IncidentManagement Practice { get; }

    public List<DomainEvent> History { get; } = [];

    public Incident Incident { get; private set; } = null!;

    public IReadOnlyList<IncidentSnapshot> Timeline => Practice.Replay(History);

    /// <summary>The same target for every priority of ServiceNow's matrix.</summary>
    public static IReadOnlyList<SlaTarget> Targets(Duration each)
        => Enumerable.Range(1, 5).Select(p => new SlaTarget(new Priority(p), each)).ToArray();

    /// <summary>Resolution: runs from logging to Resolved, paused while awaiting the caller or a vendor.</summary>
    public static SlaObjective Resolution(Duration each) => new(
        SlaMetric.Resolution,
        Targets(each),
        new StateIn([IncidentState.New, IncidentState.InProgress, IncidentState.OnHold]),
        new StateIn([IncidentState.Resolved, IncidentState.Closed]))
    {
        Pause = new HoldReasonIn([HoldReason.AwaitingCaller, HoldReason.AwaitingVendor]),
        Cancel = new StateIn([IncidentState.Canceled]),
    };

    /// <summary>First response: runs from logging until the incident has a group.</summary>
    public static SlaObjective FirstResponse(Duration each) => new(
        SlaMetric.FirstResponse,
        Targets(each),
        new Always(),
        new HasAssignmentGroup());

    public static ServiceLevelAgreementDefinition Agreement(string id, CalendarId? calendar, params SlaObjective[] objectives)
        => new(new SlaId(id), "E-mail " + id, Email, objectives) { Calendar = calendar };

    public static ServiceLevelManagement Levels(IEnumerable<BusinessCalendar> calendars, params ServiceLevelAgreementDefinition[] agreements)
        => ServiceLevelManagement.Create(new ServiceLevelDocument(agreements), Model, PriorityMatrix.ServiceNowDefault, calendars);

    public Incident Log(int impact = 2, int urgency = 2)
    {
        var logged = Practice.Log(Agent, new LogIncident(new IncidentId("INC0001"), "Mail is slow", Caller, ContactChannel.Phone, new Impact(impact), new Urgency(urgency)) { Service = Email });
        History.AddRange(logged.Events);
        Incident = logged.ThrowIfRejected();
        return Incident;
    }

    public void At(Instant instant, System.Func<Incident, CommandResult> command)
    {
        Clock.Reset(instant);
        History.AddRange(command(Incident).ThrowIfRejected());
    }
}
