using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.ServiceLevels;
using NodaTime;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.ServiceLevels;

/// <summary>
/// Laws of calendar arithmetic on random calendars (overnight intervals, holidays, breaks, shifts) in zones with DST
/// gaps and overlaps at 01:00, 02:00, midnight (America/Santiago) and half-hour DST (Australia/Lord_Howe), checked against
/// <see cref="MinuteReference"/>. Each case is a seed; a failure prints the seed and the calendar's JSON.
/// </summary>
public sealed class BusinessCalendarPropertyTests
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void IsOpenAtAndBusinessTimeBetween_AgreeWithMinuteReference()
    {
        Properties.Check(Prop.ForAll(Seeds, seed =>
        {
            var c = RandomCalendars.Create(seed);
            for (var i = 0; i < 20; i++)
            {
                var a = c.RandomInstant();
                var b = c.RandomInstant();
                var (from, to) = a <= b ? (a, b) : (b, a);
                Assert.True(c.Reference.IsOpenAt(a) == c.Calendar.IsOpenAt(a), $"IsOpenAt({a}) {c}");
                Assert.True(c.Reference.Between(from, to) == c.Calendar.BusinessTimeBetween(from, to), $"Between({from}, {to}): reference {c.Reference.Between(from, to)}, calendar {c.Calendar.BusinessTimeBetween(from, to)}; {c}");
            }
        }));
    }

    [Fact]
    public void Add_AgreesWithMinuteReference_GivesTheDurationBack_AndIsMonotone()
    {
        Properties.Check(Prop.ForAll(Seeds, seed =>
        {
            var c = RandomCalendars.Create(seed);
            for (var i = 0; i < 10; i++)
            {
                var start = c.RandomInstant(marginDays: 6);
                var minutes = c.Random.Next(0, 2 * 24 * 60);
                var expected = c.Reference.Add(start, minutes);
                if (expected is null)
                {
                    continue;
                }

                var result = c.Calendar.Add(start, Duration.FromMinutes(minutes));
                Assert.True(expected == result, $"Add({start}, {minutes} min): reference {expected}, calendar {result}; {c}");
                Assert.Equal(Duration.FromMinutes(minutes), c.Calendar.BusinessTimeBetween(start, result));
                var shorter = c.Calendar.Add(start, Duration.FromMinutes(c.Random.Next(0, minutes + 1)));
                Assert.True(shorter <= result, $"Add is not monotone from {start}; {c}");
            }
        }));
    }

    [Fact]
    public void Subtract_AgreesWithMinuteReference_AndInvertsAdd()
    {
        Properties.Check(Prop.ForAll(Seeds, seed =>
        {
            var c = RandomCalendars.Create(seed);
            for (var i = 0; i < 10; i++)
            {
                var end = c.RandomInstant();
                var minutes = c.Random.Next(0, 2 * 24 * 60);
                var expected = c.Reference.Subtract(end, minutes);
                if (expected is not null)
                {
                    var result = c.Calendar.Subtract(end, Duration.FromMinutes(minutes));
                    Assert.True(expected == result, $"Subtract({end}, {minutes} min): reference {expected}, calendar {result}; {c}");
                }

                var start = c.RandomInstant(marginDays: 6);
                var positive = Duration.FromMinutes(c.Random.Next(1, 2 * 24 * 60));
                if (c.Reference.Add(start, (int)positive.TotalMinutes) is not null)
                {
                    Assert.Equal(c.Calendar.NextOpen(start), c.Calendar.Subtract(c.Calendar.Add(start, positive), positive));
                }
            }
        }));
    }

    [Fact]
    public void WorkingIntervals_SumToBusinessTimeBetween_AndAreOpen()
    {
        Properties.Check(Prop.ForAll(Seeds, seed =>
        {
            var c = RandomCalendars.Create(seed);
            var a = c.RandomInstant();
            var b = c.RandomInstant();
            var (from, to) = a <= b ? (a, b) : (b, a);
            var total = Duration.Zero;
            Instant? previousEnd = null;
            foreach (var interval in c.Calendar.WorkingIntervals(from, to))
            {
                Assert.True(interval.Start >= from && interval.End <= to && interval.Start < interval.End);
                Assert.True(previousEnd is null || previousEnd < interval.Start, $"intervals touch or overlap at {interval}; {c}");
                Assert.True(c.Calendar.IsOpenAt(interval.Start));
                total += interval.Duration;
                previousEnd = interval.End;
            }

            Assert.Equal(c.Calendar.BusinessTimeBetween(from, to), total);
        }));
    }

    [Fact]
    public void AddBusinessDays_NeverPrecedesTheStart_EndsAtAClose_AndGrowsWithTheCount()
    {
        Properties.Check(Prop.ForAll(Seeds, seed =>
        {
            // A random calendar, or its intersection or union with another (in its own zone, or another one), or a nested
            // combination of three.
            var c = RandomCalendars.Create(seed);
            var other = RandomCalendars.Create(c.Random.Next()).Calendar;
            var third = RandomCalendars.Create(c.Random.Next()).Calendar;
            var combination = c.Random.Next(6);
            var (calendar, how) = combination switch
            {
                0 => (c.Calendar, "alone"),
                1 or 2 => (BusinessCalendar.Intersect(c.Calendar, other), $"intersected with {other.Zone.Id} {other.Id}"),
                3 => (BusinessCalendar.Union(c.Calendar, other), $"united with {other.Zone.Id} {other.Id}"),
                4 => (BusinessCalendar.Union(BusinessCalendar.Intersect(c.Calendar, other), third), $"intersected with {other.Zone.Id} {other.Id}, united with {third.Zone.Id} {third.Id}"),
                _ => (BusinessCalendar.Intersect(third, BusinessCalendar.Union(c.Calendar, other)), $"united with {other.Zone.Id} {other.Id}, intersected into {third.Zone.Id} {third.Id}"),
            };
            for (var i = 0; i < 3; i++)
            {
                var start = c.RandomInstant();
                foreach (var rule in new[] { BusinessDayRule.WholeWorkingDays, BusinessDayRule.EndOfBusinessDay, BusinessDayRule.SameLocalTimeNextBusinessDay })
                {
                    Instant? previous = null;
                    for (var days = 0; days <= 3; days++)
                    {
                        var where = $"{rule} +{days} from {start}, {how}; {c}";
                        Instant result;
                        try
                        {
                            result = calendar.AddBusinessDays(start, days, rule);
                        }
                        catch (ArgumentOutOfRangeException)
                        {
                            // No business day left is right only when no working time is left: a random calendar's (or
                            // an intersection's) hours can come from one-off shifts. Working time within two years after
                            // the close of the last business day reached (yearly rules recur in that time) must make
                            // another business day. The same local time is no close: its day closes at WholeWorkingDays + 0.
                            var from = previous is not { } reached ? start
                                : rule == BusinessDayRule.SameLocalTimeNextBusinessDay ? calendar.AddBusinessDays(reached, 0, BusinessDayRule.WholeWorkingDays)
                                : reached;
                            Assert.False(calendar.WorkingIntervals(from, from + Duration.FromDays(730)).Any(), $"no business day found, but there is working time after {from}: {where}");
                            break;
                        }

                        Assert.True(result >= start, $"result {result} precedes the start: {where}");
                        if (rule != BusinessDayRule.SameLocalTimeNextBusinessDay)
                        {
                            Assert.True(calendar.IsOpenAt(result - Duration.Epsilon), $"result {result} is no close: {where}");
                        }

                        // N + 1 business days end after N, except that EndOfBusinessDay + 0 after the start's day has
                        // closed is + 1 (BusinessDayRule), and the same local time may fall where the next opening is the same.
                        var strict = rule == BusinessDayRule.WholeWorkingDays || (rule == BusinessDayRule.EndOfBusinessDay && days >= 2);
                        Assert.True(previous is null || (strict ? result > previous : result >= previous), $"result {result} is not after +{days - 1}'s {previous}: {where}");
                        previous = result;
                    }
                }
            }
        }));
    }
}
