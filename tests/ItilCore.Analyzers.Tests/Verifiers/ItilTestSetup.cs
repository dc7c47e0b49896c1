using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ItilCore.Analyzers.Internal;
using Microsoft.CodeAnalysis.Testing;

namespace ItilCore.Analyzers.Tests.Verifiers;

/// <summary>
/// What every analyzer test shares: rule failures rethrown (AD0001), and, with ItilCore, the ItilCore, NodaTime and Stateless
/// references and global usings.
/// </summary>
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

    /// <summary>
    /// The global config every test compilation gets: a rule that throws fails its test with AD0001 and the exception,
    /// instead of reporting nothing as it does in a user's build (see <see cref="ItilDiagnosticAnalyzer.RethrowRuleFailuresKey"/>).
    /// </summary>
    public const string RethrowRuleFailuresConfig = "is_global = true\n" + ItilDiagnosticAnalyzer.RethrowRuleFailuresKey + " = true\n";

    public static void Apply(SolutionState state, bool withItilCore)
    {
        Thread.CurrentThread.CurrentUICulture = CultureInfo.InvariantCulture;
        Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
        state.AnalyzerConfigFiles.Add(("/.globalconfig", RethrowRuleFailuresConfig));
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
