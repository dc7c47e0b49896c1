using System;
using System.Linq;
using ItilCore.Lifecycles;

namespace ItilCore.Tests.Support;

/// <summary>The check every practice's compiled lifecycle table must pass against a real Stateless machine.</summary>
internal static class StatelessAgreement
{
    /// <summary>
    /// Whether, from the subject's current state, the compiled table allows exactly the triggers a Stateless machine built
    /// from the same definition allows (guards included), and every allowed trigger leads to the same state.
    /// </summary>
    public static bool Holds<TState, TTrigger, TSubject>(Lifecycle<TState, TTrigger, TSubject> lifecycle, TSubject subject, TState current)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var state = current;
        var machine = lifecycle.CreateMachine(() => subject, () => state, s => state = s);
        return Enum.GetValues<TTrigger>().All(trigger =>
        {
            state = current;
            var ours = lifecycle.TryFire(subject, current, trigger, out var destination, out _);
            if (ours != machine.CanFire(trigger))
            {
                return false;
            }

            if (!ours)
            {
                return true;
            }

            machine.Fire(trigger);
            return Equals(state, destination);
        });
    }
}
