using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace ItilCore.Lifecycles;

/// <summary>
/// A practice's lifecycle: defined once with Stateless, then compiled into an immutable transition table that every
/// aggregate of the practice shares. Commands are checked against the table; the Stateless definition also draws the
/// diagram and can build a real machine to prove the two agree.
/// </summary>
/// <typeparam name="TState">The state enum (int-backed, values 0 to 63).</typeparam>
/// <typeparam name="TTrigger">The trigger enum (int-backed, values 0 to 63).</typeparam>
/// <typeparam name="TSubject">The aggregate type that guards read.</typeparam>
/// <remarks>
/// Immutable and thread-safe. Stateless machines are neither thread-safe nor cheap to configure, so no machine is
/// configured per aggregate: the definition runs once, <see cref="StateMachine{TState, TTrigger}.GetInfo"/> is read, and
/// the fixed transitions with their guard descriptions become an array lookup. Only fixed transitions (Permit, PermitIf,
/// PermitReentry, InternalTransition) are supported; dynamic transitions and ignored triggers are rejected when the
/// lifecycle is built, so the table is always complete.
/// </remarks>
public sealed class Lifecycle<TState, TTrigger, TSubject>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private const int MaxEnumValue = 63;
    private readonly Action<StateMachine<TState, TTrigger>, Func<LifecycleGuard<TSubject>, Func<bool>>> _define;
    private readonly LifecycleTransition<TState, TTrigger, TSubject>[]?[] _table;
    private readonly TState[] _states;
    private readonly TTrigger[] _triggers;

    /// <summary>Builds and compiles a lifecycle.</summary>
    /// <param name="name">The aggregate's name in messages and rejection codes, for example "incident".</param>
    /// <param name="initialState">The state a new aggregate starts in.</param>
    /// <param name="define">
    /// Configures the Stateless machine. It receives the machine and a binder that turns a <see cref="LifecycleGuard{TSubject}"/>
    /// into the <c>Func&lt;bool&gt;</c> Stateless wants; pass the guard's <see cref="LifecycleGuard{TSubject}.Description"/> as the guard description.
    /// </param>
    /// <exception cref="InvalidDefinitionException">The definition uses unsupported Stateless features or unknown guards.</exception>
    public Lifecycle(string name, TState initialState, Action<StateMachine<TState, TTrigger>, Func<LifecycleGuard<TSubject>, Func<bool>>> define)
    {
        Name = Preconditions.NotBlank(name, nameof(name));
        InitialState = initialState;
        _define = Preconditions.NotNull(define, nameof(define));
        if (Unsafe.SizeOf<TState>() != sizeof(int) || Unsafe.SizeOf<TTrigger>() != sizeof(int))
        {
            throw new ArgumentException("State and trigger enums must be int-backed.", nameof(define));
        }

        _states = Enum.GetValues<TState>();
        _triggers = Enum.GetValues<TTrigger>();
        var guards = new Dictionary<string, LifecycleGuard<TSubject>>(StringComparer.Ordinal);
        var problems = new List<ValidationProblem>();
        var machine = new StateMachine<TState, TTrigger>(initialState);
        define(machine, guard =>
        {
            if (guards.TryGetValue(guard.Description, out var known) && !ReferenceEquals(known, guard))
            {
                problems.Add(new ValidationProblem("$.guards", $"two different guards are described as '{guard.Description}'"));
            }

            guards[guard.Description] = guard;
            return static () => throw new InvalidOperationException("The definition machine never evaluates guards.");
        });
        Info = machine.GetInfo();
        _table = new LifecycleTransition<TState, TTrigger, TSubject>[]?[(MaxEnumValue + 1) * (MaxEnumValue + 1)];
        var all = new List<LifecycleTransition<TState, TTrigger, TSubject>>();
        foreach (var state in _states)
        {
            CheckRange(ToInt(state), $"state {state}", problems);
        }

        foreach (var trigger in _triggers)
        {
            CheckRange(ToInt(trigger), $"trigger {trigger}", problems);
        }

        foreach (var stateInfo in Info.States)
        {
            var source = (TState)stateInfo.UnderlyingState;
            if (stateInfo.DynamicTransitions.Any() || stateInfo.IgnoredTriggers.Any() || stateInfo.Substates.Any())
            {
                problems.Add(new ValidationProblem($"$.states.{source}", "only fixed transitions are supported (no dynamic transitions, ignored triggers or substates)"));
            }

            foreach (var fixedTransition in stateInfo.FixedTransitions)
            {
                var transitionGuards = new List<LifecycleGuard<TSubject>>();
                foreach (var description in fixedTransition.GuardConditionsMethodDescriptions.Select(g => g.Description))
                {
                    if (guards.TryGetValue(description, out var guard))
                    {
                        transitionGuards.Add(guard);
                    }
                    else
                    {
                        problems.Add(new ValidationProblem($"$.states.{source}", $"the guard '{description}' was not created through the binder"));
                    }
                }

                var transition = new LifecycleTransition<TState, TTrigger, TSubject>(
                    source,
                    (TTrigger)fixedTransition.Trigger.UnderlyingTrigger,
                    (TState)fixedTransition.DestinationState.UnderlyingState,
                    fixedTransition.IsInternalTransition,
                    transitionGuards.AsReadOnly());
                all.Add(transition);
                if (problems.Count == 0)
                {
                    var slot = Slot(transition.Source, transition.Trigger);
                    _table[slot] = [.. _table[slot] ?? [], transition];
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException($"{name} lifecycle", problems);
        }

        Transitions = all.AsReadOnly();
    }

    /// <summary>Gets the aggregate's name, as used in messages and rejection codes.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets or initializes what the lifecycle's subjects are, for a rejection of a command that none of its states permits
    /// (for example "a standard change", where another lifecycle of the same aggregate permits it); the name when not given.
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>Gets the state a new aggregate starts in.</summary>
    public TState InitialState { get; }

    /// <summary>Gets Stateless's description of the lifecycle.</summary>
    public StateMachineInfo Info { get; }

    /// <summary>Gets every transition, in definition order.</summary>
    public IReadOnlyList<LifecycleTransition<TState, TTrigger, TSubject>> Transitions { get; }

    /// <summary>Gets the rejection code used when a trigger is not possible from the current state.</summary>
    public string NotPermittedCode => Name + ".not-permitted";

    /// <summary>Gets the rejection code used when a trigger is possible from the state but a guard does not hold.</summary>
    public string ConditionNotMetCode => Name + ".condition-not-met";

    /// <summary>Draws the lifecycle as a Mermaid state diagram, through Stateless's own graph writer.</summary>
    /// <returns>The Mermaid text.</returns>
    public string ToMermaid() => MermaidGraph.Format(Info).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    /// <summary>
    /// Configures a real Stateless machine from the same definition, with guards bound to a subject. Use it to prove
    /// that the compiled table agrees with Stateless, or to explore the lifecycle; aggregates never need one.
    /// </summary>
    /// <param name="subject">Returns the aggregate the guards read.</param>
    /// <param name="stateAccessor">Reads the state.</param>
    /// <param name="stateMutator">Writes the state.</param>
    /// <returns>A new machine (not thread-safe, as every Stateless machine).</returns>
    public StateMachine<TState, TTrigger> CreateMachine(Func<TSubject> subject, Func<TState> stateAccessor, Action<TState> stateMutator)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var machine = new StateMachine<TState, TTrigger>(stateAccessor, stateMutator);
        _define(machine, guard => () => guard.Predicate(subject()));
        return machine;
    }

    /// <summary>Tells whether a trigger is possible for an aggregate in a state, and where it leads.</summary>
    /// <param name="subject">The aggregate, read by guards.</param>
    /// <param name="state">Its current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">The destination when possible; otherwise <paramref name="state"/>.</param>
    /// <param name="rejection">Why not, when not possible.</param>
    /// <returns><see langword="true"/> when the trigger is possible.</returns>
    /// <exception cref="InvalidOperationException">More than one guarded transition holds (the guards are not mutually exclusive).</exception>
    public bool TryFire(TSubject subject, TState state, TTrigger trigger, out TState destination, out Rejection? rejection)
    {
        destination = state;
        var candidates = _table[Slot(state, trigger)];
        if (candidates is null)
        {
            rejection = NotPermitted(state, trigger);
            return false;
        }

        LifecycleTransition<TState, TTrigger, TSubject>? chosen = null;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (AllHold(candidates[i].Guards, subject))
            {
                if (chosen is not null)
                {
                    throw new InvalidOperationException($"The {Name} lifecycle has more than one permitted transition for {trigger} from {state}; its guards must be mutually exclusive.");
                }

                chosen = candidates[i];
            }
        }

        if (chosen is null)
        {
            rejection = ConditionNotMet(subject, state, trigger, candidates);
            return false;
        }

        destination = chosen.Destination;
        rejection = null;
        return true;
    }

    /// <summary>Lists the triggers possible for an aggregate in a state, guards included.</summary>
    /// <param name="subject">The aggregate.</param>
    /// <param name="state">Its state.</param>
    /// <returns>The possible triggers, in enum order.</returns>
    public IReadOnlyList<TTrigger> PermittedTriggers(TSubject subject, TState state)
        => _triggers.Where(t => _table[Slot(state, t)] is { } c && c.Any(x => AllHold(x.Guards, subject))).ToArray();

    /// <summary>Lists the states from which a trigger is possible (ignoring guards).</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The states, in enum order.</returns>
    public IReadOnlyList<TState> StatesPermitting(TTrigger trigger)
        => _states.Where(s => _table[Slot(s, trigger)] is not null).ToArray();

    /// <summary>Tells whether a state has no way out (no transition at all).</summary>
    /// <param name="state">The state.</param>
    /// <returns><see langword="true"/> for a terminal state.</returns>
    public bool IsTerminal(TState state) => _triggers.All(t => _table[Slot(state, t)] is null);

    /// <summary>Turns an enum member name into words: <c>InProgress</c> becomes "In Progress".</summary>
    /// <param name="value">The enum value.</param>
    /// <returns>The words.</returns>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => ItilCore.Words.Of(value);

    private static bool AllHold(IReadOnlyList<LifecycleGuard<TSubject>> guards, TSubject subject)
    {
        for (var i = 0; i < guards.Count; i++)
        {
            if (!guards[i].Predicate(subject))
            {
                return false;
            }
        }

        return true;
    }

    private static int ToInt<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Unsafe.As<TEnum, int>(ref value);

    private static int Slot(TState state, TTrigger trigger)
    {
        var s = ToInt(state);
        var t = ToInt(trigger);
        if ((uint)s > MaxEnumValue)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "The state is not defined.");
        }

        return (uint)t <= MaxEnumValue ? (s * (MaxEnumValue + 1)) + t : throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "The trigger is not defined.");
    }

    private static void CheckRange(int value, string what, List<ValidationProblem> problems)
    {
        if (value is < 0 or > MaxEnumValue)
        {
            problems.Add(new ValidationProblem("$.enums", $"{what} has value {value}; values must be 0 to {MaxEnumValue}"));
        }
    }

    private Rejection NotPermitted(TState state, TTrigger trigger)
    {
        var action = Words(trigger);
        if (IsTerminal(state))
        {
            return new Rejection(NotPermittedCode, $"The {Name} is {Words(state)}, which is final: {action} is not possible.");
        }

        var from = StatesPermitting(trigger);
        return from.Count == 0
            ? new Rejection(NotPermittedCode, $"{action} is not possible for {Kind ?? "a " + Name}; the {Name} is {Words(state)}.")
            : new Rejection(NotPermittedCode, $"{action} is possible only from {string.Join(" or ", from.Select(s => Words(s)))}; the {Name} is {Words(state)}.");
    }

    private Rejection ConditionNotMet(TSubject subject, TState state, TTrigger trigger, LifecycleTransition<TState, TTrigger, TSubject>[] candidates)
    {
        // Each candidate transition needs all of its guards, and any one candidate will do. So a guard that fails in every
        // candidate is what stands in the way (a change on hold, whatever the quorum); only when none does are the
        // candidates named as alternatives.
        var failing = candidates.Select(c => c.Guards.Where(g => !g.Predicate(subject)).Select(g => g.Description).ToArray()).ToArray();
        var common = failing[0].Where(d => failing.All(f => f.Contains(d))).ToArray();
        var unless = common.Length > 0
            ? string.Join(" and ", common)
            : string.Join(", or ", failing.Select(f => string.Join(" and ", f)).Distinct());
        return new Rejection(ConditionNotMetCode, $"{Words(trigger)} is not possible while the {Name} is {Words(state)} unless {unless}.");
    }
}
