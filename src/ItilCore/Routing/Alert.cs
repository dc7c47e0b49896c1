using System;
using ItilCore.Catalog;
using ItilCore.Configuration;

namespace ItilCore.Routing;

/// <summary>One monitoring event as it reaches intake: its message key, severity, text, and the item and service it concerns.</summary>
/// <remarks>Immutable and thread-safe. A struct, so that receiving a repeat allocates nothing.</remarks>
public readonly struct Alert
{
    /// <summary>Initializes an alert.</summary>
    /// <param name="key">The message key it deduplicates on.</param>
    /// <param name="severity">Its severity; <see cref="AlertSeverity.Clear"/> closes the open alert.</param>
    /// <param name="description">What happened.</param>
    /// <exception cref="ArgumentException">The key is the default value or the severity is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public Alert(AlertKey key, AlertSeverity severity, string description)
    {
        Key = key.Type is null ? throw new ArgumentException("A default (empty) alert key is not allowed.", nameof(key)) : key;
        Severity = Preconditions.Defined(severity, nameof(severity));
        Description = Preconditions.NotNull(description, nameof(description));
    }

    /// <summary>Gets the message key.</summary>
    public AlertKey Key { get; }

    /// <summary>Gets the severity.</summary>
    public AlertSeverity Severity { get; }

    /// <summary>Gets what happened.</summary>
    public string Description { get; }

    /// <summary>Gets the configuration item the alert is about, if the source bound it to one.</summary>
    public ConfigurationItemId? ConfigurationItem { get; init; }

    /// <summary>Gets the service the alert is about, if the source names one; otherwise the configuration model's affected services decide.</summary>
    public ServiceId? Service { get; init; }
}
