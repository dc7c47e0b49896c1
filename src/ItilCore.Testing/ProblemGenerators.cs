using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Problems;
using NodaTime;

namespace ItilCore.Testing;

/// <summary>
/// FsCheck generators for problem management: impacts and probabilities on a risk matrix, logging commands from every
/// source, and scenarios of random commands that mix valid and invalid ones (blank texts, values off the matrix, incidents
/// linked twice, reassignments to the same group and owner, commands in the wrong state or before their condition holds,
/// merges both ways) with the passing of time.
/// </summary>
/// <remarks>Thread-safe: generators are immutable.</remarks>
public static class ProblemGenerators
{
    private static readonly string[] Texts = ["Mail relay queue overflows", "Certificate expired on lb01", "Memory leak in payroll batch", "DNS cache poisoned"];
    private static readonly string[] BlankTexts = [string.Empty, "  "];
    private static readonly AssignmentGroupId[] Groups = [new("problem-team"), new("network"), new("database")];
    private static readonly ActorId[] People = [new("alice"), new("bob")];
    private static readonly IncidentId[] Incidents = Enumerable.Range(1, 6).Select(i => new IncidentId($"INC{i:D7}")).ToArray();
    private static readonly ConfigurationItemId[] Items = [new("mx01"), new("lb01"), new("db01")];
    private static readonly ChangeId[] Changes = [new("CHG0000001"), new("CHG0000002")];

    /// <summary>Generates impacts on a risk matrix's scale.</summary>
    /// <param name="matrix">The risk matrix.</param>
    /// <returns>The generator.</returns>
    public static Gen<Impact> Impact(PriorityMatrix matrix)
        => Gen.Choose(1, Checked(matrix).ImpactLevels).Select(l => new Impact(l));

    /// <summary>Generates probabilities on a risk matrix's scale (its columns).</summary>
    /// <param name="matrix">The risk matrix.</param>
    /// <returns>The generator.</returns>
    public static Gen<Probability> Probability(PriorityMatrix matrix)
        => Gen.Choose(1, Checked(matrix).UrgencyLevels).Select(l => new Probability(l));

    /// <summary>Generates valid logging commands: trend analysis and incidents with evidence, suppliers, partners and developers with a reference.</summary>
    /// <param name="matrix">The risk matrix.</param>
    /// <returns>The generator.</returns>
    public static Gen<LogProblem> LogProblem(PriorityMatrix matrix)
        => from number in Gen.Choose(1, 9_999_999)
           from text in Gen.Elements(Texts)
           from source in Gen.Elements(Enum.GetValues<ProblemSource>())
           from evidence in Gen.SubListOf(Incidents)
           from first in Gen.Elements(Incidents)
           from item in Gen.Frequency((1, Gen.Constant<ConfigurationItemId?>(null)), (2, Gen.Elements(Items).Select(i => (ConfigurationItemId?)i)))
           from impact in Impact(matrix)
           from probability in Probability(matrix)
           let needsEvidence = source is ProblemSource.TrendAnalysis or ProblemSource.Incident
           select new Problems.LogProblem(new ProblemId($"PRB{number:D7}"), text, source, impact, probability)
           {
               SourceReference = needsEvidence ? null : "VENDOR-ADVISORY-7",
               ConfigurationItem = item,
               Evidence = needsEvidence && evidence.Count == 0 ? [first] : evidence.ToArray(),
           };

    /// <summary>Generates one scenario step; about one in five is invalid by its data, and many are invalid for the state they meet.</summary>
    /// <param name="matrix">The risk matrix (out-of-matrix values are generated too).</param>
    /// <returns>The generator.</returns>
    public static Gen<ProblemCommand> Command(PriorityMatrix matrix)
    {
        Checked(matrix);
        var text = Gen.Frequency((5, Gen.Elements(Texts)), (1, Gen.Elements(BlankTexts)));
        var incident = Gen.Elements(Incidents);
        var incidents = Gen.SubListOf(Incidents).Select(l => (IReadOnlyList<IncidentId>)l.ToArray());
        var impact = LevelGenerators.OnOrJustOff(matrix.ImpactLevels).Select(l => new Impact(l));
        var probability = LevelGenerators.OnOrJustOff(matrix.UrgencyLevels).Select(l => new Probability(l));
        var items = Gen.Frequency(
            (1, Gen.Constant<IReadOnlyList<ConfigurationItemId>?>(null)),
            (2, Gen.SubListOf(Items).Select(l => (IReadOnlyList<ConfigurationItemId>?)l.ToArray())));
        var hours = Gen.Choose(1, 24 * 10).Select(h => Duration.FromHours(h));
        var owner = Gen.Frequency((1, Gen.Constant<ActorId?>(null)), (2, Gen.Elements(People).Select(p => (ActorId?)p)));
        return Gen.Frequency(
            (4, Gen.Zip(Gen.Elements(Groups), Gen.Elements(People).Select(p => (ActorId?)p), (g, p) => (ProblemCommand)new ProblemCommand.Assess(g, p))),
            // Some name the group and owner the problem already has: the no-change rejection.
            (2, from g in Gen.Elements(Groups) from t in text from o in owner select (ProblemCommand)new ProblemCommand.Reassign(g, t, o)),
            (4, Gen.Constant((ProblemCommand)new ProblemCommand.StartRootCauseAnalysis())),
            (2, Gen.Zip(impact, probability, (i, p) => (ProblemCommand)new ProblemCommand.Reprioritize(i, p))),
            (3, incident.Select(i => (ProblemCommand)new ProblemCommand.LinkIncident(i))),
            (4, text.Select(t => (ProblemCommand)new ProblemCommand.RecordRootCause(t))),
            (3, text.Select(t => (ProblemCommand)new ProblemCommand.DocumentWorkaround(t))),
            (2, Gen.Constant((ProblemCommand)new ProblemCommand.CommunicateWorkaround())),
            (3, Gen.Zip(text, items, (t, i) => (ProblemCommand)new ProblemCommand.RecordKnownError(t, i))),
            (2, Gen.Constant((ProblemCommand)new ProblemCommand.StartFix())),
            (3, Gen.Elements(Changes).Select(c => (ProblemCommand)new ProblemCommand.RequestChange(c))),
            (3, text.Select(t => (ProblemCommand)new ProblemCommand.RecordPermanentSolution(t))),
            (3, text.Select(t => (ProblemCommand)new ProblemCommand.Resolve(t))),
            (2, text.Select(t => (ProblemCommand)new ProblemCommand.Close(t))),
            (1, text.Select(t => (ProblemCommand)new ProblemCommand.AcceptRisk(t))),
            (1, text.Select(t => (ProblemCommand)new ProblemCommand.Cancel(t))),
            (2, text.Select(t => (ProblemCommand)new ProblemCommand.Reanalyze(t))),
            (1, incidents.Select(l => (ProblemCommand)new ProblemCommand.MergeIntoMaster(l))),
            (2, incidents.Select(l => (ProblemCommand)new ProblemCommand.AbsorbDuplicate(l))),
            (3, hours.Select(d => (ProblemCommand)new ProblemCommand.AdvanceTime(d))));
    }

    /// <summary>
    /// Generates scenarios: a valid logging command, then up to <paramref name="maxSteps"/> random steps; one scenario in
    /// three also carries, somewhere among them, the way to a fix (assess, analyse, root cause, known error, change,
    /// reassignment to an owner of the fix, permanent solution, resolve, close: nine more steps), since random steps alone
    /// almost never reach Fix in Progress, Resolved and Closed with the fix applied.
    /// </summary>
    /// <param name="matrix">The risk matrix.</param>
    /// <param name="maxSteps">The most random steps in one scenario.</param>
    /// <returns>The generator.</returns>
    public static Gen<ProblemScenario> Scenario(PriorityMatrix matrix, int maxSteps = 40)
        => from log in LogProblem(matrix)
           from count in Gen.Choose(0, maxSteps)
           from steps in Command(matrix).ListOf(count)
           from fix in Gen.Frequency((2, Gen.Constant<ProblemCommand[]>([])), (1, FixPath()))
           from at in Gen.Choose(0, count)
           select new ProblemScenario(log, [.. steps.Take(at), .. fix, .. steps.Skip(at)]);

    private static Gen<ProblemCommand[]> FixPath()
        => from team in Gen.Elements(Groups)
           from owner in Gen.Elements(People)
           from text in Gen.Elements(Texts)
           from change in Gen.Elements(Changes)
           select new ProblemCommand[]
           {
               new ProblemCommand.Assess(team, null),
               new ProblemCommand.StartRootCauseAnalysis(),
               new ProblemCommand.RecordRootCause(text),
               new ProblemCommand.RecordKnownError(text, null),
               new ProblemCommand.RequestChange(change),
               new ProblemCommand.Reassign(team, text, owner),
               new ProblemCommand.RecordPermanentSolution(text),
               new ProblemCommand.Resolve(text),
               new ProblemCommand.Close(text),
           };

    /// <summary>Scenarios as an FsCheck arbitrary that shrinks by dropping steps, so counterexamples come out short.</summary>
    /// <param name="matrix">The risk matrix.</param>
    /// <param name="maxSteps">The most steps in one scenario.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProblemScenario> Scenarios(PriorityMatrix matrix, int maxSteps = 40)
        => Arb.From(Scenario(matrix, maxSteps), Shrink);

    private static IEnumerable<ProblemScenario> Shrink(ProblemScenario scenario)
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

    private static PriorityMatrix Checked(PriorityMatrix matrix)
        => matrix ?? throw new ArgumentNullException(nameof(matrix));
}
