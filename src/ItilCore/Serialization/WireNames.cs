using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace ItilCore.Serialization;

/// <summary>
/// Gathers the wire names the types declare (<see cref="WireNameAttribute"/>) into their families
/// (<see cref="WireDiscriminatorAttribute"/>), and checks them: every concrete type of a family has a name, and no two
/// share one.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal static class WireNames
{
    /// <summary>Finds the families among the given types and the wire name of each concrete member.</summary>
    /// <param name="types">The types to look at (ItilCore's: all the types of its assembly).</param>
    /// <returns>The families, by discriminator property.</returns>
    /// <exception cref="InvalidOperationException">The names are inconsistent; the message lists every problem and names the types.</exception>
    public static FrozenDictionary<string, WireFamily> Build(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var all = types.Where(t => t.IsClass).OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();
        var bases = all.Where(t => t.IsDefined(typeof(WireDiscriminatorAttribute), inherit: false)).ToArray();
        var problems = new List<string>();

        foreach (var sameDiscriminator in bases.GroupBy(DiscriminatorOf, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"the discriminator '{sameDiscriminator.Key}' marks more than one family: {List(sameDiscriminator)}");
        }

        foreach (var inner in bases.Where(b => bases.Any(o => o != b && o.IsAssignableFrom(b))))
        {
            problems.Add($"the family of {inner.FullName} lies inside the family of {List(bases.Where(o => o != inner && o.IsAssignableFrom(inner)))}");
        }

        var members = bases.ToDictionary(b => b, _ => new List<(Type Type, string Name)>());
        foreach (var type in all)
        {
            var name = type.GetCustomAttribute<WireNameAttribute>(inherit: false)?.Name;
            var family = bases.FirstOrDefault(b => b.IsAssignableFrom(type));
            if (name is null)
            {
                if (family is not null && !type.IsAbstract)
                {
                    problems.Add($"{type.FullName} has no wire name: every concrete type of the family of {family.FullName} declares one with [WireName]");
                }
            }
            else if (string.IsNullOrWhiteSpace(name) || name.Trim() != name)
            {
                problems.Add($"{type.FullName} has the wire name '{name}', which is empty or has spaces around it");
            }
            else if (family is null || type.IsAbstract)
            {
                problems.Add($"{type.FullName} has the wire name '{name}' but is not a concrete type of a family ({(bases.Length == 0 ? "there is none" : List(bases))})");
            }
            else
            {
                members[family].Add((type, name));
            }
        }

        foreach (var (family, named) in members)
        {
            foreach (var sameName in named.GroupBy(m => m.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                problems.Add($"the wire name '{sameName.Key}' is given to more than one type of the family of {family.FullName}: {List(sameName.Select(m => m.Type))}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("ItilCore's wire names are inconsistent:\n- " + string.Join("\n- ", problems));
        }

        return members.ToFrozenDictionary(
            p => DiscriminatorOf(p.Key),
            p => new WireFamily(p.Key, DiscriminatorOf(p.Key), p.Value.ToFrozenDictionary(m => m.Type, m => m.Name)),
            StringComparer.Ordinal);
    }

    private static string DiscriminatorOf(Type type) => type.GetCustomAttribute<WireDiscriminatorAttribute>(inherit: false)!.PropertyName;

    private static string List(IEnumerable<Type> types) => string.Join(", ", types.Select(t => t.FullName));
}
