using System;

namespace ItilCore.Routing;

/// <summary>
/// The message key alerts are deduplicated on: by default source + node + resource + metric + type (ServiceNow event
/// management's rule), or one explicit key. The hash is computed once, when the key is made, so that a repeat alert
/// costs one hash-table probe; build keys once per monitored thing and reuse them where the source allows.
/// </summary>
/// <remarks>Immutable and thread-safe. Compares ordinally, part by part.</remarks>
public readonly struct AlertKey : IEquatable<AlertKey>
{
    private readonly int _hash;

    /// <summary>Initializes the default message key from its five parts.</summary>
    /// <param name="source">The monitoring tool (for example <c>nagios</c>).</param>
    /// <param name="node">The host or device.</param>
    /// <param name="resource">The resource on the node (a disk, an interface).</param>
    /// <param name="metric">The metric (for example <c>disk.used</c>).</param>
    /// <param name="type">The event type.</param>
    /// <exception cref="ArgumentNullException">A part is null (use an empty string for a missing part).</exception>
    public AlertKey(string source, string node, string resource, string metric, string type)
    {
        Source = Preconditions.NotNull(source, nameof(source));
        Node = Preconditions.NotNull(node, nameof(node));
        Resource = Preconditions.NotNull(resource, nameof(resource));
        Metric = Preconditions.NotNull(metric, nameof(metric));
        Type = Preconditions.NotNull(type, nameof(type));
        _hash = HashCode.Combine(source, node, resource, metric, type);
    }

    /// <summary>Gets the monitoring tool.</summary>
    public string Source { get; }

    /// <summary>Gets the node.</summary>
    public string Node { get; }

    /// <summary>Gets the resource.</summary>
    public string Resource { get; }

    /// <summary>Gets the metric.</summary>
    public string Metric { get; }

    /// <summary>Gets the event type.</summary>
    public string Type { get; }

    /// <summary>Creates a key from one explicit message key (the source's own deduplication key).</summary>
    /// <param name="messageKey">The message key.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The message key is empty.</exception>
    public static AlertKey FromMessageKey(string messageKey) => new(string.Empty, string.Empty, string.Empty, string.Empty, Preconditions.NotBlank(messageKey, nameof(messageKey)));

    /// <summary>Compares two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AlertKey left, AlertKey right) => left.Equals(right);

    /// <summary>Compares two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AlertKey left, AlertKey right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(AlertKey other)
        => _hash == other._hash && string.Equals(Type, other.Type, StringComparison.Ordinal) && string.Equals(Node, other.Node, StringComparison.Ordinal)
            && string.Equals(Resource, other.Resource, StringComparison.Ordinal) && string.Equals(Metric, other.Metric, StringComparison.Ordinal) && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AlertKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>Returns the key as <c>source/node/resource/metric/type</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Source}/{Node}/{Resource}/{Metric}/{Type}";
}
