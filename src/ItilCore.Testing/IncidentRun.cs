using System;
using System.Collections.Generic;
using ItilCore.Incidents;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Testing;

/// <summary>A scenario played against a user's incident management configuration: every step observed, every event kept.</summary>
/// <remarks>Immutable after <see cref="Play"/> returns; not meant to be shared while playing.</remarks>
public sealed class IncidentRun
{
    /// <summary>The instant every scenario starts at: Monday 5 January 2026, 09:00 UTC.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 0);

    private IncidentRun(IncidentManagement practice, Incident incident, IReadOnlyList<IncidentStep> steps, IReadOnlyList<DomainEvent> events)
    {
        Practice = practice;
        Incident = incident;
        Steps = steps;
        Events = events;
    }

    /// <summary>Gets the practice the scenario ran against.</summary>
    public IncidentManagement Practice { get; }

    /// <summary>Gets the live incident after the last step.</summary>
    public Incident Incident { get; }

    /// <summary>Gets every step with its before and after snapshots.</summary>
    public IReadOnlyList<IncidentStep> Steps { get; }

    /// <summary>Gets every event recorded, in order, starting with <see cref="IncidentLogged"/>.</summary>
    public IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>Plays a scenario on a fresh <see cref="FakeClock"/> starting at <see cref="Start"/>.</summary>
    /// <param name="practiceFactory">Builds the user's practice on the given clock.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="agent">The acting agent; <c>agent</c> when omitted.</param>
    /// <returns>The run.</returns>
    /// <exception cref="InvalidOperationException">The scenario's logging command was rejected.</exception>
    public static IncidentRun Play(Func<IClock, IncidentManagement> practiceFactory, IncidentScenario scenario, ActorId? agent = null)
    {
        ArgumentNullException.ThrowIfNull(practiceFactory);
        ArgumentNullException.ThrowIfNull(scenario);
        var by = agent ?? new ActorId("agent");
        var clock = new FakeClock(Start);
        var practice = practiceFactory(clock) ?? throw new InvalidOperationException("The practice factory returned null.");
        var logged = practice.Log(by, scenario.Log);
        if (!logged.IsAccepted)
        {
            throw new InvalidOperationException($"The scenario's incident could not be logged: {logged.Rejection}");
        }

        var incident = logged.Value;
        var events = new List<DomainEvent>(logged.Events);
        var steps = new List<IncidentStep>(scenario.Steps.Count);
        foreach (var command in scenario.Steps)
        {
            var before = incident.ToSnapshot();
            var result = command.Run(incident, clock, by);
            if (result is { } r)
            {
                events.AddRange(r.Events);
            }

            steps.Add(new IncidentStep(command, before, incident.ToSnapshot(), result));
        }

        return new IncidentRun(practice, incident, steps, events);
    }
}
