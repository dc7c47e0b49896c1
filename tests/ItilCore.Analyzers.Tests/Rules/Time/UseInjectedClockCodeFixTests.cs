using System.Threading.Tasks;
using ItilCore.Analyzers.CodeFixes.Rules.Time;
using ItilCore.Analyzers.Rules.Time;
using ItilCore.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ItilCore.Analyzers.Tests.Verifiers.ItilCodeFixTest<ItilCore.Analyzers.Rules.Time.UseInjectedClockAnalyzer, ItilCore.Analyzers.CodeFixes.Rules.Time.UseInjectedClockCodeFix>;

namespace ItilCore.Analyzers.Tests.Rules.Time;

public class UseInjectedClockCodeFixTests
{
    [Fact]
    public async Task ClockInScope_ReplacesEveryRead_FixAll()
        => await Verify.VerifyAsync(
            """
            class Desk
            {
                private readonly IClock _clock;
                Desk(IClock clock) => _clock = clock;

                Instant Now() => {|#0:SystemClock.Instance|}.GetCurrentInstant();
                DateTime Utc(Incident incident) => {|#1:DateTime.UtcNow|};
                DateTimeOffset Offset() => {|#2:DateTimeOffset.UtcNow|};
                IClock Clock() => {|#3:SystemClock.Instance|};
            }
            """,
            [
                Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(1).WithArguments("DateTime.UtcNow"),
                Verify.Diagnostic().WithLocation(2).WithArguments("DateTimeOffset.UtcNow"),
                Verify.Diagnostic().WithLocation(3).WithArguments("SystemClock.Instance"),
            ],
            """
            class Desk
            {
                private readonly IClock _clock;
                Desk(IClock clock) => _clock = clock;

                Instant Now() => _clock.GetCurrentInstant();
                DateTime Utc(Incident incident) => _clock.GetCurrentInstant().ToDateTimeUtc();
                DateTimeOffset Offset() => _clock.GetCurrentInstant().ToDateTimeOffset();
                IClock Clock() => _clock;
            }
            """,
            UseInjectedClockCodeFix.Key_UseClockInScope);

    [Fact]
    public async Task ParameterClock_IsPreferred()
        => await Verify.VerifyAsync(
            """
            class Desk
            {
                static Instant Due(Incident incident, IClock clock) => {|#0:SystemClock.Instance|}.GetCurrentInstant();
            }
            """,
            [Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance")],
            """
            class Desk
            {
                static Instant Due(Incident incident, IClock clock) => clock.GetCurrentInstant();
            }
            """,
            UseInjectedClockCodeFix.Key_UseClockInScope);

    [Fact]
    public async Task LocalTimeOrNoClock_OffersNoFix()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                private readonly IClock _clock = SystemClockHolder.Clock;
                DateTime Local(Incident incident) => {|#0:DateTime.Now|};
                static DateTime Static(Incident incident) => {|#1:DateTime.UtcNow|};
            }

            static class SystemClockHolder { public static IClock Clock => null!; }
            """;
        await Verify.VerifyAsync(
            source,
            [Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.Now"), Verify.Diagnostic().WithLocation(1).WithArguments("DateTime.UtcNow")],
            source);
    }

    [Fact]
    public async Task WhereTheClockCannotBeReached_OffersNoFix()
    {
        // A field initializer has no this (CS0236); a nested type cannot use its outer type's instance field (CS0120);
        // a static local function sees neither the parameters around it (CS8421) nor this.
        const string source = /* lang=c#-test */ """
            class Desk
            {
                private readonly IClock _clock = SystemClockHolder.Clock;
                private readonly Instant _opened = {|#0:SystemClock.Instance|}.GetCurrentInstant();

                class Shift
                {
                    Instant Start(Incident incident) => {|#1:SystemClock.Instance|}.GetCurrentInstant();
                }

                Instant Later(Incident incident, IClock clock)
                {
                    return Read();
                    static Instant Read() => {|#2:SystemClock.Instance|}.GetCurrentInstant();
                }
            }

            static class SystemClockHolder { public static IClock Clock => null!; }
            """;
        await Verify.VerifyAsync(
            source,
            [
                Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(1).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(2).WithArguments("SystemClock.Instance"),
            ],
            source);
    }

    [Fact]
    public async Task DefaultClockShapes_AreNotFixedWithTheClockTheyDefine()
    {
        // Clock => Clock recurses, Default = Default and _clock = _clock stay null, clock ?? clock is null when omitted,
        // and an IClock? may be null: none of them is offered.
        const string source = /* lang=c#-test */ """
            #nullable enable
            class Desk
            {
                private readonly IClock _clock;
                public Desk() { _clock = {|#0:SystemClock.Instance|}; }
                public Desk(IClock? clock, int shift) => _clock = clock ?? {|#1:SystemClock.Instance|};
                public Desk(IClock clock) { _clock = clock; }
                public Instant Due(Incident i) => _clock.GetCurrentInstant();
            }

            class Base
            {
                protected virtual IClock Clock => {|#2:SystemClock.Instance|};
                public Instant Due(Incident i) => Clock.GetCurrentInstant();
            }

            static class Clocks
            {
                public static readonly IClock Default = {|#3:SystemClock.Instance|};
                public static Instant Due(Incident i) => Default.GetCurrentInstant();
            }

            class Lazy
            {
                private IClock? _clock;
                public Instant Due(Incident i) => (_clock ??= {|#4:SystemClock.Instance|}).GetCurrentInstant();
            }

            class Maybe(IClock? clock)
            {
                public IClock? Clock { get; } = clock;
                public Instant Due(Incident i) => {|#5:SystemClock.Instance|}.GetCurrentInstant();
            }
            """;
        await Verify.VerifyAsync(
            source,
            [
                Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(1).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(2).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(3).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(4).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(5).WithArguments("SystemClock.Instance"),
            ],
            source);
    }

    [Fact]
    public async Task PrimaryConstructorParameter_OnlyWhereItCanBeUsed()
    {
        // Not in a static member or static initializer, nor in a nested type (CS9105); this members not in the base
        // arguments of a primary constructor (CS0120).
        const string source = /* lang=c#-test */ """
            class Desk(IClock clock)
            {
                Instant Now() => clock.GetCurrentInstant();
                static DateTime Due(Incident i) => {|#0:DateTime.UtcNow|};
                static readonly DateTime Started = {|#1:DateTime.UtcNow|};

                class Shift
                {
                    DateTime Due(Incident i) => {|#2:DateTime.UtcNow|};
                }
            }

            abstract class Base(DateTime opened) { public DateTime Opened { get; } = opened; }

            class Desk2(Incident incident) : Base({|#3:DateTime.UtcNow|})
            {
                IClock Clock { get; } = SystemClockHolder.Clock;
                public Incident Incident { get; } = incident;
            }

            static class SystemClockHolder { public static IClock Clock => null!; }
            """;
        await Verify.VerifyAsync(
            source,
            [
                Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.UtcNow"),
                Verify.Diagnostic().WithLocation(1).WithArguments("DateTime.UtcNow"),
                Verify.Diagnostic().WithLocation(2).WithArguments("DateTime.UtcNow"),
                Verify.Diagnostic().WithLocation(3).WithArguments("DateTime.UtcNow"),
            ],
            source);
    }

    [Fact]
    public async Task PrimaryConstructorParameterKeptInAField_TheFieldIsUsed()
        => await Verify.VerifyAsync(
            """
            class Desk(IClock clock)
            {
                private readonly IClock _clock = clock;
                Instant Now() => _clock.GetCurrentInstant();
                DateTime Due(Incident i) => {|#0:DateTime.UtcNow|};
            }
            """,
            [Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.UtcNow")],
            """
            class Desk(IClock clock)
            {
                private readonly IClock _clock = clock;
                Instant Now() => _clock.GetCurrentInstant();
                DateTime Due(Incident i) => _clock.GetCurrentInstant().ToDateTimeUtc();
            }
            """);

    [Fact]
    public async Task OptionalClockDefaults_AreNotFixedWithAClockThatIsStillNull()
    {
        // Each fix used to compile and make the default clock null: `clock = _clock` before _clock is assigned, and
        // `clock != null ? clock : clock` for a parameter that defaults to null (annotations off).
        const string source = /* lang=c#-test */ """
            #nullable enable
            class Desk
            {
                private readonly IClock _clock;
                public Desk(IClock? clock = null)
                {
                    if (clock is null) clock = {|#0:SystemClock.Instance|};
                    _clock = clock;
                }
                public Incident? Current { get; set; }
            }

            #nullable disable
            class Office
            {
                private readonly IClock _clock;
                public Office(IClock clock = null)
                {
                    _clock = clock != null ? clock : {|#1:SystemClock.Instance|};
                }
                public Incident Current { get; set; }
            }

            class Shift
            {
                private readonly IClock _clock;
                private readonly Instant _started;
                public Shift(IClock fallback)
                {
                    _started = {|#2:SystemClock.Instance|}.GetCurrentInstant();
                    _clock = fallback;
                }
                public Incident Current { get; set; }
            }
            """;
        const string fixedSource = /* lang=c#-test */ """
            #nullable enable
            class Desk
            {
                private readonly IClock _clock;
                public Desk(IClock? clock = null)
                {
                    if (clock is null) clock = {|#0:SystemClock.Instance|};
                    _clock = clock;
                }
                public Incident? Current { get; set; }
            }

            #nullable disable
            class Office
            {
                private readonly IClock _clock;
                public Office(IClock clock = null)
                {
                    _clock = clock != null ? clock : {|#1:SystemClock.Instance|};
                }
                public Incident Current { get; set; }
            }

            class Shift
            {
                private readonly IClock _clock;
                private readonly Instant _started;
                public Shift(IClock fallback)
                {
                    _started = fallback.GetCurrentInstant();
                    _clock = fallback;
                }
                public Incident Current { get; set; }
            }
            """;
        await Verify.VerifyAsync(
            source,
            [
                Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(1).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(2).WithArguments("SystemClock.Instance"),
            ],
            fixedSource,
            [
                Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(1).WithArguments("SystemClock.Instance"),
            ]);
    }

    [Fact]
    public async Task MoreFallbacksAndAssignmentsThatMayNotRun_OfferNoFix()
    {
        // A clock returned or chosen when another is null, and fields assigned only in a branch, a lambda or a local
        // function before the read: each fix would have compiled and used a null clock.
        const string source = /* lang=c#-test */ """
            #nullable enable
            using System;

            class Clocks
            {
                public static IClock Or(IClock? clock)
                {
                    if (clock is null) return {|#0:SystemClock.Instance|};
                    return clock;
                }

                public static IClock Pick(IClock? clock) => clock switch { null => {|#1:SystemClock.Instance|}, _ => clock };

                public static Incident? Last { get; set; }
            }

            class Desk
            {
                private IClock _clock;
                private readonly Func<IClock> _init;
                private readonly Instant _a, _b;
                public Desk(bool fake, Func<IClock> factory)
                {
                    if (fake) _clock = factory();
                    _init = () => _clock = factory();
                    _a = {|#2:SystemClock.Instance|}.GetCurrentInstant();
                    void Set() => _clock = factory();
                    _b = {|#3:SystemClock.Instance|}.GetCurrentInstant();
                    _clock = factory();
                }
                public Incident? Current { get; set; }
            }
            """;
        await Verify.VerifyAsync(
            source,
            [
                Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(1).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(2).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(3).WithArguments("SystemClock.Instance"),
            ],
            source);
    }

    [Fact]
    public async Task InAConstructor_AFieldIsUsedOnceAssigned_NotBefore()
        => await Verify.VerifyAsync(
            """
            class Desk
            {
                private readonly IClock _clock;
                private readonly Instant _opened;
                private readonly Instant _checked;
                public Desk(IClock? clock)
                {
                    _opened = {|#0:SystemClock.Instance|}.GetCurrentInstant();
                    _clock = clock ?? {|#1:SystemClock.Instance|};
                    _checked = {|#2:SystemClock.Instance|}.GetCurrentInstant();
                }
                public Incident? Current { get; set; }
            }
            """,
            [
                Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(1).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(2).WithArguments("SystemClock.Instance"),
            ],
            """
            class Desk
            {
                private readonly IClock _clock;
                private readonly Instant _opened;
                private readonly Instant _checked;
                public Desk(IClock? clock)
                {
                    _opened = {|#0:SystemClock.Instance|}.GetCurrentInstant();
                    _clock = clock ?? {|#1:SystemClock.Instance|};
                    _checked = _clock.GetCurrentInstant();
                }
                public Incident? Current { get; set; }
            }
            """,
            [
                Verify.Diagnostic().WithLocation(0).WithArguments("SystemClock.Instance"),
                Verify.Diagnostic().WithLocation(1).WithArguments("SystemClock.Instance"),
            ]);

    [Fact]
    public async Task LocalNotYetAssigned_IsNotUsed()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                DateTime Due(Incident i)
                {
                    IClock clock;
                    var start = {|#0:DateTime.UtcNow|};
                    clock = SystemClockHolder.Clock;
                    return start;
                }
            }

            static class SystemClockHolder { public static IClock Clock => null!; }
            """;
        await Verify.VerifyAsync(source, [Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.UtcNow")], source);
    }

    [Fact]
    public async Task TopLevelLocal_IsNotUsedInsideAType()
    {
        const string source = /* lang=c#-test */ """
            IClock clock = SystemClockHolder.Clock;
            Console.WriteLine(clock);

            class Desk
            {
                DateTime Due(Incident i) => {|#0:DateTime.UtcNow|};
            }

            static class SystemClockHolder { public static IClock Clock => null!; }
            """;
        var test = new CSharpCodeFixTest<UseInjectedClockAnalyzer, UseInjectedClockCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestCode = source,
            FixedCode = source,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.FixedState.OutputKind = OutputKind.ConsoleApplication;
        ItilTestSetup.Apply(test.TestState, withItilCore: true);
        ItilTestSetup.Apply(test.FixedState, withItilCore: true);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.UtcNow"));
        await test.RunAsync();
    }
}
