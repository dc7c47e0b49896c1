namespace ItilCore.Analyzers.Tests.Robustness;

/// <summary>Valid code with every shape the rules look at, compliant and violating: the seed of the mutation corpus.</summary>
internal static class KitchenSink
{
    public const string Source = /* lang=c#-test */ """
        [ServiceCatalogue]
        static class Services
        {
            public static readonly ServiceId Email = new("email");
            public static ServiceId Vpn { get; } = ServiceId.Parse("vpn");
        }

        class Desk(IClock clock)
        {
            Incident? current;

            ServiceLevelManagement Slas(ServiceModel model)
                => ServiceLevelManagement.Create(
                    new ServiceLevelDocument([
                        new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", Services.Email, [
                            new SlaObjective(SlaMetric.Resolution, [
                                new SlaTarget(new Priority(1), Duration.FromHours(4)),
                                new SlaTarget(new Priority(2), Duration.Zero),
                            ], new Always(), new Never()),
                        ]) { WarningThresholds = [50, 120] },
                        new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "Mail", new ServiceId("emial"), []),
                    ]),
                    model,
                    PriorityMatrix.ServiceNowDefault,
                    []);

            BusinessCalendarDefinition Calendar()
                => new(new CalendarId("office"), "Office", "Europe/Londn", new WeeklyHours(
                    Monday: [new WorkingInterval("09:00", "13:00"), new WorkingInterval("12:00", "17:00")],
                    Tuesday: [new WorkingInterval("09:00", "09:00")]));

            void Work(Incident incident, ActorId by, IncidentManagement practice, LogIncident command)
            {
                incident.Assign(by, new AssignmentGroupId("network"));
                practice.Log(by, command).ThrowIfRejected();
                _ = incident?.Resume(by);
                var now = DateTime.UtcNow;
                var instant = SystemClock.Instance.GetCurrentInstant();
                var fine = clock.GetCurrentInstant();
            }

            object Changes(ActorId by)
                => new object[]
                {
                    new RequestChange(new ChangeId("CHG1"), ChangeType.Standard, "Patch", by),
                    new RequestChange(new ChangeId("CHG2"), ChangeType.Standard, "Patch", by) { Model = new ChangeModelId("monthly") },
                    new ChangeAuthorityPolicyDefinition(
                        [new ChangeAuthority("CAB", ChangeAuthorityKind.ChangeAdvisoryBoard, [by], 1)],
                        [new ChangeAuthorityRule(ChangeType.Normal, null, "CAB")]),
                    new SubmitServiceRequest(new ServiceRequestId("REQ1"), new RequestItemId("password-reset"), by, ContactChannel.Portal),
                    new SubmitServiceRequest(new ServiceRequestId("REQ2"), new RequestItemId("new-phone"), by, ContactChannel.Portal),
                };
        }
        """;
}
