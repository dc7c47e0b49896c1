using System;

namespace ItilCore.Catalog;

/// <summary>
/// Marks a static class whose <c>static readonly</c> <see cref="ServiceId"/> fields and get-only properties are the
/// services of the service catalogue, as code. The ItilCore analyzer (ITIL1001) checks that every service level
/// agreement built from constants names one of them or a service of the catalogue file.
/// </summary>
/// <remarks>Immutable and thread-safe. It has no effect at run time.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ServiceCatalogueAttribute : Attribute
{
}
