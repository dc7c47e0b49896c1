using System;
using System.IO;
using Spectre.Console;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>Where a command writes: plain writers for text and JSON, Spectre consoles for tables (stdout) and progress (stderr).</summary>
public sealed class CliOutput
{
    public CliOutput(TextWriter stdout, TextWriter stderr, bool interactive)
    {
        Out = stdout;
        Error = stderr;
        Interactive = interactive;
        Console = Create(stdout, interactive);
        ErrorConsole = Create(stderr, interactive);
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Gets a value indicating whether a person is watching a terminal (colours and progress bars).</summary>
    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    public IAnsiConsole ErrorConsole { get; }

    private static IAnsiConsole Create(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = 140;
        }

        return console;
    }
}
