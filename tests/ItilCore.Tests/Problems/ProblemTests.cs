using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Problems;
using ItilCore.Tests.Support;
using NodaTime;
using Xunit;
using static ItilCore.Tests.Support.ProblemFixture;

namespace ItilCore.Tests.Problems;

public sealed class ProblemTests
{
    public static TheoryData<ProblemState, ProblemTrigger, ProblemState> EveryTransition()
    {
        var data = new TheoryData<ProblemState, ProblemTrigger, ProblemState>();
        foreach (var t in ProblemLifecycle.Definition.Transitions)
        {
            data.Add(t.Source, t.Trigger, t.Destination);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTransition))]
    public void EveryTransition_WithValidData_IsAcceptedAndReachesItsDestination(ProblemState source, ProblemTrigger trigger, ProblemState destination)
    {
        var f = new ProblemFixture();
        var problem = InState(f, source);
        Assert.Equal(source, problem.State);
        var before = problem.Version;

        var result = Fire(f, problem, trigger);

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal(destination, problem.State);
        Assert.Equal(before + 1, problem.Version);
        Assert.Equal(problem.Version, result.Events.First(e => e.Envelope.AggregateId == problem.Id.Value).Envelope.Version);
    }

    [Fact]
    public void Log_FromTrendAnalysis_LinksEvidenceAndDerivesRiskPriority()
    {
        var f = new ProblemFixture();

        var result = f.Practice.Log(Agent, Command("PRB0001", "INC1", "INC2", "INC1") with { Impact = new Impact(1), Probability = new Probability(1) });

        var problem = result.ThrowIfRejected();
        Assert.Equal(ProblemState.New, problem.State);
        Assert.Equal([new IncidentId("INC1"), new IncidentId("INC2")], problem.LinkedIncidents);
        Assert.Equal(new Priority(1), problem.Priority);
        var logged = Assert.IsType<ProblemLogged>(Assert.Single(result.Events));
        Assert.Equal(ProblemSource.TrendAnalysis, logged.Source);
        Assert.Equal(1, logged.Envelope.Version);
    }

    [Theory]
    [InlineData(ProblemSource.Supplier)]
    [InlineData(ProblemSource.Partner)]
    [InlineData(ProblemSource.Developer)]
    public void Log_FromSupplierPartnerOrDeveloper_NeedsAReferenceNotEvidence(ProblemSource source)
    {
        var f = new ProblemFixture();
        var command = new LogProblem(new ProblemId("PRB0009"), "Firmware bug in switch", source, new Impact(1), new Probability(3));

        var without = f.Practice.Log(Agent, command);
        var with = f.Practice.Log(Agent, command with { SourceReference = "VSA-2026-01" });

        Assert.Equal(ProblemRejectionCodes.TextRequired, without.Rejection?.Code);
        Assert.Equal("VSA-2026-01", with.ThrowIfRejected().SourceReference);
        Assert.Empty(with.Value!.LinkedIncidents);
    }

    [Theory]
    [InlineData(ProblemSource.TrendAnalysis)]
    [InlineData(ProblemSource.Incident)]
    public void Log_FromIncidentsWithoutEvidence_IsRejected(ProblemSource source)
    {
        var f = new ProblemFixture();

        var result = f.Practice.Log(Agent, Command() with { Source = source, Evidence = [] });

        Assert.Equal(ProblemRejectionCodes.EvidenceRequired, result.Rejection?.Code);
    }

    [Fact]
    public void Log_BlankDescriptionOrOffMatrix_IsRejected()
    {
        var f = new ProblemFixture();

        Assert.Equal(ProblemRejectionCodes.TextRequired, f.Practice.Log(Agent, Command() with { ShortDescription = " " }).Rejection?.Code);
        Assert.Equal(ProblemRejectionCodes.OutOfMatrix, f.Practice.Log(Agent, Command() with { Impact = new Impact(4) }).Rejection?.Code);
        Assert.Equal(ProblemRejectionCodes.OutOfMatrix, f.Practice.Log(Agent, Command() with { Probability = new Probability(4) }).Rejection?.Code);
    }

    [Fact]
    public void Log_Misuse_ThrowsNamingTheParameter()
    {
        var f = new ProblemFixture();

        Assert.Equal("by", Assert.Throws<ArgumentException>(() => f.Practice.Log(default, Command())).ParamName);
        Assert.Equal("command", Assert.Throws<ArgumentNullException>(() => f.Practice.Log(Agent, null!)).ParamName);
        Assert.Equal("command", Assert.Throws<ArgumentOutOfRangeException>(() => f.Practice.Log(Agent, Command() with { Source = (ProblemSource)99 })).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new ProblemManagement(null!)).ParamName);
    }

    [Fact]
    public void Reprioritize_UsesTheRiskMatrix()
    {
        var f = new ProblemFixture();
        var problem = f.Log();

        problem.Reprioritize(Agent, new Impact(1), new Probability(3)).ThrowIfRejected();

        Assert.Equal(PriorityMatrix.ServiceNowDefault.Calculate(new Impact(1), new Urgency(3)), problem.Priority);
        Assert.Equal(new Priority(3), problem.Priority);
    }

    [Fact]
    public void RiskMatrix_IsConfigurable()
    {
        var matrix = PriorityMatrix.Create(new PriorityMatrixDefinition(2, 4, 4, [[1, 1, 2, 3], [2, 3, 4, 4]]));
        var f = new ProblemFixture(new ProblemManagementOptions { RiskMatrix = matrix });

        var problem = f.Practice.Log(Agent, Command() with { Impact = new Impact(2), Probability = new Probability(4) }).ThrowIfRejected();

        Assert.Equal(new Priority(4), problem.Priority);
        Assert.Equal(ProblemRejectionCodes.OutOfMatrix, problem.Reprioritize(Agent, new Impact(3), new Probability(1)).Rejection?.Code);
    }

    [Fact]
    public void KnownError_FollowsLaterRootCauseAndWorkaround()
    {
        var f = new ProblemFixture();
        var problem = f.WithKnownError();

        problem.DocumentWorkaround(Agent, "Use webmail").ThrowIfRejected();
        problem.RecordRootCause(Agent, "Queue limit and a leaking handle").ThrowIfRejected();

        Assert.Equal(new KnownError(problem.Id, "Mail stuck in outbox", "Queue limit and a leaking handle", [Mx01], "Use webmail", Email), problem.KnownError);
    }

    [Fact]
    public void RequestChange_CarriesTheKnownErrorAndProposalHasWhatAChangeNeeds()
    {
        var f = new ProblemFixture();
        var problem = f.WithKnownError();

        var proposal = problem.ProposeChange();
        var result = problem.RequestChange(Agent, new ChangeId("CHG0042"));

        var requested = Assert.IsType<ProblemChangeRequested>(Assert.Single(result.Events));
        Assert.Equal(new ChangeId("CHG0042"), requested.Change);
        Assert.Equal(problem.KnownError, requested.KnownError);
        Assert.Equal([new ChangeId("CHG0042")], problem.ChangeRequests);
        Assert.NotNull(proposal);
        Assert.Equal(problem.Id, proposal.Problem);
        Assert.Equal("Fix Mail relay drops messages", proposal.Title);
        Assert.Contains("Relay queue limit too low", proposal.Justification, StringComparison.Ordinal);
        Assert.Equal(problem.KnownError, proposal.KnownError);
        Assert.Equal(problem.Priority, proposal.Priority);
        Assert.Null(f.Analysing("PRB0002").ProposeChange());
    }

    [Fact]
    public void AcceptRisk_ClosesWithRiskAccepted_AndReanalyzeReopens()
    {
        var f = new ProblemFixture();
        var problem = f.WithKnownError();

        problem.AcceptRisk(Agent, "Legacy relay retires in June").ThrowIfRejected();
        Assert.Equal((ProblemState.Closed, ProblemResolutionCode.RiskAccepted), (problem.State, problem.ResolutionCode));
        Assert.NotNull(problem.ClosedAt);

        f.Clock.Advance(Duration.FromDays(3));
        problem.Reanalyze(Agent, "The incidents recur more often").ThrowIfRejected();

        Assert.Equal(ProblemState.RootCauseAnalysis, problem.State);
        Assert.Null(problem.ResolutionCode);
        Assert.Null(problem.ClosedAt);
        Assert.Equal(1, problem.ReanalysisCount);
        Assert.NotNull(problem.KnownError);
    }

    [Fact]
    public void Close_AfterVerifiedFix_RecordsVerification()
    {
        var f = new ProblemFixture();
        var problem = f.Closed();

        Assert.Equal((ProblemState.Closed, ProblemResolutionCode.FixApplied), (problem.State, problem.ResolutionCode));
        Assert.Equal("No recurrence in 30 days", problem.Verification);
        Assert.Equal([ProblemTrigger.Reanalyze], problem.PermittedTriggers());
    }

    public static TheoryData<string, string> Rejections() => new()
    {
        { "resolve a new problem", ProblemRejectionCodes.NotPermitted },
        { "cancel a canceled problem", ProblemRejectionCodes.NotPermitted },
        { "start fix without root cause", ProblemRejectionCodes.ConditionNotMet },
        { "communicate without workaround", ProblemRejectionCodes.ConditionNotMet },
        { "known error without root cause", ProblemRejectionCodes.ConditionNotMet },
        { "request change without known error", ProblemRejectionCodes.ConditionNotMet },
        { "resolve without permanent solution", ProblemRejectionCodes.ConditionNotMet },
        { "blank root cause", ProblemRejectionCodes.TextRequired },
        { "blank workaround", ProblemRejectionCodes.TextRequired },
        { "blank symptom", ProblemRejectionCodes.TextRequired },
        { "blank solution", ProblemRejectionCodes.TextRequired },
        { "blank resolution notes", ProblemRejectionCodes.TextRequired },
        { "blank verification", ProblemRejectionCodes.TextRequired },
        { "blank risk reason", ProblemRejectionCodes.TextRequired },
        { "blank cancel reason", ProblemRejectionCodes.TextRequired },
        { "blank reanalysis reason", ProblemRejectionCodes.TextRequired },
        { "reprioritize off matrix", ProblemRejectionCodes.OutOfMatrix },
        { "reprioritize to the same risk", ProblemRejectionCodes.NoChange },
        { "same root cause", ProblemRejectionCodes.NoChange },
        { "same workaround", ProblemRejectionCodes.NoChange },
        { "same known error", ProblemRejectionCodes.NoChange },
        { "same solution", ProblemRejectionCodes.NoChange },
        { "reassign to the same group and owner", ProblemRejectionCodes.NoChange },
        { "blank reassignment reason", ProblemRejectionCodes.TextRequired },
        { "reassign a resolved problem", ProblemRejectionCodes.NotPermitted },
        { "link a linked incident", ProblemRejectionCodes.AlreadyLinked },
        { "communicate without incidents", ProblemRejectionCodes.NoRecipients },
        { "same change twice", ProblemRejectionCodes.ChangeAlreadyRequested },
        { "clock behind", ProblemRejectionCodes.ClockBehind },
        { "merge into itself", ProblemRejectionCodes.InvalidMaster },
        { "merge into a closed master", ProblemRejectionCodes.InvalidMaster },
        { "merge a resolved duplicate", ProblemRejectionCodes.NotPermitted },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void EveryRejection_HasItsCode_AndChangesNothing(string example, string code)
    {
        var f = new ProblemFixture();
        var (problem, command) = RejectionExample(f, example);
        var before = problem.ToSnapshot();

        var result = command();

        Assert.True(result.IsRejected, example);
        Assert.Equal(code, result.Rejection.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection.Message));
        Assert.Empty(result.Events);
        Assert.Equal(before, problem.ToSnapshot());
    }

    [Fact]
    public void ConditionNotMet_SaysWhichCondition()
    {
        var f = new ProblemFixture();

        var result = f.Analysing().StartFix(Agent);

        Assert.Equal("Start Fix is not possible while the problem is Root Cause Analysis unless the root cause is recorded.", result.Rejection?.Message);
    }

    [Fact]
    public void NotPermitted_FromTerminalState_SaysItIsFinal()
    {
        var f = new ProblemFixture();
        var problem = f.Log();
        problem.Cancel(Agent, "Not a problem").ThrowIfRejected();

        Assert.Equal("The problem is Canceled, which is final: Reanalyze is not possible.", problem.Reanalyze(Agent, "x").Rejection?.Message);
    }

    [Fact]
    public void EmptyIds_AreRefusedBeforeAnythingChanges()
    {
        var f = new ProblemFixture();
        var assessing = f.Log("PRB0001");
        var analysing = f.Analysing("PRB0002");
        var before = analysing.ToSnapshot();

        Assert.Equal("assignee", Assert.Throws<ArgumentException>(() => assessing.Assess(Agent, ProblemTeam, default(ActorId))).ParamName);
        Assert.Equal("affectedItems", Assert.Throws<ArgumentException>(() => analysing.RecordKnownError(Agent, "Mail stuck", [default(ConfigurationItemId)])).ParamName);
        Assert.Equal("service", Assert.Throws<ArgumentException>(() => analysing.RecordKnownError(Agent, "Mail stuck", service: default(ServiceId))).ParamName);
        Assert.Throws<ArgumentException>(() => f.Practice.Log(Agent, Command("PRB0003") with { ConfigurationItem = default(ConfigurationItemId) }));
        var withKnownError = f.WithKnownError("PRB0004");
        var known = withKnownError.ToSnapshot();
        Assert.Equal("change", Assert.Throws<ArgumentException>(() => withKnownError.RequestChange(Agent, default)).ParamName);
        Assert.Equal("group", Assert.Throws<ArgumentException>(() => analysing.Reassign(Agent, default, "Handover")).ParamName);
        Assert.Equal("assignee", Assert.Throws<ArgumentException>(() => analysing.Reassign(Agent, ProblemTeam, "Handover", default(ActorId))).ParamName);
        Assert.Equal("by", Assert.Throws<ArgumentException>(() => analysing.Reassign(default, new AssignmentGroupId("network"), "Handover")).ParamName);
        Assert.Equal(before, analysing.ToSnapshot());
        Assert.Equal(known, withKnownError.ToSnapshot());
        Assert.Equal(ProblemState.New, assessing.State);
    }

    [Fact]
    public void Rebuild_GivesTheLiveProblem_AndChecksTheHistory()
    {
        var f = new ProblemFixture();
        var logged = f.Practice.Log(Agent, Command());
        var problem = logged.ThrowIfRejected();
        var events = new List<DomainEvent>(logged.Events);
        events.AddRange(problem.Assess(Agent, ProblemTeam).Events);
        events.AddRange(problem.StartRootCauseAnalysis(Agent).Events);
        events.AddRange(problem.RecordRootCause(Agent, "Queue limit").Events);
        events.AddRange(problem.RecordKnownError(Agent, "Stuck mail").Events);
        events.AddRange(problem.RequestChange(Agent, new ChangeId("CHG1")).Events);

        Assert.Equal(problem.ToSnapshot(), f.Practice.Rebuild(events).ToSnapshot());
        Assert.Throws<ArgumentException>(() => f.Practice.Rebuild([]));
        Assert.Throws<ArgumentException>(() => f.Practice.Rebuild(events.Skip(1)));
        Assert.Throws<ArgumentException>(() => f.Practice.Rebuild(events.Where((_, i) => i != 2)));
        Assert.Throws<ArgumentException>(() => f.Practice.Rebuild(events.Where((_, i) => i != 3).Select((e, i) => i < 3 ? e : Renumber(e, i + 1))));
    }

    private static DomainEvent Renumber(DomainEvent e, long version) => e switch
    {
        KnownErrorRecorded k => k with { Envelope = k.Envelope with { Version = version } },
        ProblemChangeRequested c => c with { Envelope = c.Envelope with { Version = version } },
        _ => e,
    };

    private static Problem InState(ProblemFixture f, ProblemState state) => state switch
    {
        ProblemState.New => f.Log(),
        ProblemState.Assess => Prepared(f.Assessing(), p => p.DocumentWorkaround(Agent, "Restart the relay")),
        ProblemState.RootCauseAnalysis => f.WithKnownError(),
        ProblemState.FixInProgress => Prepared(f.Fixing(), p => p.RecordPermanentSolution(Agent, "Raise the limit")),
        ProblemState.Resolved => f.Resolved(),
        ProblemState.Closed => f.Closed(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private static Problem Prepared(Problem p, Func<Problem, CommandResult> step)
    {
        step(p).ThrowIfRejected();
        return p;
    }

    private static CommandResult Fire(ProblemFixture f, Problem p, ProblemTrigger trigger) => trigger switch
    {
        ProblemTrigger.Assess => p.Assess(Agent, ProblemTeam),
        ProblemTrigger.StartRootCauseAnalysis => p.StartRootCauseAnalysis(Agent),
        ProblemTrigger.Reprioritize => p.Reprioritize(Agent, new Impact(1), new Probability(1)),
        ProblemTrigger.LinkIncident => p.LinkIncident(Agent, new IncidentId("INC0099")),
        ProblemTrigger.RecordRootCause => p.RecordRootCause(Agent, "A different cause"),
        ProblemTrigger.DocumentWorkaround => p.DocumentWorkaround(Agent, "A different workaround"),
        ProblemTrigger.CommunicateWorkaround => p.CommunicateWorkaround(Agent),
        ProblemTrigger.RecordKnownError => p.RecordKnownError(Agent, "Another symptom"),
        ProblemTrigger.StartFix => p.StartFix(Agent),
        ProblemTrigger.RequestChange => p.RequestChange(Agent, new ChangeId("CHG0777")),
        ProblemTrigger.RecordPermanentSolution => p.RecordPermanentSolution(Agent, "A different solution"),
        ProblemTrigger.Resolve => p.Resolve(Agent, "Fixed"),
        ProblemTrigger.Close => p.Close(Agent, "Verified"),
        ProblemTrigger.AcceptRisk => p.AcceptRisk(Agent, "Cheaper to live with"),
        ProblemTrigger.Cancel => p.Cancel(Agent, "Invalid"),
        ProblemTrigger.Reanalyze => p.Reanalyze(Agent, "Recurs"),
        ProblemTrigger.MarkDuplicate => f.Practice.MergeDuplicate(Agent, p, f.Log("PRB-MASTER")),
        ProblemTrigger.AbsorbDuplicate => f.Practice.MergeDuplicate(Agent, f.Log("PRB-DUP", "INC0077"), p),
        ProblemTrigger.Reassign => p.Reassign(Agent, new AssignmentGroupId("network"), "The relay is a network appliance", new ActorId("network.owner")),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
    };

    private static (Problem Problem, Func<CommandResult> Command) RejectionExample(ProblemFixture f, string example)
    {
        switch (example)
        {
            case "resolve a new problem": { var p = f.Log(); return (p, () => p.Resolve(Agent, "x")); }
            case "cancel a canceled problem": { var p = f.Log(); p.Cancel(Agent, "x").ThrowIfRejected(); return (p, () => p.Cancel(Agent, "again")); }
            case "start fix without root cause": { var p = f.Analysing(); return (p, () => p.StartFix(Agent)); }
            case "communicate without workaround": { var p = f.Analysing(); return (p, () => p.CommunicateWorkaround(Agent)); }
            case "known error without root cause": { var p = f.Analysing(); return (p, () => p.RecordKnownError(Agent, "Stuck")); }
            case "request change without known error": { var p = f.Analysing(); p.RecordRootCause(Agent, "x").ThrowIfRejected(); return (p, () => p.RequestChange(Agent, new ChangeId("CHG1"))); }
            case "resolve without permanent solution": { var p = f.Fixing(); return (p, () => p.Resolve(Agent, "done")); }
            case "blank root cause": { var p = f.Analysing(); return (p, () => p.RecordRootCause(Agent, " ")); }
            case "blank workaround": { var p = f.Analysing(); return (p, () => p.DocumentWorkaround(Agent, "")); }
            case "blank symptom": { var p = f.WithKnownError(); return (p, () => p.RecordKnownError(Agent, " ")); }
            case "blank solution": { var p = f.Fixing(); return (p, () => p.RecordPermanentSolution(Agent, "")); }
            case "blank resolution notes": { var p = f.Fixing(); p.RecordPermanentSolution(Agent, "x").ThrowIfRejected(); return (p, () => p.Resolve(Agent, " ")); }
            case "blank verification": { var p = f.Resolved(); return (p, () => p.Close(Agent, " ")); }
            case "blank risk reason": { var p = f.Analysing(); return (p, () => p.AcceptRisk(Agent, " ")); }
            case "blank cancel reason": { var p = f.Log(); return (p, () => p.Cancel(Agent, " ")); }
            case "blank reanalysis reason": { var p = f.Closed(); return (p, () => p.Reanalyze(Agent, "")); }
            case "reprioritize off matrix": { var p = f.Log(); return (p, () => p.Reprioritize(Agent, new Impact(1), new Probability(9))); }
            case "reprioritize to the same risk": { var p = f.Log(); return (p, () => p.Reprioritize(Agent, new Impact(2), new Probability(2))); }
            case "same root cause": { var p = f.WithKnownError(); return (p, () => p.RecordRootCause(Agent, " Relay queue limit too low ")); }
            case "same workaround": { var p = f.WithKnownError(); return (p, () => p.DocumentWorkaround(Agent, "Restart the relay service")); }
            case "same known error": { var p = f.WithKnownError(); return (p, () => p.RecordKnownError(Agent, "Mail stuck in outbox")); }
            case "same solution": { var p = f.Fixing(); p.RecordPermanentSolution(Agent, "x").ThrowIfRejected(); return (p, () => p.RecordPermanentSolution(Agent, "x")); }
            case "reassign to the same group and owner": { var p = f.Fixing(); return (p, () => p.Reassign(Agent, ProblemTeam, "Handover", Agent)); }
            case "blank reassignment reason": { var p = f.Analysing(); return (p, () => p.Reassign(Agent, new AssignmentGroupId("network"), " ")); }
            case "reassign a resolved problem": { var p = f.Resolved(); return (p, () => p.Reassign(Agent, new AssignmentGroupId("network"), "Verification by network")); }
            case "link a linked incident": { var p = f.Log(); return (p, () => p.LinkIncident(Agent, new IncidentId("INC0001"))); }
            case "communicate without incidents":
            {
                var p = f.Practice.Log(Agent, new LogProblem(new ProblemId("PRB9"), "Bug", ProblemSource.Developer, new Impact(1), new Probability(1)) { SourceReference = "BUG-9" }).ThrowIfRejected();
                p.Assess(Agent, ProblemTeam).ThrowIfRejected();
                p.DocumentWorkaround(Agent, "Reboot").ThrowIfRejected();
                return (p, () => p.CommunicateWorkaround(Agent));
            }

            case "same change twice": { var p = f.Fixing(); return (p, () => p.RequestChange(Agent, new ChangeId("CHG0001"))); }
            case "clock behind": { var p = f.Log(); f.Clock.Reset(f.Clock.GetCurrentInstant() - Duration.FromMinutes(1)); return (p, () => p.Assess(Agent, ProblemTeam)); }
            case "merge into itself": { var p = f.Log(); return (p, () => f.Practice.MergeDuplicate(Agent, p, p)); }
            case "merge into a closed master": { var p = f.Log(); var m = f.Closed("PRB-M"); return (p, () => f.Practice.MergeDuplicate(Agent, p, m)); }
            case "merge a resolved duplicate": { var p = f.Resolved(); var m = f.Log("PRB-M"); return (p, () => f.Practice.MergeDuplicate(Agent, p, m)); }
            default: throw new ArgumentOutOfRangeException(nameof(example), example, null);
        }
    }

    [Theory]
    [InlineData("   ", null)]
    [InlineData("  Network  ", "Network")]
    public void Log_Category_BlankRejectedAsForIncidents_GivenStoredTrimmed(string category, string? stored)
    {
        var f = new ProblemFixture();

        var result = f.Practice.Log(Agent, Command() with { Category = category });

        if (stored is null)
        {
            Assert.Equal(ProblemRejectionCodes.TextRequired, result.Rejection!.Code);
            Assert.Equal("A category or subcategory, when given, must not be blank.", result.Rejection.Message);
        }
        else
        {
            Assert.Equal(stored, result.ThrowIfRejected().Category);
        }
    }
}
