using System.Linq;
using ItilCore.Catalog;
using ItilCore.Changes;
using ItilCore.Configuration;
using ItilCore.Tests.Catalog;
using NodaTime;
using NodaTime.Testing;

namespace ItilCore.Tests.Changes;

/// <summary>A change practice on a fake clock: four authorities, a small configuration, two standard change models.</summary>
internal sealed class ChangeFixture
{
    public static readonly ActorId Requester = new("requester.rita");
    public static readonly ActorId Agent = new("agent.smith");
    public static readonly ActorId Implementer = new("implementer.ivan");
    public static readonly ActorId Peer = new("peer.paul");
    public static readonly ActorId Peer2 = new("peer.pia");
    public static readonly ActorId Manager = new("manager.mia");
    public static readonly ActorId[] Cab = [new("cab.ann"), new("cab.ben"), new("cab.cid"), new("cab.dan")];
    public static readonly ActorId[] Ecab = [new("ecab.eve"), new("ecab.fay"), new("ecab.gus")];
    public static readonly ConfigurationItemId Web = new("web01");
    public static readonly ConfigurationItemId App = new("app01");
    public static readonly ConfigurationItemId Db = new("db01");
    public static readonly ConfigurationItemId Server = new("srv01");
    public static readonly ConfigurationItemId Switch = new("sw01");
    public static readonly ChangeModelId PatchServer = new("patch-server");
    public static readonly ChangeModelId RestartWeb = new("restart-web");
    public static readonly Instant Monday = Instant.FromUtc(2026, 3, 2, 9, 0);
    public static readonly Interval Window = new(Monday + Duration.FromDays(7), Monday + Duration.FromDays(7) + Duration.FromHours(2));

    // web01 → app01 → db01 → srv01 (DependsOn, DependsOn, RunsOn); sw01 stands alone.
    public static readonly ServiceModel Services = ServiceModel.Create(CatalogSamples.Document with
    {
        Configuration = new ConfigurationDocument
        {
            Items =
            [
                new(Web, "Web", ConfigurationItemClass.Application) { SupportedServices = [CatalogSamples.Email] },
                new(App, "App", ConfigurationItemClass.Application),
                new(Db, "Db", ConfigurationItemClass.Database),
                new(Server, "Server", ConfigurationItemClass.Server),
                new(Switch, "Switch", ConfigurationItemClass.Network),
            ],
            Relationships =
            [
                new(Web, ConfigurationRelationshipKind.DependsOn, App),
                new(App, ConfigurationRelationshipKind.DependsOn, Db),
                new(Db, ConfigurationRelationshipKind.RunsOn, Server),
            ],
        },
    });

    public static readonly ChangeAuthorityPolicy Policy = ChangeAuthorityPolicy.Create(
        new ChangeAuthorityPolicyDefinition(
            [
                new("peer-review", ChangeAuthorityKind.PeerReview, [Peer, Peer2, Implementer], 1),
                new("change-manager", ChangeAuthorityKind.ChangeManager, [Manager], 1),
                new("cab", ChangeAuthorityKind.ChangeAdvisoryBoard, Cab, 3),
                new("ecab", ChangeAuthorityKind.EmergencyChangeAdvisoryBoard, Ecab, 2),
            ],
            [
                new(ChangeType.Normal, new Risk(3), "peer-review"),
                new(ChangeType.Normal, new Risk(2), "change-manager"),
                new(ChangeType.Normal, new Risk(1), "cab"),
                new(ChangeType.Emergency, null, "ecab"),
            ]),
        ChangeManagementOptions.DefaultRiskMatrix);

    public static readonly StandardChangeCatalog Catalog = StandardChangeCatalog.Create(
        [
            new ChangeModel(PatchServer, "Patch a server", new Risk(3)) { AllowedClasses = [ConfigurationItemClass.Server] },
            new ChangeModel(RestartWeb, "Restart the web tier", new Risk(3)) { Service = CatalogSamples.Email, AllowedItems = [Web] },
        ],
        Services.Configuration,
        ChangeManagementOptions.DefaultRiskMatrix);

    public static readonly ChangeManagementOptions Options = new()
    {
        AuthorityPolicy = Policy,
        StandardChanges = Catalog,
        ServiceModel = Services,
    };

    /// <summary>The same practice with backout plans required: its models carry theirs.</summary>
    public static readonly ChangeManagementOptions StrictOptions = Options with
    {
        RequireBackoutPlan = true,
        StandardChanges = StandardChangeCatalog.Create(
            Catalog.Models.Select(m => m with { ImplementationPlan = "Run the " + m.Name + " runbook", BackoutPlan = "Restore the " + m.Name + " snapshot" }),
            Services.Configuration,
            ChangeManagementOptions.DefaultRiskMatrix),
    };

    public ChangeFixture()
    {
        Clock = new FakeClock(Monday, Duration.FromMinutes(1));
        Practice = new ChangeManagement(Clock, Options, () => new System.Guid(++EventIdsIssued, 0, 0, new byte[8]));
    }

    public FakeClock Clock { get; }

    /// <summary>Gets how many event ids the practice has asked for (only accepted commands ask).</summary>
    public int EventIdsIssued { get; private set; }

    /// <summary>Runs a command that must be refused with the code and leave the change exactly as it was (snapshot, event ids).</summary>
    public Rejection Refused(Change change, System.Func<Change, CommandResult> command, string code)
    {
        var before = change.ToSnapshot();
        var ids = EventIdsIssued;
        var result = command(change);
        Xunit.Assert.True(result.IsRejected, $"expected {code}; accepted {string.Join(", ", result.Events.Select(e => e.GetType().Name))}");
        Xunit.Assert.Equal(code, result.Rejection!.Code);
        Xunit.Assert.Empty(result.Events);
        Xunit.Assert.Equal(before, change.ToSnapshot());
        Xunit.Assert.Equal(ids, EventIdsIssued);
        return result.Rejection;
    }

    /// <summary>Moves the clock to the opening of <see cref="Window"/>, where an implementation may start.</summary>
    public void OpenWindow() => Clock.Reset(Window.Start);

    public ChangeManagement Practice { get; }

    public static RequestChange Command(ChangeType type = ChangeType.Normal, string id = "CHG0001")
        => type == ChangeType.Standard
            ? new(new ChangeId(id), type, "Patch srv01", Requester) { Model = PatchServer, ConfigurationItems = [Server] }
            : new(new ChangeId(id), type, "Upgrade the database", Requester) { ConfigurationItems = [Db], Service = CatalogSamples.Vpn };

    public Change Request(ChangeType type = ChangeType.Normal, string id = "CHG0001")
        => Practice.Request(Agent, Command(type, id)).ThrowIfRejected();

    /// <summary>A planned change with an implementer, in New.</summary>
    public Change Planned(ChangeType type = ChangeType.Normal, string id = "CHG0001")
    {
        var change = Request(type, id);
        change.Plan(Agent, Window).ThrowIfRejected();
        change.AssignImplementer(Agent, Implementer).ThrowIfRejected();
        return change;
    }

    /// <summary>A normal change in Assess with the given risk (3 = low → peer review, 2 → change manager, 1 → CAB).</summary>
    public Change Assessed(int risk = 3, string id = "CHG0001")
    {
        var change = Planned(ChangeType.Normal, id);
        change.Submit(Agent).ThrowIfRejected();
        var (impact, likelihood) = risk switch { 1 => (1, 1), 2 => (2, 2), _ => (3, 3) };
        change.AssessRisk(Agent, new Impact(impact), new Likelihood(likelihood)).ThrowIfRejected();
        return change;
    }

    /// <summary>A change in Authorize: normal with the given risk, or emergency.</summary>
    public Change Authorizing(ChangeType type = ChangeType.Normal, int risk = 3, string id = "CHG0001")
    {
        var change = type == ChangeType.Emergency ? Planned(ChangeType.Emergency, id) : Assessed(risk, id);
        change.RequestAuthorization(Agent).ThrowIfRejected();
        return change;
    }

    /// <summary>A change in Scheduled.</summary>
    public Change Scheduled(ChangeType type = ChangeType.Normal)
    {
        switch (type)
        {
            case ChangeType.Standard:
                var standard = Planned(ChangeType.Standard);
                standard.Submit(Agent).ThrowIfRejected();
                return standard;
            case ChangeType.Emergency:
                var emergency = Authorizing(ChangeType.Emergency);
                emergency.Approve(Ecab[0]).ThrowIfRejected();
                emergency.Approve(Ecab[1]).ThrowIfRejected();
                return emergency;
            default:
                var normal = Authorizing();
                normal.Approve(Peer).ThrowIfRejected();
                return normal;
        }
    }
}
