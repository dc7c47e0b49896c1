using System;
using System.IO;

namespace ItilCore.Analyzers.Tests.Meta;

/// <summary>Finds the repository from the test's output folder, for tests that check generated files.</summary>
internal static class RepositoryRoot
{
    /// <summary>Gets whether ITILCORE_UPDATE_DOCS=1 asks the tests to rewrite generated files instead of failing.</summary>
    public static bool Update => Environment.GetEnvironmentVariable("ITILCORE_UPDATE_DOCS") == "1";

    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ItilCore.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ItilCore.sln) was not found above " + AppContext.BaseDirectory);
    }
}
