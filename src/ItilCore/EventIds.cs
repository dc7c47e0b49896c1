using System;

namespace ItilCore;

/// <summary>Sources of <see cref="EventId"/> values.</summary>
/// <remarks>Thread-safe.</remarks>
public static class EventIds
{
    /// <summary>
    /// Makes a random version-4 GUID from <see cref="Random.Shared"/>: unique for every practical purpose (122 random
    /// bits from a per-thread generator seeded by the operating system), but not unpredictable, which event ids need
    /// not be.
    /// </summary>
    /// <returns>The GUID.</returns>
    /// <remarks>
    /// Written by hand because <see cref="Guid.NewGuid"/> asks the operating system's cryptographic generator for every
    /// id, which costs about 600 ns on the virtual machines we measure on (benchmarks/RESULTS.md), five times a whole
    /// incident command; this costs a few nanoseconds and allocates nothing.
    /// </remarks>
    public static Guid NewRandom()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (in Guid's little-endian field layout)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
