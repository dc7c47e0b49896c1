using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Routing;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Routing;

public class AlertIntakeTests
{
    private static readonly AlertKey Disk = new("nagios", "db01", "/var", "disk.used", "threshold");
    private static readonly ConfigurationItemId Db01 = new("db01");
    private static readonly AlertKey Cpu = new("nagios", "db01", "cpu", "cpu.load", "threshold");
    private static readonly ActorId Agent = new("agent");
    private static readonly AssignmentGroupId Dba = new("dba");
    private static readonly AlertIntakeOptions Resolving = new() { ResolveIncidentOnClear = true };

    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 3, 2, 9, 0));

    private AlertIntake Intake(AlertIntakeOptions? options = null)
    {
        var next = 0;
        var practice = new IncidentManagement(_clock);
        return new AlertIntake(_clock, options, practice, () => new IncidentId($"INC{++next:D4}"));
    }

    private static Alert Raise(AlertSeverity severity, AlertKey? key = null)
        => new(key ?? Disk, severity, "Disk /var above 90 %") { ConfigurationItem = Db01, Service = new ServiceId("erp") };

    private static Alert WithoutItem(AlertSeverity severity)
        => new(Disk, severity, "Disk /var above 90 %") { Service = new ServiceId("erp") };

    [Fact]
    public void Receive_Repeat_UpdatesTheOpenAlertWithoutANewIncident()
    {
        var intake = Intake();
        var first = intake.Receive(Raise(AlertSeverity.Major));
        _clock.AdvanceMinutes(1);

        var repeat = intake.Receive(Raise(AlertSeverity.Major));

        Assert.Equal((AlertOutcomeKind.Opened, AlertIncidentAction.Opened), (first.Kind, first.IncidentAction));
        Assert.Equal((AlertOutcomeKind.Updated, 2, AlertIncidentAction.None, first.AlertNumber), (repeat.Kind, repeat.Count, repeat.IncidentAction, repeat.AlertNumber));
        Assert.Same(first.Incident, repeat.Incident);
        Assert.True(intake.TryGetAlert(Disk, out var count, out var open, out var last));
        Assert.Equal((2, true, _clock.GetCurrentInstant()), (count, open, last));
        Assert.Equal(ContactChannel.Monitoring, first.Incident!.Channel);
        Assert.Equal(Db01, first.Incident.ConfigurationItem);
    }

    [Fact]
    public void Receive_ClearThenReturnWithinTheInterval_Reopens_AndLaterOpensANewAlert()
    {
        var intake = Intake(new AlertIntakeOptions { ReopenWithin = Duration.FromMinutes(10) });
        var opened = intake.Receive(Raise(AlertSeverity.Minor));

        var cleared = intake.Receive(Raise(AlertSeverity.Clear));
        _clock.AdvanceMinutes(5);
        var reopened = intake.Receive(Raise(AlertSeverity.Minor));
        intake.Receive(Raise(AlertSeverity.Clear));
        _clock.AdvanceMinutes(11);
        var fresh = intake.Receive(Raise(AlertSeverity.Minor));

        Assert.Equal(AlertOutcomeKind.Cleared, cleared.Kind);
        Assert.Equal((AlertOutcomeKind.Reopened, opened.AlertNumber), (reopened.Kind, reopened.AlertNumber));
        Assert.Equal(AlertOutcomeKind.Opened, fresh.Kind);
        Assert.NotEqual(opened.AlertNumber, fresh.AlertNumber);
        Assert.Equal(AlertOutcomeKind.Ignored, Intake().Receive(Raise(AlertSeverity.Clear)).Kind);
    }

    [Fact]
    public void Receive_BackAfterItsIncidentWasResolved_ReopensIt_AndOtherAlertsOnTheItemOpenANewOne()
    {
        var intake = Intake();
        var opened = intake.Receive(Raise(AlertSeverity.Major));
        var incident = opened.Incident!;
        intake.Receive(Raise(AlertSeverity.Clear));
        incident.Assign(new ActorId("agent"), new AssignmentGroupId("dba")).ThrowIfRejected();
        incident.Resolve(new ActorId("agent"), ResolutionCode.SolvedWorkaround, "Cleaned /var").ThrowIfRejected();
        var other = new AlertKey("nagios", "db01", "cpu", "cpu.load", "threshold");
        _clock.AdvanceMinutes(3);

        var correlated = intake.Receive(Raise(AlertSeverity.Major, other));
        var back = intake.Receive(Raise(AlertSeverity.Major));

        Assert.Equal(AlertIncidentAction.Opened, correlated.IncidentAction);
        Assert.NotSame(incident, correlated.Incident);
        Assert.Equal((AlertOutcomeKind.Reopened, AlertIncidentAction.Reopened), (back.Kind, back.IncidentAction));
        Assert.Same(incident, back.Incident);
        Assert.Equal((IncidentState.InProgress, 1), (incident.State, incident.ReopenCount));
        Assert.IsType<IncidentReopened>(Assert.Single(back.Events));
    }

    [Fact]
    public void Receive_RepeatWhileItsIncidentIsResolved_ReopensIt()
    {
        var intake = Intake();
        var incident = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        incident.Assign(new ActorId("agent"), new AssignmentGroupId("dba")).ThrowIfRejected();
        incident.Resolve(new ActorId("agent"), ResolutionCode.SolvedWorkaround, "Cleaned /var").ThrowIfRejected();
        _clock.AdvanceMinutes(3);

        var repeat = intake.Receive(Raise(AlertSeverity.Major));
        var again = intake.Receive(Raise(AlertSeverity.Major));

        Assert.Equal((AlertOutcomeKind.Updated, AlertIncidentAction.Reopened), (repeat.Kind, repeat.IncidentAction));
        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Equal(AlertIncidentAction.None, again.IncidentAction);
    }

    [Fact]
    public void Receive_RepeatAfterItsIncidentWasClosed_OpensANewIncident_ButNotAfterACancellation()
    {
        // The alert never cleared: its incident was resolved and closed, and the monitoring system still reports the
        // failure. Nobody works on a closed incident, so the repeat opens a new one (a raise in severity did already).
        var intake = Intake();
        var first = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        first.Assign(new ActorId("agent"), new AssignmentGroupId("dba")).ThrowIfRejected();
        first.Resolve(new ActorId("agent"), ResolutionCode.SolvedWorkaround, "Cleaned /var").ThrowIfRejected();
        first.Close(new ActorId("agent")).ThrowIfRejected();
        _clock.AdvanceMinutes(30);

        var repeat = intake.Receive(Raise(AlertSeverity.Major));
        var again = intake.Receive(Raise(AlertSeverity.Major));

        Assert.Equal((AlertOutcomeKind.Updated, AlertIncidentAction.Opened), (repeat.Kind, repeat.IncidentAction));
        Assert.NotSame(first, repeat.Incident);
        Assert.Equal((IncidentState.New, IncidentState.Closed), (repeat.Incident!.State, first.State));
        Assert.Equal((AlertIncidentAction.None, repeat.Incident), (again.IncidentAction, again.Incident));

        // A canceled incident was judged no incident: repeats of its alert at the same severity leave it at that.
        var other = Intake();
        var canceled = other.Receive(Raise(AlertSeverity.Major)).Incident!;
        canceled.Cancel(new ActorId("agent"), "Test host, not production").ThrowIfRejected();
        var ignored = other.Receive(Raise(AlertSeverity.Major));
        Assert.Equal((AlertIncidentAction.None, canceled), (ignored.IncidentAction, ignored.Incident));
    }

    [Theory]
    [InlineData(PriorityPolarity.OneIsHighest, AlertSeverity.Critical, 1, 1)]
    [InlineData(PriorityPolarity.OneIsHighest, AlertSeverity.Major, 1, 2)]
    [InlineData(PriorityPolarity.OneIsHighest, AlertSeverity.Minor, 1, 3)]
    [InlineData(PriorityPolarity.OneIsHighest, AlertSeverity.Warning, 1, 3)]
    [InlineData(PriorityPolarity.MaxIsHighest, AlertSeverity.Critical, 5, 5)]
    [InlineData(PriorityPolarity.MaxIsHighest, AlertSeverity.Major, 5, 4)]
    public void Rating_FollowsTheMatrixPolarityAndSize_CriticalIsItsHighestPriority(PriorityPolarity polarity, AlertSeverity severity, int impact, int urgency)
    {
        var matrix = polarity == PriorityPolarity.OneIsHighest
            ? PriorityMatrix.ServiceNowDefault
            : PriorityMatrix.Create(new PriorityMatrixDefinition(5, 5, 5, Enumerable.Range(0, 5).Select(_ => (IReadOnlyList<int?>)new int?[5]).ToArray(), polarity, MissingCellPolicy.RoundedMean));

        var (i, u) = AlertIntake.Rating(matrix, severity);

        Assert.Equal((impact, urgency), (i.Level, u.Level));
        if (severity == AlertSeverity.Critical)
        {
            Assert.Equal(matrix.PrioritiesHighestFirst.First(), matrix.Calculate(i, u));
        }
    }

    [Fact]
    public void Purge_WithAnIdleLimit_ClosesAlertsThatNeverClear_ThenForgetsThem()
    {
        var intake = Intake(new AlertIntakeOptions { CloseWhenIdleFor = Duration.FromHours(1), ReopenWithin = Duration.FromMinutes(10) });
        var trap = new AlertKey("snmp", "sw01", "port7", "link.down", "trap");
        intake.Receive(Raise(AlertSeverity.Minor, trap));
        _clock.AdvanceMinutes(30);
        intake.Receive(Raise(AlertSeverity.Minor));
        _clock.AdvanceMinutes(35);

        Assert.Equal(0, intake.Purge());
        Assert.Equal(1, intake.OpenAlertCount);
        Assert.True(intake.TryGetAlert(trap, out _, out var open, out _));
        Assert.False(open);

        _clock.AdvanceMinutes(60);
        Assert.Equal(2, intake.Purge());
        Assert.Equal(0, intake.OpenAlertCount);
        Assert.False(intake.TryGetAlert(trap, out _, out _, out _));
        Assert.Throws<ArgumentException>("options", () => Intake(new AlertIntakeOptions { CloseWhenIdleFor = Duration.Zero }));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(AlertIntakeOptions.MaxFlappingChanges + 1)]
    [InlineData(int.MaxValue)]
    public void Options_FlappingChangesOffTheRange_AreRefusedWhenTheIntakeIsBuilt_NamingTheOption(int changes)
    {
        var error = Assert.Throws<ArgumentException>("options", () => Intake(new AlertIntakeOptions { FlappingChanges = changes }));
        Assert.Contains($"FlappingChanges must be from 2 to 1000 state changes; it is {changes}.", error.Message, StringComparison.Ordinal);
        var largest = Intake(new AlertIntakeOptions { FlappingChanges = AlertIntakeOptions.MaxFlappingChanges });
        largest.Receive(Raise(AlertSeverity.Major));
        Assert.Equal(1, largest.OpenAlertCount);
    }

    [Fact]
    public void Receive_ManyStateChangesInTheWindow_IsFlapping()
    {
        var intake = Intake(new AlertIntakeOptions { FlappingChanges = 4, FlappingWindow = Duration.FromMinutes(10) });
        var outcomes = new bool[5];
        for (var i = 0; i < 5; i++)
        {
            outcomes[i] = intake.Receive(Raise(i % 2 == 0 ? AlertSeverity.Minor : AlertSeverity.Clear)).IsFlapping;
            _clock.AdvanceMinutes(1);
        }

        Assert.Equal([false, false, false, true, true], outcomes);
    }

    [Fact]
    public void Receive_OtherAlertOnTheSameItemWithinTheWindow_AddsAWorkNoteToItsIncident()
    {
        var intake = Intake();
        var first = intake.Receive(Raise(AlertSeverity.Critical));
        _clock.AdvanceMinutes(5);

        var cpu = intake.Receive(Raise(AlertSeverity.Major, new AlertKey("nagios", "db01", "cpu", "cpu.load", "threshold")));

        Assert.Equal(AlertIncidentAction.Correlated, cpu.IncidentAction);
        Assert.Same(first.Incident, cpu.Incident);
        Assert.IsType<WorkNoteAdded>(Assert.Single(cpu.Events));
    }

    [Fact]
    public void Receive_BackAfterAClear_KeepsItsOpenIncident()
    {
        var intake = Intake();
        var first = intake.Receive(WithoutItem(AlertSeverity.Major));
        intake.Receive(WithoutItem(AlertSeverity.Clear));
        _clock.AdvanceMinutes(2);

        var back = intake.Receive(WithoutItem(AlertSeverity.Major));

        Assert.Equal((AlertOutcomeKind.Reopened, AlertIncidentAction.None), (back.Kind, back.IncidentAction));
        Assert.Same(first.Incident, back.Incident);
        Assert.Empty(back.Events);
    }

    [Fact]
    public void Receive_RepeatsOnAnItem_KeepItsIncidentTakingAlerts()
    {
        var intake = Intake(new AlertIntakeOptions { CorrelationWindow = Duration.FromMinutes(30) });
        var first = intake.Receive(Raise(AlertSeverity.Critical));
        for (var i = 0; i < 4; i++)
        {
            _clock.AdvanceMinutes(10);
            intake.Receive(Raise(AlertSeverity.Critical));
        }

        _clock.AdvanceMinutes(1);
        var cpu = intake.Receive(Raise(AlertSeverity.Major, new AlertKey("nagios", "db01", "cpu", "cpu.load", "threshold")));

        Assert.Equal(AlertIncidentAction.Correlated, cpu.IncidentAction);
        Assert.Same(first.Incident, cpu.Incident);
    }

    [Fact]
    public void Receive_AlertsBelowTheIncidentSeverity_DoNotKeepAnOldIncidentCorrelating()
    {
        var intake = Intake(new AlertIntakeOptions { CorrelationWindow = Duration.FromMinutes(30) });
        var first = intake.Receive(Raise(AlertSeverity.Critical));
        intake.Receive(Raise(AlertSeverity.Clear));
        var warning = new AlertKey("nagios", "db01", "/tmp", "disk.used", "threshold");
        for (var i = 0; i < 6; i++)
        {
            _clock.AdvanceMinutes(10);
            intake.Receive(Raise(AlertSeverity.Warning, warning));
        }

        var cpu = intake.Receive(Raise(AlertSeverity.Major, new AlertKey("nagios", "db01", "cpu", "cpu.load", "threshold")));

        Assert.Equal(AlertIncidentAction.Opened, cpu.IncidentAction);
        Assert.NotSame(first.Incident, cpu.Incident);
    }

    [Fact]
    public void Receive_AnEmptyServiceOrItem_IsRefusedBeforeAnythingChanges()
    {
        var intake = Intake();

        Assert.Throws<ArgumentException>(() => intake.Receive(new Alert(Disk, AlertSeverity.Major, "x") { Service = default(ServiceId) }));
        Assert.Throws<ArgumentException>(() => intake.Receive(new Alert(Disk, AlertSeverity.Major, "x") { ConfigurationItem = default(ConfigurationItemId) }));
        Assert.Equal(0, intake.OpenAlertCount);
        Assert.False(intake.TryGetAlert(Disk, out _, out _, out _));
    }

    [Fact]
    public void Receive_OtherAlertOnTheSameItemAfterTheWindow_OpensItsOwnIncident()
    {
        var intake = Intake(new AlertIntakeOptions { CorrelationWindow = Duration.FromMinutes(30) });
        var first = intake.Receive(Raise(AlertSeverity.Critical));
        _clock.AdvanceMinutes(31);

        var cpu = intake.Receive(Raise(AlertSeverity.Major, new AlertKey("nagios", "db01", "cpu", "cpu.load", "threshold")));

        Assert.Equal(AlertIncidentAction.Opened, cpu.IncidentAction);
        Assert.NotSame(first.Incident, cpu.Incident);
    }

    [Fact]
    public void Receive_RepeatLongAfterTheFlapping_IsNoLongerFlapping()
    {
        var intake = Intake(new AlertIntakeOptions { FlappingChanges = 4, FlappingWindow = Duration.FromMinutes(10) });
        var last = default(AlertOutcome);
        for (var i = 0; i < 5; i++)
        {
            last = intake.Receive(Raise(i % 2 == 0 ? AlertSeverity.Minor : AlertSeverity.Clear));
            _clock.AdvanceMinutes(1);
        }

        var soon = intake.Receive(Raise(AlertSeverity.Minor));
        _clock.AdvanceMinutes(30);
        var later = intake.Receive(Raise(AlertSeverity.Minor));

        Assert.Equal((true, true, false), (last.IsFlapping, soon.IsFlapping, later.IsFlapping));
    }

    [Fact]
    public void Receive_BelowTheIncidentSeverity_OpensNoIncident()
        => Assert.Equal(AlertIncidentAction.None, Intake().Receive(Raise(AlertSeverity.Warning)).IncidentAction);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Receive_RepeatAlert_AllocatesNothing(bool resolveIncidentOnClear)
    {
        var intake = Intake(new AlertIntakeOptions { ResolveIncidentOnClear = resolveIncidentOnClear });
        var alert = Raise(AlertSeverity.Minor);
        var withIncident = Raise(AlertSeverity.Major, new AlertKey("nagios", "db01", "cpu", "cpu.load", "threshold"));
        intake.Receive(alert);
        intake.Receive(alert);
        intake.Receive(withIncident);
        intake.Receive(withIncident);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            intake.Receive(alert);
            intake.Receive(withIncident);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Constructor_IncidentsWithoutIdSource_ThrowsNamingTheParameter()
        => Assert.Equal("newIncidentId", Assert.Throws<ArgumentNullException>(() => new AlertIntake(_clock, null, new IncidentManagement(_clock))).ParamName);

    [Fact]
    public void Receive_AlertOnARetiredService_OpensTheIncidentOnALiveServiceTheItemAffects()
    {
        var document = ServiceModel.Load(Support.Repository.PathOf("docs/examples/catalog.json")).ToDocument();
        var model = ServiceModel.Create(document with
        {
            Services = document.Services.Select(s => s.Id.Value == "email" ? s with { Status = ServiceStatus.Retired } : s).ToArray(),
        });
        var next = 0;
        var intake = new AlertIntake(_clock, null, new IncidentManagement(_clock, new IncidentManagementOptions { ServiceModel = model }), () => new IncidentId($"INC{++next:D4}"));
        Assert.Contains(new ServiceId("email"), model.Configuration.AffectedServices(new ConfigurationItemId("mail-app")));

        var outcome = intake.Receive(new Alert(Disk, AlertSeverity.Major, "Mail queue stuck") { ConfigurationItem = new ConfigurationItemId("mail-app"), Service = new ServiceId("email") });

        Assert.Equal(AlertIncidentAction.Opened, outcome.IncidentAction);
        Assert.NotNull(outcome.Incident!.Service);
        Assert.NotEqual(new ServiceId("email"), outcome.Incident.Service);
    }

    [Fact]
    public void Receive_AnItemTheConfigurationModelDoesNotKnow_OpensTheIncidentOnTheServiceWithoutIt()
    {
        // Refused before: the incident named the unknown item, and its repeats never tried again.
        var model = ServiceModel.Load(Support.Repository.PathOf("docs/examples/catalog.json"));
        var next = 0;
        var intake = new AlertIntake(_clock, null, new IncidentManagement(_clock, new IncidentManagementOptions { ServiceModel = model }), () => new IncidentId($"INC{++next:D4}"));
        var web42 = new ConfigurationItemId("web42");
        Assert.False(model.Configuration.Contains(web42));

        var outcome = intake.Receive(new Alert(Disk, AlertSeverity.Major, "HTTP 500s") { ConfigurationItem = web42, Service = new ServiceId("email") });

        Assert.Equal(AlertIncidentAction.Opened, outcome.IncidentAction);
        Assert.Equal((new ServiceId("email"), (ConfigurationItemId?)null), (outcome.Incident!.Service, outcome.Incident.ConfigurationItem));
        Assert.Contains("configuration item web42 is not in the configuration model", outcome.Incident.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AssignToItemOwner_AssignsTheIncidentToTheItemsOwnerGroup_SoItsClearCanResolveIt()
    {
        // mail-app belongs to messaging-team in the example model; an item without a known owner leaves the incident New.
        var model = ServiceModel.Load(Support.Repository.PathOf("docs/examples/catalog.json"));
        var next = 0;
        var practice = new IncidentManagement(_clock, new IncidentManagementOptions { ServiceModel = model });
        var intake = new AlertIntake(_clock, new AlertIntakeOptions { AssignToItemOwner = true, ResolveIncidentOnClear = true }, practice, () => new IncidentId($"INC{++next:D4}"));
        var key = new AlertKey("nagios", "mail-app", "smtp", "queue.length", "threshold");

        var opened = intake.Receive(new Alert(key, AlertSeverity.Major, "SMTP queue above 5,000") { ConfigurationItem = new ConfigurationItemId("mail-app"), Service = new ServiceId("email") });

        Assert.Equal(AlertIncidentAction.Opened, opened.IncidentAction);
        Assert.Equal((IncidentState.InProgress, (AssignmentGroupId?)new AssignmentGroupId("messaging-team")), (opened.Incident!.State, opened.Incident.AssignmentGroup));
        Assert.Equal([typeof(IncidentLogged), typeof(IncidentAssigned)], opened.Events.Select(e => e.GetType()));
        Assert.Null(opened.Rejection);
        Assert.Equal(opened.Incident.ToSnapshot(), practice.Rebuild(opened.Events).ToSnapshot());
        _clock.AdvanceMinutes(20);
        var cleared = intake.Receive(new Alert(key, AlertSeverity.Clear, "SMTP queue back to normal"));
        Assert.Equal((AlertIncidentAction.Resolved, IncidentState.Resolved), (cleared.IncidentAction, opened.Incident.State));

        // An item the model does not know has no owner: the incident stays New, for routing. Off by default.
        var unknown = intake.Receive(new Alert(Disk, AlertSeverity.Major, "HTTP 500s") { ConfigurationItem = new ConfigurationItemId("web42"), Service = new ServiceId("email") });
        Assert.Equal(IncidentState.New, unknown.Incident!.State);
        var plain = new AlertIntake(_clock, null, practice, () => new IncidentId($"INC{++next:D4}"))
            .Receive(new Alert(key, AlertSeverity.Major, "SMTP queue above 5,000") { ConfigurationItem = new ConfigurationItemId("mail-app"), Service = new ServiceId("email") });
        Assert.Equal(IncidentState.New, plain.Incident!.State);

        // Without a service model there are no owners to assign to: the intake is refused, not silently inert.
        var error = Assert.Throws<ArgumentException>("options", () => Intake(new AlertIntakeOptions { AssignToItemOwner = true }));
        Assert.Contains("AssignToItemOwner needs the items' owners", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ResolveIncidentOnClear_IsOffByDefault_SoAClearLeavesTheIncidentToPeople()
    {
        var intake = Intake();
        var incident = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        incident.Assign(Agent, Dba).ThrowIfRejected();

        var cleared = intake.Receive(Raise(AlertSeverity.Clear));

        Assert.False(AlertIntakeOptions.Default.ResolveIncidentOnClear);
        Assert.Equal((AlertOutcomeKind.Cleared, AlertIncidentAction.None), (cleared.Kind, cleared.IncidentAction));
        Assert.Same(incident, cleared.Incident);
        Assert.Empty(cleared.Events);
        Assert.Equal(IncidentState.InProgress, incident.State);
    }

    [Fact]
    public void Receive_ClearOfTheOnlyAlertOfAnIncidentInProgress_ResolvesItAsTheMonitoringActor()
    {
        var intake = Intake(Resolving);
        var incident = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        incident.Assign(Agent, Dba).ThrowIfRejected();
        _clock.AdvanceMinutes(20);

        var cleared = intake.Receive(Raise(AlertSeverity.Clear));

        Assert.Equal((AlertOutcomeKind.Cleared, AlertIncidentAction.Resolved), (cleared.Kind, cleared.IncidentAction));
        Assert.Same(incident, cleared.Incident);
        Assert.Null(cleared.Rejection);
        var resolved = Assert.IsType<IncidentResolved>(Assert.Single(cleared.Events));
        Assert.Equal((new ActorId("monitoring"), _clock.GetCurrentInstant()), (resolved.Envelope.Actor, resolved.Envelope.OccurredAt));
        Assert.Equal((IncidentState.Resolved, ResolutionCode.SolvedRemotely), (incident.State, incident.ResolutionCode));
        Assert.Equal($"Alert {Disk} cleared: no alert of this incident is open any more.", incident.ResolutionNotes);
        Assert.True(intake.TryGetAlert(Disk, out _, out var open, out _));
        Assert.False(open);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Receive_ClearOfOneOfTheAlertsThatFeedAnIncident_ResolvesItOnlyWhenTheLastOneClears(bool openerClearsFirst)
    {
        var intake = Intake(Resolving);
        var incident = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        _clock.AdvanceMinutes(2);
        Assert.Equal(AlertIncidentAction.Correlated, intake.Receive(Raise(AlertSeverity.Critical, Cpu)).IncidentAction);
        incident.Assign(Agent, Dba).ThrowIfRejected();
        var (first, last) = openerClearsFirst ? (Disk, Cpu) : (Cpu, Disk);

        var firstClear = intake.Receive(Raise(AlertSeverity.Clear, first));
        var stillOpen = incident.State;
        _clock.AdvanceMinutes(5);
        var lastClear = intake.Receive(Raise(AlertSeverity.Clear, last));

        Assert.Equal((AlertOutcomeKind.Cleared, AlertIncidentAction.None, IncidentState.InProgress), (firstClear.Kind, firstClear.IncidentAction, stillOpen));
        Assert.Empty(firstClear.Events);
        Assert.Equal((AlertOutcomeKind.Cleared, AlertIncidentAction.Resolved), (lastClear.Kind, lastClear.IncidentAction));
        Assert.Same(incident, lastClear.Incident);
        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.StartsWith($"Alert {last} cleared", incident.ResolutionNotes, StringComparison.Ordinal);
    }

    [Fact]
    public void Receive_ReturnAfterAClearResolvedItsIncident_ReopensIt_AndTheNextClearResolvesItAgain()
    {
        var intake = Intake(Resolving);
        var incident = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        incident.Assign(Agent, Dba).ThrowIfRejected();
        Assert.Equal(AlertIncidentAction.Resolved, intake.Receive(Raise(AlertSeverity.Clear)).IncidentAction);
        _clock.AdvanceMinutes(5);

        var back = intake.Receive(Raise(AlertSeverity.Major));
        var reopened = (incident.State, incident.ReopenCount);
        _clock.AdvanceMinutes(5);
        var again = intake.Receive(Raise(AlertSeverity.Clear));

        Assert.Equal((AlertOutcomeKind.Reopened, AlertIncidentAction.Reopened), (back.Kind, back.IncidentAction));
        Assert.Equal((IncidentState.InProgress, 1), reopened);
        Assert.Equal(AlertIncidentAction.Resolved, again.IncidentAction);
        Assert.Equal(IncidentState.Resolved, incident.State);
    }

    [Theory]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void Receive_ClearWhenItsIncidentIsNoLongerOpen_LeavesItAsItIs(IncidentState state)
    {
        var intake = Intake(Resolving);
        var incident = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        incident.Assign(Agent, Dba).ThrowIfRejected();
        if (state == IncidentState.Canceled)
        {
            incident.Cancel(Agent, "Test host, not production").ThrowIfRejected();
        }
        else
        {
            incident.Resolve(Agent, ResolutionCode.SolvedWorkaround, "Cleaned /var").ThrowIfRejected();
            if (state == IncidentState.Closed)
            {
                incident.Close(Agent).ThrowIfRejected();
            }
        }

        var before = incident.ToSnapshot();
        _clock.AdvanceMinutes(3);

        var cleared = intake.Receive(Raise(AlertSeverity.Clear));

        Assert.Equal((AlertOutcomeKind.Cleared, AlertIncidentAction.None), (cleared.Kind, cleared.IncidentAction));
        Assert.Same(incident, cleared.Incident);
        Assert.Empty(cleared.Events);
        Assert.Equal(state, incident.State);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void Receive_ClearWhileItsIncidentIsNew_ReportsTheRejection_AndLeavesTheIncidentExactlyAsItWas()
    {
        // Nobody assigned the incident: the lifecycle resolves only an incident In Progress or On Hold.
        var intake = Intake(Resolving);
        var incident = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        var before = incident.ToSnapshot();
        _clock.AdvanceMinutes(3);

        var cleared = intake.Receive(Raise(AlertSeverity.Clear));

        Assert.Equal((AlertOutcomeKind.Cleared, AlertIncidentAction.Rejected), (cleared.Kind, cleared.IncidentAction));
        Assert.Same(incident, cleared.Incident);
        Assert.Empty(cleared.Events);
        Assert.Equal(IncidentRejectionCodes.NotPermitted, cleared.Rejection?.Code);
        Assert.Equal(before, incident.ToSnapshot());
        Assert.True(intake.TryGetAlert(Disk, out _, out var open, out _));
        Assert.False(open);
        Assert.Equal(0, intake.OpenAlertCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Receive_ClearOfAnIncidentPeopleReassignedAndWorkOn_ResolvesItAllTheSame(bool onHold)
    {
        // ServiceNow's rule: the clear says the service is restored, whoever works on the incident and whatever it waits for.
        var intake = Intake(Resolving);
        var incident = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        incident.Assign(Agent, Dba).ThrowIfRejected();
        incident.Reassign(Agent, new AssignmentGroupId("storage"), "The volume is on the SAN", new ActorId("sam")).ThrowIfRejected();
        incident.AddWorkNote(new ActorId("sam"), "Extending the volume").ThrowIfRejected();
        if (onHold)
        {
            incident.PutOnHold(new ActorId("sam"), HoldReason.AwaitingVendor, "Vendor case 4711").ThrowIfRejected();
        }

        var cleared = intake.Receive(Raise(AlertSeverity.Clear));

        Assert.Equal(AlertIncidentAction.Resolved, cleared.IncidentAction);
        Assert.Equal((IncidentState.Resolved, new AssignmentGroupId("storage"), new ActorId("sam")), (incident.State, incident.AssignmentGroup, incident.Assignee));
    }

    [Fact]
    public void Receive_ClearAfterTheRepeatOfAClosedIncidentOpenedANewOne_ResolvesTheNewOne()
    {
        var intake = Intake(Resolving);
        var first = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        first.Assign(Agent, Dba).ThrowIfRejected();
        first.Resolve(Agent, ResolutionCode.SolvedWorkaround, "Cleaned /var").ThrowIfRejected();
        first.Close(Agent).ThrowIfRejected();
        _clock.AdvanceMinutes(30);
        var second = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        second.Assign(Agent, Dba).ThrowIfRejected();

        var cleared = intake.Receive(Raise(AlertSeverity.Clear));

        Assert.NotSame(first, second);
        Assert.Equal(AlertIncidentAction.Resolved, cleared.IncidentAction);
        Assert.Same(second, cleared.Incident);
        Assert.Equal((IncidentState.Resolved, IncidentState.Closed), (second.State, first.State));
    }

    [Fact]
    public void Purge_AnAlertClosedForBeingIdle_NoLongerFeedsItsIncident_ButDoesNotResolveIt()
    {
        var intake = Intake(Resolving with { CloseWhenIdleFor = Duration.FromHours(1) });
        var incident = intake.Receive(Raise(AlertSeverity.Major)).Incident!;
        Assert.Equal(AlertIncidentAction.Correlated, intake.Receive(Raise(AlertSeverity.Major, Cpu)).IncidentAction);
        incident.Assign(Agent, Dba).ThrowIfRejected();
        _clock.AdvanceMinutes(40);
        intake.Receive(Raise(AlertSeverity.Major));
        _clock.AdvanceMinutes(25);

        intake.Purge();
        var afterPurge = incident.State;
        var cleared = intake.Receive(Raise(AlertSeverity.Clear));

        Assert.True(intake.TryGetAlert(Cpu, out _, out var cpuOpen, out _));
        Assert.False(cpuOpen);
        Assert.Equal(IncidentState.InProgress, afterPurge);
        Assert.Equal(AlertIncidentAction.Resolved, cleared.IncidentAction);
        Assert.Equal(IncidentState.Resolved, incident.State);
    }

    [Fact]
    public void Receive_WithResolveIncidentOnClear_ResolvesAnIncidentExactlyWhenTheClearLeavesNoOpenAlertOfIt()
    {
        // Three alerts on one item, raised and cleared in any order a few minutes apart: they open, correlate, reopen and
        // move to new incidents. Each incident is assigned when opened, so it can be resolved.
        var keys = new[] { Disk, Cpu, new AlertKey("nagios", "db01", "mem", "mem.used", "threshold") };
        var steps = Gen.Choose(0, keys.Length - 1)
            .SelectMany(_ => Gen.Elements(AlertSeverity.Major, AlertSeverity.Critical, AlertSeverity.Clear), (key, severity) => (Key: key, Severity: severity))
            .SelectMany(_ => Gen.Choose(0, 12), (step, minutes) => (step.Key, step.Severity, Minutes: minutes))
            .ArrayOf();

        Properties.Check(Prop.ForAll(steps.ToArbitrary(), run =>
        {
            var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));
            var next = 0;
            var intake = new AlertIntake(clock, Resolving, new IncidentManagement(clock), () => new IncidentId($"INC{++next:D4}"));
            var fedBy = new Dictionary<AlertKey, Incident?>();
            foreach (var (k, severity, minutes) in run)
            {
                clock.AdvanceMinutes(minutes);
                var key = keys[k];
                var wasInProgress = fedBy.GetValueOrDefault(key)?.State == IncidentState.InProgress;
                var outcome = intake.Receive(Raise(severity, key));
                if (outcome.IncidentAction == AlertIncidentAction.Opened)
                {
                    outcome.Incident!.Assign(Agent, Dba).ThrowIfRejected();
                }

                if (outcome.Kind != AlertOutcomeKind.Ignored)
                {
                    fedBy[key] = outcome.Incident;
                }

                if (outcome.IncidentAction == AlertIncidentAction.Rejected)
                {
                    return false;
                }

                if (outcome is { Kind: AlertOutcomeKind.Cleared, Incident: { } incident } && wasInProgress)
                {
                    var stillFed = keys.Any(other => fedBy.GetValueOrDefault(other) == incident && intake.TryGetAlert(other, out _, out var open, out _) && open);
                    var resolved = outcome.IncidentAction == AlertIncidentAction.Resolved;
                    if (resolved == stillFed || resolved != (incident.State == IncidentState.Resolved))
                    {
                        return false;
                    }
                }
            }

            return true;
        }));
    }
}
