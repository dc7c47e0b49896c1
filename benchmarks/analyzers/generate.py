#!/usr/bin/env python3
"""Writes N C# files that use ItilCore, all compliant, so that every ItilCore analyzer does its full work without reporting.

  generate.py OUT COUNT [dense|mixed]

dense (the default, the budget's worst case): every file defines an SLA with five targets and warning thresholds, a
calendar, a standard change and a service request, and issues lifecycle commands with an injected clock.
mixed (an application's shape): every file is a service that issues lifecycle commands and does ordinary work (records,
collections, LINQ, strings); one file in 50 also defines an SLA and a calendar, one in 10 a change and a request."""
import os, sys

out, count = sys.argv[1], int(sys.argv[2])
profile = sys.argv[3] if len(sys.argv) > 3 else "dense"
if profile not in ("dense", "mixed"):
    sys.exit("profile must be dense or mixed")
os.makedirs(out, exist_ok=True)
usings = '''using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ItilCore;
using ItilCore.Catalog;
using ItilCore.Changes;
using ItilCore.Incidents;
using ItilCore.Requests;
using ItilCore.ServiceLevels;
using NodaTime;
'''

# Two lifecycle commands, one result kept and one thrown if rejected (ITIL2001 looks at both).
commands = '''        var result = incident.Assign(by, new AssignmentGroupId("network"));
        if (result.IsRejected)
        {{
            _log.Add(result.Rejection.ToString() ?? string.Empty);
        }}

        incident.AddWorkNote(by, "note {i}").ThrowIfRejected();
'''

# What both profiles share: the definitions one file in 50 (mixed) or every file (dense) makes, and a change and a request.
definitions = '''
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
'''

changes = '''
    public RequestChange Change(ActorId by) => new(new ChangeId("CHG{i}"), ChangeType.Standard, "Patch {i}", by) {{ Model = new ChangeModelId("monthly-patch") }};

    public SubmitServiceRequest Request(ActorId by) => new(new ServiceRequestId("REQ{i}"), new RequestItemId("password-reset"), by, ContactChannel.Portal);
'''

template = '''{usings}
namespace Generated;

public sealed class Desk{i}(IClock clock)
{{
    private readonly List<string> _log = new();

{definitions}
    public void Work(Incident incident, ActorId by)
    {{
{commands}        var now = clock.GetCurrentInstant();
        _log.Add(now.ToString());
        for (var k = 0; k < {i} % 7; k++)
        {{
            _log.Add(Compute(k, now).ToString());
        }}
    }}

{changes}
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

mixed_header = '''{usings}
namespace Generated;

public sealed record Ticket{i}(string Id, string Summary, int Priority, string[] Tags);

public sealed class Desk{i}(IClock clock)
{{
    private readonly List<string> _log = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Work(Incident incident, ActorId by)
    {{
{commands}        _log.Add(clock.GetCurrentInstant().ToString());
    }}

    public IReadOnlyList<Ticket{i}> Triage(IEnumerable<Ticket{i}> tickets)
    {{
        var list = tickets.Where(t => t.Priority <= 3).OrderBy(t => t.Priority).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        foreach (var ticket in list)
        {{
            foreach (var tag in ticket.Tags)
            {{
                _counts[tag] = _counts.TryGetValue(tag, out var n) ? n + 1 : 1;
            }}
        }}

        return list;
    }}

    public string Report()
    {{
        var builder = new StringBuilder();
        foreach (var (tag, n) in _counts.OrderByDescending(x => x.Value))
        {{
            builder.Append(tag).Append(": ").Append(n).AppendLine();
        }}

        try
        {{
            return builder.ToString() + string.Join(",", _log);
        }}
        catch (InvalidOperationException e)
        {{
            return e.Message;
        }}
    }}

    public static string Describe(int priority) => priority switch
    {{
        1 => "critical",
        2 => "high",
        3 => "moderate",
        _ => "low",
    }};
'''



for i in range(count):
    if profile == "dense":
        text = template.format(i=i, usings=usings, commands=commands.format(i=i), definitions=definitions.format(i=i), changes=changes.format(i=i))
    else:
        text = mixed_header.format(i=i, usings=usings, commands=commands.format(i=i))
        if i % 50 == 0:
            text += definitions.format(i=i)
        if i % 10 == 0:
            text += changes.format(i=i)
        text += "}\n"
    with open(os.path.join(out, f"Desk{i}.cs"), "w") as f:
        f.write(text)
