namespace ItilCore.ServiceLevels;

/// <summary>
/// What "N business days" means in <see cref="BusinessCalendar.AddBusinessDays"/>. A <em>business day</em> is a local
/// date in the calendar's zone with working hours of its own (an interval belongs to the date it starts on: the hours
/// after midnight of Friday's shift to 02:00 do not make Saturday, or a holiday, a business day; a shift whose hours
/// before midnight are a break still belongs to its date); an instant in such hours counts as its shift's date. A date
/// the zone skipped (Pacific/Apia's 30 December 2011) has no hours. A combination's business day is likewise a date with
/// working time of its own (an intersection's common hours, a union's hours of either part), where a date's own time runs
/// from its midnight, or the end of the previous date's hours running past it, to the end of its own hours: a London
/// night desk 22:00–06:00 with a Tokyo supplier has Monday's common hours on Tuesday 00:00–06:00. The parts' own dates do
/// not decide it, so common hours always make a business day: a Los Angeles desk 16:00–24:00 with a Sydney supplier has
/// Tuesday's common hours on Sydney's Wednesday, whatever Sydney's Tuesday is; and a follow-the-sun union in Los Angeles
/// has a business day on Sunday when Sydney's Monday starts on Sunday afternoon there. A business day's
/// <em>opening</em> is its first working instant and its <em>close</em> is the end of the working interval holding its
/// last working instant: for an overnight shift, the next morning; for hours to 24:00, midnight, even when the next day's
/// hours start then (Monday–Friday 00:00–24:00 and a 24×7 calendar close every day at midnight). The examples use
/// Monday–Friday 09:00–17:00.
/// </summary>
/// <remarks>Thread-safe (an enum).</remarks>
public enum BusinessDayRule
{
    /// <summary>
    /// ServiceNow: a day is 24 hours of business time, so the result is <c>Add(start, 24 h × N)</c>. On an 8-hour
    /// calendar one "day" spans three working days: Monday 09:00 + 1 day = Wednesday 17:00; Monday 10:00 + 1 day =
    /// Thursday 10:00.
    /// </summary>
    TwentyFourHourBlocks = 0,

    /// <summary>
    /// GLPI's <c>work_in_days</c>: when closed, the count starts at the next opening; the starting day is the day
    /// <c>NextOpen(start)</c> belongs to (for an overnight shift, the date the shift starts on); the result is the close of
    /// the Nth business day after it (N = 0: its own close).
    /// Monday 10:00 + 1 = Tuesday 17:00; Friday 18:00 + 1 = Tuesday 17:00 (counting starts Monday 09:00);
    /// Monday 10:00 + 0 = Monday 17:00.
    /// </summary>
    WholeWorkingDays = 1,

    /// <summary>
    /// zendesk biz: the same local time on the Nth business day after the start's local date, then the next business
    /// moment from there (a local time in a DST gap follows the calendar's resolution rule). N = 0 gives
    /// <c>NextOpen(start)</c>. Friday 15:00 + 1 = Monday 15:00; Friday 20:00 + 1 = Monday 20:00, closed, so Tuesday
    /// 09:00; Saturday 10:00 + 1 = Monday 10:00.
    /// </summary>
    SameLocalTimeNextBusinessDay = 2,

    /// <summary>
    /// ServiceNow's relative "end of next business day": the close of the Nth business day after the start's local date
    /// (business day or not). N = 0 means the close of the start's date when it is a business day not yet closed at the
    /// start, otherwise the close of the next business day. Monday 18:00 + 1 = Tuesday 17:00; Saturday 10:00 + 1 =
    /// Monday 17:00; Monday 10:00 + 0 = Monday 17:00.
    /// </summary>
    EndOfBusinessDay = 3,
}
