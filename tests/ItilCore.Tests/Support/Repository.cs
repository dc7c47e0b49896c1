using System;
using System.IO;

namespace ItilCore.Tests.Support;

/// <summary>Finds files of the repository (docs, README, shared data) from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ItilCore.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ItilCore.sln not found above " + AppContext.BaseDirectory);
    }
}
