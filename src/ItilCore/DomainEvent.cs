using ItilCore.Serialization;

namespace ItilCore;

/// <summary>
/// A fact recorded by an aggregate when it accepts a command. The event history is the record users persist; state is
/// rebuilt from it exactly.
/// </summary>
/// <param name="Envelope">The envelope shared by every event.</param>
/// <remarks>
/// Events are immutable records and thread-safe. They serialize with <see cref="ItilJson"/>, with a
/// <c>$type</c> discriminator: each concrete event type declares its wire name (see <see cref="ItilJson.EventTypeNames"/>).
/// </remarks>
[WireDiscriminator(ItilJson.EventDiscriminator)]
public abstract record DomainEvent(EventEnvelope Envelope);
