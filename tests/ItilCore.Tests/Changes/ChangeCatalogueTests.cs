using System;
using System.Linq;
using ItilCore.Changes;
using ItilCore.Configuration;
using ItilCore.Tests.Catalog;
using Xunit;
using F = ItilCore.Tests.Changes.ChangeFixture;

namespace ItilCore.Tests.Changes;

/// <summary>Validation of the change authority policy, the standard change catalogue and the options.</summary>
public sealed class ChangeCatalogueTests
{
    [Fact]
    public void AuthorityPolicy_Invalid_ReportsEveryProblemWithPaths()
    {
        var problems = Assert.Throws<InvalidDefinitionException>(() => ChangeAuthorityPolicy.Create(
            new ChangeAuthorityPolicyDefinition(
                [
                    new("cab", ChangeAuthorityKind.ChangeAdvisoryBoard, [F.Cab[0], F.Cab[0]], 3),
                    new("cab", (ChangeAuthorityKind)9, [], 1),
                ],
                [
                    new(ChangeType.Standard, null, "cab"),
                    new(ChangeType.Normal, new Risk(4), "cab"),
                    new(ChangeType.Emergency, new Risk(1), "nobody"),
                ]),
            ChangeManagementOptions.DefaultRiskMatrix)).Problems.Select(p => p.Path).ToArray();

        Assert.Equal(
            ["$.authorities[0].members[1]", "$.authorities[0].quorum", "$.authorities[1].name", "$.authorities[1].kind", "$.authorities[1].members", "$.authorities[1].quorum", "$.rules[0].type", "$.rules[1].risk", "$.rules[2].authority", "$.rules[2].risk"],
            problems);
    }

    [Fact]
    public void AuthorityPolicy_MissingRiskLevelsAndEmergency_AreReported()
    {
        var problems = Assert.Throws<InvalidDefinitionException>(() => ChangeAuthorityPolicy.Create(
            new ChangeAuthorityPolicyDefinition([new("manager", ChangeAuthorityKind.ChangeManager, [F.Manager], 1)], [new(ChangeType.Normal, new Risk(1), "manager")]),
            ChangeManagementOptions.DefaultRiskMatrix)).Problems.Select(p => p.Message).ToArray();

        Assert.Equal(["no rule gives normal changes of risk 2 an authority", "no rule gives normal changes of risk 3 an authority", "no rule gives emergency changes an authority"], problems);
    }

    [Fact]
    public void AuthorityPolicy_DefaultRule_CoversTheRest_AndStandardNeedsNone()
    {
        var policy = ChangeAuthorityPolicy.Create(
            new ChangeAuthorityPolicyDefinition(
                [new("manager", ChangeAuthorityKind.ChangeManager, [F.Manager], 1), new("cab", ChangeAuthorityKind.ChangeAdvisoryBoard, F.Cab, 3)],
                [new(ChangeType.Normal, null, "manager"), new(ChangeType.Normal, new Risk(1), "cab"), new(ChangeType.Emergency, null, "cab")]),
            ChangeManagementOptions.DefaultRiskMatrix);

        Assert.Equal("cab", policy.AuthorityFor(ChangeType.Normal, new Risk(1))!.Name);
        Assert.Equal("manager", policy.AuthorityFor(ChangeType.Normal, new Risk(3))!.Name);
        Assert.Null(policy.AuthorityFor(ChangeType.Standard, null));
        Assert.Throws<ArgumentException>("risk", () => policy.AuthorityFor(ChangeType.Normal, null));
    }

    [Fact]
    public void StandardCatalog_Invalid_ReportsEveryProblemWithPaths()
    {
        var problems = Assert.Throws<InvalidDefinitionException>(() => StandardChangeCatalog.Create(
            [
                new ChangeModel(F.PatchServer, "Patch", new Risk(4)) { AllowedClasses = [new ConfigurationItemClass("mainframe")] },
                new ChangeModel(F.PatchServer, " ", new Risk(1)) { AllowedItems = [new ConfigurationItemId("ghost")], Service = new("nosuch") },
                new ChangeModel(F.RestartWeb, "Nothing", new Risk(1)),
            ],
            F.Services.Configuration,
            ChangeManagementOptions.DefaultRiskMatrix)).Problems.Select(p => p.Path).ToArray();

        Assert.Contains("$[0].maxRisk", problems);
        Assert.Contains("$[0].allowedClasses[0]", problems);
        Assert.Contains("$[1].service", problems);
        Assert.Contains("$[1].allowedItems[0]", problems);
        Assert.Contains("$[2]", problems);
        Assert.True(problems.Length >= 6, string.Join(", ", problems));
    }

    private static ServiceModel WithEmail(ItilCore.Catalog.ServiceStatus status)
    {
        var document = F.Services.ToDocument();
        return ServiceModel.Create(document with
        {
            Services = document.Services.Select(s => s.Id == CatalogSamples.Email ? s with { Status = status } : s).ToArray(),
        });
    }

    [Fact]
    public void StandardCatalog_ModelForARetiredService_IsReportedNamingIt()
    {
        var model = new ChangeModel(F.RestartWeb, "Restart the web tier", new Risk(3)) { Service = CatalogSamples.Email, AllowedItems = [F.Web] };

        var problem = Assert.Single(Assert.Throws<InvalidDefinitionException>(() => StandardChangeCatalog.Create(
            [model], WithEmail(ItilCore.Catalog.ServiceStatus.Retired).Configuration, ChangeManagementOptions.DefaultRiskMatrix)).Problems);

        Assert.Equal("$[0].service: service email is retired; a standard change model cannot be pre-authorized for a retired service", problem.ToString());
        Assert.Single(StandardChangeCatalog.Create([model], WithEmail(ItilCore.Catalog.ServiceStatus.Pipeline).Configuration, ChangeManagementOptions.DefaultRiskMatrix).Models);
    }

    [Fact]
    public void Practice_CatalogueBuiltWithoutConfiguration_MatchesClassesThroughTheServiceModel()
    {
        // The first-hour way to build a catalogue: no configuration model; the practice's ServiceModel knows srv01 is a Server.
        var catalog = StandardChangeCatalog.Create([new ChangeModel(F.PatchServer, "Patch a server", new Risk(3)) { AllowedClasses = [ConfigurationItemClass.Server] }]);
        var practice = new ChangeManagement(new NodaTime.Testing.FakeClock(F.Monday), F.Options with { StandardChanges = catalog });

        var result = practice.Request(F.Agent, F.Command(ChangeType.Standard)); // srv01, model patch-server

        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        Assert.Same(F.Services.Configuration, practice.StandardChanges.Configuration);
        Assert.Null(practice.Options.StandardChanges.Configuration);
    }

    [Fact]
    public void Practice_WithoutServiceModel_CatalogueWithoutConfiguration_SaysWhyAClassCannotMatch()
    {
        var catalog = StandardChangeCatalog.Create([new ChangeModel(F.PatchServer, "Patch a server", new Risk(3)) { AllowedClasses = [ConfigurationItemClass.Server] }]);
        var practice = new ChangeManagement(new NodaTime.Testing.FakeClock(F.Monday), F.Options with { StandardChanges = catalog, ServiceModel = null });

        var result = practice.Request(F.Agent, F.Command(ChangeType.Standard));

        Assert.Equal(ChangeRejectionCodes.ModelNotApplicable, result.Rejection?.Code);
        Assert.Equal("The change cannot be a standard change: change model patch-server does not list configuration item srv01, and its classes (server) cannot be matched: the catalogue was built without a configuration model.", result.Rejection!.Message);
    }

    [Fact]
    public void Practice_CatalogueThatDoesNotFitTheServiceModel_IsRefusedNamingEachModelAndProblem()
    {
        // The service catalogue was updated (e-mail retired, sw01 gone); the standard change catalogue was built before.
        var document = F.Services.ToDocument();
        var retired = ServiceModel.Create(document with
        {
            Services = document.Services.Select(s => s.Id == CatalogSamples.Email ? s with { Status = ItilCore.Catalog.ServiceStatus.Retired } : s).ToArray(),
        });
        var catalog = StandardChangeCatalog.Create([.. F.Catalog.Models, new ChangeModel(new ChangeModelId("reboot-switch"), "Reboot a switch", new Risk(3)) { AllowedItems = [new ConfigurationItemId("sw99")] }]);

        var e = Assert.Throws<ArgumentException>("StandardChanges", () => new ChangeManagement(new NodaTime.Testing.FakeClock(F.Monday), F.Options with { ServiceModel = retired, StandardChanges = catalog }));

        Assert.StartsWith(
            "The standard change catalogue does not fit the practice's service model: change model restart-web ($[1].service): service email is retired; a standard change model cannot be pre-authorized for a retired service; change model reboot-switch ($[2].allowedItems[0]): ",
            e.Message,
            StringComparison.Ordinal);
        Assert.Contains("sw99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Request_ChangeOnARetiredService_IsAccepted_ToDecommissionIt()
    {
        var retired = WithEmail(ItilCore.Catalog.ServiceStatus.Retired);
        var practice = new ChangeManagement(new NodaTime.Testing.FakeClock(F.Monday), F.Options with { ServiceModel = retired, StandardChanges = StandardChangeCatalog.Empty });

        var result = practice.Request(F.Agent, new RequestChange(new ChangeId("CHG0001"), ChangeType.Normal, "Decommission the mail servers", F.Requester)
        {
            Service = CatalogSamples.Email,
            ConfigurationItems = [F.Web],
        });

        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        Assert.Equal(CatalogSamples.Email, result.Value.Service);
    }

    [Fact]
    public void RiskOffTheMatrixScale_IsReportedAlikeByThePolicyTheCatalogueAndTheOptions()
    {
        const string OffScale = "risk 4 is outside the risk matrix's scale 1 to 3";
        var manager = new ChangeAuthority("manager", ChangeAuthorityKind.ChangeManager, [F.Manager], 1);
        var policy = Assert.Throws<InvalidDefinitionException>(() => ChangeAuthorityPolicy.Create(
            new ChangeAuthorityPolicyDefinition([manager], [new(ChangeType.Normal, null, "manager"), new(ChangeType.Normal, new Risk(4), "manager"), new(ChangeType.Emergency, null, "manager")]),
            ChangeManagementOptions.DefaultRiskMatrix));
        var tooRisky = new ChangeModel(F.RestartWeb, "Restart the web tier", new Risk(4)) { AllowedItems = [F.Web] };
        var catalogue = Assert.Throws<InvalidDefinitionException>(() => StandardChangeCatalog.Create([tooRisky], riskMatrix: ChangeManagementOptions.DefaultRiskMatrix));
        var options = F.Options with { StandardChanges = StandardChangeCatalog.Create([tooRisky]) };

        var error = Assert.Throws<ArgumentException>("StandardChanges", () => new ChangeManagement(new NodaTime.Testing.FakeClock(F.Monday), options));

        Assert.Equal("$.rules[1].risk: " + OffScale, Assert.Single(policy.Problems).ToString());
        Assert.Equal("$[0].maxRisk: " + OffScale, Assert.Single(catalogue.Problems).ToString());
        Assert.StartsWith($"Change model {F.RestartWeb}'s maximum {OffScale}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_PolicyForAnotherMatrix_IsAnArgumentException()
    {
        var fiveLevels = PriorityMatrix.Create(new PriorityMatrixDefinition(2, 2, 5, [[1, 2], [3, 5]]));
        var options = F.Options with { RiskMatrix = fiveLevels };

        Assert.Throws<ArgumentException>("AuthorityPolicy", () => new ChangeManagement(new NodaTime.Testing.FakeClock(F.Monday), options));
    }
}
