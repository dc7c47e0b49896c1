using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ItilCore.Serialization;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>
/// The `itil` command line. With no command it runs the service desk simulation (the README's main job).
/// Exit codes: 0 success, 1 problems found (catalog validate), 2 bad usage or unreadable input; errors go to stderr.
/// </summary>
public static class ItilCommandLine
{
    public const int Success = 0;
    public const int ProblemsFound = 1;
    public const int BadUsage = 2;

    /// <summary>Parses the arguments, runs the command and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var io = new CliOutput(stdout, stderr, interactive);
        var root = new RootCommand("itil: ITIL 4 tools on ItilCore. With no command, runs the service desk simulation.");
        SimulateCommand.AddTo(root, io);
        root.Subcommands.Add(ReplayCommand.Create(io));
        root.Subcommands.Add(CalendarCommand.Create(io));
        root.Subcommands.Add(SlaCommand.Create(io));
        root.Subcommands.Add(RouteCommand.Create(io));
        root.Subcommands.Add(CatalogCommand.Create(io));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine($"Run 'itil {string.Join(' ', parsed.CommandResult.Command.Name == root.Name ? [] : CommandPath(parsed))} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return BadUsage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (FileNotFoundException e)
        {
            stderr.WriteLine($"error: file not found: {e.FileName ?? e.Message}");
            return BadUsage;
        }
        catch (DirectoryNotFoundException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadUsage;
        }
        catch (JsonReadException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadUsage;
        }
        catch (InvalidDefinitionException e)
        {
            stderr.WriteLine($"error: {e.Definition} is invalid:");
            foreach (var problem in e.Problems)
            {
                stderr.WriteLine($"  {problem.Path}: {problem.Message}");
            }

            return BadUsage;
        }
        catch (ArgumentException e)
        {
            // The library's answer to input it cannot take (a history that does not fold, an instant outside the
            // supported range, an agent listed twice): the input's fault, said as such.
            stderr.WriteLine($"error: {e.Message}");
            return BadUsage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadUsage;
        }
    }

    private static string[] CommandPath(ParseResult parsed)
    {
        var names = new System.Collections.Generic.List<string>();
        for (var r = parsed.CommandResult; r is not null && r.Parent is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(r.Command.Name);
        }

        names.Reverse();
        return names.ToArray();
    }
}
