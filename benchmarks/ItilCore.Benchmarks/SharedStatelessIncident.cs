using ItilCore.Incidents;
using Stateless;

namespace ItilCore.Benchmarks;

/// <summary>One Stateless machine for every ticket: its external state accessor, mutator and guards read <see cref="Current"/>, which is re-pointed at each ticket.</summary>
public sealed class SharedStatelessIncident
{
    public SharedStatelessIncident()
    {
        Current = new Ticket();
        Machine = new StateMachine<IncidentState, IncidentTrigger>(() => Current.State, s => Current.State = s);
        BareStatelessIncident.Configure(
            Machine,
            () => Current.HoldReason == HoldReason.AwaitingCaller,
            () => Current.HoldReason != HoldReason.AwaitingCaller);
    }

    public Ticket Current { get; set; }

    public StateMachine<IncidentState, IncidentTrigger> Machine { get; }
}
