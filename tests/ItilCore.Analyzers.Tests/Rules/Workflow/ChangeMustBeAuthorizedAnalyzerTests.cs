using System.Threading.Tasks;
using ItilCore.Analyzers.Rules.Workflow;
using ItilCore.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ItilCore.Analyzers.Tests.Verifiers.ItilAnalyzerTest<ItilCore.Analyzers.Rules.Workflow.ChangeMustBeAuthorizedAnalyzer>;

namespace ItilCore.Analyzers.Tests.Rules.Workflow;

public class ChangeMustBeAuthorizedAnalyzerTests
{
    [Fact]
    public async Task AuthorizedChanges_DoNotReport()
    {
        const string source = /* lang=c#-test */ """
            class Changes
            {
                ChangeType dynamicType = ChangeType.Normal;

                void Work(ActorId by, ChangeModelId model, IReadOnlyList<ChangeAuthorityRule> rules, IReadOnlyList<ChangeAuthority> authorities)
                {
                    _ = new RequestChange(new ChangeId("CHG1"), ChangeType.Standard, "Patch", by) { Model = new ChangeModelId("monthly-patch") };
                    _ = new RequestChange(new ChangeId("CHG2"), ChangeType.Normal, "Upgrade", by);
                    _ = new RequestChange(new ChangeId("CHG3"), ChangeType.Emergency, "Fix", by);
                    _ = new RequestChange(new ChangeId("CHG4"), dynamicType, "Unknown type", by);
                    _ = new ChangeAuthorityPolicyDefinition(
                        [new ChangeAuthority("CAB", ChangeAuthorityKind.ChangeAdvisoryBoard, [by], 1), new ChangeAuthority("ECAB", ChangeAuthorityKind.EmergencyChangeAdvisoryBoard, [by], 1)],
                        [new ChangeAuthorityRule(ChangeType.Normal, null, "CAB"), new ChangeAuthorityRule(ChangeType.Emergency, null, "ECAB")]);
                    _ = new ChangeAuthorityPolicyDefinition(authorities, rules);
                    _ = new ChangeAuthorityPolicyDefinition(authorities, [new ChangeAuthorityRule(ChangeType.Normal, null, "CAB"), .. rules]);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task StandardChangeWithoutModel_Reports()
    {
        const string source = /* lang=c#-test */ """
            class Changes
            {
                void Work(ActorId by)
                {
                    _ = new RequestChange(new ChangeId("CHG1"), {|#0:ChangeType.Standard|}, "Patch", by);
                    _ = new RequestChange(new ChangeId("CHG2"), {|#1:ChangeType.Standard|}, "Patch", by) { Model = null };
                }
            }
            """;
        const string message = "A standard change must name the pre-authorized change model it follows (set Model)";
        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments(message), Verify.Diagnostic().WithLocation(1).WithArguments(message));
    }

    [Fact]
    public async Task ModelSetByAWithExpressionOrToDefault_IsReadAsTheFinalValue()
    {
        const string source = /* lang=c#-test */ """
            class Changes
            {
                RequestChange Patch(ActorId by)
                    => new RequestChange(new ChangeId("CHG1"), ChangeType.Standard, "Patch", by) with { Model = new ChangeModelId("monthly-patch") };
                RequestChange Normal(ActorId by)
                    => new RequestChange(new ChangeId("CHG2"), ChangeType.Standard, "Patch", by) with { Type = ChangeType.Normal };
                RequestChange Default(ActorId by)
                    => new RequestChange(new ChangeId("CHG3"), {|#0:ChangeType.Standard|}, "Patch", by) { Model = default };
                RequestChange Cleared(ActorId by)
                    => new RequestChange(new ChangeId("CHG4"), {|#1:ChangeType.Standard|}, "Patch", by) with { Model = null };
                RequestChange Other(ActorId by)
                    => new RequestChange(new ChangeId("CHG5"), {|#2:ChangeType.Standard|}, "Patch", by) with { ShortDescription = "Other" };
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("A standard change must name the pre-authorized change model it follows (set Model)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("A standard change must name the pre-authorized change model it follows (set Model)"),
            Verify.Diagnostic().WithLocation(2).WithArguments("A standard change must name the pre-authorized change model it follows (set Model)"));
    }

    [Fact]
    public async Task PolicyWithoutEmergencyAuthority_Reports()
    {
        const string source = /* lang=c#-test */ """
            class Changes
            {
                void Work(ActorId by)
                {
                    _ = new ChangeAuthorityPolicyDefinition(
                        [new ChangeAuthority("CAB", ChangeAuthorityKind.ChangeAdvisoryBoard, [by], 1)],
                        {|#0:[new ChangeAuthorityRule(ChangeType.Normal, null, "CAB")]|});
                    _ = new ChangeAuthorityPolicyDefinition(
                        [new ChangeAuthority("CAB", ChangeAuthorityKind.ChangeAdvisoryBoard, [by], 1)],
                        [new ChangeAuthorityRule(ChangeType.Normal, null, "CAB"), new ChangeAuthorityRule(ChangeType.Emergency, null, {|#1:"ECAB"|})]);
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("No rule names an emergency change authority, so emergency changes could not be authorized"),
            Verify.Diagnostic().WithLocation(1).WithArguments("The emergency change authority 'ECAB' is not one of the policy's authorities"));
    }

    [Fact]
    public async Task RenumberedChangeTypes_FollowTheReferencedItilCore()
    {
        // Standard and Emergency swapped against the real ChangeType (Standard = 2, Emergency = 3): a rule that assumed the
        // real numbers would report the emergency change and the standard-only policy, and miss the other two.
        const string source = /* lang=c#-test */ """
            using ItilCore.Changes;

            class Changes
            {
                void Work()
                {
                    _ = new RequestChange("CHG1", {|#0:ChangeType.Standard|}, "Patch", "alice");
                    _ = new RequestChange("CHG2", ChangeType.Emergency, "Fix", "alice");
                    _ = new ChangeAuthorityPolicyDefinition([new ChangeAuthority("ECAB")], [new ChangeAuthorityRule(ChangeType.Emergency, null, "ECAB")]);
                    _ = new ChangeAuthorityPolicyDefinition([new ChangeAuthority("CAB")], {|#1:[new ChangeAuthorityRule(ChangeType.Standard, null, "CAB")]|});
                }
            }
            """;
        await VerifyWithStandInAsync(
            "public enum ChangeType { Normal = 1, Emergency = 2, Standard = 3 }",
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("A standard change must name the pre-authorized change model it follows (set Model)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("No rule names an emergency change authority, so emergency changes could not be authorized"));
    }

    [Fact]
    public async Task ChangeTypeWithoutStandardOrEmergency_DoesNotReport()
    {
        // Without the members, the values 2 and 3 name no type the rule knows: it cannot prove anything.
        const string source = /* lang=c#-test */ """
            using ItilCore.Changes;

            class Changes
            {
                void Work()
                {
                    _ = new RequestChange("CHG1", (ChangeType)2, "Patch", "alice");
                    _ = new RequestChange("CHG2", (ChangeType)3, "Fix", "alice");
                    _ = new ChangeAuthorityPolicyDefinition([new ChangeAuthority("CAB")], [new ChangeAuthorityRule(ChangeType.Normal, null, "CAB")]);
                }
            }
            """;
        await VerifyWithStandInAsync("public enum ChangeType { Normal = 1 }", source);
    }

    [Fact]
    public async Task WithoutItilCore_DoesNotReport()
        => await Verify.VerifyWithoutItilCoreAsync("""
            enum ChangeType { Normal = 1, Standard = 2 }
            record RequestChange(int Id, ChangeType Type);
            class C { object M() => new RequestChange(1, ChangeType.Standard); }
            """);

    [Fact]
    public async Task HalfTypedCode_DoesNotThrow()
    {
        const string source = /* lang=c#-test */ """
            class Changes
            {
                void Work(ActorId by)
                {
                    _ = new {|CS7036:RequestChange|}(new ChangeId("CHG1"), ChangeType.Standard);
                    _ = new RequestChange(new ChangeId("CHG1"), ChangeType.{|CS0117:Standrd|}, "x", by);
                    _ = new {|CS7036:ChangeAuthorityPolicyDefinition|}([]);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    // The source compiled against a stand-in ItilCore (in metadata, as a package reference gives it) whose ChangeType is
    // declared by changeType, with the shapes of the types the rule reads.
    private static async Task VerifyWithStandInAsync(string changeType, string source, params DiagnosticResult[] expected)
    {
        var itilCore = await ReferencedProject.CompileStandInAsync("ItilCore", $$"""
            namespace ItilCore
            {
                public readonly struct CommandResult { }
            }

            namespace ItilCore.Changes
            {
                {{changeType}}

                public sealed record RequestChange(string Id, ChangeType Type, string ShortDescription, string Requester)
                {
                    public string? Model { get; init; }
                }

                public sealed record ChangeAuthority(string Name);

                public sealed record ChangeAuthorityRule(ChangeType Type, int? Risk, string Authority);

                public sealed record ChangeAuthorityPolicyDefinition(System.Collections.Generic.IReadOnlyList<ChangeAuthority> Authorities, System.Collections.Generic.IReadOnlyList<ChangeAuthorityRule> Rules);
            }
            """);
        var test = new CSharpAnalyzerTest<ChangeMustBeAuthorizedAnalyzer, DefaultVerifier> { ReferenceAssemblies = ReferenceAssemblies.Net.Net80, TestCode = source };
        ItilTestSetup.Apply(test.TestState, withItilCore: false);
        test.TestState.AdditionalReferences.Add(itilCore);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
