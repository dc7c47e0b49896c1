using NodaTime;

namespace ItilCore;

/// <summary>
/// Tells whether an instant falls inside business hours. Service levels implement it with business calendars; routing
/// uses it for time conditions ("inside the service desk's hours"), without depending on how hours are defined.
/// </summary>
/// <remarks>Implementations must be immutable and thread-safe.</remarks>
public interface IBusinessHours
{
    /// <summary>Tells whether business hours are open at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when open.</returns>
    bool IsOpenAt(Instant instant);
}
