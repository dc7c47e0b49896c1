using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using NodaTime;

namespace ItilCore.Testing;

/// <summary>
/// FsCheck generators for incident management: impacts and urgencies on a matrix, logging commands, and scenarios of
/// random commands that mix valid and invalid ones (blank texts, wrong groups, values off the matrix, commands in the
/// wrong state) with the passing of time.
/// </summary>
/// <remarks>Thread-safe: generators are immutable.</remarks>
public static class IncidentGenerators
{
    private static readonly string[] Texts = ["Printer jams", "VPN drops every hour", "Cannot log in", "E-mail delayed", "Disk full on db01"];
    private static readonly string[] BlankTexts = [string.Empty, "   "];
    private static readonly AssignmentGroupId[] Groups = [new("service-desk"), new("network"), new("database")];
    private static readonly ActorId[] People = [new("alice"), new("bob"), new("carol")];
    private static readonly ProblemId[] ProblemIds = [new("PRB0000001"), new("PRB0000002")];
    private static readonly ChangeId[] ChangeIds = [new("CHG0000001"), new("CHG0000002")];

    /// <summary>Generates impacts on a matrix's scale.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>The generator.</returns>
    public static Gen<Impact> Impact(PriorityMatrix matrix)
        => Gen.Choose(1, Preconditions(matrix).ImpactLevels).Select(l => new Impact(l));

    /// <summary>Generates urgencies on a matrix's scale.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>The generator.</returns>
    public static Gen<Urgency> Urgency(PriorityMatrix matrix)
        => Gen.Choose(1, Preconditions(matrix).UrgencyLevels).Select(l => new Urgency(l));

    /// <summary>Generates valid logging commands for a matrix.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>The generator.</returns>
    public static Gen<LogIncident> LogIncident(PriorityMatrix matrix)
        => from number in Gen.Choose(1, 9_999_999)
           from text in Gen.Elements(Texts)
           from caller in Gen.Elements(People)
           from channel in Gen.Elements(Enum.GetValues<ContactChannel>())
           from impact in Impact(matrix)
           from urgency in Urgency(matrix)
           select new LogIncident(new IncidentId($"INC{number:D7}"), text, caller, channel, impact, urgency);

    /// <summary>
    /// Generates logging commands that are invalid in exactly one way, each of which
    /// <see cref="IncidentManagement.Log"/> must refuse with a rejection (not an exception), recording no event and
    /// drawing no event id: a blank short description or a blank category or subcategory
    /// (<see cref="IncidentRejectionCodes.TextRequired"/>); an impact or urgency one level past the matrix, when the
    /// scale leaves room for one (<see cref="IncidentRejectionCodes.OutOfMatrix"/>); and, with a service model, a service,
    /// offering or configuration item it lacks or an offering that does not describe the service given
    /// (<see cref="IncidentRejectionCodes.UnknownReference"/>), or a retired service or offering when it has one
    /// (<see cref="IncidentRejectionCodes.RetiredService"/>). Commands that are programming errors, for which
    /// <see cref="IncidentManagement.Log"/> throws <see cref="ArgumentException"/> (a default id, caller or reference, an
    /// undefined channel), are not generated. <see cref="IncidentLaws.InvalidLogIsRejected"/> checks a practice against them.
    /// </summary>
    /// <param name="matrix">The practice's matrix.</param>
    /// <param name="model">The practice's service model (<see cref="IncidentManagementOptions.ServiceModel"/>), if it has one: without one, no reference is refused, so none is generated.</param>
    /// <returns>The generator.</returns>
    public static Gen<LogIncident> InvalidLogIncident(PriorityMatrix matrix, ServiceModel? model = null)
    {
        Preconditions(matrix);
        var blank = Gen.Elements(BlankTexts);
        var breaks = new List<Gen<Func<LogIncident, LogIncident>>>
        {
            blank.Select(t => (Func<LogIncident, LogIncident>)(c => c with { ShortDescription = t })),
            blank.Select(t => (Func<LogIncident, LogIncident>)(c => c with { Category = t })),
            blank.Select(t => (Func<LogIncident, LogIncident>)(c => c with { Category = "network", Subcategory = t })),
        };
        if (matrix.ImpactLevels < Levels.Max)
        {
            breaks.Add(Gen.Constant<Func<LogIncident, LogIncident>>(c => c with { Impact = new Impact(matrix.ImpactLevels + 1) }));
        }

        if (matrix.UrgencyLevels < Levels.Max)
        {
            breaks.Add(Gen.Constant<Func<LogIncident, LogIncident>>(c => c with { Urgency = new Urgency(matrix.UrgencyLevels + 1) }));
        }

        if (model is not null)
        {
            breaks.AddRange(UnknownReferences(model));
        }

        return from valid in LogIncident(matrix)
               from broken in Gen.OneOf(breaks)
               select broken(valid);
    }

    // References a service model refuses: ids it lacks (made unlike any it has), an offering paired with a service it does
    // not describe, and its retired services and offerings.
    private static IEnumerable<Gen<Func<LogIncident, LogIncident>>> UnknownReferences(ServiceModel model)
    {
        var catalog = model.Catalog;
        var service = new ServiceId(Absent("no-such-service", v => catalog.Contains(new ServiceId(v))));
        var offering = new ServiceOfferingId(Absent("no-such-offering", v => catalog.Contains(new ServiceOfferingId(v))));
        var item = new ConfigurationItemId(Absent("no-such-item", v => model.Configuration.Contains(new ConfigurationItemId(v))));
        yield return Gen.Constant<Func<LogIncident, LogIncident>>(c => c with { Service = service });
        yield return Gen.Constant<Func<LogIncident, LogIncident>>(c => c with { Offering = offering });
        yield return Gen.Constant<Func<LogIncident, LogIncident>>(c => c with { ConfigurationItem = item });
        // Neither of a mismatched pair is retired: that would be a second defect.
        var mismatched = catalog.Offerings.Where(o => o.Status != ServiceStatus.Retired)
            .SelectMany(o => catalog.Services.Where(s => s.Status != ServiceStatus.Retired && !o.Services.Contains(s.Id)).Select(s => (Offering: o.Id, Service: s.Id)))
            .ToArray();
        if (mismatched.Length > 0)
        {
            yield return Gen.Elements(mismatched).Select(p => (Func<LogIncident, LogIncident>)(c => c with { Service = p.Service, Offering = p.Offering }));
        }

        var retiredServices = catalog.Services.Where(s => s.Status == ServiceStatus.Retired).Select(s => s.Id).ToArray();
        if (retiredServices.Length > 0)
        {
            yield return Gen.Elements(retiredServices).Select(id => (Func<LogIncident, LogIncident>)(c => c with { Service = id }));
        }

        var retiredOfferings = catalog.Offerings.Where(o => o.Status == ServiceStatus.Retired).Select(o => o.Id).ToArray();
        if (retiredOfferings.Length > 0)
        {
            yield return Gen.Elements(retiredOfferings).Select(id => (Func<LogIncident, LogIncident>)(c => c with { Offering = id }));
        }
    }

    private static string Absent(string name, Func<string, bool> exists)
    {
        var candidate = name;
        for (var i = 2; exists(candidate); i++)
        {
            candidate = $"{name}-{i}";
        }

        return candidate;
    }

    /// <summary>Generates one scenario step; about one in six is invalid by its data, and many are invalid for the state they meet.</summary>
    /// <param name="matrix">The matrix (out-of-matrix values are generated too).</param>
    /// <returns>The generator.</returns>
    public static Gen<IncidentCommand> Command(PriorityMatrix matrix)
    {
        Preconditions(matrix);
        var text = Gen.Frequency(new[] { (5, Gen.Elements(Texts)), (1, Gen.Elements(BlankTexts)) });
        var group = Gen.Elements(Groups);
        var person = Gen.Elements(People);
        var maybePerson = Gen.Frequency(new[] { (2, person.Select(p => (ActorId?)p)), (1, Gen.Constant((ActorId?)null)) });
        var impact = LevelGenerators.OnOrJustOff(matrix.ImpactLevels).Select(l => new Impact(l));
        var urgency = LevelGenerators.OnOrJustOff(matrix.UrgencyLevels).Select(l => new Urgency(l));
        var priority = Gen.Frequency(new[]
        {
            (4, LevelGenerators.OnOrJustOff(matrix.PriorityLevels).Select(l => (Priority?)new Priority(l))),
            (1, Gen.Constant((Priority?)null)),
        });
        var hours = Gen.Choose(1, 24 * 10).Select(h => Duration.FromHours(h));
        var comment = Gen.Frequency(new[] { (4, text.Select(t => (string?)t)), (1, Gen.Constant((string?)null)) });
        return Gen.Frequency(new[]
        {
            (4, Gen.Zip(group, maybePerson, (g, p) => (IncidentCommand)new IncidentCommand.Assign(g, p))),
            (2, Gen.Zip(group, text, (g, t) => (IncidentCommand)new IncidentCommand.Reassign(g, t))),
            (3, Gen.Zip(Gen.Elements(Enum.GetValues<HoldReason>()), comment, (r, c) => (IncidentCommand)new IncidentCommand.PutOnHold(r, c))),
            // Holds that name the problem or change waited on; with a random reason, some name it with the wrong reason.
            (1, Gen.Zip(Gen.Elements(Enum.GetValues<HoldReason>()), Gen.Elements(ProblemIds), (r, p) => (IncidentCommand)new IncidentCommand.PutOnHold(r, null, Problem: p))),
            (1, Gen.Zip(Gen.Elements(Enum.GetValues<HoldReason>()), Gen.Elements(ChangeIds), (r, c) => (IncidentCommand)new IncidentCommand.PutOnHold(r, null, Change: c))),
            (1, Gen.Elements(ProblemIds).Select(p => (IncidentCommand)new IncidentCommand.LinkToProblem(p))),
            (1, Gen.Elements(ChangeIds).Select(c => (IncidentCommand)new IncidentCommand.LinkToChange(c))),
            (2, Gen.Constant((IncidentCommand)new IncidentCommand.Resume())),
            (2, text.Select(t => (IncidentCommand)new IncidentCommand.CallerUpdate(t))),
            (2, text.Select(t => (IncidentCommand)new IncidentCommand.WorkNote(t))),
            (1, Gen.Zip(Gen.Zip(person, text), Gen.Elements(true, false), (pt, major) => (IncidentCommand)new IncidentCommand.Escalate(pt.Item1, pt.Item2, major))),
            (1, text.Select(t => (IncidentCommand)new IncidentCommand.DemoteMajorIncident(t))),
            (2, Gen.Zip(Gen.Zip(impact, urgency), Gen.Elements<string?>(null, "network", "software"), (iu, c) => (IncidentCommand)new IncidentCommand.Reclassify(iu.Item1, iu.Item2, c))),
            (1, Gen.Zip(priority, text, (p, t) => (IncidentCommand)new IncidentCommand.OverridePriority(p, t))),
            (4, Gen.Zip(Gen.Elements(Enum.GetValues<ResolutionCode>()), text, (c, t) => (IncidentCommand)new IncidentCommand.Resolve(c, t))),
            (2, text.Select(t => (IncidentCommand)new IncidentCommand.Reopen(t))),
            (2, Gen.Constant((IncidentCommand)new IncidentCommand.Close())),
            (2, Gen.Constant((IncidentCommand)new IncidentCommand.CloseIfDue())),
            (1, text.Select(t => (IncidentCommand)new IncidentCommand.Cancel(t))),
            (3, hours.Select(d => (IncidentCommand)new IncidentCommand.AdvanceTime(d))),
        });
    }

    /// <summary>Generates scenarios: a valid logging command, then up to <paramref name="maxSteps"/> steps.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="maxSteps">The most steps in one scenario.</param>
    /// <returns>The generator.</returns>
    public static Gen<IncidentScenario> Scenario(PriorityMatrix matrix, int maxSteps = 40)
        => from log in LogIncident(matrix)
           from count in Gen.Choose(0, maxSteps)
           from steps in Command(matrix).ListOf(count)
           select new IncidentScenario(log, steps.ToArray());

    /// <summary>Scenarios as an FsCheck arbitrary that shrinks by dropping steps, so counterexamples come out short.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="maxSteps">The most steps in one scenario.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IncidentScenario> Scenarios(PriorityMatrix matrix, int maxSteps = 40)
        => Arb.From(Scenario(matrix, maxSteps), Shrink);

    private static IEnumerable<IncidentScenario> Shrink(IncidentScenario scenario)
    {
        var steps = scenario.Steps;
        if (steps.Count > 1)
        {
            yield return scenario with { Steps = steps.Take(steps.Count / 2).ToArray() };
        }

        for (var i = steps.Count - 1; i >= 0; i--)
        {
            yield return scenario with { Steps = steps.Where((_, j) => j != i).ToArray() };
        }
    }

    private static PriorityMatrix Preconditions(PriorityMatrix matrix)
        => matrix ?? throw new ArgumentNullException(nameof(matrix));
}
