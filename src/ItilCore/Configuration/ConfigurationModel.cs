using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ItilCore.Catalog;

namespace ItilCore.Configuration;

/// <summary>
/// The validated, immutable configuration model: configuration items, their typed relationships and the catalogued
/// services they support, with the impact and dependency queries that incident, problem and change management need.
/// </summary>
/// <remarks>
/// <para>
/// <b>Propagation rule.</b> A failure of item X affects every item that DependsOn or RunsOn X, transitively. ConnectsTo
/// does not propagate: it is symmetric in nature (neither end needs the other), so it is also left out of cycle
/// detection. A DependsOn or RunsOn cycle is invalid, because a failure would then affect its own cause.
/// </para>
/// <para>
/// <b>Order.</b> Queries that walk relationships return items breadth-first: nearest first, and items at the same
/// depth in document order. Services come in catalogue order.
/// </para>
/// <para>
/// <b>Unknown ids.</b> <see cref="GetItem"/> throws <see cref="KeyNotFoundException"/>; the queries throw
/// <see cref="ArgumentException"/> naming the id, because asking about an item or service the model does not have is a
/// mistake, not an empty answer. A catalogued service that no item supports gives empty results.
/// </para>
/// <para>
/// Adjacency is precomputed into flat arrays when the model is built, so a query only walks arrays. Immutable and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class ConfigurationModel
{
    private const string Definition = "configuration model";

    private readonly FrozenDictionary<ConfigurationItemId, int> _indexes;

    // Item i DependsOn/RunsOn _dependencyTargets[_dependencyStarts[i] .. _dependencyStarts[i + 1]], ascending.
    private readonly int[] _dependencyStarts;
    private readonly int[] _dependencyTargets;

    // Items that DependsOn/RunsOn item i: _dependentSources[_dependentStarts[i] .. _dependentStarts[i + 1]], ascending.
    private readonly int[] _dependentStarts;
    private readonly int[] _dependentSources;

    // Catalogue indexes of the services item i supports, ascending.
    private readonly int[][] _servicesOfItem;

    // Items that support the service at a catalogue index, in document order.
    private readonly IReadOnlyList<ConfigurationItemId>[] _itemsOfService;

    private ConfigurationModel(
        ServiceCatalog catalog,
        IReadOnlyList<ConfigurationItem> items,
        IReadOnlyList<ConfigurationRelationship> relationships,
        FrozenDictionary<ConfigurationItemId, int> indexes,
        Graph dependencies)
    {
        Catalog = catalog;
        Items = items;
        Relationships = relationships;
        _indexes = indexes;
        (_dependencyStarts, _dependencyTargets) = (dependencies.Starts, dependencies.Targets);
        (_dependentStarts, _dependentSources) = dependencies.Reverse();
        _servicesOfItem = items
            .Select(item => item.SupportedServices.Select(s => catalog.IndexOf(s, nameof(item))).Order().ToArray())
            .ToArray();
        var itemsOfService = new List<ConfigurationItemId>[catalog.Services.Count];
        for (var s = 0; s < itemsOfService.Length; s++)
        {
            itemsOfService[s] = [];
        }

        for (var i = 0; i < items.Count; i++)
        {
            foreach (var s in _servicesOfItem[i])
            {
                itemsOfService[s].Add(items[i].Id);
            }
        }

        _itemsOfService = itemsOfService.Select(list => (IReadOnlyList<ConfigurationItemId>)list.AsReadOnly()).ToArray();
    }

    /// <summary>Gets the catalogue whose services the items support.</summary>
    public ServiceCatalog Catalog { get; }

    /// <summary>Gets the configuration items, in document order.</summary>
    public IReadOnlyList<ConfigurationItem> Items { get; }

    /// <summary>Gets the relationships between items, in document order.</summary>
    public IReadOnlyList<ConfigurationRelationship> Relationships { get; }

    /// <summary>
    /// Builds a configuration model, checking duplicate ids, empty names, relationships with unknown items, items
    /// related to themselves, duplicate relationships, supported services the catalogue does not have and DependsOn/RunsOn
    /// cycles, and reporting every problem at once. Paths start at the document (<c>$.items[0].name</c>).
    /// </summary>
    /// <param name="document">The document form.</param>
    /// <param name="catalog">The catalogue the supported services must be in.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDefinitionException">The document is invalid; the exception lists every problem with its JSON path.</exception>
    public static ConfigurationModel Create(ConfigurationDocument document, ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<ValidationProblem>();
        return Build(document, catalog, catalog.Contains, "$", problems) ?? throw new InvalidDefinitionException(Definition, problems);
    }

    /// <summary>Gives the document form back, equal to the document the model was built from.</summary>
    /// <returns>The document.</returns>
    public ConfigurationDocument ToDocument() => new() { Items = Items, Relationships = Relationships };

    /// <summary>Tells whether the model has a configuration item.</summary>
    /// <param name="id">The item id.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    public bool Contains(ConfigurationItemId id) => _indexes.ContainsKey(id);

    /// <summary>Finds a configuration item.</summary>
    /// <param name="id">The item id.</param>
    /// <param name="item">The item, when the model has it.</param>
    /// <returns><see langword="true"/> when the model has it.</returns>
    public bool TryGetItem(ConfigurationItemId id, [NotNullWhen(true)] out ConfigurationItem? item)
    {
        if (_indexes.TryGetValue(id, out var index))
        {
            item = Items[index];
            return true;
        }

        item = null;
        return false;
    }

    /// <summary>Gets a configuration item.</summary>
    /// <param name="id">The item id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="KeyNotFoundException">The model has no such item; the message names the id.</exception>
    public ConfigurationItem GetItem(ConfigurationItemId id)
        => TryGetItem(id, out var item) ? item : throw new KeyNotFoundException($"The configuration model has no {ConfigurationItemId.KindName} '{id.Value}'.");

    /// <summary>Tells why an item cannot be referred to (the model does not have it), or <see langword="null"/> when it can; said once for the practices and alert intake.</summary>
    internal string? WhyUnknown(ConfigurationItemId id)
        => Contains(id) ? null : $"configuration item {id} is not in the configuration model";

    /// <summary>
    /// Gets the items a failure of <paramref name="failing"/> affects: every item that DependsOn or RunsOn it,
    /// transitively. The failing item itself is not included.
    /// </summary>
    /// <param name="failing">The failing item.</param>
    /// <returns>The affected items, nearest first, then in document order.</returns>
    /// <exception cref="ArgumentException">The model has no such item.</exception>
    public IReadOnlyList<ConfigurationItemId> AffectedItems(ConfigurationItemId failing)
    {
        var origin = IndexOf(failing, nameof(failing));
        return Walk(_dependentStarts, _dependentSources, [origin], int.MaxValue).Select(r => Items[r.Index].Id).ToArray();
    }

    /// <summary>
    /// Gets the services a failure of <paramref name="failing"/> affects: those the failing item supports, and those
    /// supported by any item the failure affects (see <see cref="AffectedItems"/>).
    /// </summary>
    /// <param name="failing">The failing item.</param>
    /// <returns>The affected services, each once, in catalogue order.</returns>
    /// <exception cref="ArgumentException">The model has no such item.</exception>
    public IReadOnlyList<ServiceId> AffectedServices(ConfigurationItemId failing)
    {
        var origin = IndexOf(failing, nameof(failing));
        var affected = new bool[Catalog.Services.Count];
        foreach (var s in _servicesOfItem[origin])
        {
            affected[s] = true;
        }

        foreach (var (index, _) in Walk(_dependentStarts, _dependentSources, [origin], int.MaxValue))
        {
            foreach (var s in _servicesOfItem[index])
            {
                affected[s] = true;
            }
        }

        var services = new List<ServiceId>();
        for (var s = 0; s < affected.Length; s++)
        {
            if (affected[s])
            {
                services.Add(Catalog.Services[s].Id);
            }
        }

        return services.AsReadOnly();
    }

    /// <summary>Gets what an item DependsOn or RunsOn, directly and transitively, each with its distance.</summary>
    /// <param name="item">The item.</param>
    /// <param name="maxDepth">How many relationships deep to follow; 1 gives the direct dependencies only, 0 gives none.</param>
    /// <returns>The dependencies, nearest first, then in document order; the item itself is not included.</returns>
    /// <exception cref="ArgumentException">The model has no such item.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is negative.</exception>
    public IReadOnlyList<ConfigurationDependency> DependenciesOf(ConfigurationItemId item, int maxDepth = int.MaxValue)
    {
        var origin = IndexOf(item, nameof(item));
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        return Walk(_dependencyStarts, _dependencyTargets, [origin], maxDepth)
            .Select(r => new ConfigurationDependency(Items[r.Index].Id, r.Depth))
            .ToArray();
    }

    /// <summary>Gets the items that directly support a service.</summary>
    /// <param name="service">A catalogued service.</param>
    /// <returns>The items, in document order; empty when no item supports the service.</returns>
    /// <exception cref="ArgumentException">The catalogue has no such service.</exception>
    public IReadOnlyList<ConfigurationItemId> ItemsSupporting(ServiceId service) => _itemsOfService[Catalog.IndexOf(service, nameof(service))];

    /// <summary>
    /// Gets everything a service needs: the items that support it (depth 0), and everything they DependsOn or RunsOn,
    /// transitively (depth 1 and more).
    /// </summary>
    /// <param name="service">A catalogued service.</param>
    /// <returns>The items, each once at its smallest depth, nearest first, then in document order.</returns>
    /// <exception cref="ArgumentException">The catalogue has no such service.</exception>
    public IReadOnlyList<ConfigurationDependency> DependenciesOfService(ServiceId service)
    {
        var supporting = ItemsSupporting(service);
        var origins = supporting.Select(id => _indexes[id]).ToArray();
        return supporting.Select(id => new ConfigurationDependency(id, 0))
            .Concat(Walk(_dependencyStarts, _dependencyTargets, origins, int.MaxValue).Select(r => new ConfigurationDependency(Items[r.Index].Id, r.Depth)))
            .ToArray();
    }

    /// <summary>
    /// Validates a configuration document, adding every problem with paths under <paramref name="root"/>; builds the model
    /// when there are none and <paramref name="catalog"/> is given.
    /// </summary>
    internal static ConfigurationModel? Build(
        ConfigurationDocument document,
        ServiceCatalog? catalog,
        Func<ServiceId, bool> isKnownService,
        string root,
        List<ValidationProblem> problems)
    {
        var before = problems.Count;
        var items = DefinitionChecks.List(document.Items, root + ".items", problems);
        var relationships = DefinitionChecks.List(document.Relationships, root + ".relationships", problems);
        var indexes = DefinitionChecks.FirstIndexes(items, (ConfigurationItem item) => item.Id);

        var frozenItems = new ConfigurationItem[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!DefinitionChecks.Element(item, c => c.Id, c => c.Name, root + ".items", i, indexes, problems))
            {
                continue;
            }

            var path = $"{root}.items[{i}]";
            if (item.Class.Value is null)
            {
                problems.Add(new(path + ".class", $"the {ConfigurationItemClass.KindName} is missing"));
            }

            if (item.Owner is { Value: null })
            {
                problems.Add(new(path + ".owner", "the owner's assignment group id is empty; leave the owner out instead"));
            }

            DefinitionChecks.OptionalText(item.Location, path + ".location", "location", problems);
            var services = DefinitionChecks.References(item.SupportedServices, path + ".supportedServices", isKnownService, problems);
            frozenItems[i] = item with { SupportedServices = Sequence.Freeze(services) };
        }

        var edges = new List<Edge>();
        var seen = new Dictionary<(int From, ConfigurationRelationshipKind Kind, int To), int>();
        for (var r = 0; r < relationships.Count; r++)
        {
            var path = $"{root}.relationships[{r}]";
            var relationship = relationships[r];
            if (relationship is null)
            {
                problems.Add(new(path, "the entry is missing (null)"));
                continue;
            }

            var sourceKnown = DefinitionChecks.Reference(relationship.Source, path + ".source", indexes.ContainsKey, problems);
            var targetKnown = DefinitionChecks.Reference(relationship.Target, path + ".target", indexes.ContainsKey, problems);
            var kindDefined = Enum.IsDefined(relationship.Kind);
            DefinitionChecks.Defined(relationship.Kind, path + ".kind", problems);
            if (relationship.Source == relationship.Target && relationship.Source.Value is not null)
            {
                problems.Add(new(path, $"item '{relationship.Source.Value}' cannot have a relationship with itself"));
                continue;
            }

            if (!sourceKnown || !targetKnown || !kindDefined)
            {
                continue;
            }

            var (from, to) = (indexes[relationship.Source], indexes[relationship.Target]);
            var key = relationship.Kind == ConfigurationRelationshipKind.ConnectsTo
                ? (Math.Min(from, to), relationship.Kind, Math.Max(from, to))
                : (from, relationship.Kind, to);
            if (!seen.TryAdd(key, r))
            {
                problems.Add(new(path, $"duplicate relationship '{relationship.Source.Value} {relationship.Kind} {relationship.Target.Value}'; it is first defined at {root}.relationships[{seen[key]}]"));
            }
            else if (relationship.Kind != ConfigurationRelationshipKind.ConnectsTo)
            {
                edges.Add(new Edge(from, to, r));
            }
        }

        var graph = Graph.Create(items.Count, edges);
        foreach (var cycle in graph.Cycles())
        {
            var names = cycle.Items.Select(i => items[i].Id.Value).Append(items[cycle.Items[0]].Id.Value);
            problems.Add(new($"{root}.relationships[{cycle.ClosingRelationship}]", "DependsOn/RunsOn relationships form a cycle: " + string.Join(" → ", names)));
        }

        if (problems.Count > before || catalog is null)
        {
            return null;
        }

        var frozenRelationships = Array.AsReadOnly(relationships.ToArray());
        return new ConfigurationModel(catalog, Array.AsReadOnly(frozenItems), frozenRelationships, indexes.ToFrozenDictionary(), graph);
    }

    private int IndexOf(ConfigurationItemId id, string paramName)
        => _indexes.TryGetValue(id, out var index)
            ? index
            : throw new ArgumentException($"The configuration model has no {ConfigurationItemId.KindName} '{id.Value}'.", paramName);

    /// <summary>Breadth-first walk from the origins (excluded), one level at a time, each level in document order.</summary>
    private List<(int Index, int Depth)> Walk(int[] starts, int[] adjacent, int[] origins, int maxDepth)
    {
        var visited = new bool[Items.Count];
        foreach (var origin in origins)
        {
            visited[origin] = true;
        }

        var result = new List<(int Index, int Depth)>();
        var frontier = new List<int>(origins);
        var next = new List<int>();
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            next.Clear();
            foreach (var v in frontier)
            {
                for (var e = starts[v]; e < starts[v + 1]; e++)
                {
                    var w = adjacent[e];
                    if (!visited[w])
                    {
                        visited[w] = true;
                        next.Add(w);
                    }
                }
            }

            next.Sort();
            foreach (var w in next)
            {
                result.Add((w, depth));
            }

            (frontier, next) = (next, frontier);
        }

        return result;
    }

    private readonly record struct Edge(int From, int To, int Relationship);

    private readonly record struct Cycle(int[] Items, int ClosingRelationship);

    /// <summary>The DependsOn/RunsOn graph in compressed rows: the targets of node i are Targets[Starts[i] .. Starts[i + 1]], ascending.</summary>
    private sealed class Graph(int[] starts, int[] targets, int[] relationships)
    {
        public int[] Starts { get; } = starts;

        public int[] Targets { get; } = targets;

        private int NodeCount => Starts.Length - 1;

        public static Graph Create(int nodeCount, List<Edge> edges)
        {
            // Parallel DependsOn and RunsOn between the same pair are one edge; the first relationship names it.
            var distinct = edges
                .GroupBy(e => (e.From, e.To))
                .Select(g => g.First())
                .OrderBy(e => e.From)
                .ThenBy(e => e.To)
                .ToArray();
            var starts = new int[nodeCount + 1];
            foreach (var edge in distinct)
            {
                starts[edge.From + 1]++;
            }

            for (var i = 0; i < nodeCount; i++)
            {
                starts[i + 1] += starts[i];
            }

            return new Graph(starts, distinct.Select(e => e.To).ToArray(), distinct.Select(e => e.Relationship).ToArray());
        }

        public (int[] Starts, int[] Sources) Reverse()
        {
            var starts = new int[NodeCount + 1];
            foreach (var target in Targets)
            {
                starts[target + 1]++;
            }

            for (var i = 0; i < NodeCount; i++)
            {
                starts[i + 1] += starts[i];
            }

            var fill = starts[..^1];
            var sources = new int[Targets.Length];

            // Sources are visited in ascending order, so each row comes out ascending.
            for (var source = 0; source < NodeCount; source++)
            {
                for (var e = Starts[source]; e < Starts[source + 1]; e++)
                {
                    sources[fill[Targets[e]]++] = source;
                }
            }

            return (starts, sources);
        }

        /// <summary>
        /// One cycle per strongly connected group of nodes (Tarjan, iterative so deep chains cannot overflow the stack):
        /// the shortest cycle through the group's first node in document order, groups ordered by that node.
        /// </summary>
        public List<Cycle> Cycles()
        {
            var cycles = new List<Cycle>();
            foreach (var component in StronglyConnectedComponents().Where(c => c.Count > 1).OrderBy(c => c.Min()))
            {
                cycles.Add(ShortestCycleThrough(component.Min(), [.. component]));
            }

            return cycles;
        }

        private List<List<int>> StronglyConnectedComponents()
        {
            var n = NodeCount;
            var order = new int[n];
            Array.Fill(order, -1);
            var low = new int[n];
            var onStack = new bool[n];
            var stack = new Stack<int>();
            var calls = new Stack<(int Node, int Edge)>();
            var components = new List<List<int>>();
            var counter = 0;
            for (var root = 0; root < n; root++)
            {
                if (order[root] != -1)
                {
                    continue;
                }

                Visit(root);
                while (calls.Count > 0)
                {
                    var (v, e) = calls.Pop();
                    if (e < Starts[v + 1])
                    {
                        calls.Push((v, e + 1));
                        var w = Targets[e];
                        if (order[w] == -1)
                        {
                            Visit(w);
                        }
                        else if (onStack[w])
                        {
                            low[v] = Math.Min(low[v], order[w]);
                        }

                        continue;
                    }

                    if (low[v] == order[v])
                    {
                        var component = new List<int>();
                        int w;
                        do
                        {
                            w = stack.Pop();
                            onStack[w] = false;
                            component.Add(w);
                        }
                        while (w != v);
                        components.Add(component);
                    }

                    if (calls.Count > 0)
                    {
                        var parent = calls.Peek().Node;
                        low[parent] = Math.Min(low[parent], low[v]);
                    }
                }
            }

            return components;

            void Visit(int v)
            {
                order[v] = low[v] = counter++;
                stack.Push(v);
                onStack[v] = true;
                calls.Push((v, Starts[v]));
            }
        }

        private Cycle ShortestCycleThrough(int start, HashSet<int> component)
        {
            var parent = new Dictionary<int, int> { [start] = -1 };
            var queue = new Queue<int>();
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                for (var e = Starts[v]; e < Starts[v + 1]; e++)
                {
                    var w = Targets[e];
                    if (w == start)
                    {
                        var path = new List<int>();
                        for (var u = v; u != -1; u = parent[u])
                        {
                            path.Add(u);
                        }

                        path.Reverse();
                        return new Cycle([.. path], relationships[e]);
                    }

                    if (component.Contains(w) && parent.TryAdd(w, v))
                    {
                        queue.Enqueue(w);
                    }
                }
            }

            throw new InvalidOperationException("A strongly connected group of nodes always has a cycle through each node.");
        }
    }
}
