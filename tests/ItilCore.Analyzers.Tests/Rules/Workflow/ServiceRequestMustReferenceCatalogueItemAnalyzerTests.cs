using System.Threading.Tasks;
using Xunit;
using Verify = ItilCore.Analyzers.Tests.Verifiers.ItilAnalyzerTest<ItilCore.Analyzers.Rules.Workflow.ServiceRequestMustReferenceCatalogueItemAnalyzer>;

namespace ItilCore.Analyzers.Tests.Rules.Workflow;

public class ServiceRequestMustReferenceCatalogueItemAnalyzerTests
{
    private const string Catalogue = """{ "items": [ { "id": "password-reset", "name": "Password reset" }, { "id": "new-laptop" } ] }""";

    private const string Source = /* lang=c#-test */ """
        class Portal
        {
            void Submit(ActorId by, RequestItemId item)
            {
                _ = new SubmitServiceRequest(new ServiceRequestId("REQ1"), new RequestItemId("password-reset"), by, ContactChannel.Portal);
                _ = new SubmitServiceRequest(new ServiceRequestId("REQ2"), item, by, ContactChannel.Portal);
                _ = new SubmitServiceRequest(new ServiceRequestId("REQ3"), new RequestItemId({|#0:"pasword-reset"|}), by, ContactChannel.Portal);
                _ = new SubmitServiceRequest(new ServiceRequestId("REQ4"), RequestItemId.Parse({|#1:"new-phone"|}), by, ContactChannel.Portal);
            }
        }
        """;

    [Fact]
    public async Task UnknownItems_Report()
        => await Verify.VerifyAsync(
            Source,
            [("request-catalog.json", Catalogue)],
            null,
            Verify.Diagnostic().WithLocation(0).WithArguments("pasword-reset"),
            Verify.Diagnostic().WithLocation(1).WithArguments("new-phone"));

    [Fact]
    public async Task ItemSetInWithExpressionOrInitializer_Reports()
        => await Verify.VerifyAsync(
            """
            class Portal
            {
                void Submit(SubmitServiceRequest template, RequestItemId item, ActorId by)
                {
                    _ = template with { Item = new RequestItemId({|#0:"pasword-reset"|}) };
                    _ = new SubmitServiceRequest(new ServiceRequestId("REQ1"), new RequestItemId("password-reset"), by, ContactChannel.Portal) { Item = RequestItemId.Parse({|#1:"new-phone"|}) };
                    _ = template with { Item = new RequestItemId("new-laptop") };
                    _ = template with { Item = item };
                    _ = template with { Requester = by };
                }
            }
            """,
            [("request-catalog.json", Catalogue)],
            null,
            Verify.Diagnostic().WithLocation(0).WithArguments("pasword-reset"),
            Verify.Diagnostic().WithLocation(1).WithArguments("new-phone"));

    [Fact]
    public async Task ConfiguredFileName_IsRead()
        => await Verify.VerifyAsync(
            Source,
            [("requests.json", Catalogue), ("request-catalog.json", """{ "items": [] }""")],
            "itil2003.catalogue_file = requests.json",
            Verify.Diagnostic().WithLocation(0).WithArguments("pasword-reset"),
            Verify.Diagnostic().WithLocation(1).WithArguments("new-phone"));

    [Fact]
    public async Task WithoutCatalogueFile_DoesNotReport()
        => await Verify.VerifyAsync(Source.Replace("{|#0:", string.Empty, System.StringComparison.Ordinal).Replace("{|#1:", string.Empty, System.StringComparison.Ordinal).Replace("|}", string.Empty, System.StringComparison.Ordinal));

    [Fact]
    public async Task UnreadableCatalogue_DoesNotReport()
        => await Verify.VerifyAsync(
            Source.Replace("{|#0:", string.Empty, System.StringComparison.Ordinal).Replace("{|#1:", string.Empty, System.StringComparison.Ordinal).Replace("|}", string.Empty, System.StringComparison.Ordinal),
            [("request-catalog.json", """{ "items": [ { "id": "password-reset" }, """)],
            null);

    [Fact]
    public async Task WithoutItilCore_DoesNotReport()
        => await Verify.VerifyWithoutItilCoreAsync("""
            record RequestItemId(string Value);
            record SubmitServiceRequest(int Id, RequestItemId Item);
            class C { object M() => new SubmitServiceRequest(1, new RequestItemId("nope")); }
            """);

    [Fact]
    public async Task HalfTypedCode_DoesNotThrow()
        => await Verify.VerifyAsync(
            """
            class Portal
            {
                void Submit(ActorId by)
                {
                    _ = new {|CS7036:SubmitServiceRequest|}(new ServiceRequestId("REQ1"), new RequestItemId("x"));
                    _ = new SubmitServiceRequest(new ServiceRequestId("REQ1"), new RequestItemId({|CS1503:1|}), by, ContactChannel.Portal);
                }
            }
            """,
            [("request-catalog.json", Catalogue)],
            null);
}
