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
