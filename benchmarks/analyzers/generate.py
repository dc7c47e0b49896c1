#!/usr/bin/env python3
"""Writes N C# files that use ItilCore the way an application does (SLAs, calendars, commands, changes, requests, an
injected clock), all compliant, so that every ItilCore analyzer does its full work without reporting."""
import os, sys

out, count = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
template = '''using System;
using System.Collections.Generic;
using ItilCore;
using ItilCore.Catalog;
using ItilCore.Changes;
using ItilCore.Incidents;
using ItilCore.Requests;
using ItilCore.ServiceLevels;
using NodaTime;

namespace Generated;

public sealed class Desk{i}(IClock clock)
{{
    private readonly List<string> _log = new();

    public ServiceLevelAgreementDefinition Sla() => new(new SlaId("sla-{i}"), "Mail {i}", new ServiceId("email"), [
        new SlaObjective(SlaMetric.Resolution, [
            new SlaTarget(new Priority(1), Duration.FromHours(4)),
            new SlaTarget(new Priority(2), Duration.FromHours(8)),
            new SlaTarget(new Priority(3), Duration.FromDays(1)),
            new SlaTarget(new Priority(4), Duration.FromDays(3)),
            new SlaTarget(new Priority(5), Duration.FromDays(10)),
        ], new Always(), new Never()),
    ]) {{ WarningThresholds = [50, 75, 100] }};

    public BusinessCalendarDefinition Calendar() => new(new CalendarId("office-{i}"), "Office", "Europe/London", new WeeklyHours(
        Monday: [new WorkingInterval("08:00", "12:00"), new WorkingInterval("13:00", "17:00")],
        Friday: [new WorkingInterval("08:00", "12:00")]));

    public void Work(Incident incident, ActorId by)
    {{
        var result = incident.Assign(by, new AssignmentGroupId("network"));
        if (result.IsRejected)
        {{
            _log.Add(result.Rejection.ToString() ?? string.Empty);
        }}

        incident.AddWorkNote(by, "note {i}").ThrowIfRejected();
        var now = clock.GetCurrentInstant();
        _log.Add(now.ToString());
        for (var k = 0; k < {i} % 7; k++)
        {{
            _log.Add(Compute(k, now).ToString());
        }}
    }}

    public RequestChange Change(ActorId by) => new(new ChangeId("CHG{i}"), ChangeType.Standard, "Patch {i}", by) {{ Model = new ChangeModelId("monthly-patch") }};

    public SubmitServiceRequest Request(ActorId by) => new(new ServiceRequestId("REQ{i}"), new RequestItemId("password-reset"), by, ContactChannel.Portal);

    private static long Compute(int k, Instant now)
    {{
        long total = 0;
        foreach (var ch in now.ToString())
        {{
            total = (total * 31) + ch + k;
        }}

        return total switch
        {{
            < 0 => -total,
            _ => total,
        }};
    }}

    public override string ToString() => string.Join(",", _log);
}}
'''
for i in range(count):
    with open(os.path.join(out, f"Desk{i}.cs"), "w") as f:
        f.write(template.format(i=i))
