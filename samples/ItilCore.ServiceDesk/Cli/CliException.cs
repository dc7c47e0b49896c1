using System;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>A problem with the user's input that ends the command with a message on stderr and an exit code.</summary>
public sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ItilCommandLine.BadUsage)
        : base(message) => ExitCode = exitCode;

    public CliException()
        : this("bad usage")
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ItilCommandLine.BadUsage;

    public int ExitCode { get; }
}
