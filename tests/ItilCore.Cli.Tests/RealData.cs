using System;
using System.IO;

namespace ItilCore.Cli.Tests;

/// <summary>Finds the repository (the folder with ItilCore.sln) and the shared real event logs beside it.</summary>
internal static class RealData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Uci => File("uci-incident-eventlog/incident_event_log.csv.gz");

    public static string Helpdesk => File("helpdesk-italian/finale.csv.gz");

    public static string Bpic14Activities => File("bpic2014-rabobank-subset/bpic14_incident_activity_subset.csv.gz");

    public static string Repo(string relative) => Path.Combine(RepositoryRoot, relative);

    private static string File(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", relative));
        return System.IO.File.Exists(path)
            ? path
            : throw new InvalidOperationException($"The real event log {path} is missing. These tests replay the logs in ../shared/data beside the repository (see its SOURCE.md files); put them there.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ItilCore.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ItilCore.sln.");
    }
}
