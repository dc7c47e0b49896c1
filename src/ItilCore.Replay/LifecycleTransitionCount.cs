using System.Collections.Generic;
using ItilCore.Incidents;

namespace ItilCore.Replay;

/// <summary>A change between two different ItilCore states seen in the log, whether the lifecycle accepts it, how often and where.</summary>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="Accepted">Whether the incident lifecycle allows the change.</param>
/// <param name="Count">How many times it happened.</param>
/// <param name="Tickets">How many tickets it happened in.</param>
/// <param name="Explanation">By which trigger it conforms, or why it does not.</param>
/// <param name="Examples">A few tickets where it happened (first seen first).</param>
public sealed record LifecycleTransitionCount(IncidentState From, IncidentState To, bool Accepted, long Count, long Tickets, string Explanation, IReadOnlyList<string> Examples);
