using System;
using System.Collections.Frozen;

namespace ItilCore.Serialization;

/// <summary>A family of types that serialize polymorphically: its base type, its discriminator and its members' wire names.</summary>
/// <param name="BaseType">The type marked with <see cref="WireDiscriminatorAttribute"/>.</param>
/// <param name="Discriminator">The discriminator property.</param>
/// <param name="Names">The wire name of every concrete type of the family.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record WireFamily(Type BaseType, string Discriminator, FrozenDictionary<Type, string> Names);
