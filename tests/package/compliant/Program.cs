using System;
using ItilCore;
using ItilCore.Catalog;
using ItilCore.Changes;
using ItilCore.Incidents;
using ItilCore.Requests;
using ItilCore.ServiceLevels;
using NodaTime;

public sealed class Desk(IClock clock)
{
    public object Sla() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Mail", new ServiceId("email"), []);

    public object Target() => new SlaTarget(new Priority(1), Duration.FromHours(4));

    public object Calendar() => new BusinessCalendarDefinition(new CalendarId("office"), "Office", "Europe/London", WeeklyHours.MondayToFriday("09:00", "17:00"));

    public CommandResult Keep(Incident incident, ActorId by) => incident.Resume(by);

    public void Throw(Incident incident, ActorId by) => incident.Resume(by).ThrowIfRejected();

    public object Standard(ActorId by) => new RequestChange(new ChangeId("CHG1"), ChangeType.Standard, "Patch", by) { Model = new ChangeModelId("monthly-patch") };

    public object Request(ActorId by) => new SubmitServiceRequest(new ServiceRequestId("REQ1"), new RequestItemId("password-reset"), by, ContactChannel.Portal);

    public Instant Now(Incident incident) => clock.GetCurrentInstant();

    public static void Main() => Console.WriteLine("compliant");
}
