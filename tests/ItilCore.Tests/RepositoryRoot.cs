using System;
using System.IO;

namespace ItilCore.Tests;

/// <summary>Finds the repository root (the folder holding ItilCore.sln) from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ItilCore.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ItilCore.sln above {AppContext.BaseDirectory}.");
    }
}
