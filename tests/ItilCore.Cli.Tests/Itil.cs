using System;
using System.IO;
using ItilCore.ServiceDesk.Cli;

namespace ItilCore.Cli.Tests;

/// <summary>Runs the `itil` entry point in process with captured stdout and stderr.</summary>
internal static class Itil
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ItilCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string TempFile(string name, string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "itil-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
