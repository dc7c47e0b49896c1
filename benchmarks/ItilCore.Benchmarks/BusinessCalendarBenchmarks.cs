using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ItilCore.ServiceLevels;
using NodaTime;

namespace ItilCore.Benchmarks;

/// <summary>
/// Business-time deadlines on Monday–Friday 09:00–17:00 in Europe/London with 20 holidays a year: <c>Add</c> of 8 h and
/// 2,000 h, and <c>BusinessTimeBetween</c> two instants a year apart, each beside the per-minute stepping reference
/// (<see cref="MinuteSteppingCalendar"/>). Starts rotate through 256 whole-minute instants spread over 2026 (nights and
/// weekends included); plans are warm (built in [GlobalSetup]). Budgets: ≤ 200 ns and 0 B for 8 h; 2,000 h and a year
/// between ≤ 2× the 8-hour cost.
/// </summary>
[MemoryDiagnoser]
public class BusinessCalendarBenchmarks
{
    private const int Starts = 256;
    private static readonly Duration Eight = Duration.FromHours(8);
    private static readonly Duration TwoThousand = Duration.FromHours(2_000);
    private static readonly Duration Year = Duration.FromDays(365);

    private BusinessCalendar _calendar = null!;
    private MinuteSteppingCalendar _reference = null!;
    private Instant[] _starts = [];
    private int _next;

    [GlobalSetup]
    public void GlobalSetup()
    {
        // 20 yearly holidays spread over the year (a few fall on weekends, as real ones do).
        var holidays = Enumerable.Range(0, 20)
            .Select(i => HolidayDefinition.Yearly($"Holiday {i + 1}", 1 + (i * 12 / 20), 1 + (i * 7 % 27)))
            .ToArray();
        _calendar = BusinessCalendar.Create(new BusinessCalendarDefinition(
            new CalendarId("london-desk"), "London service desk", "Europe/London", WeeklyHours.MondayToFriday("09:00", "17:00"), Holidays: holidays));
        _reference = new MinuteSteppingCalendar(
            _calendar.Zone,
            9 * 60,
            17 * 60,
            _calendar.HolidaysBetween(new LocalDate(2025, 1, 1), new LocalDate(2029, 12, 31)).Select(h => h.Date));

        var random = new Random(20260101);
        var first = Instant.FromUtc(2026, 1, 1, 0, 0);
        _starts = Enumerable.Range(0, Starts).Select(_ => first + Duration.FromMinutes(random.Next(0, 365 * 1440))).ToArray();

        // Warm the plans and check the two implementations agree before timing anything.
        foreach (var start in _starts)
        {
            foreach (var duration in new[] { Eight, TwoThousand })
            {
                var expected = _reference.Add(start, duration);
                var actual = _calendar.Add(start, duration);
                if (expected != actual)
                {
                    throw new InvalidOperationException($"Add({start}, {duration}): reference {expected}, calendar {actual}.");
                }
            }
        }

        for (var i = 0; i < 8; i++)
        {
            if (_reference.Between(_starts[i], _starts[i] + Year) != _calendar.BusinessTimeBetween(_starts[i], _starts[i] + Year))
            {
                throw new InvalidOperationException($"BusinessTimeBetween from {_starts[i]} disagrees.");
            }
        }

        if (_calendar.BusinessTimeBetween(first, first + Duration.FromDays(3 * 365)) == Duration.Zero)
        {
            throw new InvalidOperationException("Unreachable: the plans are warm.");
        }
    }

    [Benchmark(Baseline = true, Description = "Reference: Add 8 h (per-minute)")]
    public Instant Reference_Add8h() => _reference.Add(NextStart(), Eight);

    [Benchmark(Description = "ItilCore: Add 8 h")]
    public Instant ItilCore_Add8h() => _calendar.Add(NextStart(), Eight);

    [Benchmark(Description = "Reference: Add 2,000 h (per-minute)")]
    public Instant Reference_Add2000h() => _reference.Add(NextStart(), TwoThousand);

    [Benchmark(Description = "ItilCore: Add 2,000 h")]
    public Instant ItilCore_Add2000h() => _calendar.Add(NextStart(), TwoThousand);

    [Benchmark(Description = "Reference: BusinessTimeBetween a year (per-minute)")]
    public Duration Reference_BetweenYear()
    {
        var start = NextStart();
        return _reference.Between(start, start + Year);
    }

    [Benchmark(Description = "ItilCore: BusinessTimeBetween a year")]
    public Duration ItilCore_BetweenYear()
    {
        var start = NextStart();
        return _calendar.BusinessTimeBetween(start, start + Year);
    }

    private Instant NextStart() => _starts[_next++ & (Starts - 1)];
}
