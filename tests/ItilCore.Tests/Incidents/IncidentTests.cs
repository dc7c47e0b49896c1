using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Incidents;
using ItilCore.Tests.Support;
using NodaTime;
using Xunit;
using static ItilCore.Tests.Support.Fixture;

namespace ItilCore.Tests.Incidents;

public sealed class IncidentTests
{
    private readonly Fixture _f = new();

    [Fact]
    public void Log_ValidCommand_IsNewWithMatrixPriorityAndLoggedEvent()
    {
        var result = _f.Practice.Log(Agent, Command(impact: 1, urgency: 2) with { Category = "email", Description = "All users" });

        Assert.True(result.IsAccepted);
        var incident = result.Value;
        Assert.Equal(IncidentState.New, incident.State);
        Assert.Equal(new Priority(2), incident.Priority);
        Assert.Equal(1, incident.Version);
        Assert.Equal(_f.Clock.GetCurrentInstant(), incident.OpenedAt);
        var logged = Assert.IsType<IncidentLogged>(Assert.Single(result.Events));
        Assert.Equal("INC0001", logged.Envelope.AggregateId);
        Assert.Equal(Agent, logged.Envelope.Actor);
        Assert.Equal("email", logged.Category);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Log_BlankShortDescription_IsRejected(string text)
    {
        var result = _f.Practice.Log(Agent, Command() with { ShortDescription = text });

        Assert.False(result.IsAccepted);
        Assert.Equal(IncidentRejectionCodes.TextRequired, result.Rejection.Code);
        Assert.Empty(result.Events);
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(1, 4)]
    public void Log_ImpactOrUrgencyOffTheMatrix_IsRejectedNamingTheScale(int impact, int urgency)
    {
        var result = _f.Practice.Log(Agent, Command(impact: impact, urgency: urgency));

        Assert.Equal(IncidentRejectionCodes.OutOfMatrix, result.Rejection!.Code);
        Assert.Contains("impact 1 to 3", result.Rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_DefaultActor_ThrowsNamingTheParameter()
    {
        var e = Assert.Throws<ArgumentException>(() => _f.Practice.Log(default, Command()));
        Assert.Equal("by", e.ParamName);
    }

    [Fact]
    public void Assign_FromNew_StartsWork()
    {
        var incident = _f.Log();

        var result = incident.Assign(Agent, ServiceDesk, Agent);

        Assert.True(result.IsAccepted);
        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Equal(ServiceDesk, incident.AssignmentGroup);
        Assert.Equal(Agent, incident.Assignee);
        var assigned = Assert.IsType<IncidentAssigned>(Assert.Single(result.Events));
        Assert.Equal(2, assigned.Envelope.Version);
    }

    [Fact]
    public void Assign_InProgressNewAssigneeSameGroup_ChangesAssigneeOnly()
    {
        var incident = _f.InProgress();

        incident.Assign(Agent, ServiceDesk, Manager).ThrowIfRejected();

        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Equal(Manager, incident.Assignee);
        Assert.Equal(0, incident.ReassignmentCount);
    }

    [Fact]
    public void Assign_AnotherGroup_IsRejectedPointingToReassign()
    {
        var incident = _f.InProgress();

        var result = incident.Assign(Agent, Network);

        Assert.Equal(IncidentRejectionCodes.UseReassign, result.Rejection!.Code);
        Assert.Equal(ServiceDesk, incident.AssignmentGroup);
    }

    [Fact]
    public void Assign_SameGroupAndAssignee_IsRejectedAsNoChange()
    {
        var incident = _f.InProgress();

        Assert.Equal(IncidentRejectionCodes.NoChange, incident.Assign(Agent, ServiceDesk, Agent).Rejection!.Code);
    }

    [Fact]
    public void Reassign_ToAnotherGroup_IsCountedFunctionalEscalation()
    {
        var incident = _f.InProgress();

        var result = incident.Reassign(Agent, Network, "Needs a network engineer");

        var e = Assert.IsType<IncidentReassigned>(Assert.Single(result.Events));
        Assert.Equal(ServiceDesk, e.FromGroup);
        Assert.Equal(Network, incident.AssignmentGroup);
        Assert.Null(incident.Assignee);
        Assert.Equal(1, incident.ReassignmentCount);
    }

    [Fact]
    public void Reassign_SameGroup_IsRejected()
    {
        var incident = _f.InProgress();
        Assert.Equal(IncidentRejectionCodes.SameGroup, incident.Reassign(Agent, ServiceDesk, "why not").Rejection!.Code);
    }

    [Fact]
    public void Reassign_WithoutReason_IsRejected()
    {
        var incident = _f.InProgress();
        Assert.Equal(IncidentRejectionCodes.TextRequired, incident.Reassign(Agent, Network, " ").Rejection!.Code);
    }

    [Fact]
    public void Reassign_FromNew_IsNotPermitted()
    {
        var incident = _f.Log();
        var rejection = incident.Reassign(Agent, Network, "wrong team").Rejection!;
        Assert.Equal(IncidentRejectionCodes.NotPermitted, rejection.Code);
        Assert.Equal("Reassign is possible only from In Progress or On Hold; the incident is New.", rejection.Message);
    }

    [Theory]
    [InlineData(HoldReason.AwaitingChange)]
    [InlineData(HoldReason.AwaitingProblem)]
    [InlineData(HoldReason.AwaitingVendor)]
    public void PutOnHold_WithReason_IsOnHold(HoldReason reason)
    {
        var incident = _f.InProgress();

        incident.PutOnHold(Agent, reason).ThrowIfRejected();

        Assert.Equal(IncidentState.OnHold, incident.State);
        Assert.Equal(reason, incident.HoldReason);
    }

    [Fact]
    public void PutOnHold_AwaitingCallerWithoutComment_IsRejected()
    {
        var incident = _f.InProgress();

        var result = incident.PutOnHold(Agent, HoldReason.AwaitingCaller, null);

        Assert.Equal(IncidentRejectionCodes.TextRequired, result.Rejection!.Code);
        Assert.Equal(IncidentState.InProgress, incident.State);
    }

    [Fact]
    public void PutOnHold_WhileOnHold_IsNotPermitted()
    {
        var incident = _f.InProgress();
        incident.PutOnHold(Agent, HoldReason.AwaitingVendor).ThrowIfRejected();

        Assert.Equal(IncidentRejectionCodes.NotPermitted, incident.PutOnHold(Agent, HoldReason.AwaitingChange).Rejection!.Code);
        Assert.Equal(HoldReason.AwaitingVendor, incident.HoldReason);
    }

    [Fact]
    public void Resume_FromOnHold_ReturnsToInProgressAndClearsReason()
    {
        var incident = _f.InProgress();
        incident.PutOnHold(Agent, HoldReason.AwaitingVendor).ThrowIfRejected();

        incident.Resume(Agent, "Vendor shipped the part").ThrowIfRejected();

        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Null(incident.HoldReason);
    }

    [Fact]
    public void Resume_InProgress_IsNotPermitted()
    {
        Assert.Equal(IncidentRejectionCodes.NotPermitted, _f.InProgress().Resume(Agent).Rejection!.Code);
    }

    [Fact]
    public void CallerUpdate_AwaitingCaller_ResumesWork()
    {
        var incident = _f.InProgress();
        incident.PutOnHold(Agent, HoldReason.AwaitingCaller, "Which printer?").ThrowIfRejected();

        var result = incident.RecordCallerUpdate(Caller, "The one on floor 3");

        Assert.True(Assert.IsType<CallerUpdateRecorded>(Assert.Single(result.Events)).ResumesWork);
        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Null(incident.HoldReason);
    }

    [Fact]
    public void CallerUpdate_AwaitingVendor_IsRecordedAndStaysOnHold()
    {
        var incident = _f.InProgress();
        incident.PutOnHold(Agent, HoldReason.AwaitingVendor).ThrowIfRejected();

        var result = incident.RecordCallerUpdate(Caller, "Any news?");

        Assert.False(Assert.IsType<CallerUpdateRecorded>(Assert.Single(result.Events)).ResumesWork);
        Assert.Equal(IncidentState.OnHold, incident.State);
        Assert.Equal(HoldReason.AwaitingVendor, incident.HoldReason);
    }

    [Fact]
    public void CallerUpdate_Blank_IsRejected()
    {
        Assert.Equal(IncidentRejectionCodes.TextRequired, _f.InProgress().RecordCallerUpdate(Caller, "").Rejection!.Code);
    }

    [Fact]
    public void AddWorkNote_InEveryOpenOrResolvedState_IsRecorded()
    {
        var incident = _f.Log();
        incident.AddWorkNote(Agent, "Looked at the logs").ThrowIfRejected();
        incident.Assign(Agent, ServiceDesk).ThrowIfRejected();
        incident.AddWorkNote(Agent, "Relay restarted").ThrowIfRejected();
        incident.Resolve(Agent, ResolutionCode.SolvedRemotely, "Done").ThrowIfRejected();

        var result = incident.AddWorkNote(Agent, "Caller confirmed");

        Assert.Equal("Caller confirmed", Assert.IsType<WorkNoteAdded>(Assert.Single(result.Events)).Text);
        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Equal(6, incident.Version);
    }

    [Fact]
    public void Escalate_ToManagerAsMajor_MarksMajorIncident()
    {
        var incident = _f.InProgress();

        incident.Escalate(Agent, Manager, "Whole site affected", majorIncident: true).ThrowIfRejected();
        incident.Escalate(Agent, Manager, "Still down after an hour").ThrowIfRejected();

        Assert.Equal(Manager, incident.EscalatedTo);
        Assert.True(incident.IsMajorIncident);
    }

    [Fact]
    public void Escalate_WithoutMajorOnAMajorIncident_KeepsTheDeclaration()
    {
        var incident = _f.InProgress();
        incident.Escalate(Agent, Manager, "Whole site affected", majorIncident: true).ThrowIfRejected();

        var result = incident.Escalate(Agent, Manager, "Needs the CIO", majorIncident: false);

        Assert.True(result.IsAccepted);
        Assert.True(Assert.IsType<IncidentEscalated>(Assert.Single(result.Events)).MajorIncident);
        Assert.True(incident.IsMajorIncident);
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void DemoteMajorIncident_MajorIncident_WithdrawsTheDeclarationOnly(IncidentState state)
    {
        var incident = state == IncidentState.New ? _f.Log() : _f.InProgress();
        incident.Escalate(Agent, Manager, "Whole site affected", majorIncident: true).ThrowIfRejected();
        if (state == IncidentState.OnHold)
        {
            incident.PutOnHold(Agent, HoldReason.AwaitingVendor, "RMA").ThrowIfRejected();
        }

        var before = incident.ToSnapshot();

        var result = incident.DemoteMajorIncident(Agent, "  Only one floor affected  ");

        Assert.True(result.IsAccepted);
        var demoted = Assert.IsType<MajorIncidentDemoted>(Assert.Single(result.Events));
        Assert.Equal("Only one floor affected", demoted.Reason);
        Assert.Equal(Agent, demoted.Envelope.Actor);
        Assert.False(incident.IsMajorIncident);
        Assert.Equal(before with { IsMajorIncident = false, Version = before.Version + 1, UpdatedAt = incident.UpdatedAt }, incident.ToSnapshot());
        Assert.Equal(Manager, incident.EscalatedTo);
        Assert.Equal(state, incident.State);
    }

    [Fact]
    public void DemoteMajorIncident_ThenEscalateAsMajor_DeclaresAgain()
    {
        var incident = _f.InProgress();
        incident.Escalate(Agent, Manager, "Whole site affected", majorIncident: true).ThrowIfRejected();
        incident.DemoteMajorIncident(Agent, "Mistaken declaration").ThrowIfRejected();

        incident.Escalate(Agent, Manager, "Second site down too", majorIncident: true).ThrowIfRejected();

        Assert.True(incident.IsMajorIncident);
    }

    [Fact]
    public void DemoteMajorIncident_NotAMajorIncident_IsRejectedAndChangesNothing()
    {
        var incident = _f.InProgress();
        incident.Escalate(Agent, Manager, "Needs attention").ThrowIfRejected();
        var before = incident.ToSnapshot();

        var result = incident.DemoteMajorIncident(Agent, "Not major");

        Assert.Equal(IncidentRejectionCodes.NotMajorIncident, result.Rejection!.Code);
        Assert.Contains("INC0001", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Empty(result.Events);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void DemoteMajorIncident_Twice_SecondIsRejected()
    {
        var incident = _f.InProgress();
        incident.Escalate(Agent, Manager, "Whole site affected", majorIncident: true).ThrowIfRejected();
        incident.DemoteMajorIncident(Agent, "Mistaken declaration").ThrowIfRejected();

        Assert.Equal(IncidentRejectionCodes.NotMajorIncident, incident.DemoteMajorIncident(Agent, "Again").Rejection!.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void DemoteMajorIncident_BlankReason_IsRejectedAndChangesNothing(string reason)
    {
        var incident = _f.InProgress();
        incident.Escalate(Agent, Manager, "Whole site affected", majorIncident: true).ThrowIfRejected();
        var before = incident.ToSnapshot();

        var result = incident.DemoteMajorIncident(Agent, reason);

        Assert.Equal(IncidentRejectionCodes.TextRequired, result.Rejection!.Code);
        Assert.Equal(before, incident.ToSnapshot());
        Assert.True(incident.IsMajorIncident);
    }

    [Fact]
    public void DemoteMajorIncident_Resolved_IsNotPermittedAndChangesNothing()
    {
        var incident = _f.InProgress();
        incident.Escalate(Agent, Manager, "Whole site affected", majorIncident: true).ThrowIfRejected();
        incident.Resolve(Agent, ResolutionCode.SolvedPermanently, "Replaced the switch").ThrowIfRejected();
        var before = incident.ToSnapshot();

        Assert.Equal(IncidentRejectionCodes.NotPermitted, incident.DemoteMajorIncident(Agent, "late").Rejection!.Code);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void DemoteMajorIncident_IsPermittedExactlyWhereEscalateIs()
    {
        Assert.Equal(
            IncidentLifecycle.Definition.StatesPermitting(IncidentTrigger.Escalate),
            IncidentLifecycle.Definition.StatesPermitting(IncidentTrigger.DemoteMajorIncident));
    }

    [Fact]
    public void Rebuild_WithDemotion_EqualsLiveIncident()
    {
        var logged = _f.Practice.Log(Agent, Command());
        var incident = logged.Value!;
        var events = new System.Collections.Generic.List<DomainEvent>(logged.Events);
        events.AddRange(incident.Assign(Agent, ServiceDesk).Events);
        events.AddRange(incident.Escalate(Agent, Manager, "Whole site affected", majorIncident: true).Events);
        events.AddRange(incident.DemoteMajorIncident(Agent, "Mistaken declaration").Events);

        var rebuilt = _f.Practice.Rebuild(events);

        Assert.False(rebuilt.IsMajorIncident);
        Assert.Equal(incident.ToSnapshot(), rebuilt.ToSnapshot());
        Assert.Equal([true, false], _f.Practice.Replay(events).Skip(2).Select(s => s.IsMajorIncident));
    }

    [Fact]
    public void Escalate_Resolved_IsNotPermitted()
    {
        Assert.Equal(IncidentRejectionCodes.NotPermitted, _f.Resolved().Escalate(Agent, Manager, "late").Rejection!.Code);
    }

    [Fact]
    public void Reclassify_NewImpactAndUrgency_RecalculatesPriority()
    {
        var incident = _f.InProgress();

        incident.Reclassify(Agent, new Impact(1), new Urgency(1), "network").ThrowIfRejected();

        Assert.Equal(new Priority(1), incident.Priority);
        Assert.Equal("network", incident.Category);
    }

    [Fact]
    public void Reclassify_OffTheMatrix_IsRejected()
    {
        Assert.Equal(IncidentRejectionCodes.OutOfMatrix, _f.InProgress().Reclassify(Agent, new Impact(5), new Urgency(1)).Rejection!.Code);
    }

    [Fact]
    public void Reclassify_NothingChanges_IsRejected()
    {
        Assert.Equal(IncidentRejectionCodes.NoChange, _f.InProgress().Reclassify(Agent, new Impact(2), new Urgency(2)).Rejection!.Code);
    }

    [Fact]
    public void OverridePriority_IsAuditedAndSurvivesReclassification()
    {
        var incident = _f.InProgress();

        var result = incident.OverridePriority(Agent, new Priority(1), "CEO's laptop");
        incident.Reclassify(Agent, new Impact(3), new Urgency(3)).ThrowIfRejected();

        var e = Assert.IsType<IncidentPriorityOverridden>(Assert.Single(result.Events));
        Assert.Equal(new Priority(3), e.Previous);
        Assert.Equal("CEO's laptop", e.Reason);
        Assert.Equal(new Priority(1), incident.Priority);
        Assert.Equal(new Priority(5), incident.CalculatedPriority);
    }

    [Fact]
    public void OverridePriority_Removed_ReturnsToMatrixPriority()
    {
        var incident = _f.InProgress();
        incident.OverridePriority(Agent, new Priority(1), "VIP").ThrowIfRejected();

        incident.OverridePriority(Agent, null, "Not a VIP after all").ThrowIfRejected();

        Assert.Null(incident.PriorityOverride);
        Assert.Equal(new Priority(3), incident.Priority);
    }

    [Fact]
    public void OverridePriority_SlaTicketOfTheSnapshot_TakesTheOverrideUntilItIsRemoved()
    {
        var incident = _f.InProgress();
        incident.OverridePriority(Agent, new Priority(1), "VIP").ThrowIfRejected();
        var overridden = incident.ToSnapshot().ToSlaTicket().Priority;

        incident.OverridePriority(Agent, null, "Not a VIP after all").ThrowIfRejected();

        Assert.Equal(new Priority(1), overridden);
        Assert.Equal(new Priority(3), incident.ToSnapshot().ToSlaTicket().Priority);
    }

    [Fact]
    public void OverridePriority_RejectsOffScaleNoChangeAndMissingReason()
    {
        var incident = _f.InProgress();
        Assert.Equal(
            new Rejection(IncidentRejectionCodes.OutOfMatrix, "The priority cannot be overridden: priority 6 is not on the matrix's scale 1 to 5."),
            incident.OverridePriority(Agent, new Priority(6), "x").Rejection);
        Assert.Equal(IncidentRejectionCodes.NoChange, incident.OverridePriority(Agent, null, "x").Rejection!.Code);
        Assert.Equal(IncidentRejectionCodes.TextRequired, incident.OverridePriority(Agent, new Priority(1), "").Rejection!.Code);
    }

    [Fact]
    public void Resolve_InProgress_RecordsCodeNotesAndTime()
    {
        var incident = _f.InProgress();
        _f.Clock.Advance(Duration.FromHours(2));

        incident.Resolve(Agent, ResolutionCode.SolvedWorkaround, "Rerouted mail").ThrowIfRejected();

        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Equal(ResolutionCode.SolvedWorkaround, incident.ResolutionCode);
        Assert.Equal("Rerouted mail", incident.ResolutionNotes);
        Assert.Equal(_f.Clock.GetCurrentInstant(), incident.ResolvedAt);
    }

    [Fact]
    public void Resolve_OnHold_IsPermitted()
    {
        var incident = _f.InProgress();
        incident.PutOnHold(Agent, HoldReason.AwaitingVendor).ThrowIfRejected();

        incident.Resolve(Agent, ResolutionCode.ResolvedByCaller, "Caller fixed it").ThrowIfRejected();

        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Null(incident.HoldReason);
    }

    [Fact]
    public void AssignOrReassign_ToAnEmptyAssignee_ThrowsNamingItAndChangesNothing()
    {
        var incident = _f.Log();
        var before = incident.ToSnapshot();

        Assert.Equal("assignee", Assert.Throws<ArgumentException>(() => incident.Assign(Agent, Network, default(ActorId))).ParamName);
        Assert.Equal(before, incident.ToSnapshot());
        incident.Assign(Agent, Network).ThrowIfRejected();
        var assigned = incident.ToSnapshot();
        Assert.Equal("assignee", Assert.Throws<ArgumentException>(() => incident.Reassign(Agent, ServiceDesk, "wrong team", default(ActorId))).ParamName);
        Assert.Equal(assigned, incident.ToSnapshot());
    }

    [Fact]
    public void Log_WithAnEmptyServiceOrItem_Throws()
    {
        Assert.Throws<ArgumentException>(() => _f.Practice.Log(Agent, Command("INC0042") with { Service = default(ItilCore.Catalog.ServiceId) }));
        Assert.Throws<ArgumentException>(() => _f.Practice.Log(Agent, Command("INC0043") with { ConfigurationItem = default(ItilCore.Configuration.ConfigurationItemId) }));
    }

    [Fact]
    public void Reclassify_BlankCategory_IsRejectedAndChangesNothing_AGivenOneIsTrimmed()
    {
        var incident = _f.InProgress();
        var before = incident.ToSnapshot();

        var blank = incident.Reclassify(Agent, incident.Impact, incident.Urgency, category: "   ");
        var blankSub = incident.Reclassify(Agent, incident.Impact, incident.Urgency, subcategory: "");

        Assert.Equal(IncidentRejectionCodes.TextRequired, blank.Rejection?.Code);
        Assert.Equal(IncidentRejectionCodes.TextRequired, blankSub.Rejection?.Code);
        Assert.Equal(before, incident.ToSnapshot());
        incident.Reclassify(Agent, incident.Impact, incident.Urgency, category: "  network ").ThrowIfRejected();
        Assert.Equal("network", incident.Category);
    }

    [Fact]
    public void Reclassify_NewCategory_ClearsASubcategoryOfTheOldOne_UnlessOneIsGiven()
    {
        var history = new List<DomainEvent>();
        var logged = _f.Practice.Log(Agent, Command("INC0052") with { Category = "software", Subcategory = "outlook" });
        history.AddRange(logged.Events);
        var incident = logged.ThrowIfRejected();

        // Same category: the subcategory stays. Another category: "outlook" is no network subcategory, so it goes.
        history.AddRange(incident.Reclassify(Agent, new Impact(1), incident.Urgency, category: "software").ThrowIfRejected());
        Assert.Equal(("software", "outlook"), (incident.Category, incident.Subcategory));
        history.AddRange(incident.Reclassify(Agent, incident.Impact, incident.Urgency, category: "network").ThrowIfRejected());
        Assert.Equal(("network", (string?)null), (incident.Category, incident.Subcategory));
        history.AddRange(incident.Reclassify(Agent, incident.Impact, incident.Urgency, category: "hardware", subcategory: "laptop").ThrowIfRejected());
        Assert.Equal(("hardware", "laptop"), (incident.Category, incident.Subcategory));

        Assert.Equal(incident.ToSnapshot(), _f.Practice.Rebuild(history).ToSnapshot());
    }

    [Fact]
    public void Log_CategoryFollowsTheReclassifyRule_TrimmedAndNotBlank()
    {
        var logged = _f.Practice.Log(Agent, Command("INC0050") with { Category = "network ", Subcategory = " vpn" }).ThrowIfRejected();
        var blank = _f.Practice.Log(Agent, Command("INC0051") with { Category = "  " });

        Assert.Equal(("network", "vpn"), (logged.Category, logged.Subcategory));
        Assert.Equal(IncidentRejectionCodes.TextRequired, blank.Rejection?.Code);
        Assert.Equal(IncidentRejectionCodes.NoChange, logged.Reclassify(Agent, logged.Impact, logged.Urgency, category: "network ").Rejection?.Code);
    }

    [Fact]
    public void Resolve_WithoutNotes_IsRejectedAndChangesNothing()
    {
        var incident = _f.InProgress();
        var before = incident.ToSnapshot();

        var result = incident.Resolve(Agent, ResolutionCode.SolvedPermanently, "  ");

        Assert.Equal(IncidentRejectionCodes.TextRequired, result.Rejection!.Code);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void Resolve_ResolvedByParentWithoutAParent_IsRejectedAndChangesNothing()
    {
        var incident = _f.InProgress();
        var before = incident.ToSnapshot();

        var result = incident.Resolve(Agent, ResolutionCode.ResolvedByParent, "Fixed with the outage");

        Assert.Equal(IncidentRejectionCodes.NotAChild, result.Rejection!.Code);
        Assert.Equal("INC0001 is not a child incident, so it cannot be resolved by a parent; choose another resolution code.", result.Rejection.Message);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void Resolve_ResolvedByParentOnAChild_IsAccepted()
    {
        var parent = _f.InProgress("INC0001");
        var child = _f.InProgress("INC0002");
        child.LinkToParent(Agent, parent).ThrowIfRejected();

        child.Resolve(Agent, ResolutionCode.ResolvedByParent, "Fixed with INC0001").ThrowIfRejected();

        Assert.Equal(ResolutionCode.ResolvedByParent, child.ResolutionCode);
    }

    [Fact]
    public void Resolve_New_IsNotPermitted()
    {
        Assert.Equal(IncidentRejectionCodes.NotPermitted, _f.Log().Resolve(Agent, ResolutionCode.SolvedPermanently, "x").Rejection!.Code);
    }

    [Fact]
    public void Reopen_Resolved_CountsAndClearsResolution()
    {
        var incident = _f.Resolved();

        incident.Reopen(Caller, "Still failing").ThrowIfRejected();
        incident.Resolve(Agent, ResolutionCode.SolvedPermanently, "Replaced the disk").ThrowIfRejected();
        incident.Reopen(Caller, "Failing again").ThrowIfRejected();

        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Equal(2, incident.ReopenCount);
        Assert.Null(incident.ResolutionCode);
        Assert.Null(incident.ResolvedAt);
    }

    [Fact]
    public void Reopen_Closed_IsRejectedBecauseClosedIsFinal()
    {
        var incident = _f.Resolved();
        incident.Close(Caller).ThrowIfRejected();

        var rejection = incident.Reopen(Caller, "Broken again").Rejection!;

        Assert.Equal(IncidentRejectionCodes.NotPermitted, rejection.Code);
        Assert.Equal("The incident is Closed, which is final: Reopen is not possible.", rejection.Message);
    }

    [Fact]
    public void Reopen_InProgress_SaysOnlyFromResolved()
    {
        var rejection = _f.InProgress().Reopen(Caller, "x").Rejection!;
        Assert.Equal("Reopen is possible only from Resolved; the incident is In Progress.", rejection.Message);
    }

    [Fact]
    public void Close_Resolved_IsFinal()
    {
        var incident = _f.Resolved();

        var result = incident.Close(Caller);

        Assert.False(Assert.IsType<IncidentClosed>(Assert.Single(result.Events)).Automatic);
        Assert.Equal(IncidentState.Closed, incident.State);
        Assert.True(incident.IsFinal);
        Assert.Empty(incident.PermittedTriggers());
    }

    [Fact]
    public void Close_InProgress_IsNotPermitted()
    {
        Assert.Equal(IncidentRejectionCodes.NotPermitted, _f.InProgress().Close(Agent).Rejection!.Code);
    }

    [Fact]
    public void CloseIfDue_BeforeDelay_IsRejectedWithTheDueTime()
    {
        var incident = _f.Resolved();
        _f.Clock.Advance(Duration.FromDays(7) - Duration.FromSeconds(1));

        var result = incident.CloseIfDue(Agent);

        Assert.Equal(IncidentRejectionCodes.AutoCloseNotDue, result.Rejection!.Code);
        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Equal(incident.ResolvedAt + Duration.FromDays(7), incident.AutoCloseDueAt);
    }

    [Fact]
    public void CloseIfDue_AfterConfiguredDelay_ClosesAutomatically()
    {
        var f = new Fixture(new IncidentManagementOptions { AutoCloseAfter = Duration.FromDays(3) });
        var incident = f.Resolved();
        f.Clock.Advance(Duration.FromDays(3));

        var result = incident.CloseIfDue(Agent);

        Assert.True(Assert.IsType<IncidentClosed>(Assert.Single(result.Events)).Automatic);
        Assert.Equal(IncidentState.Closed, incident.State);
        Assert.Null(incident.AutoCloseDueAt);
    }

    [Fact]
    public void CloseIfDue_ClockSteppingBack_IsStampedWithTheReadingFoundDue()
    {
        var clock = new SteppingBackClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var practice = new IncidentManagement(clock);
        var incident = practice.Log(Agent, Command()).ThrowIfRejected();
        incident.Assign(Agent, ServiceDesk).ThrowIfRejected();
        incident.Resolve(Agent, ResolutionCode.SolvedPermanently, "Fixed").ThrowIfRejected();
        var due = incident.AutoCloseDueAt!.Value;
        clock.Now = due;
        clock.StepsBack = true;

        var result = incident.CloseIfDue(Agent);

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal(due, incident.ClosedAt);
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(3_000_000L * 24 * 3600)]
    public void CloseIfDue_DelayBeyondTheEndOfTime_MeansNever(long seconds)
    {
        var delay = seconds == long.MaxValue ? Duration.MaxValue : Duration.FromSeconds(seconds);
        var f = new Fixture(new IncidentManagementOptions { AutoCloseAfter = delay });
        var incident = f.Resolved();
        f.Clock.Advance(Duration.FromDays(36_500));

        var result = incident.CloseIfDue(Agent);

        Assert.Null(incident.AutoCloseDueAt);
        Assert.Equal(IncidentRejectionCodes.AutoCloseNotDue, result.Rejection!.Code);
        Assert.Contains("never closed automatically", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal(IncidentState.Resolved, incident.State);
    }

    [Fact]
    public void Options_NegativeAutoClose_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new Fixture(new IncidentManagementOptions { AutoCloseAfter = Duration.FromDays(-1) }));
        Assert.Equal("AutoCloseAfter", e.ParamName);
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void Cancel_OpenIncident_IsFinal(IncidentState from)
    {
        var incident = from == IncidentState.New ? _f.Log() : _f.InProgress();
        if (from == IncidentState.OnHold)
        {
            incident.PutOnHold(Agent, HoldReason.AwaitingProblem).ThrowIfRejected();
        }

        incident.Cancel(Agent, "Duplicate of INC0000").ThrowIfRejected();

        Assert.Equal(IncidentState.Canceled, incident.State);
        Assert.Equal("Duplicate of INC0000", incident.CancelReason);
        Assert.Equal(_f.Clock.GetCurrentInstant(), incident.ClosedAt);
    }

    [Fact]
    public void Cancel_Resolved_IsNotPermitted()
    {
        Assert.Equal(IncidentRejectionCodes.NotPermitted, _f.Resolved().Cancel(Agent, "oops").Rejection!.Code);
    }

    [Fact]
    public void Cancel_WithoutReason_IsRejected()
    {
        Assert.Equal(IncidentRejectionCodes.TextRequired, _f.Log().Cancel(Agent, "").Rejection!.Code);
    }

    [Fact]
    public void Canceled_RejectsEveryCommand()
    {
        var incident = _f.Log();
        incident.Cancel(Agent, "Not an incident").ThrowIfRejected();
        var before = incident.ToSnapshot();

        var results = new[]
        {
            incident.Assign(Agent, ServiceDesk),
            incident.AddWorkNote(Agent, "x"),
            incident.RecordCallerUpdate(Caller, "x"),
            incident.Reopen(Agent, "x"),
            incident.Cancel(Agent, "x"),
        };

        Assert.All(results, r => Assert.Equal(IncidentRejectionCodes.NotPermitted, r.Rejection!.Code));
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void LinkToParent_ValidParent_IsRecorded()
    {
        var parent = _f.InProgress("INC0001");
        var child = _f.Log("INC0002");

        child.LinkToParent(Agent, parent).ThrowIfRejected();

        Assert.Equal(parent.Id, child.Parent);
    }

    [Fact]
    public void PutOnHold_New_IsNotPermitted()
    {
        var rejection = _f.Log().PutOnHold(Agent, HoldReason.AwaitingVendor).Rejection!;
        Assert.Equal("Put On Hold is possible only from In Progress; the incident is New.", rejection.Message);
    }

    [Fact]
    public void RecordingCommands_New_AreAcceptedAndKeepItNew()
    {
        var incident = _f.Log();

        incident.Escalate(Agent, Manager, "VIP caller").ThrowIfRejected();
        incident.Reclassify(Agent, new Impact(1), new Urgency(1)).ThrowIfRejected();
        incident.OverridePriority(Agent, new Priority(2), "Agreed with the caller").ThrowIfRejected();
        incident.RecordCallerUpdate(Caller, "Also the calendar").ThrowIfRejected();

        Assert.Equal(IncidentState.New, incident.State);
        Assert.Equal(5, incident.Version);
        Assert.Equal(new Priority(2), incident.Priority);
    }

    [Fact]
    public void AssignAndReassign_OnHold_AreAcceptedAndKeepItOnHold()
    {
        var incident = _f.InProgress();
        incident.PutOnHold(Agent, HoldReason.AwaitingChange).ThrowIfRejected();

        incident.Assign(Agent, ServiceDesk, Manager).ThrowIfRejected();
        incident.Reassign(Agent, Network, "Change is owned by network").ThrowIfRejected();

        Assert.Equal((IncidentState.OnHold, (AssignmentGroupId?)Network, (HoldReason?)HoldReason.AwaitingChange), (incident.State, incident.AssignmentGroup, incident.HoldReason));
    }

    [Fact]
    public void CallerUpdate_Resolved_IsRecordedWithoutReopening()
    {
        var incident = _f.Resolved();

        var result = incident.RecordCallerUpdate(Caller, "Thanks, works now");

        Assert.False(Assert.IsType<CallerUpdateRecorded>(Assert.Single(result.Events)).ResumesWork);
        Assert.Equal(IncidentState.Resolved, incident.State);
    }

    [Fact]
    public void CloseIfDue_ExactlyAtTheDueInstant_Closes()
    {
        var incident = _f.Resolved();
        _f.Clock.Reset(incident.AutoCloseDueAt!.Value);

        Assert.True(incident.CloseIfDue(Agent).IsAccepted);
    }

    [Fact]
    public void Command_ClockBehindLastChange_IsRejectedAndChangesNothing()
    {
        var incident = _f.InProgress();
        var before = incident.ToSnapshot();
        _f.Clock.Reset(incident.UpdatedAt - Duration.FromSeconds(1));

        var result = incident.AddWorkNote(Agent, "typed on a machine with a slow clock");

        Assert.Equal(IncidentRejectionCodes.ClockBehind, result.Rejection!.Code);
        Assert.Equal(before, incident.ToSnapshot());
    }

    [Fact]
    public void RejectedCommand_DoesNotDrawAnEventId()
    {
        var drawn = 0;
        var practice = new IncidentManagement(_f.Clock, null, () => { drawn++; return Guid.NewGuid(); });
        var incident = practice.Log(Agent, Command()).ThrowIfRejected();
        drawn = 0;

        incident.AddWorkNote(Agent, " ");
        incident.Reopen(Agent, "not resolved");
        incident.Assign(Agent, ServiceDesk);

        Assert.Equal(1, drawn);
    }

    [Fact]
    public void LinkToParent_InvalidParents_AreRejected()
    {
        var parent = _f.InProgress("INC0001");
        var child = _f.Log("INC0002");
        child.LinkToParent(Agent, parent).ThrowIfRejected();
        var other = _f.Log("INC0003");
        var closed = _f.Resolved("INC0004");
        closed.Close(Agent).ThrowIfRejected();

        var snapshots = new[] { parent, child, other }.Select(i => i.ToSnapshot()).ToArray();

        Assert.Equal("INC0001 cannot be the parent of INC0001: an incident cannot be its own parent.", parent.LinkToParent(Agent, parent).Rejection!.Message);
        Assert.Equal("INC0002 cannot be the parent of INC0001: INC0002 is itself a child of INC0001.", parent.LinkToParent(Agent, child).Rejection!.Message);
        Assert.Equal("INC0003 cannot be the parent of INC0002: this incident is already a child of INC0001.", child.LinkToParent(Agent, other).Rejection!.Message);
        Assert.Equal("INC0004 cannot be the parent of INC0003: INC0004 is Closed.", other.LinkToParent(Agent, closed).Rejection!.Message);
        Assert.Equal(snapshots, new[] { parent, child, other }.Select(i => i.ToSnapshot()));
    }

    [Fact]
    public void LinkToParent_ChainThatWouldCloseALoop_IsRejected()
    {
        var a = _f.Log("INC000A");
        var b = _f.Log("INC000B");
        var c = _f.Log("INC000C");
        b.LinkToParent(Agent, a).ThrowIfRejected();

        var chained = c.LinkToParent(Agent, b);
        var loop = a.LinkToParent(Agent, c);

        Assert.Equal(IncidentRejectionCodes.InvalidParent, chained.Rejection!.Code);
        Assert.True(loop.IsAccepted);
        Assert.Equal(IncidentRejectionCodes.InvalidParent, c.LinkToParent(Agent, a).Rejection!.Code);
    }

    [Fact]
    public void PermittedTriggers_OnHoldAwaitingCaller_ListsResumeAndCallerUpdate()
    {
        var incident = _f.InProgress();
        incident.PutOnHold(Agent, HoldReason.AwaitingCaller, "Please confirm").ThrowIfRejected();

        var triggers = incident.PermittedTriggers();

        Assert.Contains(IncidentTrigger.Resume, triggers);
        Assert.Contains(IncidentTrigger.CallerUpdate, triggers);
        Assert.DoesNotContain(IncidentTrigger.Reopen, triggers);
    }

    [Fact]
    public void Commands_EventTimesComeFromTheInjectedClock()
    {
        var incident = _f.Log();
        _f.Clock.Advance(Duration.FromMinutes(42));

        var result = incident.Assign(Agent, ServiceDesk);

        Assert.Equal(_f.Clock.GetCurrentInstant(), result.Events.Single().Envelope.OccurredAt);
        Assert.Equal(_f.Clock.GetCurrentInstant(), incident.UpdatedAt);
    }

    [Fact]
    public void ThrowIfRejected_Rejection_ThrowsWithTheRejection()
    {
        var result = _f.Log().Close(Agent);

        var e = Assert.Throws<CommandRejectedException>(() => result.ThrowIfRejected());
        Assert.Equal(result.Rejection, e.Rejection);
    }
}
