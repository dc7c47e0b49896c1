using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis.Testing;

namespace ItilCore.Analyzers.Tests.Verifiers;

/// <summary>What every analyzer test shares: .NET 8 reference assemblies, ItilCore, NodaTime and Stateless, global usings.</summary>
internal static class ItilTestSetup
{
    /// <summary>The usings every test source may rely on (a file of its own, so line numbers in test sources stay theirs).</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using ItilCore;
        global using ItilCore.Catalog;
        global using ItilCore.Changes;
        global using ItilCore.Configuration;
        global using ItilCore.Incidents;
        global using ItilCore.Problems;
        global using ItilCore.Requests;
        global using ItilCore.ServiceLevels;
        global using NodaTime;
        """;

    static ItilTestSetup()
    {
        // A bug in a rule must show as AD0001 in the tests instead of being swallowed.
        ItilDiagnosticAnalyzer.RethrowFailures = true;
    }

    public static void Apply(SolutionState state, bool withItilCore)
    {
        Thread.CurrentThread.CurrentUICulture = CultureInfo.InvariantCulture;
        Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
        if (!withItilCore)
        {
            return;
        }

        state.AdditionalReferences.Add(typeof(CommandResult).Assembly);
        state.AdditionalReferences.Add(typeof(NodaTime.Instant).Assembly);
        state.AdditionalReferences.Add(typeof(Stateless.StateMachine<,>).Assembly);
        state.Sources.Add(("GlobalUsings.cs", GlobalUsings));
    }

    public static void AddFiles(SolutionState state, IEnumerable<(string Name, string Text)> additionalFiles, string? editorConfig)
    {
        foreach (var file in additionalFiles)
        {
            state.AdditionalFiles.Add((file.Name, file.Text));
        }

        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }
    }
}
