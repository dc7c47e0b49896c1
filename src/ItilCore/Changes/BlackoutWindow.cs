using ItilCore.Catalog;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>
/// A period in which changes must not be implemented (a ServiceNow blackout schedule): for every change when it names
/// neither a service nor an item, otherwise for changes touching that configuration item, or for changes to that
/// service: those that name it and, on a schedule with a configuration model, those touching an item that supports it
/// or that such an item depends on (see <see cref="ChangeSchedule.Create"/>).
/// </summary>
/// <param name="Name">The blackout's name, for example "Year-end freeze"; not empty.</param>
/// <param name="Window">The period (start inclusive, end exclusive).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BlackoutWindow(string Name, Interval Window)
{
    /// <summary>Gets the service the blackout is for; <see langword="null"/> with no <see cref="Item"/> for a global blackout.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>Gets the configuration item the blackout is for; <see langword="null"/> with no <see cref="Service"/> for a global blackout.</summary>
    public ConfigurationItemId? Item { get; init; }

    /// <summary>Gets whether the blackout applies to every change.</summary>
    public bool IsGlobal => Service is null && Item is null;
}
