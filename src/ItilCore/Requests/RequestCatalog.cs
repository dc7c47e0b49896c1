using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Serialization;

namespace ItilCore.Requests;

/// <summary>
/// The request catalogue: the validated, immutable set of request items users can ask for, each linked to a catalogued
/// service and offering.
/// </summary>
/// <remarks>
/// <para>
/// Built by <see cref="Create"/> from a <see cref="RequestCatalogDocument"/> and the <see cref="ServiceCatalog"/> it
/// refers to; every problem (unknown service or offering, a retired service or offering (an item may name one in the
/// pipeline, but it cannot be submitted until it is live), an offering that does not describe the item's service,
/// duplicate ids, field or task names, empty names, choice fields without options, options on other kinds, steps
/// with neither approvers nor a source, a consumer-role source on an item without an offering, a quorum larger than its
/// fixed group, items without tasks, a malformed change model id) is reported at
/// once with its JSON path. <see cref="ToDocument"/> gives the document back.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RequestCatalog
{
    private const string Definition = "request catalogue";

    private readonly FrozenDictionary<RequestItemId, RequestItem> _items;

    private RequestCatalog(ServiceCatalog services, IReadOnlyList<RequestItem> items)
    {
        Services = services;
        Items = items;
        _items = items.ToFrozenDictionary(i => i.Id);
    }

    /// <summary>Gets the service catalogue the items refer to.</summary>
    public ServiceCatalog Services { get; }

    /// <summary>Gets the request items, in document order.</summary>
    public IReadOnlyList<RequestItem> Items { get; }

    /// <summary>Builds a request catalogue, checking it against the service catalogue and reporting every problem at once.</summary>
    /// <param name="document">The document form.</param>
    /// <param name="services">The service catalogue the items' services and offerings must be in.</param>
    /// <returns>The request catalogue.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDefinitionException">The document is invalid; the exception lists every problem with its JSON path.</exception>
    public static RequestCatalog Create(RequestCatalogDocument document, ServiceCatalog services)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(services);
        var problems = new List<ValidationProblem>();
        var items = Build(document, services, problems);
        return problems.Count == 0 ? new RequestCatalog(services, items) : throw new InvalidDefinitionException(Definition, problems);
    }

    /// <summary>Reads a request catalogue from JSON text and builds it.</summary>
    /// <param name="json">The JSON text of a <see cref="RequestCatalogDocument"/>.</param>
    /// <param name="services">The service catalogue.</param>
    /// <param name="source">What is being read, for messages (a file name, for example).</param>
    /// <returns>The request catalogue.</returns>
    /// <exception cref="JsonReadException">The text is not a well-formed request catalogue document.</exception>
    /// <exception cref="InvalidDefinitionException">The document is invalid.</exception>
    public static RequestCatalog FromJson(string json, ServiceCatalog services, string source = "JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Create(ItilJson.Deserialize<RequestCatalogDocument>(json, source), services);
    }

    /// <summary>Reads a request catalogue from a JSON file and builds it.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="services">The service catalogue.</param>
    /// <returns>The request catalogue.</returns>
    /// <exception cref="JsonReadException">The file is not a well-formed request catalogue document.</exception>
    /// <exception cref="InvalidDefinitionException">The document is invalid.</exception>
    public static RequestCatalog Load(string path, ServiceCatalog services)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ItilJson.LoadFile(path, (RequestCatalogDocument d) => Create(d, services));
    }

    /// <summary>Gives the document form back, equal to the document the catalogue was built from.</summary>
    /// <returns>The document.</returns>
    public RequestCatalogDocument ToDocument() => new() { Items = Items };

    /// <summary>Writes the catalogue as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ItilJson.Serialize(ToDocument());

    /// <summary>Tells whether an item is in the catalogue.</summary>
    /// <param name="id">The item id.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(RequestItemId id) => _items.ContainsKey(id);

    /// <summary>Finds an item.</summary>
    /// <param name="id">The item id.</param>
    /// <param name="item">The item, when catalogued.</param>
    /// <returns><see langword="true"/> when it is catalogued.</returns>
    public bool TryGetItem(RequestItemId id, [NotNullWhen(true)] out RequestItem? item) => _items.TryGetValue(id, out item);

    /// <summary>Gets an item.</summary>
    /// <param name="id">The item id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="KeyNotFoundException">The item is not catalogued; the message names the id.</exception>
    public RequestItem GetItem(RequestItemId id)
        => _items.TryGetValue(id, out var item) ? item : throw new KeyNotFoundException($"The request catalogue has no request item '{id.Value}'.");

    /// <summary>
    /// Finds the item whose keywords a text mentions, among the items that can be ordered (their service and offering are
    /// live: an item for a pipeline service is not offered before it goes live): each keyword is looked for
    /// case-insensitively as whole words (not inside a longer word). The item with the most keywords found wins; on a tie,
    /// the first in catalogue order.
    /// </summary>
    /// <param name="text">The text, usually a contact's short description.</param>
    /// <returns>The item, or <see langword="null"/> when no keyword is found.</returns>
    public RequestItem? MatchKeywords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequestItem? best = null;
        var bestHits = 0;
        foreach (var item in Items)
        {
            if (NotOrderable(item) is not null)
            {
                continue;
            }

            var hits = 0;
            foreach (var keyword in item.Keywords)
            {
                if (ContainsWords(text, keyword))
                {
                    hits++;
                }
            }

            if (hits > bestHits)
            {
                best = item;
                bestHits = hits;
            }
        }

        return best;
    }

    // The largest group an offering-sponsors (or -customers) step can find for any one organization, with the fixed approvers.
    private static int MostConsumers(ServiceCatalog services, ServiceOfferingId offering, ConsumerRole role, IReadOnlyList<ActorId> fixedApprovers)
        => services.Relationships
            .Where(r => r.Offerings.Contains(offering))
            .GroupBy(r => r.Consumer)
            .Select(g => g.SelectMany(r => r.ActorsIn(role)).Concat(fixedApprovers).Distinct().Count())
            .DefaultIfEmpty(fixedApprovers.Count)
            .Max();

    // Only a live service and offering can be ordered: a pipeline one is not available yet, a retired one no longer.
    internal string? NotOrderable(RequestItem item)
        => Services.WhyNotLive(item.Service) ?? (item.Offering is { } offering ? Services.WhyNotLive(offering) : null);

    private static bool ContainsWords(string text, string keyword)
    {
        var phrase = keyword.Trim();
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<RequestItem> Build(RequestCatalogDocument document, ServiceCatalog services, List<ValidationProblem> problems)
    {
        var items = DefinitionChecks.List(document.Items, "$.items", problems);
        var indexes = DefinitionChecks.FirstIndexes(items, (RequestItem i) => i.Id);
        var frozen = new RequestItem[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!DefinitionChecks.Element(item, x => x.Id, x => x.Name, "$.items", i, indexes, problems))
            {
                continue;
            }

            var path = $"$.items[{i}]";
            var serviceKnown = DefinitionChecks.Reference(item.Service, path + ".service", services.Contains, problems);
            if (item.Offering is { } offering
                && DefinitionChecks.Reference(offering, path + ".offering", services.Contains, problems)
                && serviceKnown
                && services.WhyUnknown(offering, item.Service) is { } notOfService)
            {
                problems.Add(new(path + ".offering", notOfService));
            }

            // Items may be prepared for a service in the pipeline (not orderable until it is live), never for a retired one.
            if (serviceKnown && services.WhyRetired(item.Service) is { } retiredService)
            {
                problems.Add(new(path + ".service", $"{retiredService}; a retired service cannot be requested"));
            }

            if (item.Offering is { } retiredOffering && services.WhyRetired(retiredOffering) is { } retired)
            {
                problems.Add(new(path + ".offering", $"{retired}; a retired offering cannot be requested"));
            }

            DefinitionChecks.Defined(item.TaskOrder, path + ".taskOrder", problems);
            if (item.AvailableTo is { } availability)
            {
                DefinitionChecks.Defined(availability, path + ".availableTo", problems);
                if (availability == RequestAvailability.ServiceConsumers && item.Offering is null)
                {
                    problems.Add(new(path + ".availableTo", "an item for the consumers of its offering must name the offering"));
                }
                else if (availability == RequestAvailability.ServiceConsumers && item.Offering is { } consumed && services.Contains(consumed)
                    && !services.Relationships.Any(r => r.Offerings.Contains(consumed)))
                {
                    problems.Add(new(path + ".availableTo", $"no service relationship takes offering '{consumed.Value}', so nobody could request the item"));
                }
            }

            if (item.StandardChangeModel is { } model && Identifier.Check(model) is { } bad)
            {
                problems.Add(new(path + ".standardChangeModel", $"the standard change model id {bad}"));
            }

            frozen[i] = item with
            {
                Keywords = Sequence.Freeze(DefinitionChecks.Texts(item.Keywords, path + ".keywords", "keyword", problems)),
                Fields = Sequence.Freeze(Fields(item.Fields, path + ".fields", problems)),
                Approvals = Sequence.Freeze(Approvals(item.Approvals, item.Offering, services, path + ".approvals", problems)),
                Tasks = Sequence.Freeze(Tasks(item.Tasks, path + ".tasks", problems)),
            };
        }

        return Array.AsReadOnly(frozen);
    }

    private static List<RequestField> Fields(IReadOnlyList<RequestField>? fields, string section, List<ValidationProblem> problems)
    {
        var list = DefinitionChecks.List(fields, section, problems);
        var result = new List<RequestField>(list.Count);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"{section}[{i}]";
            if (list[i] is not { } field)
            {
                problems.Add(new(path, "the entry is missing (null)"));
                continue;
            }

            UniqueName(field.Name, path, section, "field", names, i, problems);
            DefinitionChecks.Defined(field.Kind, path + ".kind", problems);
            var options = DefinitionChecks.Texts(field.Options, path + ".options", "option", problems);
            if (field.Kind == RequestFieldKind.Choice)
            {
                if (field.Options is { Count: 0 })
                {
                    problems.Add(new(path + ".options", "a choice field needs at least one option"));
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var o = 0; o < options.Count; o++)
                {
                    if (options[o] is { } option && !string.IsNullOrWhiteSpace(option) && !seen.Add(option))
                    {
                        problems.Add(new($"{path}.options[{o}]", $"option '{option}' is listed more than once"));
                    }

                    // A submitted value is trimmed before it is matched, so such an option could never be chosen.
                    if (options[o] is { } spaced && !string.IsNullOrWhiteSpace(spaced) && spaced != spaced.Trim())
                    {
                        problems.Add(new($"{path}.options[{o}]", $"option '{spaced}' has spaces around it; a submitted value is trimmed, so it could never match"));
                    }
                }
            }
            else if (options.Count > 0)
            {
                problems.Add(new(path + ".options", $"only choice fields have options; this field is {field.Kind}"));
            }

            result.Add(field with { Options = Sequence.Freeze(options) });
        }

        return result;
    }

    private static List<ApprovalStep> Approvals(IReadOnlyList<ApprovalStep>? steps, ServiceOfferingId? offering, ServiceCatalog services, string section, List<ValidationProblem> problems)
    {
        var list = DefinitionChecks.List(steps, section, problems);
        var result = new List<ApprovalStep>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"{section}[{i}]";
            if (list[i] is not { } step)
            {
                problems.Add(new(path, "the entry is missing (null)"));
                continue;
            }

            DefinitionChecks.Name(step.Name, path + ".name", problems);
            var approvers = DefinitionChecks.References(step.Approvers, path + ".approvers", static _ => true, problems);
            if (step.ApproversFrom is { } source)
            {
                DefinitionChecks.Defined(source, path + ".approversFrom", problems);
                if (source is ApproverSource.OfferingSponsors or ApproverSource.OfferingCustomers && offering is null)
                {
                    problems.Add(new(path + ".approversFrom", source == ApproverSource.OfferingSponsors
                        ? "'offering-sponsors' needs the item to name an offering (the sponsors of the requester's organization are found for it); the item names none"
                        : "'offering-customers' needs the item to name an offering (the customers of the requester's organization are found for it); the item names none"));
                }
            }
            else if (step.Approvers is { Count: 0 })
            {
                problems.Add(new(path + ".approvers", "an approval step needs at least one approver, or approversFrom to find them for each request"));
            }

            if (step.Quorum < 1)
            {
                problems.Add(new(path + ".quorum", $"the quorum is {step.Quorum}; it must be at least 1"));
            }
            else if (step.ApproversFrom is null && approvers.Count > 0 && step.Quorum > approvers.Count)
            {
                problems.Add(new(path + ".quorum", $"the quorum {step.Quorum} is larger than the group of {approvers.Count} approvers"));
            }
            else if (step.ApproversFrom == ApproverSource.RequesterManager && step.Quorum > approvers.Count + 1)
            {
                // The requester's manager is one person: the group never grows beyond the fixed approvers and them.
                problems.Add(new(path + ".quorum", $"the quorum {step.Quorum} is larger than the group can ever be: the requester's manager and {approvers.Count} fixed approver{(approvers.Count == 1 ? string.Empty : "s")}"));
            }
            else if (step.ApproversFrom is ApproverSource.OfferingSponsors or ApproverSource.OfferingCustomers && offering is { } taken
                && MostConsumers(services, taken, step.ApproversFrom == ApproverSource.OfferingSponsors ? ConsumerRole.Sponsor : ConsumerRole.Customer, approvers) is var most
                && step.Quorum > most)
            {
                // The sponsors (or customers) found for a request are those of the requester's organization in the service
                // relationships taking the offering: the largest such group, with the fixed approvers, bounds the quorum.
                var role = step.ApproversFrom == ApproverSource.OfferingSponsors ? "sponsors" : "customers";
                problems.Add(new(path + ".quorum", $"the quorum {step.Quorum} is larger than the group can ever be: {approvers.Count} fixed approver{(approvers.Count == 1 ? string.Empty : "s")} and at most {most - approvers.Count} {role} of one organization for offering '{taken.Value}' in the service catalogue's relationships"));
            }

            result.Add(step with { Approvers = Sequence.Freeze(approvers) });
        }

        return result;
    }

    private static List<FulfilmentTask> Tasks(IReadOnlyList<FulfilmentTask>? tasks, string section, List<ValidationProblem> problems)
    {
        var list = DefinitionChecks.List(tasks, section, problems);
        if (tasks is { Count: 0 })
        {
            problems.Add(new(section, "a request item needs at least one fulfilment task"));
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<FulfilmentTask>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"{section}[{i}]";
            if (list[i] is not { } task)
            {
                problems.Add(new(path, "the entry is missing (null)"));
                continue;
            }

            UniqueName(task.Name, path, section, "task", names, i, problems);
            if (task.Group is { Value: null })
            {
                problems.Add(new(path + ".group", "the assignment group id is empty; leave the group out instead"));
            }

            result.Add(task);
        }

        return result;
    }

    private static void UniqueName(string? name, string path, string section, string what, Dictionary<string, int> names, int index, List<ValidationProblem> problems)
    {
        DefinitionChecks.Name(name, path + ".name", problems);
        if (!string.IsNullOrWhiteSpace(name) && !names.TryAdd(name, index))
        {
            problems.Add(new(path + ".name", $"duplicate {what} name '{name}'; it is first defined at {section}[{names[name]}]"));
        }
    }
}
