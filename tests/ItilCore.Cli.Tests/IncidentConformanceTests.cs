using ItilCore.Incidents;
using ItilCore.Replay;
using Xunit;

namespace ItilCore.Cli.Tests;

/// <summary>The conformance table follows the incident lifecycle's single definition.</summary>
public sealed class IncidentConformanceTests
{
    [Theory]
    [InlineData(IncidentState.New, IncidentState.InProgress, true)]
    [InlineData(IncidentState.InProgress, IncidentState.Resolved, true)]
    [InlineData(IncidentState.OnHold, IncidentState.InProgress, true)]
    [InlineData(IncidentState.Resolved, IncidentState.InProgress, true)]
    [InlineData(IncidentState.Resolved, IncidentState.Closed, true)]
    [InlineData(IncidentState.New, IncidentState.Resolved, false)]
    [InlineData(IncidentState.Closed, IncidentState.InProgress, false)]
    [InlineData(IncidentState.InProgress, IncidentState.Closed, false)]
    [InlineData(IncidentState.New, IncidentState.New, false)]
    public void Permits_FollowsTheLifecycle(IncidentState from, IncidentState to, bool permitted)
        => Assert.Equal(permitted, IncidentConformance.Permits(from, to));

    [Fact]
    public void Explain_SaysByWhichTriggerOrWhyNot()
    {
        Assert.Equal("by Reopen", IncidentConformance.Explain(IncidentState.Resolved, IncidentState.InProgress));
        Assert.Equal("Closed is final; nothing leaves it", IncidentConformance.Explain(IncidentState.Closed, IncidentState.InProgress));
        Assert.Equal("Resolved is reached only from In Progress or On Hold", IncidentConformance.Explain(IncidentState.New, IncidentState.Resolved));
    }
}
