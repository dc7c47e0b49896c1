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
