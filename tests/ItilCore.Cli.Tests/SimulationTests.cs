using System.Linq;
using ItilCore.Incidents;
using ItilCore.ServiceDesk;
using Xunit;

namespace ItilCore.Cli.Tests;

public sealed class SimulationTests
{
    // The life where an agent first tries Assign to another team says that attempt is rejected (that is a reassignment):
    // every incident that went on to be reassigned was first refused once with incident.use-reassign, whichever group
    // routing had given it.
    [Theory]
    [InlineData(7, 200)]
    [InlineData(42, 300)]
    public void Run_WrongTeamMistake_IsRejectedForEveryReassignedIncident(int seed, int count)
    {
        var report = new Simulation(seed, count).Run();

        var reassigned = report.Incidents.Count(i => i.ReassignmentCount > 0);
        Assert.True(reassigned > 0);
        Assert.Equal(reassigned, report.Rejections.Count(r => r.Code == IncidentRejectionCodes.UseReassign));
    }
}
