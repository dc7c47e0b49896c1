namespace ItilCore;

/// <summary>
/// A fact recorded by an aggregate when it accepts a command. The event history is the record users persist; state is
/// rebuilt from it exactly.
/// </summary>
/// <param name="Envelope">The envelope shared by every event.</param>
/// <remarks>
/// Events are immutable records and thread-safe. They serialize with <see cref="Serialization.ItilJson"/>, with a
/// <c>$type</c> discriminator.
/// </remarks>
public abstract record DomainEvent(EventEnvelope Envelope);
