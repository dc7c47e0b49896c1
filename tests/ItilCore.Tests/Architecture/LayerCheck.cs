using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Mono.Cecil;
using NetArchTest.Rules;

namespace ItilCore.Tests.Architecture;

/// <summary>
/// Finds which types of a namespace of ItilCore.dll use other namespaces: NetArchTest reads base types, interfaces,
/// members, attributes and method bodies (lambdas and iterators included); the types named in attribute arguments
/// (<c>[JsonConverter(typeof(...))]</c>), which NetArchTest does not read, are found here.
/// </summary>
internal static class LayerCheck
{
    public const string Root = "ItilCore";

    private static readonly Lazy<Types> Assembly = new(() => Types.InAssembly(typeof(DomainEvent).Assembly));

    /// <summary>Gets every namespace of ItilCore.dll's own (not generated) types.</summary>
    public static IReadOnlyList<string> Namespaces { get; } = typeof(DomainEvent).Assembly.GetTypes()
        .Where(t => t.Namespace is Root || t.Namespace?.StartsWith(Root + ".", StringComparison.Ordinal) == true)
        .Select(t => t.Namespace!)
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Gets the types of ItilCore.dll outside its namespaces that the compiler or a source generator did not write.</summary>
    public static IReadOnlyList<Type> Strays { get; } = typeof(DomainEvent).Assembly.GetTypes()
        .Where(t => t.DeclaringType is null && !Namespaces.Contains(t.Namespace ?? ""))
        .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false) && !t.IsDefined(typeof(GeneratedCodeAttribute), false))
        .ToArray();

    /// <summary>Gets the full names of the types of the given namespaces that other namespaces cannot see as public API.</summary>
    /// <param name="namespaces">The namespaces.</param>
    /// <returns>The full names, nested types with '+'.</returns>
    public static IReadOnlyList<string> NonPublicTypes(IEnumerable<string> namespaces) => typeof(DomainEvent).Assembly.GetTypes()
        .Where(t => !t.IsVisible && !t.IsDefined(typeof(CompilerGeneratedAttribute), false) && namespaces.Contains(Outermost(t).Namespace))
        .Select(t => t.FullName!)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Lists, as "type uses name", every use of the given namespaces or types by the types of one namespace.</summary>
    /// <param name="layer">The namespace whose types are checked (exactly that namespace; nested types count as their outermost type's).</param>
    /// <param name="names">The namespaces (with what they contain) or full type names (nested types with '+') it may not use.</param>
    /// <returns>The uses found, sorted.</returns>
    public static IReadOnlyList<string> Violations(string layer, IReadOnlyCollection<string> names)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var used in names)
        {
            var inCode = Assembly.Value.That().MeetCustomRule(new InNamespace(layer)).ShouldNot().HaveDependencyOn(used).GetResult();
            var inAttributes = Assembly.Value.That().MeetCustomRule(new InNamespace(layer)).ShouldNot().MeetCustomRule(new NamesInAttributeArguments(used)).GetResult();
            foreach (var type in (inCode.FailingTypeNames ?? []).Concat(inAttributes.FailingTypeNames ?? []))
            {
                found.Add($"{type.Replace('/', '+')} uses {used}");
            }
        }

        return [.. found];
    }

    private static Type Outermost(Type type) => type.DeclaringType is { } declaring ? Outermost(declaring) : type;

    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    // As NetArchTest matches a dependency: the name itself, or a type inside it.
    private static bool IsOrIsIn(TypeReference type, string name)
    {
        var fullName = type.FullName.Replace('/', '+');
        return fullName == name || fullName.StartsWith(name + ".", StringComparison.Ordinal) || fullName.StartsWith(name + "+", StringComparison.Ordinal);
    }

    // NetArchTest's own namespace predicates match a prefix, or see a nested non-public type as in no namespace.
    private sealed class InNamespace(string name) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type) => NamespaceOf(type) == name;
    }

    private sealed class NamesInAttributeArguments(string name) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type) => AttributeOwners(type)
            .SelectMany(owner => owner.CustomAttributes)
            .SelectMany(a => a.ConstructorArguments.Concat(a.Fields.Select(f => f.Argument)).Concat(a.Properties.Select(p => p.Argument)))
            .SelectMany(TypesIn)
            .Any(t => IsOrIsIn(t, name));

        private static IEnumerable<ICustomAttributeProvider> AttributeOwners(TypeDefinition type)
        {
            yield return type;
            foreach (var p in type.GenericParameters)
            {
                yield return p;
            }

            foreach (var field in type.Fields)
            {
                yield return field;
            }

            foreach (var property in type.Properties)
            {
                yield return property;
            }

            foreach (var e in type.Events)
            {
                yield return e;
            }

            foreach (var method in type.Methods)
            {
                yield return method;
                yield return method.MethodReturnType;
                foreach (var parameter in method.Parameters)
                {
                    yield return parameter;
                }

                foreach (var p in method.GenericParameters)
                {
                    yield return p;
                }
            }

            // As NetArchTest does: the compiler's nested types (closures, iterators) belong to the type that declares them.
            foreach (var nested in type.NestedTypes.Where(n => n.CustomAttributes.Any(a => a.AttributeType.FullName == typeof(CompilerGeneratedAttribute).FullName)))
            {
                foreach (var owner in AttributeOwners(nested))
                {
                    yield return owner;
                }
            }
        }

        private static IEnumerable<TypeReference> TypesIn(CustomAttributeArgument argument) => argument.Value switch
        {
            TypeReference type => Parts(type),
            CustomAttributeArgument boxed => TypesIn(boxed),
            CustomAttributeArgument[] array => array.SelectMany(TypesIn),
            _ => [],
        };

        // typeof(IdentifierJsonConverter<ActorId>) names both types; typeof(Incident[]) names Incident.
        private static IEnumerable<TypeReference> Parts(TypeReference type) => type switch
        {
            GenericInstanceType generic => Parts(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Parts)),
            TypeSpecification specification => Parts(specification.ElementType),
            GenericParameter => [],
            _ => [type],
        };
    }
}
