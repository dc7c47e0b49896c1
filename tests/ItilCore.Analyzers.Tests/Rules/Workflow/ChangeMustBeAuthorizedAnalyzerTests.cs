using System.Threading.Tasks;
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
}
