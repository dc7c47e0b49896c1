using System;
using System.IO;
using Xunit;

namespace ItilCore.Tests.Support;

/// <summary>
/// Files generated from code (diagrams, docs blocks) are checked against the code: a stale file fails its test. Set
/// ITILCORE_UPDATE_DOCS=1 to rewrite them instead.
/// </summary>
internal static class GeneratedFile
{
    public static bool Update => Environment.GetEnvironmentVariable("ITILCORE_UPDATE_DOCS") == "1";

    public static void Check(string relativePath, string expected)
    {
        var path = Repository.PathOf(relativePath);
        if (Update)
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing; run the tests with ITILCORE_UPDATE_DOCS=1.");
        Assert.Equal(expected, File.ReadAllText(path));
    }
}
