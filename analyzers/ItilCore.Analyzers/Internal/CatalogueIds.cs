using System.Collections.Generic;

namespace ItilCore.Analyzers.Internal;

/// <summary>
/// The ids a catalogue file lists, and among them those it lists as retired (<c>"status": "retired"</c>): a retired
/// service is withdrawn from the catalogue, so an SLA cannot be agreed for it (the library refuses it at run time).
/// </summary>
internal sealed class CatalogueIds : HashSet<string>
{
    private HashSet<string>? _retired;

    public CatalogueIds()
        : base(System.StringComparer.Ordinal)
    {
    }

    /// <summary>Tells whether the file lists the id as retired.</summary>
    public bool IsRetired(string id) => _retired?.Contains(id) == true;

    /// <summary>The ids that are not retired, for suggestions.</summary>
    public IEnumerable<string> Live()
    {
        foreach (var id in this)
        {
            if (!IsRetired(id))
            {
                yield return id;
            }
        }
    }

    public void AddRetired(string id) => (_retired ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(id);

    /// <summary>
    /// Adds another copy's ids. An id is retired only when every copy that lists it lists it as retired: which copy the
    /// host loads is not known at build time, and one where the service is live accepts its SLA.
    /// </summary>
    public void Merge(CatalogueIds other)
    {
        var retired = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var id in this)
        {
            if (IsRetired(id) && (!other.Contains(id) || other.IsRetired(id)))
            {
                retired.Add(id);
            }
        }

        foreach (var id in other)
        {
            if (other.IsRetired(id) && !Contains(id))
            {
                retired.Add(id);
            }
        }

        UnionWith(other);
        _retired = retired.Count == 0 ? null : retired;
    }
}
