using System;
using FsCheck;

namespace ItilCore.Tests.Support;

/// <summary>
/// Runs FsCheck properties with a number of cases that CI keeps moderate and a local run can raise:
/// <c>ITILCORE_PROPERTY_CASES=1000 dotnet test</c>.
/// </summary>
internal static class Properties
{
    public static int Cases { get; } = int.TryParse(Environment.GetEnvironmentVariable("ITILCORE_PROPERTY_CASES"), out var n) && n > 0 ? n : 200;

    public static void Check(Property property) => FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), property);
}
