using System;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Requests;
using ItilCore.Serialization;
using ItilCore.Testing;
using Xunit;

namespace ItilCore.Tests.Requests;

public sealed class RequestCatalogTests
{
    private static readonly ServiceId Workplace = new("workplace");

    private static RequestItem Valid(string id = "item") => new(new RequestItemId(id), "Item", Workplace)
    {
        Fields = [new RequestField("f", RequestFieldKind.Text)],
        Tasks = [new FulfilmentTask("t")],
    };

    private static ValidationProblem[] ProblemsOf(params RequestItem[] items)
        => Assert.Throws<InvalidDefinitionException>(() => RequestCatalog.Create(new RequestCatalogDocument { Items = items }, RequestGenerators.SampleServices)).Problems.ToArray();

    [Fact]
    public void Create_AChoiceOptionWithSpacesAroundIt_IsReported()
    {
        var item = Valid() with { Fields = [new RequestField("model", RequestFieldKind.Choice) { Options = ["13-inch", "15-inch "] }] };

        var problem = Assert.Single(ProblemsOf(item));

        Assert.Equal("$.items[0].fields[0].options[1]", problem.Path);
        Assert.Contains("spaces around it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SampleCatalog_KeepsItemsInOrderAndLooksThemUp()
    {
        var catalog = RequestGenerators.SampleCatalog;

        Assert.Equal(["password-reset", "software", "new-laptop", "admin-rights"], catalog.Items.Select(i => i.Id.Value));
        Assert.True(catalog.Contains(new RequestItemId("software")));
        Assert.Equal("New laptop", catalog.GetItem(new RequestItemId("new-laptop")).Name);
        Assert.False(catalog.TryGetItem(new RequestItemId("ghost"), out _));
        Assert.Contains("'ghost'", Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => catalog.GetItem(new RequestItemId("ghost"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => RequestCatalog.Create(null!, RequestGenerators.SampleServices)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => RequestCatalog.Create(new RequestCatalogDocument(), null!)).ParamName);
    }

    [Fact]
    public void Create_UnknownServiceAndOffering_ReportsBothPaths()
    {
        var problems = ProblemsOf(
            Valid("a") with { Service = new ServiceId("ghost") },
            Valid("b") with { Offering = new ServiceOfferingId("ghost-offering") });

        Assert.Equal(["$.items[0].service", "$.items[1].offering"], problems.Select(p => p.Path));
        Assert.Equal("unknown service id 'ghost'", problems[0].Message);
    }

    [Fact]
    public void Create_OfferingThatDoesNotDescribeTheService_IsReported()
    {
        var services = ServiceCatalog.Create(new ServiceCatalogDocument
        {
            Services = [new Service(Workplace, "Workplace"), new Service(new ServiceId("hr"), "HR")],
            Offerings = [new ServiceOffering(new ServiceOfferingId("hr-only"), "HR only") { Services = [new ServiceId("hr")] }],
        });

        var problem = Assert.Single(Assert.Throws<InvalidDefinitionException>(() => RequestCatalog.Create(
            new RequestCatalogDocument { Items = [Valid() with { Offering = new ServiceOfferingId("hr-only") }] }, services)).Problems);

        Assert.Equal("$.items[0].offering", problem.Path);
        Assert.Equal("service offering hr-only does not describe service workplace", problem.Message);
    }

    [Fact]
    public void Create_DuplicateIdsAndEmptyNames_ReportsEvery()
    {
        var problems = ProblemsOf(Valid("a"), Valid("a") with { Name = " " }, null!);

        Assert.Equal(["$.items[1].id", "$.items[1].name", "$.items[2]"], problems.Select(p => p.Path));
        Assert.Equal("duplicate request item id 'a'; it is first defined at $.items[0]", problems[0].Message);
    }

    [Fact]
    public void Create_InvalidFields_ReportsEachWithItsPath()
    {
        var problems = ProblemsOf(Valid() with
        {
            Fields =
            [
                new RequestField("", RequestFieldKind.Text),
                new RequestField("size", RequestFieldKind.Choice),
                new RequestField("size", (RequestFieldKind)99),
                new RequestField("colour", RequestFieldKind.Choice) { Options = ["red", "red", " "] },
                new RequestField("count", RequestFieldKind.Number) { Options = ["1"] },
            ],
        });

        Assert.Equal(
            [
                "$.items[0].fields[0].name",
                "$.items[0].fields[1].options",
                "$.items[0].fields[2].name",
                "$.items[0].fields[2].kind",
                "$.items[0].fields[3].options[2]",
                "$.items[0].fields[3].options[1]",
                "$.items[0].fields[4].options",
            ],
            problems.Select(p => p.Path));
        Assert.Equal("duplicate field name 'size'; it is first defined at $.items[0].fields[1]", problems[2].Message);
    }

    [Fact]
    public void Create_InvalidApprovals_ReportsQuorumLargerThanTheGroupAndMore()
    {
        var problems = ProblemsOf(Valid() with
        {
            Approvals =
            [
                new ApprovalStep("Board") { Approvers = [new("a"), new("b")], Quorum = 3 },
                new ApprovalStep("") { Approvers = [] },
                new ApprovalStep("Zero") { Approvers = [new("a")], Quorum = 0 },
                new ApprovalStep("Twice") { Approvers = [new("a"), new("a")] },
            ],
        });

        Assert.Equal(
            [
                "$.items[0].approvals[0].quorum",
                "$.items[0].approvals[1].name",
                "$.items[0].approvals[1].approvers",
                "$.items[0].approvals[2].quorum",
                "$.items[0].approvals[3].approvers[1]",
            ],
            problems.Select(p => p.Path));
        Assert.Equal("the quorum 3 is larger than the group of 2 approvers", problems[0].Message);
    }

    [Fact]
    public void Create_InvalidTasksAndChangeModel_AreReported()
    {
        var problems = ProblemsOf(
            Valid("a") with { Tasks = [] },
            Valid("b") with { Tasks = [new FulfilmentTask("x"), new FulfilmentTask("x"), new FulfilmentTask("y", default(AssignmentGroupId))], TaskOrder = (FulfilmentOrder)0, StandardChangeModel = "has space" });

        Assert.Equal(
            ["$.items[0].tasks", "$.items[1].taskOrder", "$.items[1].standardChangeModel", "$.items[1].tasks[1].name", "$.items[1].tasks[2].group"],
            problems.Select(p => p.Path));
    }

    [Fact]
    public void Json_RoundTrip_GivesAnEqualCatalog()
    {
        var json = RequestGenerators.SampleCatalog.ToJson();

        var reread = RequestCatalog.FromJson(json, RequestGenerators.SampleServices);

        Assert.Equal(RequestGenerators.SampleCatalog.ToDocument(), reread.ToDocument());
        Assert.Contains("\"taskOrder\": \"parallel\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_DocumentedShape_IsRead()
    {
        const string json = """
            {
              "items": [
                {
                  "id": "new-laptop",
                  "name": "New laptop",
                  "service": "workplace",
                  "offering": "office",
                  "keywords": ["new laptop"],
                  "fields": [
                    { "name": "model", "kind": "choice", "required": true, "options": ["13-inch", "15-inch"] },
                    { "name": "needed-by", "kind": "date" }
                  ],
                  "approvals": [
                    { "name": "Line manager", "approvers": ["alice"] },
                    { "name": "Finance board", "approvers": ["bob", "carol", "dave"], "quorum": 2 }
                  ],
                  "tasks": [ { "name": "Order", "group": "procurement" }, { "name": "Deliver" } ],
                  "taskOrder": "sequential",
                  "standardChangeModel": "std-laptop-imaging"
                }
              ]
            }
            """;

        var item = Assert.Single(RequestCatalog.FromJson(json, RequestGenerators.SampleServices).Items);

        Assert.Equal(2, item.Approvals[1].Quorum);
        Assert.Equal(1, item.Approvals[0].Quorum);
        Assert.Equal(new AssignmentGroupId("procurement"), item.Tasks[0].Group);
        Assert.True(item.Fields[0].Required);
        Assert.False(item.Fields[1].Required);
    }

    [Fact]
    public void FromJson_UnknownProperty_IsAReadError()
        => Assert.Throws<JsonReadException>(() => RequestCatalog.FromJson("""{ "items": [], "extra": 1 }""", RequestGenerators.SampleServices));

    [Theory]
    [InlineData("I need a new laptop please", "new-laptop")]
    [InlineData("LAPTOP for the new starter", "new-laptop")]
    [InlineData("forgot my password again", "password-reset")]
    [InlineData("please install Visio", "software")]
    [InlineData("laptops are on fire", null)]
    [InlineData("the printer is broken", null)]
    public void MatchKeywords_WholeWordsCaseInsensitive(string text, string? expected)
        => Assert.Equal(expected, RequestGenerators.SampleCatalog.MatchKeywords(text)?.Id.Value);
}
