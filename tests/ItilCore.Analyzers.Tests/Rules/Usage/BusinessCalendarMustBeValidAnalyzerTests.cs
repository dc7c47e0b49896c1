using System.Threading.Tasks;
using Xunit;
using Verify = ItilCore.Analyzers.Tests.Verifiers.ItilAnalyzerTest<ItilCore.Analyzers.Rules.Usage.BusinessCalendarMustBeValidAnalyzer>;

namespace ItilCore.Analyzers.Tests.Rules.Usage;

public class BusinessCalendarMustBeValidAnalyzerTests
{
    [Fact]
    public async Task ValidCalendars_DoNotReport()
    {
        const string source = /* lang=c#-test */ """
            class Calendars
            {
                void Define(string zone, WeeklyHours hours)
                {
                    _ = new BusinessCalendarDefinition(new CalendarId("office"), "Office", "Europe/London", WeeklyHours.MondayToFriday("09:00", "17:00"));
                    _ = new BusinessCalendarDefinition(new CalendarId("24x7"), "24x7", "UTC", WeeklyHours.EveryDay("00:00", "24:00"));
                    _ = new BusinessCalendarDefinition(new CalendarId("pune"), "Pune", "UTC+05:30", WeeklyHours.MondayToFriday("09:00", "17:00"));
                    _ = new BusinessCalendarDefinition(new CalendarId("any"), "Any", zone, hours);
                    _ = new BusinessCalendarDefinition(new CalendarId("night"), "Night", "America/New_York", new WeeklyHours(
                        Monday: [new WorkingInterval("08:00", "12:00"), new WorkingInterval("13:00", "17:00"), new WorkingInterval("22:00", "02:00")],
                        Saturday: null));
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task InvalidIntervals_Report()
    {
        const string source = /* lang=c#-test */ """
            class Calendars
            {
                void Define()
                {
                    _ = {|#0:new WorkingInterval("09:00", "09:00")|};
                    _ = new WorkingInterval({|#1:"9:00"|}, {|#2:"25:00"|});
                    _ = new BusinessCalendarDefinition(new CalendarId("office"), "Office", "UTC", WeeklyHours.MondayToFriday("08:00", {|#3:"24:30"|}));
                    _ = new WeeklyHours(Tuesday: [new WorkingInterval("09:00", "13:00"), {|#4:new WorkingInterval("12:00", "17:00")|}]);
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("The working interval 09:00–09:00 is empty (start equals end)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'9:00' is not a time from 00:00 to 23:59 (HH:mm)"),
            Verify.Diagnostic().WithLocation(2).WithArguments("'25:00' is not a time from 00:00 to 24:00 (HH:mm)"),
            Verify.Diagnostic().WithLocation(3).WithArguments("'24:30' is not a time from 00:00 to 24:00 (HH:mm)"),
            Verify.Diagnostic().WithLocation(4).WithArguments("The working interval 12:00–17:00 overlaps 09:00–13:00 on Tuesday"));
    }

    [Fact]
    public async Task WithExpressionsAndInitializers_AreChecked()
    {
        const string source = /* lang=c#-test */ """
            class Calendars
            {
                void Define(BusinessCalendarDefinition london, WeeklyHours hours, WorkingInterval interval, string zone)
                {
                    _ = london with { TimeZone = {|#0:"Europe/Pari"|}, WeeklyHours = {|#1:new WeeklyHours()|} };
                    _ = london with { WeeklyHours = WeeklyHours.MondayToFriday("08:00", {|#2:"24:30"|}) };
                    _ = new BusinessCalendarDefinition(new CalendarId("office"), "Office", "Europe/London", WeeklyHours.MondayToFriday("09:00", "17:00")) { TimeZone = {|#3:"Europe/Londn"|} };
                    _ = new WeeklyHours { Monday = [new WorkingInterval("09:00", "13:00"), {|#4:new WorkingInterval("12:00", "17:00")|}] };
                    _ = new WeeklyHours(Monday: [new WorkingInterval("09:00", "17:00")]) { Friday = [new WorkingInterval("09:00", "13:00"), {|#5:new WorkingInterval(End: "17:00", Start: "12:00")|}] };
                    _ = hours with { Sunday = [new WorkingInterval("08:00", "12:00"), {|#6:new WorkingInterval("11:00", "14:00")|}] };
                    _ = interval with { End = {|#7:"25:00"|} };

                    // Not constant, or valid: nothing to report.
                    _ = london with { TimeZone = zone, WeeklyHours = hours };
                    _ = london with { TimeZone = "Europe/Paris", WeeklyHours = new WeeklyHours { Monday = [new WorkingInterval("09:00", "17:00")] } };
                    _ = london with { Name = "Paris" };
                    _ = new WeeklyHours { Monday = [new WorkingInterval("09:00", "12:00"), new WorkingInterval("13:00", "17:00")], Tuesday = hours.Monday };
                    _ = interval with { Start = "08:00" };
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Europe/Pari' is not an IANA time-zone id; did you mean 'Europe/Paris'?"),
            Verify.Diagnostic().WithLocation(1).WithArguments("The calendar has no working time: every day of the week is empty"),
            Verify.Diagnostic().WithLocation(2).WithArguments("'24:30' is not a time from 00:00 to 24:00 (HH:mm)"),
            Verify.Diagnostic().WithLocation(3).WithArguments("'Europe/Londn' is not an IANA time-zone id; did you mean 'Europe/London'?"),
            Verify.Diagnostic().WithLocation(4).WithArguments("The working interval 12:00–17:00 overlaps 09:00–13:00 on Monday"),
            Verify.Diagnostic().WithLocation(5).WithArguments("The working interval 12:00–17:00 overlaps 09:00–13:00 on Friday"),
            Verify.Diagnostic().WithLocation(6).WithArguments("The working interval 11:00–14:00 overlaps 08:00–12:00 on Sunday"),
            Verify.Diagnostic().WithLocation(7).WithArguments("'25:00' is not a time from 00:00 to 24:00 (HH:mm)"));
    }

    [Fact]
    public async Task NamedArguments_AreReadThroughTheirParameters()
    {
        // Literal intervals are read from syntax only when positional; named arguments go through the operation.
        const string source = /* lang=c#-test */ """
            class Calendars
            {
                void Define()
                {
                    _ = new WorkingInterval(End: {|#0:"25:00"|}, Start: "09:00");
                    _ = {|#1:new WorkingInterval(End: "10:00", Start: "10:00")|};
                    _ = new WorkingInterval(End: "17:00", Start: "09:00");
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("'25:00' is not a time from 00:00 to 24:00 (HH:mm)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("The working interval 10:00–10:00 is empty (start equals end)"));
    }

    [Fact]
    public async Task NoWorkingTimeAndUnknownZone_Report()
    {
        const string source = /* lang=c#-test */ """
            class Calendars
            {
                void Define()
                {
                    _ = new BusinessCalendarDefinition(new CalendarId("closed"), "Closed", "Europe/Paris", {|#0:new WeeklyHours()|});
                    _ = new BusinessCalendarDefinition(new CalendarId("empty"), "Empty", "Europe/Paris", {|#1:new WeeklyHours(Monday: [], Friday: null)|});
                    _ = new BusinessCalendarDefinition(new CalendarId("typo"), "Typo", {|#2:"Europe/Londn"|}, WeeklyHours.MondayToFriday("09:00", "17:00"));
                    _ = new BusinessCalendarDefinition(new CalendarId("blank"), "Blank", {|#3:""|}, WeeklyHours.MondayToFriday("09:00", "17:00"));
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("The calendar has no working time: every day of the week is empty"),
            Verify.Diagnostic().WithLocation(1).WithArguments("The calendar has no working time: every day of the week is empty"),
            Verify.Diagnostic().WithLocation(2).WithArguments("'Europe/Londn' is not an IANA time-zone id; did you mean 'Europe/London'?"),
            Verify.Diagnostic().WithLocation(3).WithArguments("The time zone is missing; give an IANA id such as 'Europe/London'"));
    }

    [Fact]
    public async Task DayCollectionTypeOfTheUsers_IsNotReadAsEmpty()
    {
        // A type of the user's may fill itself in its constructor; only framework collections are known to start empty.
        const string source = /* lang=c#-test */ """
            sealed class OfficeDay : List<WorkingInterval>
            {
                public OfficeDay() { Add(new WorkingInterval("09:00", "17:00")); }
            }

            class Calendars
            {
                BusinessCalendarDefinition Office() => new(new CalendarId("office"), "Office", "Europe/London",
                    new WeeklyHours(new OfficeDay(), new OfficeDay(), new OfficeDay(), new OfficeDay(), new OfficeDay()));
                BusinessCalendarDefinition Closed() => new(new CalendarId("closed"), "Closed", "Europe/London",
                    {|#0:new WeeklyHours(new List<WorkingInterval>(), new List<WorkingInterval>())|});
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments("The calendar has no working time: every day of the week is empty"));
    }

    [Fact]
    public async Task WithoutItilCore_DoesNotReport()
        => await Verify.VerifyWithoutItilCoreAsync("""
            record WorkingInterval(string Start, string End);
            class C { object M() => new WorkingInterval("09:00", "09:00"); }
            """);

    [Fact]
    public async Task HalfTypedCode_DoesNotThrow()
        => await Verify.VerifyAsync("""
            class Calendars
            {
                void Define()
                {
                    _ = new {|CS7036:WorkingInterval|}("09:00");
                    _ = new WeeklyHours(Monday: {|CS1503:["09:00"]|});
                    _ = new {|CS7036:BusinessCalendarDefinition|}(new CalendarId("x"), "X");
                    _ = new BusinessCalendarDefinition(new CalendarId("x"), "X", {|CS1503:1|}, WeeklyHours.EveryDay("09:00", "17:00"));
                }
            }
            """);
}
