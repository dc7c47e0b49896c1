using System.Threading.Tasks;
using ItilCore.Analyzers.CodeFixes.Rules.Usage;
using Xunit;
using static ItilCore.Analyzers.Rules.Usage.SlaMustReferenceCataloguedServiceAnalyzer;
using Verify = ItilCore.Analyzers.Tests.Verifiers.ItilCodeFixTest<ItilCore.Analyzers.Rules.Usage.SlaMustReferenceCataloguedServiceAnalyzer, ItilCore.Analyzers.CodeFixes.Rules.Usage.SlaMustReferenceCataloguedServiceCodeFix>;

namespace ItilCore.Analyzers.Tests.Rules.Usage;

public class SlaMustReferenceCataloguedServiceCodeFixTests
{
    private const string Source = /* lang=c#-test */ """
        class Slas
        {
            void Define()
            {
                _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId({|#0:"emial"|}), []);
                _ = new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "VPN", new ServiceId({|#1:"vnp"|}), []);
            }
        }
        """;

    [Fact]
    public async Task RetiredService_IsNeverOffered_TheClosestLiveOneIs()
        => await Verify.VerifyAsync(
            """
            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Mail", new ServiceId({|#0:"emial"|}), []);
            }
            """,
            [Verify.Diagnostic().WithLocation(0).WithArguments("emial", NotCatalogued)],
            """
            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Mail", new ServiceId("e-mail"), []);
            }
            """,
            SlaMustReferenceCataloguedServiceCodeFix.Key_UseClosestService,
            [("catalog.json", """{ "services": [ { "id": "email", "status": "retired" }, { "id": "e-mail" } ] }""")]);

    [Fact]
    public async Task ClosestService_ReplacesEveryId_FixAll()
        => await Verify.VerifyAsync(
            Source,
            [Verify.Diagnostic().WithLocation(0).WithArguments("emial", NotCatalogued), Verify.Diagnostic().WithLocation(1).WithArguments("vnp", NotCatalogued)],
            """
            class Slas
            {
                void Define()
                {
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId("email"), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "VPN", new ServiceId("vpn"), []);
                }
            }
            """,
            SlaMustReferenceCataloguedServiceCodeFix.Key_UseClosestService,
            [("catalog.json", SlaMustReferenceCataloguedServiceAnalyzerTests.CatalogueFile)]);

    [Fact]
    public async Task ClosestService_ReplacesAnIdSetInAWithExpression()
        => await Verify.VerifyAsync(
            """
            class Slas
            {
                object Define(ServiceLevelAgreementDefinition template) => template with { Service = new ServiceId({|#0:"emial"|}) };
            }
            """,
            [Verify.Diagnostic().WithLocation(0).WithArguments("emial", NotCatalogued)],
            """
            class Slas
            {
                object Define(ServiceLevelAgreementDefinition template) => template with { Service = new ServiceId("email") };
            }
            """,
            SlaMustReferenceCataloguedServiceCodeFix.Key_UseClosestService,
            [("catalog.json", SlaMustReferenceCataloguedServiceAnalyzerTests.CatalogueFile)]);

    [Fact]
    public async Task NothingClose_OffersNoFix()
    {
        const string source = /* lang=c#-test */ """
            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "X", new ServiceId({|#0:"completely-unrelated-name"|}), []);
            }
            """;
        await Verify.VerifyAsync(
            source,
            [Verify.Diagnostic().WithLocation(0).WithArguments("completely-unrelated-name", NotCatalogued)],
            source,
            null,
            [("catalog.json", SlaMustReferenceCataloguedServiceAnalyzerTests.CatalogueFile)]);
    }
}
