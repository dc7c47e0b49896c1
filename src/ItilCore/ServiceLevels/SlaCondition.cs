using ItilCore.Serialization;

namespace ItilCore.ServiceLevels;

/// <summary>
/// A typed predicate over a ticket's state at one moment, used for an SLA's start, pause, resume, stop, cancel and
/// reset conditions. Conditions are data: they serialize to JSON (with a <c>when</c> discriminator), describe
/// themselves in words, and are evaluated in ServiceNow's documented order by the SLA clock. Each condition type declares
/// its wire name where it is defined (they are listed in <see cref="ItilJson.SlaConditionTypeNames"/>); the practices add
/// their own conditions (an incident's state, a request's state), which read the practice's snapshot from
/// <see cref="SlaTicket.Source"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[WireDiscriminator(ItilJson.SlaConditionDiscriminator)]
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

    /// <summary>Gets whether the condition lists nothing to match (an empty list of states, reasons or priorities), so that it can never hold.</summary>
    internal virtual bool ListsNothing => false;

    /// <summary>
    /// Tells whether the condition reads the snapshot of a kind of ticket (an incident's state, a request's hold reason),
    /// or contains a condition that does; the kinds an objective measures by default follow from it
    /// (<see cref="SlaObjective.AppliesTo"/>).
    /// </summary>
    /// <param name="kind">The kind of ticket.</param>
    /// <returns><see langword="true"/> when it reads that kind's snapshot.</returns>
    internal virtual bool Reads(TicketKind kind) => false;
}
