using System;
using System.Collections.Generic;
using ItilCore.Catalog;
using ItilCore.Requests;

namespace ItilCore.Tests.Requests;

/// <summary>
/// A directory over docs/examples/catalog.json's organizations, counting what it is asked: acme.* work for acme-retail and
/// finance.* for finance (acme.lost has no organization, ghost.gus one the catalogue lacks); managers as listed, editable.
/// </summary>
internal sealed class ExampleDirectory : IApproverDirectory
{
    public Dictionary<ActorId, ActorId> Managers { get; } = new()
    {
        [new("acme.pat")] = new("manager.okafor"),
        [new("acme.quinn")] = new("manager.lund"),
        [new("finance.clerk")] = new("manager.lund"),
    };

    /// <summary>Gets how many questions of either kind were asked.</summary>
    public int Calls { get; private set; }

    /// <summary>Gets how many times a person's organization was asked.</summary>
    public int OrganizationCalls { get; private set; }

    public ActorId? ManagerOf(ActorId person)
    {
        Calls++;
        return Managers.TryGetValue(person, out var manager) ? manager : null;
    }

    public OrganizationId? OrganizationOf(ActorId person)
    {
        Calls++;
        OrganizationCalls++;
        return person.Value switch
        {
            "acme.lost" => null,
            "ghost.gus" => new OrganizationId("ghost-corp"),
            _ when person.Value.StartsWith("acme.", StringComparison.Ordinal) => new OrganizationId("acme-retail"),
            _ when person.Value.StartsWith("finance.", StringComparison.Ordinal) => new OrganizationId("finance"),
            _ => null,
        };
    }
}
