using System;

namespace ItilCore.Serialization;

/// <summary>
/// Marks the base type of a family of types that serialize polymorphically (<see cref="DomainEvent"/>, SLA conditions):
/// in JSON every concrete type of the family carries the given discriminator property, whose value is the type's
/// <see cref="WireNameAttribute"/>.
/// </summary>
/// <param name="propertyName">The discriminator property, which also identifies the family.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class WireDiscriminatorAttribute(string propertyName) : Attribute
{
    /// <summary>Gets the discriminator property.</summary>
    public string PropertyName { get; } = propertyName;
}
