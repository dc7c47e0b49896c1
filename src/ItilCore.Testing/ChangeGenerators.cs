using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Changes;
using ItilCore.Configuration;
using NodaTime;

namespace ItilCore.Testing;

/// <summary>
/// FsCheck generators for change enablement: requests of every type (standard ones from the catalogue's models), and
/// scenarios of random commands by random actors (the requester, the authority's members, outsiders) that mix valid
/// and invalid ones (blank texts, empty windows and windows that already ended, values off the matrix, votes by the
/// requester or the implementer, commands in the wrong state or while on hold, closures without the review) with the
/// passing of time, including time passing up to (just before, inside, just after) the change's planned window before
/// an implementation starts.
/// </summary>
/// <remarks>Thread-safe: generators are immutable.</remarks>
public static class ChangeGenerators
{
    /// <summary>The requester of every generated change.</summary>
    public static readonly ActorId Requester = new("requester.rita");

    private static readonly string[] Texts = ["Patch the web servers", "Upgrade the database", "Replace the core switch", "Rotate certificates"];
    private static readonly string[] BlankTexts = [string.Empty, "  "];
    private static readonly ActorId[] Outsiders = [new("implementer.ivan"), new("outsider.olga")];

    /// <summary>Generates every actor a scenario uses: the requester, every member of the policy's authorities, and outsiders.</summary>
    /// <param name="options">The practice's options.</param>
    /// <returns>The actors.</returns>
    public static IReadOnlyList<ActorId> Actors(ChangeManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new[] { Requester }.Concat(options.AuthorityPolicy.Authorities.SelectMany(a => a.Members)).Concat(Outsiders).Distinct().ToArray();
    }

    /// <summary>
    /// Generates valid requests: normal and emergency changes, and standard changes from the catalogue's models (when it
    /// has any), each on an item its model allows (an item it names, or one of the service model's items of a class it names).
    /// </summary>
    /// <param name="options">The practice's options.</param>
    /// <returns>The generator.</returns>
    public static Gen<RequestChange> Request(ChangeManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configuration = options.ServiceModel?.Configuration;
        var models = options.StandardChanges.Models
            .Select(m => (Model: m, Items: AllowedItems(m, configuration)))
            .Where(m => m.Items.Length > 0 || (m.Model.AllowedItems.Count == 0 && m.Model.AllowedClasses.Count == 0))
            .ToArray();
        var types = models.Length > 0 ? Enum.GetValues<ChangeType>() : [ChangeType.Normal, ChangeType.Emergency];
        var items = configuration?.Items.Select(i => i.Id).ToArray() ?? [new ConfigurationItemId("web01"), new ConfigurationItemId("db01")];
        return from number in Gen.Choose(1, 9_999_999)
               from type in Gen.Elements(types)
               from text in Gen.Elements(Texts)
               from model in models.Length > 0 ? Gen.Elements(models) : Gen.Constant<(ChangeModel Model, ConfigurationItemId[] Items)>(default)
               from pick in Gen.Choose(0, int.MaxValue)
               from plans in Gen.Choose(0, 3)
               select (type == ChangeType.Standard
                   ? new RequestChange(new ChangeId($"CHG{number:D7}"), type, text, Requester) { Model = model.Model.Id, ConfigurationItems = model.Items.Length > 0 ? [model.Items[pick % model.Items.Length]] : [] }
                   : new RequestChange(new ChangeId($"CHG{number:D7}"), type, text, Requester) { ConfigurationItems = items.Length > 0 ? [items[pick % items.Length]] : [] })
                   with
                   {
                       // Some normal and emergency requests come with their plans written (a blank one is no plan), most
                       // without; a standard change takes its model's.
                       ImplementationPlan = type != ChangeType.Standard && plans >= 2 ? Texts[pick % Texts.Length] : null,
                       BackoutPlan = type == ChangeType.Standard ? null : plans == 3 ? Texts[(pick / 7) % Texts.Length] : plans == 2 ? " " : null,
                   };
    }

    // The items a model allows: those it names, then the configuration's items of the classes it names.
    private static ConfigurationItemId[] AllowedItems(ChangeModel model, ConfigurationModel? configuration)
        => model.AllowedItems
            .Concat(configuration?.Items.Where(i => model.AllowedClasses.Contains(i.Class)).Select(i => i.Id) ?? [])
            .Distinct()
            .ToArray();

    /// <summary>Generates one scenario step by a random actor.</summary>
    /// <param name="options">The practice's options.</param>
    /// <returns>The generator.</returns>
    public static Gen<ChangeCommand> Command(ChangeManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var matrix = options.RiskMatrix;
        var actor = Gen.Elements(Actors(options).ToArray());
        var text = Gen.Frequency(new[] { (6, Gen.Elements(Texts)), (1, Gen.Elements(BlankTexts)) });
        var comment = Gen.Frequency(new[] { (3, text.Select(t => (string?)t)), (1, Gen.Constant((string?)null)) });
        var impact = LevelGenerators.OnOrJustOff(matrix.ImpactLevels).Select(l => new Impact(l));
        var likelihood = LevelGenerators.OnOrJustOff(matrix.UrgencyLevels).Select(l => new Likelihood(l));
        var model = options.StandardChanges.Models.Count > 0
            ? Gen.Frequency(new[] { (3, Gen.Elements(options.StandardChanges.Models.Select(m => (ChangeModelId?)m.Id).ToArray())), (1, Gen.Constant((ChangeModelId?)null)) })
            : Gen.Constant((ChangeModelId?)null);
        // Windows from half a day before the start (some already ended, some already open) to three weeks after it.
        var window = from hour in Gen.Choose(-12, 21 * 24)
                     from hours in Gen.Choose(0, 8)
                     let start = ChangeRun.Start + Duration.FromHours(hour)
                     select new NodaTime.Interval(start, start + Duration.FromHours(hours));
        var hoursPassing = Gen.Choose(1, 48).Select(h => Duration.FromHours(h));
        return Gen.Frequency(new[]
        {
            (1, (from a in actor from t in Gen.Elements(Enum.GetValues<ChangeType>()) from m in model select (ChangeCommand)new ChangeCommand.ChangeType(a, t, m))),
            (3, (from a in actor from i in impact from l in likelihood select (ChangeCommand)new ChangeCommand.AssessRisk(a, i, l))),
            (3, Gen.Zip(actor, window).Select(x => (ChangeCommand)new ChangeCommand.Plan(x.Item1, x.Item2))),
            (2, (from a in actor from i in comment from b in comment select (ChangeCommand)new ChangeCommand.UpdatePlans(a, i, b))),
            (3, Gen.Zip(actor, actor).Select(x => (ChangeCommand)new ChangeCommand.AssignImplementer(x.Item1, x.Item2))),
            (3, actor.Select(a => (ChangeCommand)new ChangeCommand.Submit(a))),
            (3, actor.Select(a => (ChangeCommand)new ChangeCommand.RequestAuthorization(a))),
            (6, Gen.Zip(actor, comment).Select(x => (ChangeCommand)new ChangeCommand.Approve(x.Item1, x.Item2))),
            (3, Gen.Zip(actor, text).Select(x => (ChangeCommand)new ChangeCommand.Reject(x.Item1, x.Item2))),
            (1, Gen.Zip(actor, text).Select(x => (ChangeCommand)new ChangeCommand.RevertToNew(x.Item1, x.Item2))),
            (1, Gen.Zip(actor, text).Select(x => (ChangeCommand)new ChangeCommand.PutOnHold(x.Item1, x.Item2))),
            (2, actor.Select(a => (ChangeCommand)new ChangeCommand.ReleaseHold(a))),
            (2, actor.Select(a => (ChangeCommand)new ChangeCommand.StartImplementation(a))),
            (2, (from a in actor from o in Gen.Elements(Enum.GetValues<ChangeOutcome>()) from t in text select (ChangeCommand)new ChangeCommand.CompleteImplementation(a, o, t))),
            (2, Gen.Zip(actor, comment).Select(x => (ChangeCommand)new ChangeCommand.Close(x.Item1, x.Item2))),
            (1, Gen.Zip(actor, text).Select(x => (ChangeCommand)new ChangeCommand.Cancel(x.Item1, x.Item2))),
            (2, hoursPassing.Select(d => (ChangeCommand)new ChangeCommand.AdvanceTime(d))),
            (1, ToWindow().Select(d => (ChangeCommand)new ChangeCommand.AdvanceToWindow(d))),
        });
    }

    // Where time passing to the window lands, from its start: mostly inside it (generated windows last 1 to 8 hours),
    // sometimes before it opens or after it ended.
    private static Gen<Duration> ToWindow() => Gen.Frequency(new[]
    {
        (6, Gen.Choose(0, 59)),
        (1, Gen.Choose(-120, -1)),
        (1, Gen.Choose(8 * 60, 10 * 60)),
    }).Select(m => Duration.FromMinutes(m));

    // Scenario steps come in chunks: mostly one command; now and then a meeting of one authority where each member
    // approves (so that changes get authorized often enough), or a delivery: time passing to the window, then the start
    // of the implementation, perhaps its completion and the closure (with or without the review), so that scenarios
    // reach the implementation inside its window (and just outside it) and the closure often enough.
    private static Gen<ChangeCommand[]> Chunk(ChangeManagementOptions options)
    {
        var actor = Gen.Elements(Actors(options).ToArray());
        var text = Gen.Frequency(new[] { (6, Gen.Elements(Texts)), (1, Gen.Elements(BlankTexts)) });
        var notes = Gen.Frequency(new[] { (3, text.Select(t => (string?)t)), (1, Gen.Constant((string?)null)) });
        var meeting = from authority in Gen.Elements(options.AuthorityPolicy.Authorities.ToArray())
                      from comment in notes
                      select authority.Members.Select(m => (ChangeCommand)new ChangeCommand.Approve(m, comment)).ToArray();
        var delivery = from offset in ToWindow()
                       from a in actor
                       from outcome in Gen.Elements(Enum.GetValues<ChangeOutcome>())
                       from done in text
                       from review in notes
                       from length in Gen.Choose(2, 4)
                       select new ChangeCommand[]
                       {
                           new ChangeCommand.AdvanceToWindow(offset),
                           new ChangeCommand.StartImplementation(a),
                           new ChangeCommand.CompleteImplementation(a, outcome, done),
                           new ChangeCommand.Close(a, review),
                       }.Take(length).ToArray();
        return Gen.Frequency(new[] { (20, Command(options).Select(c => new[] { c })), (2, meeting), (3, delivery) });
    }

    /// <summary>
    /// Generates scenarios: a valid request, then up to <paramref name="maxSteps"/> steps (<see cref="Command"/>s, and now
    /// and then time passing to the planned window right before a start of the implementation). One scenario in three
    /// also carries, somewhere among them, the way to a closed change (assessment, a window in the weeks ahead, an
    /// implementer, submission, authorization by the authorities' members, the implementation in the window, the review).
    /// </summary>
    /// <param name="options">The practice's options.</param>
    /// <param name="maxSteps">The most random steps in one scenario.</param>
    /// <returns>The generator.</returns>
    public static Gen<ChangeScenario> Scenario(ChangeManagementOptions options, int maxSteps = 60)
    {
        ArgumentNullException.ThrowIfNull(options);
        var chunk = Chunk(options);
        return from request in Request(options)
               from count in Gen.Choose(0, maxSteps)
               from chunks in chunk.ListOf(count)
               let steps = chunks.SelectMany(c => c).Take(count).ToArray()
               from way in Gen.Frequency(new[] { (2, Gen.Constant(Array.Empty<ChangeCommand>())), (1, WayToClosure(options)) })
               from at in Gen.Choose(0, steps.Length)
               select new ChangeScenario(request, [.. steps.Take(at), .. way, .. steps.Skip(at)]);
    }

    // Random steps alone take a change through authorization, implementation and review about once in 60 scenarios, so the
    // laws about delivery and closure would judge almost nothing. The way suits every type (a step the type does not take,
    // Submit for an emergency change or votes on a standard one, is refused and changes nothing), and needs no knowledge of
    // which authority the policy picks: every member of every authority approves, and those of other authorities are refused.
    private static Gen<ChangeCommand[]> WayToClosure(ChangeManagementOptions options)
    {
        var matrix = options.RiskMatrix;
        var members = options.AuthorityPolicy.Authorities.SelectMany(a => a.Members).Distinct().ToArray();
        var implementer = Outsiders[0];
        return from impact in Gen.Choose(1, matrix.ImpactLevels)
               from likelihood in Gen.Choose(1, matrix.UrgencyLevels)
               from day in Gen.Choose(7, 21)
               from hours in Gen.Choose(1, 8)
               from minutes in Gen.Choose(0, 59)
               from outcome in Gen.Elements(Enum.GetValues<ChangeOutcome>())
               from text in Gen.Elements(Texts)
               let start = ChangeRun.Start + Duration.FromDays(day)
               select new ChangeCommand[]
               {
                   new ChangeCommand.AssessRisk(Requester, new Impact(impact), new Likelihood(likelihood)),
                   new ChangeCommand.Plan(Requester, new NodaTime.Interval(start, start + Duration.FromHours(hours))),
                   new ChangeCommand.AssignImplementer(Requester, implementer),
                   new ChangeCommand.Submit(Requester),
                   new ChangeCommand.RequestAuthorization(Requester),
               }
               .Concat(members.Select(m => (ChangeCommand)new ChangeCommand.Approve(m, null)))
               .Concat(
               [
                   new ChangeCommand.AdvanceToWindow(Duration.FromMinutes(minutes)),
                   new ChangeCommand.StartImplementation(implementer),
                   new ChangeCommand.CompleteImplementation(implementer, outcome, text),
                   new ChangeCommand.Close(Requester, text),
               ])
               .ToArray();
    }

    /// <summary>Scenarios as an FsCheck arbitrary that shrinks by dropping steps, so counterexamples come out short.</summary>
    /// <param name="options">The practice's options.</param>
    /// <param name="maxSteps">The most steps in one scenario.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ChangeScenario> Scenarios(ChangeManagementOptions options, int maxSteps = 60)
        => Arb.From(Scenario(options, maxSteps), Shrink);

    private static IEnumerable<ChangeScenario> Shrink(ChangeScenario scenario)
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
}
