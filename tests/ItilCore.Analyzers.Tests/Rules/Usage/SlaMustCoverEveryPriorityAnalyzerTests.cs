using System.Threading.Tasks;
using Xunit;
using Verify = ItilCore.Analyzers.Tests.Verifiers.ItilAnalyzerTest<ItilCore.Analyzers.Rules.Usage.SlaMustCoverEveryPriorityAnalyzer>;

namespace ItilCore.Analyzers.Tests.Rules.Usage;

public class SlaMustCoverEveryPriorityAnalyzerTests
{
    [Fact]
    public async Task CompleteSla_DoesNotReport()
    {
        const string source = /* lang=c#-test */ """
            class Slas
            {
                ServiceLevelManagement Build(ServiceModel model, PriorityMatrix matrix, IReadOnlyList<SlaTarget> targets, int level)
                {
                    _ = ServiceLevelManagement.Create(
                        new ServiceLevelDocument([Sla(targets)]),
                        model,
                        matrix,
                        []);
                    _ = new SlaTarget(new Priority(level), Duration.FromHours(level));
                    return ServiceLevelManagement.Create(
                        new ServiceLevelDocument([
                            new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId("email"), [
                                new SlaObjective(SlaMetric.Resolution, [
                                    new SlaTarget(new Priority(1), Duration.FromHours(4)),
                                    new SlaTarget(new Priority(2), Duration.FromHours(8)),
                                    new SlaTarget(new Priority(3), Duration.FromDays(1)),
                                    new SlaTarget(new Priority(4), Duration.FromDays(3)),
                                    new SlaTarget(new Priority(5), Duration.FromDays(10)),
                                ], new Always(), new Never()),
                            ]) { WarningThresholds = [50, 75, 100] },
                        ]),
                        model,
                        PriorityMatrix.ServiceNowDefault,
                        []);
                }

                static ServiceLevelAgreementDefinition Sla(IReadOnlyList<SlaTarget> targets)
                    => new(new SlaId("sla-2"), "VPN", new ServiceId("vpn"), [new SlaObjective(SlaMetric.FirstResponse, targets, new Always(), new Never())]);
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task CompleteSla_WithObjectivesForAKindOfTicket_DoesNotReport()
    {
        const string source = /* lang=c#-test */ """
            class Slas
            {
                ServiceLevelManagement Build(ServiceModel model)
                    => ServiceLevelManagement.Create(
                        new ServiceLevelDocument([
                            new ServiceLevelAgreementDefinition(new SlaId("vpn"), "VPN", new ServiceId("vpn"), [
                                new SlaObjective(SlaMetric.FirstResponse, [
                                    new SlaTarget(new Priority(1), Duration.FromHours(1)),
                                    new SlaTarget(new Priority(2), Duration.FromHours(2)),
                                    new SlaTarget(new Priority(3), Duration.FromHours(4)),
                                    new SlaTarget(new Priority(4), Duration.FromHours(8)),
                                    new SlaTarget(new Priority(5), Duration.FromHours(16)),
                                ], new Always(), new HasAssignmentGroup()) { AppliesTo = [TicketKind.Incident] },
                                new SlaObjective(SlaMetric.Fulfilment, [
                                    new SlaTarget(new Priority(1), Duration.FromHours(8)),
                                    new SlaTarget(new Priority(2), Duration.FromHours(16)),
                                    new SlaTarget(new Priority(3), Duration.FromDays(2)),
                                    new SlaTarget(new Priority(4), Duration.FromDays(3)),
                                    new SlaTarget(new Priority(5), Duration.FromDays(5)),
                                ], new RequestStateIn([ServiceRequestState.Submitted]), new RequestStateIn([ServiceRequestState.Fulfilled])) { AppliesTo = [TicketKind.ServiceRequest] },
                            ]) { WarningThresholds = [50, 75, 100] },
                        ]),
                        model,
                        PriorityMatrix.ServiceNowDefault,
                        []);
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task MissingPriorities_ReportWithTheMatrixOfCreate()
    {
        const string source = /* lang=c#-test */ """
            class Slas
            {
                ServiceLevelManagement Build(ServiceModel model)
                    => ServiceLevelManagement.Create(
                        new ServiceLevelDocument([
                            new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId("email"), [
                                new SlaObjective(SlaMetric.Resolution, {|#0:[
                                    new SlaTarget(new Priority(1), Duration.FromHours(4)),
                                    new SlaTarget(new Priority(2), Duration.FromHours(8)),
                                    new SlaTarget({|#1:new Priority(7)|}, Duration.FromHours(8)),
                                ]|}, new Always(), new Never()),
                            ]),
                        ]),
                        model,
                        PriorityMatrix.ServiceNowDefault,
                        []);
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("Resolution objective has no target for P3, P4, P5 of the 5-priority matrix"),
            Verify.Diagnostic().WithLocation(1).WithArguments("P7 is not a priority of the 5-priority matrix"));
    }

    [Fact]
    public async Task MissingPriorities_ReportWithTheConfiguredMatrix()
    {
        const string source = /* lang=c#-test */ """
            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId("email"), [
                    new SlaObjective(SlaMetric.FirstResponse, {|#0:[new SlaTarget(new Priority(1), Duration.FromMinutes(15))]|}, new Always(), new Never()),
                ]);
            }
            """;
        await Verify.VerifyAsync(source, [], "itil1002.priority_levels = 3", Verify.Diagnostic().WithLocation(0).WithArguments("FirstResponse objective has no target for P2, P3 of the 3-priority matrix"));
    }

    [Fact]
    public async Task UnknownMatrix_DoesNotReportCoverage()
        => await Verify.VerifyAsync("""
            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId("email"), [
                    new SlaObjective(SlaMetric.FirstResponse, [new SlaTarget(new Priority(1), Duration.FromMinutes(15))], new Always(), new Never()),
                ]);
            }
            """);

    [Fact]
    public async Task NonPositiveTargetsAndBadThresholds_Report()
    {
        const string source = /* lang=c#-test */ """
            class Slas
            {
                void Define(ServiceLevelAgreementDefinition sla)
                {
                    _ = new SlaTarget(new Priority(1), {|#0:Duration.Zero|});
                    _ = new SlaTarget(new Priority(2), {|#1:Duration.FromHours(-4)|});
                    _ = new SlaTarget(new Priority(3), {|#2:-Duration.FromMinutes(5)|});
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId("email"), []) { WarningThresholds = [{|#3:0|}, 50, {|#4:120|}] };
                    _ = sla with { WarningThresholds = new[] { 75, {|#5:-1|} } };
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("The target for P1 is zero; an SLA target must be a positive duration"),
            Verify.Diagnostic().WithLocation(1).WithArguments("The target for P2 is negative; an SLA target must be a positive duration"),
            Verify.Diagnostic().WithLocation(2).WithArguments("The target for P3 is negative; an SLA target must be a positive duration"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Warning threshold 0 % is outside 0 to 100 %; a threshold must be above 0 and at most 100"),
            Verify.Diagnostic().WithLocation(4).WithArguments("Warning threshold 120 % is outside 0 to 100 %; a threshold must be above 0 and at most 100"),
            Verify.Diagnostic().WithLocation(5).WithArguments("Warning threshold -1 % is outside 0 to 100 %; a threshold must be above 0 and at most 100"));
    }

    [Fact]
    public async Task WithoutItilCore_DoesNotReport()
        => await Verify.VerifyWithoutItilCoreAsync("""
            record SlaTarget(int Priority, System.TimeSpan Duration);
            class C { object M() => new SlaTarget(1, System.TimeSpan.Zero); }
            """);

    [Fact]
    public async Task CollectionTypeOfTheUsers_IsNotReadAsEmpty()
    {
        // A type of the user's may fill itself in its constructor; only framework collections are known to start empty.
        const string source = /* lang=c#-test */ """
            sealed class StandardTargets : List<SlaTarget>
            {
                public StandardTargets()
                {
                    for (var p = 1; p <= 5; p++) Add(new SlaTarget(new Priority(p), Duration.FromHours(4 * p)));
                }
            }

            class Slas
            {
                ServiceLevelAgreementDefinition Mine() => new(new SlaId("s"), "S", new ServiceId("email"), [
                    new SlaObjective(SlaMetric.Resolution, new StandardTargets(), new Always(), new Never())]);
                ServiceLevelAgreementDefinition Framework() => new(new SlaId("t"), "T", new ServiceId("email"), [
                    new SlaObjective(SlaMetric.Resolution, {|#0:new List<SlaTarget>()|}, new Always(), new Never())]);
            }
            """;
        await Verify.VerifyAsync(
            source,
            [],
            "itil1002.priority_levels = 5",
            Verify.Diagnostic().WithLocation(0).WithArguments("Resolution objective has no target for P1, P2, P3, P4, P5 of the 5-priority matrix"));
    }

    [Fact]
    public async Task HalfTypedCode_DoesNotThrow()
        => await Verify.VerifyAsync(
            """
            class Slas
            {
                void Define()
                {
                    _ = new {|CS7036:SlaTarget|}(new Priority(1));
                    _ = new SlaTarget(new Priority(1), Duration.{|CS0117:FromHourz|}(1));
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId("email"), {|CS1503:[1]|}) { WarningThresholds = [{|CS0029:"x"|}] };
                }
            }
            """,
            [],
            "itil1002.priority_levels = 5");
}
