using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Changes;

/// <summary>
/// The change enablement practice of one team: its clock, risk matrix, change authorities and standard change
/// catalogue. It requests changes and rebuilds them from their event histories.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one instance serves every change on every thread, provided the clock and the event id
/// source given to it are thread-safe too (the defaults are). Each <see cref="Change"/> is not thread-safe.
/// </remarks>
public sealed class ChangeManagement
{
    private readonly Func<Guid> _newEventId;

    /// <summary>Initializes the practice.</summary>
    /// <param name="clock">Where "now" comes from; every event's time is read from it.</param>
    /// <param name="options">The risk matrix, authority policy and standard change catalogue.</param>
    /// <param name="newEventId">Makes event ids; <see cref="EventIds.NewRandom"/> when omitted. It is called only for accepted commands.</param>
    /// <exception cref="ArgumentException">The options are inconsistent (the policy's risk levels or a model's risk do not fit the matrix, or the standard change catalogue does not fit the service model: the message names each model and problem).</exception>
    public ChangeManagement(IClock clock, ChangeManagementOptions options, Func<Guid>? newEventId = null)
    {
        Clock = Preconditions.NotNull(clock, nameof(clock));
        Options = Preconditions.NotNull(options, nameof(options));
        StandardChanges = Options.Validate();
        _newEventId = newEventId ?? EventIds.NewRandom;
    }

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the options.</summary>
    public ChangeManagementOptions Options { get; }

    /// <summary>Gets the risk matrix (impact × likelihood → risk).</summary>
    public PriorityMatrix RiskMatrix => Options.RiskMatrix;

    /// <summary>Gets the change authority policy.</summary>
    public ChangeAuthorityPolicy AuthorityPolicy => Options.AuthorityPolicy;

    /// <summary>
    /// Gets the standard change catalogue: the options' <see cref="ChangeManagementOptions.StandardChanges"/>, checked
    /// against the options' <see cref="ChangeManagementOptions.ServiceModel"/> and matching its configuration items when
    /// there is one.
    /// </summary>
    public StandardChangeCatalog StandardChanges { get; }

    /// <summary>Requests a change: validates the command and records <see cref="ChangeRequested"/>.</summary>
    /// <param name="by">Who records the request.</param>
    /// <param name="command">What is requested.</param>
    /// <returns>The new change and its first event, or the rejection.</returns>
    /// <exception cref="ArgumentException">The command is null, has a default id or requester, an undefined type, a default service or model id, or a configuration item empty or listed twice (the message names it).</exception>
    public CommandResult<Change> Request(ActorId by, RequestChange command)
    {
        Preconditions.NotDefault(by, nameof(by));
        ArgumentNullException.ThrowIfNull(command);
        Preconditions.NotDefault(command.Id, nameof(command));
        Preconditions.NotDefault(command.Requester, nameof(command));
        Preconditions.Defined(command.Type, nameof(command));
        Preconditions.NotDefaultIfGiven(command.Service, nameof(command));
        Preconditions.NotDefaultIfGiven(command.Model, nameof(command));
        var items = Preconditions.NoNullItems(command.ConfigurationItems, nameof(command));
        var seen = new HashSet<ConfigurationItemId>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Value is null)
            {
                throw new ArgumentException($"Configuration item {i} of the change is empty (default).", nameof(command));
            }

            if (!seen.Add(items[i]))
            {
                throw new ArgumentException($"Configuration item {items[i]} is listed more than once (again at {i}).", nameof(command));
            }
        }

        if (string.IsNullOrWhiteSpace(command.ShortDescription))
        {
            return CommandResult<Change>.Rejected(new(ChangeRejectionCodes.TextRequired, "A short description is required to request a change."));
        }

        if (UnknownReference(command, items) is { } unknown)
        {
            return CommandResult<Change>.Rejected(unknown);
        }

        if (CheckModel(command.Type, command.Model, command.Service, items, out var model) is { } invalid)
        {
            return CommandResult<Change>.Rejected(invalid);
        }

        if (ModelPlanConflict(model, command) is { } conflict)
        {
            return CommandResult<Change>.Rejected(conflict);
        }

        var requested = new ChangeRequested(
            new EventEnvelope(NewEventId(), command.Id.Value, 1, Clock.GetCurrentInstant(), by),
            command.Type,
            command.Model,
            command.ShortDescription.Trim(),
            command.Description,
            command.Requester,
            command.Service ?? model?.Service,
            Sequence.Freeze(items),
            model?.MaxRisk)
        {
            ServiceFromModel = command.Service is null && model?.Service is not null,
            // A standard change's plans are its model's, where the model has them (a request may fill in what it lacks).
            ImplementationPlan = model?.ImplementationPlan ?? Change.PlanText(command.ImplementationPlan),
            BackoutPlan = model?.BackoutPlan ?? Change.PlanText(command.BackoutPlan),
        };
        return CommandResult<Change>.Accepted(new Change(this, requested), CommandResult.Accepted(requested));
    }

    /// <summary>
    /// Rebuilds a change from its event history: a plain fold over the events. On the way it checks what keeps a
    /// history whole (one change, versions 1, 2, 3, …, none earlier in time than the one before, each event allowed from the state it meets by the lifecycle of
    /// the change's type at that point); it does not re-run the commands' own rules, because events are facts.
    /// </summary>
    /// <param name="history">The events, oldest first, starting with <see cref="ChangeRequested"/>.</param>
    /// <returns>The change exactly as it was after the last event.</returns>
    /// <exception cref="ArgumentException">The history is empty, mixes changes, skips a version, goes back in time or contains a transition the lifecycle forbids.</exception>
    public Change Rebuild(IEnumerable<DomainEvent> history)
        => Lifecycles.History.Fold<ChangeManagement, Change, ChangeEvent, ChangeRequested>(
            history,
            this,
            "a change event",
            "A change history",
            static (practice, requested) => new Change(practice, requested),
            static (change, e, index) => change.ApplyFromHistory(e, index));

    internal EventEnvelope Envelope(Change change, ActorId by, Instant now)
        => new(NewEventId(), change.Id.Value, change.Version + 1, now, by);

    internal Risk? RiskOf(Impact impact, Likelihood likelihood)
        => RiskMatrix.Contains(impact) && likelihood.Level >= 1 && likelihood.Level <= RiskMatrix.UrgencyLevels
            ? new Risk(RiskMatrix.Calculate(impact, new Urgency(likelihood.Level)).Level)
            : null;

    // A standard change follows its model's pre-authorized plans: a request that writes another is refused, not overridden.
    private static Rejection? ModelPlanConflict(ChangeModel? model, RequestChange command)
    {
        if (model is null)
        {
            return null;
        }

        var which = model.ImplementationPlan is { } i && Change.PlanText(command.ImplementationPlan) is { } ownI && ownI != i ? "implementation"
            : model.BackoutPlan is { } b && Change.PlanText(command.BackoutPlan) is { } ownB && ownB != b ? "backout"
            : null;
        return which is null
            ? null
            : new Rejection(ChangeRejectionCodes.ModelPlanFixed, $"Standard change {command.Id} follows model {model.Id}, whose {which} plan is pre-authorized; leave the {which} plan out, or request a normal change to use another.");
    }

    /// <summary>The model of the catalogue with that id; none for no id or an unknown one.</summary>
    internal ChangeModel? ModelOf(ChangeModelId? model)
        => model is { } id && StandardChanges.TryGetModel(id, out var found) ? found : null;

    internal Rejection? CheckModel(ChangeType type, ChangeModelId? modelId, Catalog.ServiceId? service, IReadOnlyList<ConfigurationItemId> items, out ChangeModel? model)
    {
        model = null;
        if (type != ChangeType.Standard)
        {
            return modelId is { } given
                ? new Rejection(ChangeRejectionCodes.ModelOnlyForStandard, $"Only standard changes are raised from a change model; a {type} change cannot use {given}.")
                : null;
        }

        if (modelId is not { } id)
        {
            return new Rejection(ChangeRejectionCodes.ModelRequired, "A standard change needs a change model from the standard change catalogue.");
        }

        if (!StandardChanges.TryGetModel(id, out model))
        {
            return new Rejection(ChangeRejectionCodes.UnknownModel, $"Change model {id} is not in the standard change catalogue.");
        }

        return StandardChanges.WhyNotAllowed(model, service, items) is { } why
            ? new Rejection(ChangeRejectionCodes.ModelNotApplicable, $"The change cannot be a standard change: {why}.")
            : null;
    }

    private Rejection? UnknownReference(RequestChange command, IReadOnlyList<ConfigurationItemId> items)
    {
        if (Options.ServiceModel is not { } model)
        {
            return null;
        }

        // Any status will do: a change may build a service in the pipeline or decommission a retired one.
        var problem = (command.Service is { } service ? model.Catalog.WhyUnknown(service) : null)
            ?? items.Select(model.Configuration.WhyUnknown).FirstOrDefault(why => why is not null);
        return problem is null ? null : new Rejection(ChangeRejectionCodes.UnknownReference, $"The change cannot be requested: {problem}.");
    }

    private EventId NewEventId() => new(_newEventId());
}
