using System;
using ItilCore;
using ItilCore.Catalog;
using ItilCore.Changes;
using ItilCore.Incidents;
using ItilCore.Requests;
using ItilCore.ServiceLevels;
using NodaTime;

// Each line marked "expect:" must carry that diagnostic, and no other line any ITIL diagnostic.
public static class Violations
{
    public static object Sla() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Mail", new ServiceId("emial"), []); // expect: ITIL1001

    public static object Target() => new SlaTarget(new Priority(1), Duration.Zero); // expect: ITIL1002

    public static object Calendar() => new BusinessCalendarDefinition(new CalendarId("office"), "Office", "Europe/Londn", WeeklyHours.MondayToFriday("09:00", "17:00")); // expect: ITIL1003

    public static void Ignore(Incident incident, ActorId by) => incident.Resume(by); // expect: ITIL2001

    public static object Standard(ActorId by) => new RequestChange(new ChangeId("CHG1"), ChangeType.Standard, "Patch", by); // expect: ITIL2002

    public static object Request(ActorId by) => new SubmitServiceRequest(new ServiceRequestId("REQ1"), new RequestItemId("new-phone"), by, ContactChannel.Portal); // expect: ITIL2003

    public static Instant Now(Incident incident) => SystemClock.Instance.GetCurrentInstant(); // expect: ITIL3001

    public static void Main() => Console.WriteLine("violations");
}
