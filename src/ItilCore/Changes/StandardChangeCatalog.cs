using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;

namespace ItilCore.Changes;

/// <summary>
/// The catalogue of pre-authorized change models that standard changes are raised from. A standard change must name
/// one of its models, and may touch only the configuration items (or items of the classes) the model allows.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StandardChangeCatalog
{
    private readonly Dictionary<ChangeModelId, ChangeModel> _models;

    private StandardChangeCatalog(IReadOnlyList<ChangeModel> models, ConfigurationModel? configuration)
    {
        Models = models;
        Configuration = configuration;
        _models = models.ToDictionary(m => m.Id);
    }

    /// <summary>Gets an empty catalogue: no standard change can be raised.</summary>
    public static StandardChangeCatalog Empty { get; } = new([], null);

    /// <summary>Gets the models, in the order given.</summary>
    public IReadOnlyList<ChangeModel> Models { get; }

    /// <summary>Gets the configuration model the models' items were checked against, if one was given.</summary>
    public ConfigurationModel? Configuration { get; }

    /// <summary>
    /// Builds a catalogue, checking ids, names, risks and what each model allows, and reporting every problem at once.
    /// With a configuration model, allowed items, classes and services must exist in it (and its service catalogue).
    /// </summary>
    /// <param name="models">The change models.</param>
    /// <param name="configuration">The configuration model; without it, references are not checked and only listed items (not classes) can be matched.</param>
    /// <param name="riskMatrix">The risk matrix; when given, each model's maximum risk must be on its scale.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="models"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDefinitionException">The models are invalid; the exception lists every problem with its JSON path (<c>$[0].name</c>).</exception>
    public static StandardChangeCatalog Create(IEnumerable<ChangeModel> models, ConfigurationModel? configuration = null, PriorityMatrix? riskMatrix = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        var list = models.ToArray();
        var problems = new List<ValidationProblem>();
        var indexes = DefinitionChecks.FirstIndexes<ChangeModel, ChangeModelId>(list, m => m.Id);
        var classes = configuration?.Items.Select(i => i.Class).ToHashSet();
        var frozen = new List<ChangeModel>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            var model = list[i];
            if (!DefinitionChecks.Element(model, m => m.Id, m => m.Name, "$", i, indexes, problems))
            {
                continue;
            }

            var path = $"$[{i}]";
            if (model.MaxRisk.Level == 0)
            {
                problems.Add(new(path + ".maxRisk", "the maximum risk is missing"));
            }
            else if (riskMatrix is not null && model.MaxRisk.OffScale(riskMatrix) is { } offScale)
            {
                problems.Add(new(path + ".maxRisk", offScale));
            }

            if (model.Service is { } service && configuration?.Catalog.WhyUnknown(service) is { } unknown)
            {
                problems.Add(new(path + ".service", unknown));
            }
            else if (model.Service is { } named && configuration?.Catalog.WhyRetired(named) is { } retired)
            {
                // Pre-authorized routine work on a withdrawn service makes no sense; decommissioning is a normal change.
                problems.Add(new(path + ".service", $"{retired}; a standard change model cannot be pre-authorized for a retired service"));
            }

            var items = DefinitionChecks.References(model.AllowedItems, path + ".allowedItems", id => configuration?.Contains(id) ?? true, problems);
            var allowedClasses = DefinitionChecks.List(model.AllowedClasses, path + ".allowedClasses", problems);
            for (var c = 0; c < allowedClasses.Count; c++)
            {
                if (allowedClasses[c].Value is null)
                {
                    problems.Add(new($"{path}.allowedClasses[{c}]", "the class is missing"));
                }
                else if (classes is not null && !classes.Contains(allowedClasses[c]))
                {
                    problems.Add(new($"{path}.allowedClasses[{c}]", $"no configuration item has class {allowedClasses[c]}"));
                }
            }

            if (items.Count == 0 && allowedClasses.Count == 0)
            {
                problems.Add(new(path, "a change model must allow at least one configuration item or class"));
            }

            frozen.Add(model with
            {
                AllowedItems = Sequence.Freeze(items),
                AllowedClasses = Sequence.Freeze(allowedClasses),
                ImplementationPlan = Change.PlanText(model.ImplementationPlan),
                BackoutPlan = Change.PlanText(model.BackoutPlan),
            });
        }

        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException("standard change catalogue", problems);
        }

        return new StandardChangeCatalog(frozen.AsReadOnly(), configuration);
    }

    /// <summary>Finds a model.</summary>
    /// <param name="id">The model id.</param>
    /// <param name="model">The model, when the catalogue has it.</param>
    /// <returns><see langword="true"/> when the catalogue has it.</returns>
    public bool TryGetModel(ChangeModelId id, [NotNullWhen(true)] out ChangeModel? model) => _models.TryGetValue(id, out model);

    /// <summary>Tells why a model does not allow a change on a service and items, or <see langword="null"/> when it does.</summary>
    /// <param name="model">The model.</param>
    /// <param name="service">The change's service.</param>
    /// <param name="items">The items the change touches.</param>
    /// <returns>The reason, as a phrase, or <see langword="null"/>.</returns>
    public string? WhyNotAllowed(ChangeModel model, ServiceId? service, IReadOnlyList<ConfigurationItemId> items)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(items);
        if (model.Service is { } required && service is { } given && given != required)
        {
            return $"change model {model.Id} is for service {required}, not {given}";
        }

        // A model that names its items or classes is pre-authorized for those only: a change that names no item would
        // borrow the authorization for anything.
        if (items.Count == 0 && (model.AllowedItems.Count > 0 || model.AllowedClasses.Count > 0))
        {
            return $"change model {model.Id} is authorized only for the configuration items it names, and the change names none";
        }

        foreach (var item in items)
        {
            var allowed = model.AllowedItems.Contains(item)
                || (Configuration is not null && Configuration.TryGetItem(item, out var found) && model.AllowedClasses.Contains(found.Class));
            if (!allowed)
            {
                return Configuration is null && model.AllowedClasses.Count > 0
                    ? $"change model {model.Id} does not list configuration item {item}, and its classes ({string.Join(", ", model.AllowedClasses)}) cannot be matched: the catalogue was built without a configuration model"
                    : $"change model {model.Id} does not allow configuration item {item}";
            }
        }

        return null;
    }
}
