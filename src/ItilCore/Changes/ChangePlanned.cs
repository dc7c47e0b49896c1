using ItilCore.Serialization;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>The change's planned window was set or moved.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Window">The planned window (start inclusive, end exclusive).</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.planned")]
public sealed record ChangePlanned(EventEnvelope Envelope, Interval Window) : ChangeEvent(Envelope);
