using System.Threading.Tasks;
using ItilCore.Analyzers.CodeFixes.Rules.Time;
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
}
