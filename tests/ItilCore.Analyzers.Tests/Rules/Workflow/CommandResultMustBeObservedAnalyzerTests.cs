using System.Threading.Tasks;
using ItilCore.Analyzers.Rules.Workflow;
using Xunit;
using Verify = ItilCore.Analyzers.Tests.Verifiers.ItilAnalyzerTest<ItilCore.Analyzers.Rules.Workflow.CommandResultMustBeObservedAnalyzer>;

namespace ItilCore.Analyzers.Tests.Rules.Workflow;

public class CommandResultMustBeObservedAnalyzerTests
{
    [Fact]
    public async Task ObservedResults_DoNotReport()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident incident, IncidentManagement practice, LogIncident command, ActorId by)
                {
                    var result = incident.Assign(by, new AssignmentGroupId("network"));
                    if (incident.AddWorkNote(by, "x").IsRejected) { }
                    _ = incident.Resume(by);
                    incident.Assign(by, new AssignmentGroupId("network")).ThrowIfRejected();
                    practice.Log(by, command).ThrowIfRejected();
                    Use(incident.Resume(by));
                }

                static void Use(CommandResult result) { }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task DiscardedCommandResult_Reports()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident incident, ActorId by)
                {
                    {|#0:incident.Assign(by, new AssignmentGroupId("network"))|};
                }
            }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Assign"));
    }

    [Fact]
    public async Task DiscardedGenericCommandResult_Reports()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                void Work(IncidentManagement practice, LogIncident command, ActorId by)
                {
                    {|#0:practice.Log(by, command)|};
                }
            }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Log"));
    }

    [Fact]
    public async Task DiscardedConditionalAccess_Reports()
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
        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Resume"));
    }

    [Fact]
    public async Task DiscardedUserWrapperReturningCommandResult_Reports()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                CommandResult Close(Incident incident, ActorId by) => incident.Resume(by);

                void Work(Incident incident, ActorId by)
                {
                    {|#0:Close(incident, by)|};
                }
            }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("Close"));
    }

    [Fact]
    public async Task AwaitedCommandResult_Reports()
    {
        const string source = /* lang=c#-test */ """
            using System.Threading.Tasks;

            class Desk
            {
                Task<CommandResult> ResumeAsync(Incident incident, ActorId by) => Task.FromResult(incident.Resume(by));
                ValueTask<CommandResult> ResumeValueAsync(Incident incident, ActorId by) => new(incident.Resume(by));
                Task<CommandResult?> MaybeAsync(Incident incident, ActorId by) => Task.FromResult<CommandResult?>(incident.Resume(by));
                Task<int> CountAsync() => Task.FromResult(1);

                async Task Work(Incident incident, ActorId by, Task<CommandResult> pending)
                {
                    {|#0:await ResumeAsync(incident, by)|};
                    {|#1:await ResumeValueAsync(incident, by)|};
                    {|#2:await ResumeAsync(incident, by).ConfigureAwait(false)|};
                    {|#3:await ResumeValueAsync(incident, by).ConfigureAwait(false)|};
                    {|#4:await MaybeAsync(incident, by)|};
                    {|#5:await Task.Run(() => incident.Resume(by))|};
                    {|#6:await pending|};

                    var result = await ResumeAsync(incident, by);
                    _ = await ResumeAsync(incident, by);
                    (await ResumeAsync(incident, by)).ThrowIfRejected();
                    await Task.CompletedTask;
                    await CountAsync();
                    await Task.Yield();
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("ResumeAsync"),
            Verify.Diagnostic().WithLocation(1).WithArguments("ResumeValueAsync"),
            Verify.Diagnostic().WithLocation(2).WithArguments("ResumeAsync"),
            Verify.Diagnostic().WithLocation(3).WithArguments("ResumeValueAsync"),
            Verify.Diagnostic().WithLocation(4).WithArguments("MaybeAsync"),
            Verify.Diagnostic().WithLocation(5).WithArguments("Run"),
            Verify.Diagnostic().WithLocation(6).WithArguments("pending"));
    }

    [Fact]
    public async Task WithoutItilCore_DoesNotReport()
    {
        const string source = /* lang=c#-test */ """
            struct CommandResult { }
            class Desk
            {
                CommandResult Assign() => default;
                void Work() { Assign(); }
            }
            """;
        await Verify.VerifyWithoutItilCoreAsync(source);
    }

    [Fact]
    public async Task HalfTypedCode_DoesNotThrow()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                void Work(Incident incident, ActorId by)
                {
                    incident.{|CS1061:Asign|}(by);
                    incident.{|CS7036:Assign|}();
                    {|CS0103:unknown|}.Resume(by);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
