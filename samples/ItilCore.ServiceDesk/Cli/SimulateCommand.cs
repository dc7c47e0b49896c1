using System.CommandLine;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>The default command: the service desk simulation, as the sample always ran it.</summary>
public static class SimulateCommand
{
    public static void AddTo(RootCommand root, CliOutput io)
    {
        var incidents = PositiveNumberOption.Create("--incidents", "How many incidents to simulate.", 300);
        var seed = new Option<int>("--seed") { Description = "The seed of the random stream.", DefaultValueFactory = _ => 2026 };
        root.Options.Add(incidents);
        root.Options.Add(seed);
        root.SetAction(parsed =>
        {
            var simulation = new Simulation(parsed.GetValue(seed), parsed.GetValue(incidents));
            var report = simulation.Run();
            io.Out.Write(report.ToText());
            io.Out.Write(new RequestDesk(simulation.Model).Run());
            return report.RebuildMismatches == 0 ? ItilCommandLine.Success : ItilCommandLine.ProblemsFound;
        });
    }
}
