using System.Threading.Tasks;
using ItilCore.Analyzers.Rules.Usage;
using ItilCore.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static ItilCore.Analyzers.Rules.Usage.SlaMustReferenceCataloguedServiceAnalyzer;
using Verify = ItilCore.Analyzers.Tests.Verifiers.ItilAnalyzerTest<ItilCore.Analyzers.Rules.Usage.SlaMustReferenceCataloguedServiceAnalyzer>;

namespace ItilCore.Analyzers.Tests.Rules.Usage;

public class SlaMustReferenceCataloguedServiceAnalyzerTests
{
    internal const string CatalogueFile = """{ "services": [ { "id": "email", "name": "E-mail" }, { "id": "vpn" }, { "id": "service-desk" } ] }""";

    internal const string CodeCatalogue = /* lang=c#-test */ """
        [ServiceCatalogue]
        static class Services
        {
            public static readonly ServiceId Payroll = new("payroll");
            public static ServiceId Hr { get; } = ServiceId.Parse("hr");
        }
        """;

    [Fact]
    public async Task CataloguedServices_DoNotReport()
    {
        const string source = CodeCatalogue + /* lang=c#-test */ """

            class Slas
            {
                void Define(ServiceId fromConfiguration)
                {
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId("email"), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "Payroll", Services.Payroll, []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-3"), "HR", ServiceId.Parse("hr"), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-4"), "Any", fromConfiguration, []);
                }
            }
            """;
        await Verify.VerifyAsync(source, [("catalog.json", CatalogueFile)], null);
    }

    [Fact]
    public async Task RetiredService_Reports_AndNoRetiredServiceIsSuggested()
    {
        // "fax" is listed but retired (withdrawn from the catalogue); "faxes" is not listed at all.
        const string catalogue = """{ "services": [ { "id": "email" }, { "id": "fax", "status": "retired" }, { "id": "voip", "status": "live" } ] }""";
        const string source = /* lang=c#-test */ """
            class Slas
            {
                void Define()
                {
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Fax", new ServiceId({|#0:"fax"|}), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "Faxes", new ServiceId({|#1:"faxes"|}), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-3"), "VoIP", new ServiceId("voip"), []);
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            [("catalog.json", catalogue)],
            null,
            Verify.Diagnostic().WithLocation(0).WithArguments("fax", Retired),
            Verify.Diagnostic().WithLocation(1).WithArguments("faxes", NotCatalogued));
        Assert.Equal("is retired in the service catalogue: no SLA can be agreed for a withdrawn service", Retired);
    }

    [Fact]
    public async Task ServiceRetiredInOneCopyOfTheCatalogueFileButLiveInAnother_DoesNotReport()
    {
        // Two files of the catalogue's name (one per environment): which one the host loads is not known at build time,
        // and the one where "fax" is live accepts its SLA, so retirement is not proven.
        var test = new CSharpAnalyzerTest<SlaMustReferenceCataloguedServiceAnalyzer, DefaultVerifier> { ReferenceAssemblies = ReferenceAssemblies.Net.Net80 };
        ItilTestSetup.Apply(test.TestState, withItilCore: true);
        test.TestState.Sources.Add("""
            class Slas
            {
                object Fax() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Fax", new ServiceId("fax"), []);
                object Telex() => new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "Telex", new ServiceId({|#0:"telex"|}), []);
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/Production/catalog.json", """{ "services": [ { "id": "fax", "status": "retired" }, { "id": "telex", "status": "retired" } ] }"""));
        test.TestState.AdditionalFiles.Add(("/0/Staging/catalog.json", """{ "services": [ { "id": "fax" }, { "id": "telex", "status": "retired" } ] }"""));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("telex", Retired));
        await test.RunAsync();
    }

    [Fact]
    public async Task RetiredStatusInAnyCase_Reports()
        // The library reads enum names case-insensitively, so "Retired" is as retired to it as "retired".
        => await Verify.VerifyAsync(
            """
            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Fax", new ServiceId({|#0:"fax"|}), []);
            }
            """,
            [("catalog.json", """{ "services": [ { "id": "email" }, { "id": "fax", "status": "Retired" } ] }""")],
            null,
            Verify.Diagnostic().WithLocation(0).WithArguments("fax", Retired));

    [Fact]
    public async Task CatalogueFileWithPropertyNamesTheLibraryRefuses_ProvesNothing()
        => await Verify.VerifyAsync(
            """
            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Payroll", new ServiceId("payroll"), []);
            }
            """,
            [("catalog.json", """{ "Services": [ { "Id": "email" } ] }""")],
            null);

    [Fact]
    public async Task UnknownService_Reports()
    {
        const string source = CodeCatalogue + /* lang=c#-test */ """

            class Slas
            {
                void Define()
                {
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId({|#0:"emial"|}), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "Payroll", ServiceId.Parse({|#1:"payrol"|}), []);
                    _ = new ServiceLevelAgreementDefinition(Service: new({|#2:"printing"|}), Id: new SlaId("sla-3"), Name: "Print", Objectives: []);
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            [("catalog.json", CatalogueFile)],
            null,
            Verify.Diagnostic().WithLocation(0).WithArguments("emial", NotCatalogued),
            Verify.Diagnostic().WithLocation(1).WithArguments("payrol", NotCatalogued),
            Verify.Diagnostic().WithLocation(2).WithArguments("printing", NotCatalogued));
    }

    [Fact]
    public async Task ServiceSetInWithExpressionOrInitializer_Reports()
    {
        const string source = CodeCatalogue + /* lang=c#-test */ """

            class Slas
            {
                void Define(ServiceLevelAgreementDefinition template, ServiceId fromConfiguration)
                {
                    _ = template with { Service = new ServiceId({|#0:"emial"|}) };
                    _ = template with { Name = "Renamed", Service = ServiceId.Parse({|#1:"payrol"|}) };
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId("email"), []) { Service = new({|#2:"printing"|}) };
                    _ = template with { Service = new ServiceId("email") };
                    _ = template with { Service = Services.Payroll };
                    _ = template with { Service = fromConfiguration };
                    _ = template with { Name = "Renamed" };
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "E-mail", new ServiceId("email"), []) { Name = "Mail" };
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            [("catalog.json", CatalogueFile)],
            null,
            Verify.Diagnostic().WithLocation(0).WithArguments("emial", NotCatalogued),
            Verify.Diagnostic().WithLocation(1).WithArguments("payrol", NotCatalogued),
            Verify.Diagnostic().WithLocation(2).WithArguments("printing", NotCatalogued));
    }

    [Fact]
    public async Task IdsWrittenAsAnyStringConstant_AreRead()
    {
        // Literals are read from their token, every other constant through the compiler's constant value: both must agree.
        const string source = /* lang=c#-test */ """"
            class Slas
            {
                const string Misspelled = "emial";
                const string Prefix = "service-";

                void Define()
                {
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "A", new ServiceId(@"email"), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "B", new ServiceId("""vpn"""), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-3"), "C", new ServiceId(Prefix + "desk"), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-4"), "D", new ServiceId({|#0:@"e-mail"|}), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-5"), "E", new ServiceId({|#1:"""v-p-n"""|}), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-6"), "F", new ServiceId({|#2:Misspelled|}), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-7"), "G", new ServiceId({|#3:Prefix + "desks"|}), []);
                }
            }
            """";
        await Verify.VerifyAsync(
            source,
            [("catalog.json", CatalogueFile)],
            null,
            Verify.Diagnostic().WithLocation(0).WithArguments("e-mail", NotCatalogued),
            Verify.Diagnostic().WithLocation(1).WithArguments("v-p-n", NotCatalogued),
            Verify.Diagnostic().WithLocation(2).WithArguments("emial", NotCatalogued),
            Verify.Diagnostic().WithLocation(3).WithArguments("service-desks", NotCatalogued));
    }

    [Fact]
    public async Task EachFolder_UsesTheCatalogueFileItsEditorConfigNames()
    {
        // The rule remembers catalogue ids per catalogue file name; two folders naming two files must not share them.
        var test = new CSharpAnalyzerTest<SlaMustReferenceCataloguedServiceAnalyzer, DefaultVerifier> { ReferenceAssemblies = ReferenceAssemblies.Net.Net80 };
        ItilTestSetup.Apply(test.TestState, withItilCore: true);
        test.TestState.Sources.Add(("/0/Finance/Slas.cs", """
            class FinanceSlas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Payroll", new ServiceId("payroll"), []);
            }
            """));
        test.TestState.Sources.Add(("/0/Office/Slas.cs", """
            class OfficeSlas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "Payroll", new ServiceId({|#0:"payroll"|}), []);
                object Mail() => new ServiceLevelAgreementDefinition(new SlaId("sla-3"), "Mail", new ServiceId("email"), []);
            }
            """));
        test.TestState.AdditionalFiles.Add(("finance.json", """{ "services": [ { "id": "payroll" } ] }"""));
        test.TestState.AdditionalFiles.Add(("office.json", CatalogueFile));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/0/Finance/*.cs]\nitil1001.catalogue_file = finance.json\n\n[/0/Office/*.cs]\nitil1001.catalogue_file = office.json\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("payroll", NotCatalogued));
        await test.RunAsync();
    }

    [Fact]
    public async Task OnlyCatalogueFile_IsEnough()
        => await Verify.VerifyAsync(
            """
            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Payroll", new ServiceId({|#0:"payroll"|}), []);
            }
            """,
            [("services.json", CatalogueFile)],
            "itil1001.catalogue_file = services.json",
            Verify.Diagnostic().WithLocation(0).WithArguments("payroll", NotCatalogued));

    [Fact]
    public async Task NoCatalogue_DoesNotReport()
        => await Verify.VerifyAsync("""
            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Payroll", new ServiceId("anything"), []);
            }
            """);

    [Fact]
    public async Task CatalogueClassWithComputedId_DoesNotReport()
        => await Verify.VerifyAsync("""
            [ServiceCatalogue]
            static class Services
            {
                public static readonly ServiceId Email = new("email");
                public static readonly ServiceId Other = new(Environment.MachineName);
            }

            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "X", new ServiceId("unknown"), []);
            }
            """);

    [Theory]
    [InlineData("public static ServiceId Hr { get; private set; } = new(\"hr\");")]
    [InlineData("public static ServiceId Hr = new(\"hr\");")]
    [InlineData("public static readonly ServiceId? Hr = new ServiceId(\"hr\");")]
    [InlineData("public static readonly ServiceId[] Extra = [new(\"hr\")];")]
    [InlineData("public static IReadOnlyList<ServiceId> Extra { get; } = [new(\"hr\")];")]
    public async Task CatalogueClassMemberTheAnalyzerCannotRead_MakesTheCatalogueIncomplete(string member)
        => await Verify.VerifyAsync($$"""
            [ServiceCatalogue]
            static class Services
            {
                public static readonly ServiceId Email = new("email");
                {{member}}
            }

            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "HR", new ServiceId("hr"), []);
            }
            """);

    [Fact]
    public async Task CatalogueClassWithComputedIdBesideAFile_DoesNotReport()
        => await Verify.VerifyAsync(
            """
            static class Ids { public const string Hr = "hr"; }

            [ServiceCatalogue]
            static class Services
            {
                public static readonly ServiceId Payroll = new("payroll");
                public static readonly ServiceId Hr = new(Ids.Hr);
            }

            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Payroll", new ServiceId("payroll"), []);
                object Other() => new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "HR", new ServiceId("hr"), []);
            }
            """,
            [("catalog.json", CatalogueFile)],
            null);

    [Fact]
    public async Task AttributeRenamedByAGlobalAliasInAnotherFile_IsStillTheCatalogue()
    {
        var test = new CSharpAnalyzerTest<SlaMustReferenceCataloguedServiceAnalyzer, DefaultVerifier> { ReferenceAssemblies = ReferenceAssemblies.Net.Net80 };
        ItilTestSetup.Apply(test.TestState, withItilCore: true);
        test.TestState.Sources.Add(("/0/Aliases.cs", "global using Catalogue = ItilCore.Catalog.ServiceCatalogueAttribute;"));
        test.TestState.Sources.Add(("/0/Services.cs", """
            [Catalogue]
            static class Services
            {
                public static readonly ServiceId Payroll = new("payroll");
            }

            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Payroll", new ServiceId("payroll"), []);
                object Typo() => new ServiceLevelAgreementDefinition(new SlaId("sla-2"), "Payroll", new ServiceId({|#0:"payrol"|}), []);
            }
            """));
        test.TestState.AdditionalFiles.Add(("catalog.json", CatalogueFile));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("payrol", NotCatalogued));
        await test.RunAsync();
    }

    [Fact]
    public async Task CatalogueClassInAReferencedProject_DoesNotReport()
    {
        // Its ids are not constants in metadata, so a service missing from the file may be one of them.
        var test = new CSharpAnalyzerTest<SlaMustReferenceCataloguedServiceAnalyzer, DefaultVerifier> { ReferenceAssemblies = ReferenceAssemblies.Net.Net80 };
        ItilTestSetup.Apply(test.TestState, withItilCore: true);
        test.TestState.AdditionalReferences.Add(ReferencedProject.Compile("""
            [ItilCore.Catalog.ServiceCatalogue]
            public static class SharedServices
            {
                public static readonly ItilCore.Catalog.ServiceId Payroll = new("payroll");
            }
            """));
        test.TestState.Sources.Add("""
            class Slas
            {
                object Define() => new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "Payroll", new ServiceId("payroll"), []);
            }
            """);
        test.TestState.AdditionalFiles.Add(("catalog.json", CatalogueFile));
        await test.RunAsync();
    }

    [Fact]
    public async Task WithoutItilCore_DoesNotReport()
        => await Verify.VerifyWithoutItilCoreAsync("""
            record ServiceId(string Value);
            record ServiceLevelAgreementDefinition(string Id, string Name, ServiceId Service);
            class C { object M() => new ServiceLevelAgreementDefinition("a", "b", new ServiceId("nope")); }
            """);

    [Fact]
    public async Task HalfTypedCode_DoesNotThrow()
        => await Verify.VerifyAsync(
            """
            class Slas
            {
                void Define()
                {
                    _ = new {|CS7036:ServiceLevelAgreementDefinition|}(new SlaId("sla-1"), "E-mail", new ServiceId("emial"));
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", new ServiceId({|CS1503:42|}), []);
                    _ = new ServiceLevelAgreementDefinition(new SlaId("sla-1"), "E-mail", {|CS0103:unknown|}, []);
                }
            }
            """,
            [("catalog.json", CatalogueFile)],
            null);
}
