using System.CommandLine;
using System.IO;
using ItilCore.Configuration;
using ItilCore.Serialization;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>`itil catalog validate FILE`: checks a service catalogue and reports its problems with their JSON paths: every definition problem, or the first JSON read error alone (reading stops there).</summary>
public static class CatalogCommand
{
    public static Command Create(CliOutput io)
    {
        var command = new Command("catalog", "Service catalogue tools.");
        var file = new Argument<string>("file") { Description = "The catalogue (JSON): services, offerings, organisations, relationships and configuration items." };
        var validate = new Command("validate", "Check a catalogue. Exit codes: 0 fine, 1 problems found (listed on stderr with JSON paths), 2 bad usage.") { file };
        validate.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"the catalogue '{path}' does not exist");
            }

            try
            {
                var model = ServiceModel.Load(path);
                io.Out.WriteLine($"{path}: valid ({model.Catalog.Services.Count} services, {model.Catalog.Offerings.Count} offerings, {model.Catalog.Organizations.Count} organisations, {model.Catalog.Relationships.Count} relationships, {model.Configuration.Items.Count} configuration items)");
                return ItilCommandLine.Success;
            }
            catch (JsonReadException e)
            {
                io.Error.WriteLine($"{path}{(e.LineNumber is { } line ? $":{line}" : "")}: {e.JsonPath ?? "$"}: {e.Problem}");
                io.Error.WriteLine($"{path}: stopped at the first JSON error; fix it and validate again to see any other problems");
                return ItilCommandLine.ProblemsFound;
            }
            catch (InvalidDefinitionException e)
            {
                foreach (var problem in e.Problems)
                {
                    io.Error.WriteLine($"{path}: {problem.Path}: {problem.Message}");
                }

                io.Error.WriteLine($"{path}: {e.Problems.Count} problem{(e.Problems.Count == 1 ? "" : "s")}");
                return ItilCommandLine.ProblemsFound;
            }
        });
        command.Subcommands.Add(validate);
        return command;
    }
}
