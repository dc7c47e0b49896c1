using System;

namespace ItilCore.Serialization;

/// <summary>
/// Declares the name that marks a concrete type in JSON: the value of its family's discriminator (an event's
/// <c>$type</c>, an SLA condition's <c>when</c>). Each type declares its own name where it is defined, so that the JSON
/// plumbing names no practice; <see cref="ItilJson"/> gathers the names once, by reflection.
/// </summary>
/// <param name="name">The wire name. Stored histories and documents depend on it: it never changes and is never given to another type.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class WireNameAttribute(string name) : Attribute
{
    /// <summary>Gets the wire name.</summary>
    public string Name { get; } = name;
}
