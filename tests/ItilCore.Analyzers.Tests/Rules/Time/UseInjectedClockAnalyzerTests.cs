using System.Threading.Tasks;
using Xunit;
using Verify = ItilCore.Analyzers.Tests.Verifiers.ItilAnalyzerTest<ItilCore.Analyzers.Rules.Time.UseInjectedClockAnalyzer>;

namespace ItilCore.Analyzers.Tests.Rules.Time;

public class UseInjectedClockAnalyzerTests
{
    [Fact]
    public async Task InjectedClockAndUnrelatedCode_DoNotReport()
    {
        const string source = /* lang=c#-test */ """
            class Desk(IClock clock)
            {
                Instant Now() => clock.GetCurrentInstant();
                void Work(Incident incident) { _ = clock.GetCurrentInstant(); }
                string Names(Incident incident) => nameof(DateTime.UtcNow) + nameof(SystemClock.Instance);
            }

            class Logger
            {
                // No ItilCore type in sight: the wall clock is the logger's business.
                string Stamp() => DateTime.UtcNow.ToString("O");
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task WallClockNextToItilCore_Reports()
    {
        const string source = /* lang=c#-test */ """
            class Desk
            {
                Incident? current;

                DateTime A() => {|#0:DateTime.Now|};
                DateTime B() => {|#1:DateTime.UtcNow|};
                DateTime C() => {|#2:DateTime.Today|};
                DateTimeOffset D() => {|#3:DateTimeOffset.Now|};
                DateTimeOffset E() => {|#4:DateTimeOffset.UtcNow|};
                Instant F() => {|#5:SystemClock.Instance|}.GetCurrentInstant();
            }

            class Sla
            {
                Instant Due() { var priority = new Priority(1); return {|#6:SystemClock.Instance|}.GetCurrentInstant(); }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.Now"),
            Verify.Diagnostic().WithLocation(1).WithArguments("DateTime.UtcNow"),
            Verify.Diagnostic().WithLocation(2).WithArguments("DateTime.Today"),
            Verify.Diagnostic().WithLocation(3).WithArguments("DateTimeOffset.Now"),
            Verify.Diagnostic().WithLocation(4).WithArguments("DateTimeOffset.UtcNow"),
            Verify.Diagnostic().WithLocation(5).WithArguments("SystemClock.Instance"),
            Verify.Diagnostic().WithLocation(6).WithArguments("SystemClock.Instance"));
    }

    [Fact]
    public async Task NestedType_IsJudgedByItsOwnMembers()
    {
        // "Its class" (docs/rules/ITIL3001.md): a nested logger does not inherit the outer class's use of ItilCore.
        const string source = /* lang=c#-test */ """
            class Desk
            {
                public Incident? Current { get; set; }

                sealed class ConsoleLog
                {
                    public void Write(string text) => Console.WriteLine($"{DateTime.Now:O} {text}");
                }

                sealed class Shift
                {
                    public Priority Priority { get; set; }
                    public DateTime Start() => {|#0:DateTime.UtcNow|};
                }
            }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.UtcNow"));
    }

    [Fact]
    public async Task WithoutItilCore_DoesNotReport()
        => await Verify.VerifyWithoutItilCoreAsync("""
            class C { System.DateTime M() => System.DateTime.UtcNow; }
            """);

    [Fact]
    public async Task HalfTypedCode_DoesNotThrow()
        => await Verify.VerifyAsync("""
            class Desk
            {
                Incident? current;
                object A() => DateTime.{|CS0117:Noww|};
                object B() => {|CS0103:SystemClok|}.Instance;
                object C() => {|#0:DateTime.UtcNow|}.{|CS1061:Foo|};
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("DateTime.UtcNow"));
}
