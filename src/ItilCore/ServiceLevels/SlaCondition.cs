using System.Text.Json.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>
/// A typed predicate over a ticket's state at one moment, used for an SLA's start, pause, resume, stop, cancel and
/// reset conditions. Conditions are data: they serialize to JSON (with a <c>when</c> discriminator), describe
/// themselves in words, and are evaluated in ServiceNow's documented order by the SLA clock.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "when", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(Always), "always")]
[JsonDerivedType(typeof(Never), "never")]
[JsonDerivedType(typeof(StateIn), "state-in")]
[JsonDerivedType(typeof(RequestStateIn), "request-state-in")]
[JsonDerivedType(typeof(HoldReasonIn), "hold-reason-in")]
[JsonDerivedType(typeof(PriorityIn), "priority-in")]
[JsonDerivedType(typeof(HasAssignmentGroup), "has-assignment-group")]
[JsonDerivedType(typeof(HasAssignee), "has-assignee")]
[JsonDerivedType(typeof(MajorIncident), "major-incident")]
[JsonDerivedType(typeof(AllOf), "all-of")]
[JsonDerivedType(typeof(AnyOf), "any-of")]
[JsonDerivedType(typeof(Not), "not")]
public abstract record SlaCondition
{
    private protected SlaCondition()
    {
    }

    /// <summary>Tells whether the condition holds for a ticket at one moment.</summary>
    /// <param name="ticket">The ticket's state.</param>
    /// <returns><see langword="true"/> when it holds.</returns>
    public abstract bool Matches(SlaTicket ticket);

    /// <summary>Describes the condition in words, for explanations and documentation.</summary>
    /// <returns>For example "state is On Hold and hold reason is Awaiting Caller".</returns>
    public abstract string Describe();

    /// <summary>Returns <see cref="Describe"/>.</summary>
    /// <returns>The description.</returns>
    public sealed override string ToString() => Describe();
}
