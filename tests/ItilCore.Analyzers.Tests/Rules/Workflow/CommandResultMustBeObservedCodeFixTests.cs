using System.Threading.Tasks;
using ItilCore.Analyzers.CodeFixes.Rules.Workflow;
using ItilCore.Analyzers.Rules.Workflow;
using Xunit;
using Verify = ItilCore.Analyzers.Tests.Verifiers.ItilCodeFixTest<ItilCore.Analyzers.Rules.Workflow.CommandResultMustBeObservedAnalyzer, ItilCore.Analyzers.CodeFixes.Rules.Workflow.CommandResultMustBeObservedCodeFix>;

namespace ItilCore.Analyzers.Tests.Rules.Workflow;

public class CommandResultMustBeObservedCodeFixTests
{
    private const string Source = /* lang=c#-test */ """
        class Desk
        {
            void Work(Incident incident, ActorId by)
            {
                {|#0:incident.Resume(by)|};
                {|#1:incident.AddWorkNote(by, "checked")|};
            }
        }
        """;

    [Fact]
    public async Task KeepResult_DeclaresDistinctVariables_FixAll()
    {
        const string fixedSource = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident incident, ActorId by)
                {
                    var result = incident.Resume(by);
                    var result2 = incident.AddWorkNote(by, "checked");
                }
            }
            """;
        await Verify.VerifyAsync(Source, [Verify.Diagnostic().WithLocation(0).WithArguments("Resume"), Verify.Diagnostic().WithLocation(1).WithArguments("AddWorkNote")], fixedSource, CommandResultMustBeObservedCodeFix.Key_KeepResult);
    }

    [Fact]
    public async Task ThrowIfRejected_AppendsTheCall_FixAll()
    {
        const string fixedSource = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident incident, ActorId by)
                {
                    incident.Resume(by).ThrowIfRejected();
                    incident.AddWorkNote(by, "checked").ThrowIfRejected();
                }
            }
            """;
        await Verify.VerifyAsync(Source, [Verify.Diagnostic().WithLocation(0).WithArguments("Resume"), Verify.Diagnostic().WithLocation(1).WithArguments("AddWorkNote")], fixedSource, CommandResultMustBeObservedCodeFix.Key_ThrowIfRejected);
    }

    [Fact]
    public async Task ThrowIfRejected_OnConditionalAccess_KeepsTheNullCheck()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident? incident, ActorId by)
                {
                    {|#0:incident?.Resume(by)|};
                }
            }
            """;
        const string fixedSource = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident? incident, ActorId by)
                {
                    incident?.Resume(by).ThrowIfRejected();
                }
            }
            """;
        await Verify.VerifyAsync(source, [Verify.Diagnostic().WithLocation(0).WithArguments("Resume")], fixedSource, CommandResultMustBeObservedCodeFix.Key_ThrowIfRejected);
    }

    [Theory]
    [InlineData(CommandResultMustBeObservedCodeFix.Key_ThrowIfRejected, "holder?.Current?.Resume(by).ThrowIfRejected();")]
    [InlineData(CommandResultMustBeObservedCodeFix.Key_KeepResult, "var result = holder?.Current?.Resume(by);")]
    public async Task NestedConditionalAccess_IsReportedAndFixed(string key, string fixedStatement)
    {
        const string source = /* lang=c#-test */ """
            class Holder { public Incident? Current { get; set; } }

            class Desk
            {
                void Work(Holder? holder, ActorId by)
                {
                    {|#0:holder?.Current?.Resume(by)|};
                }
            }
            """;
        var fixedSource = $$"""
            class Holder { public Incident? Current { get; set; } }

            class Desk
            {
                void Work(Holder? holder, ActorId by)
                {
                    {{fixedStatement}}
                }
            }
            """;
        await Verify.VerifyAsync(source, [Verify.Diagnostic().WithLocation(0).WithArguments("Resume")], fixedSource, key);
    }

    [Fact]
    public async Task WithoutBraces_ThrowIfRejected_IsOffered()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident incident, ActorId by, bool resume)
                {
                    if (resume) {|#0:incident.Resume(by)|};
                }
            }
            """;
        const string fixedSource = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident incident, ActorId by, bool resume)
                {
                    if (resume) incident.Resume(by).ThrowIfRejected();
                }
            }
            """;
        await Verify.VerifyAsync(source, [Verify.Diagnostic().WithLocation(0).WithArguments("Resume")], fixedSource, CommandResultMustBeObservedCodeFix.Key_ThrowIfRejected);
    }

    [Fact]
    public async Task WithoutBraces_KeepResult_IsNotOffered()
    {
        // A declaration cannot be an if's body without braces (CS1023).
        const string source = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident incident, ActorId by, bool resume)
                {
                    if (resume) {|#0:incident.Resume(by)|};
                }
            }
            """;
        await Verify.VerifyAsync(source, [Verify.Diagnostic().WithLocation(0).WithArguments("Resume")], source, CommandResultMustBeObservedCodeFix.Key_KeepResult);
    }

    [Theory]
    [InlineData(CommandResultMustBeObservedCodeFix.Key_KeepResult)]
    [InlineData(CommandResultMustBeObservedCodeFix.Key_ThrowIfRejected)]
    public async Task LambdaExpressionBody_GetsNoFix(string key)
    {
        // The nearest statement holds the whole lambda; rewriting it would not compile.
        const string source = /* lang=c#-test */ """
            class Desk
            {
                void Work(System.Collections.Generic.List<Incident> incidents, ActorId by)
                {
                    incidents.ForEach(i => {|#0:i.Resume(by)|});
                }
            }
            """;
        await Verify.VerifyAsync(source, [Verify.Diagnostic().WithLocation(0).WithArguments("Resume")], source, key);
    }

    [Fact]
    public async Task ThrowIfRejected_OnANullableResult_UsesConditionalAccess()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                static CommandResult? Maybe(Incident incident, ActorId by) => incident.Resume(by);

                void Work(Incident incident, ActorId by)
                {
                    {|#0:Maybe(incident, by)|};
                }
            }
            """;
        const string fixedSource = /* lang=c#-test */ """
            class Desk
            {
                static CommandResult? Maybe(Incident incident, ActorId by) => incident.Resume(by);

                void Work(Incident incident, ActorId by)
                {
                    Maybe(incident, by)?.ThrowIfRejected();
                }
            }
            """;
        await Verify.VerifyAsync(source, [Verify.Diagnostic().WithLocation(0).WithArguments("Maybe")], fixedSource, CommandResultMustBeObservedCodeFix.Key_ThrowIfRejected);
    }

    private const string AwaitedSource = /* lang=c#-test */ """
        using System.Threading.Tasks;

        class Desk
        {
            Task<CommandResult> ResumeAsync(Incident incident, ActorId by) => Task.FromResult(incident.Resume(by));
            ValueTask<CommandResult<Incident>> LogAsync(IncidentManagement practice, LogIncident command, ActorId by) => new(practice.Log(by, command));

            async Task Work(Incident incident, IncidentManagement practice, LogIncident command, ActorId by)
            {
                {|#0:await ResumeAsync(incident, by)|};
                {|#1:await LogAsync(practice, command, by).ConfigureAwait(false)|};
            }
        }
        """;

    [Fact]
    public async Task KeepResult_OnAnAwaitedResult_DeclaresTheAwaitedValue()
    {
        const string fixedSource = /* lang=c#-test */ """
            using System.Threading.Tasks;

            class Desk
            {
                Task<CommandResult> ResumeAsync(Incident incident, ActorId by) => Task.FromResult(incident.Resume(by));
                ValueTask<CommandResult<Incident>> LogAsync(IncidentManagement practice, LogIncident command, ActorId by) => new(practice.Log(by, command));

                async Task Work(Incident incident, IncidentManagement practice, LogIncident command, ActorId by)
                {
                    var result = await ResumeAsync(incident, by);
                    var result2 = await LogAsync(practice, command, by).ConfigureAwait(false);
                }
            }
            """;
        await Verify.VerifyAsync(AwaitedSource, [Verify.Diagnostic().WithLocation(0).WithArguments("ResumeAsync"), Verify.Diagnostic().WithLocation(1).WithArguments("LogAsync")], fixedSource, CommandResultMustBeObservedCodeFix.Key_KeepResult);
    }

    [Fact]
    public async Task ThrowIfRejected_OnAnAwaitedResult_ParenthesisesTheAwait()
    {
        const string fixedSource = /* lang=c#-test */ """
            using System.Threading.Tasks;

            class Desk
            {
                Task<CommandResult> ResumeAsync(Incident incident, ActorId by) => Task.FromResult(incident.Resume(by));
                ValueTask<CommandResult<Incident>> LogAsync(IncidentManagement practice, LogIncident command, ActorId by) => new(practice.Log(by, command));

                async Task Work(Incident incident, IncidentManagement practice, LogIncident command, ActorId by)
                {
                    (await ResumeAsync(incident, by)).ThrowIfRejected();
                    (await LogAsync(practice, command, by).ConfigureAwait(false)).ThrowIfRejected();
                }
            }
            """;
        await Verify.VerifyAsync(AwaitedSource, [Verify.Diagnostic().WithLocation(0).WithArguments("ResumeAsync"), Verify.Diagnostic().WithLocation(1).WithArguments("LogAsync")], fixedSource, CommandResultMustBeObservedCodeFix.Key_ThrowIfRejected);
    }

    [Fact]
    public async Task ThrowIfRejected_OnAnAwaitedNullableResult_ParenthesisesTheAwait()
    {
        const string source = /* lang=c#-test */ """
            using System.Threading.Tasks;

            class Desk
            {
                static Task<CommandResult?> MaybeAsync(Incident incident, ActorId by) => Task.FromResult<CommandResult?>(incident.Resume(by));

                async Task Work(Incident incident, ActorId by)
                {
                    {|#0:await MaybeAsync(incident, by)|};
                }
            }
            """;
        const string fixedSource = /* lang=c#-test */ """
            using System.Threading.Tasks;

            class Desk
            {
                static Task<CommandResult?> MaybeAsync(Incident incident, ActorId by) => Task.FromResult<CommandResult?>(incident.Resume(by));

                async Task Work(Incident incident, ActorId by)
                {
                    (await MaybeAsync(incident, by))?.ThrowIfRejected();
                }
            }
            """;
        await Verify.VerifyAsync(source, [Verify.Diagnostic().WithLocation(0).WithArguments("MaybeAsync")], fixedSource, CommandResultMustBeObservedCodeFix.Key_ThrowIfRejected);
    }

    [Fact]
    public async Task KeepResult_AvoidsNamesInUse()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident incident, ActorId by, int result)
                {
                    {|#0:incident.Resume(by)|};
                }
            }
            """;
        const string fixedSource = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident incident, ActorId by, int result)
                {
                    var result2 = incident.Resume(by);
                }
            }
            """;
        await Verify.VerifyAsync(source, [Verify.Diagnostic().WithLocation(0).WithArguments("Resume")], fixedSource, CommandResultMustBeObservedCodeFix.Key_KeepResult);
    }
}
