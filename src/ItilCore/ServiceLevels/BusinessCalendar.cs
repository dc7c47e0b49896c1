using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ItilCore.Serialization;
using NodaTime;

namespace ItilCore.ServiceLevels;

/// <summary>
/// A business calendar: the working time that service level targets are measured on, as wall-clock hours in an IANA
/// time zone with shifts, breaks and holidays. It answers, on <see cref="Instant"/>s, whether it is open, what instant a
/// business duration after (or before) an instant is, how much business time lies between two instants, and which
/// working intervals and holidays explain it.
/// </summary>
/// <remarks>
/// <para><b>Wall-clock rules.</b> Working hours are local times in <see cref="Zone"/>, applied date by date (never by
/// adding 24 hours), so a day of 00:00–24:00 lasts 23 hours on a spring-forward day and 25 hours on a fall-back day,
/// and 09:00–17:00 is 8 hours on both. An interval belongs to the date it starts on; a holiday closes the intervals that
/// belong to its dates; a shift replaces a date's intervals; a break removes wall-clock time from any interval.</para>
/// <para><b>The one rule for local times that do not exist or exist twice</b> (every interval end, every local time
/// this class converts): a time in a DST gap becomes the first instant after the gap (02:30 on a spring-forward day in
/// Europe/London is 02:00 GMT = 03:00 BST; a 00:00 that does not exist in America/Santiago is 01:00); a time in an overlap
/// takes its <em>earlier</em> occurrence. This is NodaTime's <c>Resolvers.ReturnEarlier</c> with
/// <c>Resolvers.ReturnStartOfIntervalAfter</c>. It is deliberately not <c>Resolvers.LenientResolver</c>,
/// which shifts a skipped time forward by the gap's length: that mapping runs backwards across a gap (02:59 would come
/// after 03:00), so an interval ending in a gap could overlap the next one; this mapping never runs backwards, so
/// intervals that are disjoint on the wall clock are disjoint in time. Both agree for times outside gaps and overlaps.
/// So an interval 01:00–02:30 on a spring-forward day with a gap 02:00–03:00 holds 1 hour, and 01:30–03:00 on a
/// fall-back day with an overlap 01:00–02:00 holds 2.5 hours (from the first 01:30).</para>
/// <para><b>Ends.</b> Intervals are half-open: open at the start, closed at the end.</para>
/// <para><b>Range.</b> Instants from 1900-01-01T00:00:00Z (inclusive) to 2150-11-01T00:00:00Z (exclusive), UTC;
/// outside it methods throw <see cref="ArgumentOutOfRangeException"/>.</para>
/// <para><b>Speed.</b> Working time is planned lazily per 365-day bucket (sorted UTC intervals and prefix sums of working
/// time), published once with <see cref="Interlocked.CompareExchange{T}(ref T, T, T)"/>; after that, <see cref="Add"/>,
/// <see cref="Subtract"/>, <see cref="BusinessTimeBetween"/>, <see cref="IsOpenAt"/> and <see cref="NextOpen"/> are
/// binary searches that allocate nothing.</para>
/// <para>Immutable and thread-safe: any number of threads may use one calendar; plans are built without locks (two
/// threads may build the same plan; one copy wins).</para>
/// </remarks>
public sealed class BusinessCalendar : IBusinessHours
{
    private readonly CalendarRules? _rules;
    private readonly BusinessCalendarDefinition? _definition;
    private readonly BusinessCalendar? _left;
    private readonly BusinessCalendar? _right;
    private readonly bool _union;

    [ThreadStatic]
    private static List<(int Start, int End)>? t_pieces;
    private readonly CalendarPlan?[] _plans = new CalendarPlan?[CalendarTimeline.BucketCount];

    private BusinessCalendar(CalendarRules rules, BusinessCalendarDefinition definition, DateTimeZone zone)
    {
        _rules = rules;
        _definition = definition;
        Zone = zone;
        Id = definition.Id;
        Name = definition.Name;
    }

    private BusinessCalendar(BusinessCalendar left, BusinessCalendar right, bool union, DateTimeZone zone, CalendarId id, string name)
    {
        _left = left;
        _right = right;
        _union = union;
        Zone = zone;
        Id = id;
        Name = name;
    }

    /// <summary>Gets the time zone whose wall clock the working hours follow.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the calendar's id.</summary>
    public CalendarId Id { get; }

    /// <summary>Gets the calendar's name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether this calendar combines two others (<see cref="Intersect"/>, <see cref="Union"/>) and so has no definition.</summary>
    public bool IsCombined => _rules is null;

    /// <summary>Builds a calendar from its definition, checking everything and reporting every problem at once.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="holidaySets">The holiday sets the definition may reference, by id.</param>
    /// <param name="zones">Where time zone ids are looked up; TZDB when <see langword="null"/>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="InvalidDefinitionException">
    /// The definition is invalid (no working time, empty or overlapping intervals, an unknown zone or holiday set, an
    /// invalid holiday, shift or break); the exception lists every problem with its JSON path.
    /// </exception>
    public static BusinessCalendar Create(
        BusinessCalendarDefinition definition,
        IReadOnlyDictionary<HolidaySetId, HolidaySet>? holidaySets = null,
        IDateTimeZoneProvider? zones = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<ValidationProblem>();
        if (definition.Id.Value is null)
        {
            problems.Add(new("$.id", $"the {CalendarId.KindName} is missing"));
        }

        DefinitionChecks.Name(definition.Name, "$.name", problems);
        DateTimeZone? zone = null;
        if (string.IsNullOrWhiteSpace(definition.TimeZone))
        {
            problems.Add(new("$.timeZone", "the time zone is missing"));
        }
        else if ((zone = (zones ?? DateTimeZoneProviders.Tzdb).GetZoneOrNull(definition.TimeZone)) is null)
        {
            problems.Add(new("$.timeZone", $"unknown time zone '{definition.TimeZone}'"));
        }

        var rules = CalendarRules.Compile(definition, holidaySets, problems);
        if (problems.Count > 0 || rules is null || zone is null)
        {
            throw new InvalidDefinitionException("business calendar", problems);
        }

        return new BusinessCalendar(rules, Copy(definition), zone);
    }

    /// <summary>
    /// Gets the span every calendar covers (from 1900-01-01 to 2150-11-01, exclusive, in UTC): instants outside it are refused with
    /// <see cref="ArgumentOutOfRangeException"/>, and working time that would elapse after its end is never reached.
    /// </summary>
    public static Interval SupportedRange { get; } = new(CalendarTimeline.Min, CalendarTimeline.End);

    /// <summary>
    /// Creates a calendar that is always open (24×7, no holidays): what ServiceNow uses when an SLA has no schedule.
    /// Its id is <c>always-open</c>.
    /// </summary>
    /// <param name="zone">The zone (it only matters for business days and explanations).</param>
    /// <returns>The calendar.</returns>
    public static BusinessCalendar AlwaysOpen(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var definition = new BusinessCalendarDefinition(new CalendarId("always-open"), "24×7", zone.Id, WeeklyHours.EveryDay("00:00", "24:00"));
        return new BusinessCalendar(CalendarRules.AlwaysOpen(), definition, zone);
    }

    /// <summary>Reads a calendar definition from JSON text and builds it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="holidaySets">The holiday sets it may reference.</param>
    /// <param name="zones">Where time zone ids are looked up; TZDB when <see langword="null"/>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="JsonReadException">The JSON is malformed or does not match the document shape.</exception>
    /// <exception cref="InvalidDefinitionException">The definition is invalid.</exception>
    public static BusinessCalendar FromJson(string json, IReadOnlyDictionary<HolidaySetId, HolidaySet>? holidaySets = null, IDateTimeZoneProvider? zones = null)
        => Create(ItilJson.Deserialize<BusinessCalendarDefinition>(json, "business calendar"), holidaySets, zones);

    /// <summary>Reads a calendar definition from a JSON file and builds it.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="holidaySets">The holiday sets it may reference.</param>
    /// <param name="zones">Where time zone ids are looked up; TZDB when <see langword="null"/>.</param>
    /// <returns>The calendar.</returns>
    public static BusinessCalendar Load(string path, IReadOnlyDictionary<HolidaySetId, HolidaySet>? holidaySets = null, IDateTimeZoneProvider? zones = null)
        => ItilJson.LoadFile(path, (BusinessCalendarDefinition d) => Create(d, holidaySets, zones));

    /// <summary>
    /// Combines two calendars into one that is open only when both are (an SLA counted only while both the service desk
    /// and the supplier work). Its zone and id prefix follow <paramref name="a"/> (its business days are dates in that zone: see
    /// <see cref="BusinessDayRule"/>); its holidays are those of
    /// either calendar.
    /// </summary>
    /// <param name="a">The first calendar; its zone is the result's zone.</param>
    /// <param name="b">The second calendar.</param>
    /// <returns>The intersection.</returns>
    public static BusinessCalendar Intersect(BusinessCalendar a, BusinessCalendar b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new BusinessCalendar(a, b, false, a.Zone, CombinedId(a, b, '&'), $"{a.Name} and {b.Name}");
    }

    /// <summary>
    /// Combines two calendars into one that is open when either is (follow-the-sun support). Its zone follows
    /// <paramref name="a"/>; its holidays are the dates that are holidays in both calendars (named as in <paramref name="a"/>).
    /// </summary>
    /// <param name="a">The first calendar; its zone is the result's zone.</param>
    /// <param name="b">The second calendar.</param>
    /// <returns>The union.</returns>
    public static BusinessCalendar Union(BusinessCalendar a, BusinessCalendar b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new BusinessCalendar(a, b, true, a.Zone, CombinedId(a, b, '|'), $"{a.Name} or {b.Name}");
    }

    /// <summary>
    /// Returns the same wall-clock rules in another zone (an SLA measured in the caller's or the configuration item's
    /// zone). For a combined calendar, the parts on its own wall clock move to the zone and a part in another zone (a
    /// follow-the-sun partner, a supplier abroad) keeps its own: so the result does not depend on whether the zone asked
    /// for is this one or another with the same clock.
    /// </summary>
    /// <param name="zone">The zone.</param>
    /// <returns>The calendar in that zone (this one when the zone is the same).</returns>
    public BusinessCalendar InZone(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (zone.Equals(Zone))
        {
            return this;
        }

        return _rules is not null
            ? new BusinessCalendar(_rules, _definition! with { TimeZone = zone.Id }, zone)
            : new BusinessCalendar(Follow(_left!, zone), Follow(_right!, zone), _union, zone, Id, Name);
    }

    private BusinessCalendar Follow(BusinessCalendar part, DateTimeZone zone) => part.Zone.Equals(Zone) ? part.InZone(zone) : part;

    /// <summary>Returns the definition of this calendar (with the zone id of <see cref="Zone"/>).</summary>
    /// <returns>A copy of the definition.</returns>
    /// <exception cref="InvalidOperationException">The calendar is combined (<see cref="IsCombined"/>) and has no single definition.</exception>
    public BusinessCalendarDefinition ToDefinition()
        => _definition is not null ? Copy(_definition) : throw new InvalidOperationException($"The combined calendar '{Id}' has no single definition; save its parts instead.");

    /// <summary>Writes the definition as JSON text.</summary>
    /// <returns>The JSON text.</returns>
    /// <exception cref="InvalidOperationException">The calendar is combined.</exception>
    public string ToJson() => ItilJson.Serialize(ToDefinition());

    /// <summary>Writes the definition to a JSON file.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="InvalidOperationException">The calendar is combined.</exception>
    public void Save(string path) => ItilJson.WriteFile(path, ToDefinition());

    /// <summary>Tells whether the calendar is open at an instant (open at an interval's start, closed at its end).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when open.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the supported range.</exception>
    public bool IsOpenAt(Instant instant)
    {
        var at = CalendarTimeline.Checked(instant, nameof(instant));
        var plan = Plan(CalendarTimeline.Bucket(at));
        var i = plan.FirstEndingAfter(at);
        return i < plan.Count && plan.Starts[i] <= at;
    }

    /// <summary>
    /// Returns the instant at which <paramref name="businessTime"/> of working time has elapsed after
    /// <paramref name="start"/>: Friday 16:00 + 4 h on 09:00–17:00 is Monday 12:00. When the target is reached exactly at a
    /// close, the result is that close (Friday 16:00 + 1 h is Friday 17:00). <see cref="Duration.Zero"/> gives
    /// <see cref="NextOpen"/>.
    /// </summary>
    /// <param name="start">The start.</param>
    /// <param name="businessTime">The working time to add; not negative.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative, or an instant is outside the supported range.</exception>
    public Instant Add(Instant start, Duration businessTime)
    {
        var remaining = Nanoseconds(businessTime, nameof(businessTime));
        var reached = AddOrPast(CalendarTimeline.Checked(start, nameof(start)), remaining);
        return reached != Past ? CalendarTimeline.FromNanoseconds(reached) : throw PastTheRange(nameof(businessTime));
    }

    /// <summary>
    /// Like <see cref="Add"/>, but for a result that may not exist: false when <paramref name="businessTime"/> of working
    /// time does not elapse before the end of the supported range (a target too long for the calendar's hours, or a
    /// calendar with no working time left), where <see cref="Add"/> throws. SLA evaluation uses it, so that such a target
    /// means a deadline that is never reached instead of an exception.
    /// </summary>
    /// <param name="start">The start.</param>
    /// <param name="businessTime">The working time to add; not negative.</param>
    /// <param name="result">The instant, when there is one.</param>
    /// <returns>Whether the working time elapses within the supported range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative, or the start is outside the supported range.</exception>
    public bool TryAdd(Instant start, Duration businessTime, out Instant result)
    {
        if (businessTime < Duration.Zero)
        {
            throw Negative(businessTime, nameof(businessTime));
        }

        var at = CalendarTimeline.Checked(start, nameof(start));

        // More working time than there is time left cannot elapse (and would not fit the nanosecond arithmetic).
        var reached = businessTime < CalendarTimeline.End - start ? AddOrPast(at, businessTime.ToInt64Nanoseconds()) : Past;
        result = reached != Past ? CalendarTimeline.FromNanoseconds(reached) : default;
        return reached != Past;
    }

    /// <summary>
    /// Returns the latest instant from which <paramref name="businessTime"/> of working time elapses until
    /// <paramref name="end"/>: Monday 12:00 − 4 h on 09:00–17:00 is Friday 16:00; when the start falls on an opening, the
    /// result is that opening (Monday 10:00 − 1 h is Monday 09:00, not Friday 17:00). <see cref="Duration.Zero"/> gives
    /// <see cref="PreviousClose"/>. <c>Subtract(Add(s, d), d)</c> is <c>NextOpen(s)</c> for any positive d.
    /// </summary>
    /// <param name="end">The end.</param>
    /// <param name="businessTime">The working time to subtract; not negative.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative, or an instant is outside the supported range.</exception>
    public Instant Subtract(Instant end, Duration businessTime)
    {
        var remaining = Nanoseconds(businessTime, nameof(businessTime));
        var at = CalendarTimeline.Checked(end, nameof(end));
        if (remaining == 0)
        {
            return CalendarTimeline.FromNanoseconds(PreviousCloseCore(at));
        }

        var bucket = CalendarTimeline.Bucket(at);
        var plan = Plan(bucket);
        var target = plan.WorkBefore(at) - remaining;
        while (target < 0)
        {
            plan = PreviousPlan(ref bucket, nameof(businessTime));
            target += plan.Total;
        }

        return CalendarTimeline.FromNanoseconds(plan.InstantBeforeWork(target));
    }

    /// <summary>Returns the working time in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive); not before <paramref name="from"/>.</param>
    /// <returns>The working time.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported range.</exception>
    public Duration BusinessTimeBetween(Instant from, Instant to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The end {to} is before the start {from}.", nameof(to));
        }

        var start = CalendarTimeline.Checked(from, nameof(from));
        var end = CalendarTimeline.Checked(to, nameof(to));
        var first = CalendarTimeline.Bucket(start);
        var last = CalendarTimeline.Bucket(end);
        var plan = Plan(first);
        if (first == last)
        {
            return Duration.FromNanoseconds(plan.WorkBefore(end) - plan.WorkBefore(start));
        }

        var total = plan.Total - plan.WorkBefore(start);
        for (var b = first + 1; b < last; b++)
        {
            total += Plan(b).Total;
        }

        return Duration.FromNanoseconds(total + Plan(last).WorkBefore(end));
    }

    /// <summary>Returns <paramref name="at"/> when the calendar is open then, otherwise the next opening.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The next business instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant, or the next opening, is outside the supported range.</exception>
    public Instant NextOpen(Instant at) => CalendarTimeline.FromNanoseconds(NextOpenCore(CalendarTimeline.Checked(at, nameof(at))));

    /// <summary>
    /// Returns <paramref name="at"/> when working time runs up to it (it is inside an interval or at its close), otherwise
    /// the previous close: the mirror of <see cref="NextOpen"/>.
    /// </summary>
    /// <param name="at">The instant.</param>
    /// <returns>The previous close.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant, or the previous close, is outside the supported range.</exception>
    public Instant PreviousClose(Instant at) => CalendarTimeline.FromNanoseconds(PreviousCloseCore(CalendarTimeline.Checked(at, nameof(at))));

    /// <summary>Lists the working intervals clipped to [<paramref name="from"/>, <paramref name="to"/>), in order (to explain an SLA's elapsed time).</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive); not before <paramref name="from"/>.</param>
    /// <returns>The intervals, lazily.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IEnumerable<Interval> WorkingIntervals(Instant from, Instant to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The end {to} is before the start {from}.", nameof(to));
        }

        var start = CalendarTimeline.Checked(from, nameof(from));
        var end = CalendarTimeline.Checked(to, nameof(to));
        return Enumerate(start, end);
    }

    /// <summary>
    /// Lists the holidays from <paramref name="from"/> to <paramref name="to"/>, both dates included, in date order (the
    /// order of definition within a date; a date can carry several holidays). For a combined calendar each part's holidays
    /// are dates on that part's own wall clock, which for a part in another zone is not this calendar's.
    /// </summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date; not before <paramref name="from"/>.</param>
    /// <returns>The holidays.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IEnumerable<CalendarHoliday> HolidaysBetween(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The last date {to} is before the first date {from}.", nameof(to));
        }

        return Holidays(from, to).ToArray();
    }

    /// <summary>Adds business days under an explicit rule; see <see cref="BusinessDayRule"/> for each rule's meaning and examples.</summary>
    /// <param name="start">The start.</param>
    /// <param name="days">How many business days; not negative.</param>
    /// <param name="rule">What a business day means.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The count is negative, the rule undefined, the start outside the supported range, or the result would lie after it
    /// (too many days, or no business day left: the exception names <paramref name="days"/>, or <paramref name="start"/>
    /// when no day is added).
    /// </exception>
    public Instant AddBusinessDays(Instant start, int days, BusinessDayRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var at = CalendarTimeline.Checked(start, nameof(start));

        // What runs out when no result lies in the supported range: the days counted, or (for none) the start's own day.
        var counted = days > 0 ? nameof(days) : nameof(start);
        switch (rule)
        {
            case BusinessDayRule.TwentyFourHourBlocks:
                {
                    // More days than the range holds cannot elapse (and would not fit a duration's nanoseconds).
                    var reached = days < (CalendarTimeline.End - CalendarTimeline.Min).TotalDays ? AddOrPast(at, Duration.FromHours(24L * days).ToInt64Nanoseconds()) : Past;
                    return reached != Past ? CalendarTimeline.FromNanoseconds(reached) : throw PastTheRange(counted);
                }

            case BusinessDayRule.WholeWorkingDays:
                {
                    var opening = NextOpenOrPast(at);
                    if (opening == Past)
                    {
                        throw PastTheRange(nameof(start));
                    }

                    // The first day is the one the first opening belongs to: its working time counts, whether or not the
                    // parts of a combination make it a business day.
                    var date = OwnerOf(opening);
                    for (var i = 0; i < days; i++)
                    {
                        date = NextBusinessDayAfter(date, counted);
                    }

                    return CalendarTimeline.FromNanoseconds(CloseOf(date, counted));
                }

            case BusinessDayRule.SameLocalTimeNextBusinessDay:
                {
                    if (days == 0)
                    {
                        var opening = NextOpenOrPast(at);
                        return opening != Past ? CalendarTimeline.FromNanoseconds(opening) : throw PastTheRange(nameof(start));
                    }

                    var local = start.InZone(Zone).LocalDateTime;
                    var date = local.Date;
                    for (var i = 0; i < days; i++)
                    {
                        date = NextBusinessDayAfter(date, counted);
                    }

                    var same = Zone.ResolveLocal(date + local.TimeOfDay, CalendarTimeline.Resolver).ToInstant();
                    var open = same < CalendarTimeline.End ? NextOpenOrPast(CalendarTimeline.ToNanoseconds(same)) : Past;
                    return open != Past ? CalendarTimeline.FromNanoseconds(open) : throw PastTheRange(counted);
                }

            case BusinessDayRule.EndOfBusinessDay:
                {
                    var date = OwnerOf(at);
                    if (days == 0)
                    {
                        if (HasWork(date))
                        {
                            var close = CloseOf(date, counted);
                            if (at < close)
                            {
                                return CalendarTimeline.FromNanoseconds(close);
                            }
                        }

                        return CalendarTimeline.FromNanoseconds(CloseOf(NextBusinessDayAfter(date, counted), counted));
                    }

                    for (var i = 0; i < days; i++)
                    {
                        date = NextBusinessDayAfter(date, counted);
                    }

                    return CalendarTimeline.FromNanoseconds(CloseOf(date, counted));
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, $"{rule} is not a defined {nameof(BusinessDayRule)}.");
        }
    }

    /// <summary>Returns the calendar's id and name.</summary>
    /// <returns>A text such as <c>london-desk (London service desk, Europe/London)</c>.</returns>
    public override string ToString() => $"{Id} ({Name}, {Zone.Id})";

    /// <summary>Whether the calendar has working time anywhere in the supported range (plans are built up to the first that has some).</summary>
    internal bool HasWorkingTime()
    {
        for (var bucket = 0; bucket < CalendarTimeline.BucketCount; bucket++)
        {
            if (Plan(bucket).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the plan of a bucket, building and publishing it on first use.</summary>
    internal CalendarPlan Plan(int bucket)
    {
        var plan = Volatile.Read(ref _plans[bucket]);
        if (plan is not null)
        {
            return plan;
        }

        var built = _rules is not null ? BuildPlan(bucket) : Combine(_left!.Plan(bucket), _right!.Plan(bucket), _union);
        return Interlocked.CompareExchange(ref _plans[bucket], built, null) ?? built;
    }

    // The exception for a negative business time; thrown by the callers, so that the check stays in their (hot) bodies.
    private static ArgumentOutOfRangeException Negative(Duration businessTime, string paramName)
        => new(paramName, businessTime, "The business time must not be negative.");

    private static long Nanoseconds(Duration businessTime, string paramName)
    {
        if (businessTime < Duration.Zero)
        {
            throw Negative(businessTime, paramName);
        }

        if (businessTime >= CalendarTimeline.End - CalendarTimeline.Min)
        {
            throw new ArgumentOutOfRangeException(paramName, businessTime, "The business time is longer than the supported range.");
        }

        return businessTime.ToInt64Nanoseconds();
    }

    private static CalendarId CombinedId(BusinessCalendar a, BusinessCalendar b, char separator)
    {
        var text = $"({a.Id}{separator}{b.Id})";
        return Identifier.Check(text) is null ? new CalendarId(text) : a.Id;
    }

    private static BusinessCalendarDefinition Copy(BusinessCalendarDefinition d) => d with
    {
        WeeklyHours = d.WeeklyHours with
        {
            Monday = d.WeeklyHours.Monday?.ToArray(),
            Tuesday = d.WeeklyHours.Tuesday?.ToArray(),
            Wednesday = d.WeeklyHours.Wednesday?.ToArray(),
            Thursday = d.WeeklyHours.Thursday?.ToArray(),
            Friday = d.WeeklyHours.Friday?.ToArray(),
            Saturday = d.WeeklyHours.Saturday?.ToArray(),
            Sunday = d.WeeklyHours.Sunday?.ToArray(),
        },
        Shifts = d.Shifts?.Select(s => s with { Hours = s.Hours.ToArray() }).ToArray(),
        Breaks = d.Breaks?.Select(b => b with { Days = b.Days?.ToArray() }).ToArray(),
        Holidays = d.Holidays?.ToArray(),
        HolidaySets = d.HolidaySets?.ToArray(),
    };

    private static CalendarPlan Combine(CalendarPlan a, CalendarPlan b, bool union)
    {
        var intervals = new List<(long Start, long End)>(a.Count + b.Count);
        if (union)
        {
            for (var i = 0; i < a.Count; i++)
            {
                intervals.Add((a.Starts[i], a.Ends[i]));
            }

            for (var j = 0; j < b.Count; j++)
            {
                intervals.Add((b.Starts[j], b.Ends[j]));
            }

            return CalendarPlan.FromUnordered(intervals);
        }

        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            var start = Math.Max(a.Starts[i], b.Starts[j]);
            var end = Math.Min(a.Ends[i], b.Ends[j]);
            if (start < end)
            {
                intervals.Add((start, end));
            }

            if (a.Ends[i] < b.Ends[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return CalendarPlan.FromUnordered(intervals);
    }

    private CalendarPlan BuildPlan(int bucket)
    {
        var bucketStart = CalendarTimeline.BucketStart(bucket);
        var bucketEnd = bucketStart + CalendarTimeline.BucketNanoseconds;

        // A date's intervals lie within its own and the next local day; offsets are within ±18 h: two days of margin.
        var first = DateOf(bucketStart).PlusDays(-2);
        var last = DateOf(bucketEnd - 1).PlusDays(1);
        var pieces = new List<(int Start, int End)>(8);
        var intervals = new List<(long Start, long End)>(400);
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            pieces.Clear();
            _rules!.PiecesOf(date, pieces);
            foreach (var (startMinute, endMinute) in pieces)
            {
                var start = Math.Max(CalendarTimeline.Resolve(Zone, date, startMinute), bucketStart);
                var end = Math.Min(CalendarTimeline.Resolve(Zone, date, endMinute), bucketEnd);
                if (start < end)
                {
                    intervals.Add((start, end));
                }
            }
        }

        return CalendarPlan.FromUnordered(intervals);
    }

    // What AddOrPast and NextOpenOrPast return when the working time runs out before the end of the supported range.
    private const long Past = long.MaxValue;

    private static ArgumentOutOfRangeException PastTheRange(string paramName)
        => new(paramName, $"The result is after the supported range (to {CalendarTimeline.End}), or the calendar has no more working time.");

    // The instant `remaining` nanoseconds of working time after `at` (both within range), or Past.
    private long AddOrPast(long at, long remaining)
    {
        if (remaining == 0)
        {
            return NextOpenOrPast(at);
        }

        var bucket = CalendarTimeline.Bucket(at);
        var plan = Plan(bucket);
        var target = plan.WorkBefore(at) + remaining;
        while (target > plan.Total)
        {
            target -= plan.Total;
            if (NextPlanOrNull(ref bucket) is not { } next)
            {
                return Past;
            }

            plan = next;
        }

        // A target reached exactly at the end of the range would be an instant outside it (the end is exclusive).
        var reached = plan.InstantAfterWork(target);
        return reached < CalendarTimeline.EndNanoseconds ? reached : Past;
    }

    private CalendarPlan? NextPlanOrNull(ref int bucket) => ++bucket < CalendarTimeline.BucketCount ? Plan(bucket) : null;

    private CalendarPlan PreviousPlan(ref int bucket, string paramName)
    {
        if (--bucket < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, $"The result is before the supported range (from {CalendarTimeline.Min}).");
        }

        return Plan(bucket);
    }

    private long NextOpenCore(long at)
    {
        var open = NextOpenOrPast(at);
        return open != Past ? open : throw PastTheRange(nameof(at));
    }

    private long NextOpenOrPast(long at)
    {
        var bucket = CalendarTimeline.Bucket(at);
        var plan = Plan(bucket);
        var i = plan.FirstEndingAfter(at);
        while (i == plan.Count)
        {
            if (NextPlanOrNull(ref bucket) is not { } next)
            {
                return Past;
            }

            plan = next;
            i = 0;
        }

        return Math.Max(at, plan.Starts[i]);
    }

    private long PreviousCloseCore(long at)
    {
        var bucket = CalendarTimeline.Bucket(at);
        var plan = Plan(bucket);

        // The first interval ending at or after the instant: inside it (start < at) means working time runs up to at.
        var i = plan.FirstEndingAfter(at - 1);
        if (i < plan.Count && plan.Starts[i] < at)
        {
            return at;
        }

        while (i == 0)
        {
            plan = PreviousPlan(ref bucket, nameof(at));
            i = plan.Count;
        }

        return plan.Ends[i - 1];
    }

    /// <summary>The end of the run of working time that contains the instant (which must be working), across buckets, or <paramref name="limit"/> if that comes first.</summary>
    private long RunEnd(long at, long limit = long.MaxValue)
    {
        var bucket = CalendarTimeline.Bucket(at);
        var plan = Plan(bucket);
        var end = plan.Ends[plan.FirstEndingAfter(at)];
        while (end < limit && end == CalendarTimeline.BucketStart(bucket) + CalendarTimeline.BucketNanoseconds && bucket + 1 < CalendarTimeline.BucketCount)
        {
            plan = Plan(++bucket);
            if (plan.Count == 0 || plan.Starts[0] != end)
            {
                break;
            }

            end = plan.Ends[0];
        }

        return Math.Min(end, limit);
    }

    private LocalDate DateOf(long at) => CalendarTimeline.FromNanoseconds(at).InZone(Zone).Date;

    // The instant a date begins, by the calendar's one rule for local times: a midnight in a gap is the end of the gap, and
    // a date the zone skipped entirely (Pacific/Apia, 30 December 2011) begins where the next one does, so it has no time.
    private long DayStart(LocalDate date) => CalendarTimeline.ToNanoseconds(Zone.ResolveLocal(date.AtMidnight(), CalendarTimeline.Resolver).ToInstant());

    // A business day is a date with working time of its own: an interval belongs to the date it starts on, so the hours
    // after midnight of a shift that runs past it do not make the next date (a Saturday, a holiday) a business day.
    private bool HasWork(LocalDate date)
    {
        if (_rules is not null)
        {
            // One scratch list per thread: the calendar is shared between threads and stays immutable.
            var pieces = t_pieces ??= new List<(int Start, int End)>(4);
            pieces.Clear();
            _rules.PiecesOf(date, pieces);
            foreach (var (startMinute, endMinute) in pieces)
            {
                if (CalendarTimeline.Resolve(Zone, date, startMinute) < CalendarTimeline.Resolve(Zone, date, endMinute))
                {
                    return true;
                }
            }

            return false;
        }

        // A combined calendar: a date whose span holds some of its working time. Not "a working day of its parts" as well:
        // every instant belongs to one date's span, so that rule could only lose common hours; parts on one wall clock can
        // own the same hours on different dates (one part's Thursday overnight shift, the other's Friday), and a part in
        // another zone has other dates altogether (a Sydney holiday on Tuesday says nothing about Los Angeles's Tuesday,
        // whose common hours are Sydney's Wednesday).
        var (start, end) = SpanOf(date);
        return start < end && start < CalendarTimeline.EndNanoseconds && NextOpenOrPast(start) < end;
    }

    /// <summary>
    /// The stretch of time whose working time belongs to a date: from its midnight, or the end of the previous date's own
    /// hours running past it, to the next midnight, or the end of its own hours running past that. The spans of
    /// consecutive dates meet, so every instant belongs to exactly one date (<see cref="OwnerOf"/>), and a date's own
    /// working time, even when all of it falls after its midnight, lies in its span.
    /// </summary>
    private (long Start, long End) SpanOf(LocalDate date)
    {
        var start = DayStart(date);
        var end = DayStart(date.PlusDays(1));
        if (start > CalendarTimeline.MinNanoseconds && OwnEndPast(date.PlusDays(-1), start) is { } tail)
        {
            start = tail;
        }

        if (OwnEndPast(date, end) is { } own)
        {
            end = own;
        }

        return (start, end);
    }

    // The next business day: jumps to the date of the next working instant after the date (whole closed weeks cost one
    // search, not a day each), then steps only past dates whose working time is another date's. When none lies in the
    // supported range, the exception names the caller's parameter that asked for it.
    private LocalDate NextBusinessDayAfter(LocalDate date, string paramName)
    {
        var last = DateOf(CalendarTimeline.EndNanoseconds - 1);
        var next = date.PlusDays(1);
        while (!HasWork(next))
        {
            var opening = next < last ? NextOpenOrPast(DayStart(next.PlusDays(1))) : Past;
            if (opening == Past)
            {
                throw new ArgumentOutOfRangeException(paramName, $"No business day follows {date} within the supported range (to {CalendarTimeline.End}).");
            }

            var candidate = OwnerOf(opening);
            next = candidate > next ? candidate : next.PlusDays(1);
        }

        return next;
    }

    // The date whose span holds an instant: the previous date while the instant lies before the end of that date's own
    // hours running past midnight, else the instant's own date.
    private LocalDate OwnerOf(long at)
    {
        var date = DateOf(at);
        var midnight = DayStart(date);
        return midnight > CalendarTimeline.MinNanoseconds && OwnEndPast(date.PlusDays(-1), midnight) is { } end && at < end ? date.PlusDays(-1) : date;
    }

    /// <summary>
    /// The close of a date: the end of the working interval holding the last working instant of its span. When work goes
    /// on through the span's end, that is where the span ends (an overnight shift ends the next morning; the next day's
    /// interval from midnight does not extend it): the plan's runs merge days that touch, so they cannot say where a day
    /// ends. The date must have working time in its span; a close at or after the end of the supported range is refused,
    /// naming <paramref name="paramName"/>.
    /// </summary>
    private long CloseOf(LocalDate date, string paramName)
    {
        var (_, end) = SpanOf(date);
        var close = RunEnd(PreviousCloseCore(Math.Min(end, CalendarTimeline.EndNanoseconds - 1)) - 1, end);
        return close < CalendarTimeline.EndNanoseconds ? close : throw PastTheRange(paramName);
    }

    /// <summary>
    /// The latest end of the date's own working intervals (after breaks) when it lies past <paramref name="midnight"/>
    /// (the date's end), among this calendar or its parts on its own wall clock (a part in another zone has other dates);
    /// null when none does. An interval that a break leaves wholly after midnight still belongs to the date.
    /// </summary>
    private long? OwnEndPast(LocalDate date, long midnight)
    {
        if (_rules is null)
        {
            var left = _left!.Zone.Equals(Zone) ? _left.OwnEndPast(date, midnight) : null;
            var right = _right!.Zone.Equals(Zone) ? _right.OwnEndPast(date, midnight) : null;
            return left is null ? right : right is null ? left : Math.Max(left.Value, right.Value);
        }

        var pieces = t_pieces ??= new List<(int Start, int End)>(4);
        pieces.Clear();
        _rules.PiecesOf(date, pieces);
        long? end = null;
        foreach (var (startMinute, endMinute) in pieces)
        {
            var pieceEnd = CalendarTimeline.Resolve(Zone, date, endMinute);
            if (pieceEnd > midnight && CalendarTimeline.Resolve(Zone, date, startMinute) < pieceEnd && (end is null || pieceEnd > end))
            {
                end = pieceEnd;
            }
        }

        return end;
    }

    private IEnumerable<Interval> Enumerate(long from, long to)
    {
        long pendingStart = 0, pendingEnd = 0;
        var pending = false;
        var bucket = CalendarTimeline.Bucket(from);
        var lastBucket = CalendarTimeline.Bucket(to);
        for (; bucket <= lastBucket; bucket++)
        {
            var plan = Plan(bucket);
            for (var i = bucket == CalendarTimeline.Bucket(from) ? plan.FirstEndingAfter(from) : 0; i < plan.Count; i++)
            {
                var start = Math.Max(plan.Starts[i], from);
                var end = Math.Min(plan.Ends[i], to);
                if (start >= end)
                {
                    if (plan.Starts[i] >= to)
                    {
                        break;
                    }

                    continue;
                }

                if (pending && start == pendingEnd)
                {
                    pendingEnd = end;
                    continue;
                }

                if (pending)
                {
                    yield return new Interval(CalendarTimeline.FromNanoseconds(pendingStart), CalendarTimeline.FromNanoseconds(pendingEnd));
                }

                (pendingStart, pendingEnd, pending) = (start, end, true);
            }
        }

        if (pending)
        {
            yield return new Interval(CalendarTimeline.FromNanoseconds(pendingStart), CalendarTimeline.FromNanoseconds(pendingEnd));
        }
    }

    private IEnumerable<CalendarHoliday> Holidays(LocalDate from, LocalDate to)
    {
        if (_rules is not null)
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            for (var date = from; date <= to; date = date.PlusDays(1))
            {
                // A holiday the calendar and one of its holiday sets both give is listed once, as a combination lists it.
                named.Clear();
                foreach (var rule in _rules.Holidays)
                {
                    if (rule.Matches(date) && named.Add(rule.Name))
                    {
                        yield return new CalendarHoliday(date, rule.Name);
                    }
                }
            }

            yield break;
        }

        var left = _left!.Holidays(from, to);
        var right = _right!.Holidays(from, to);
        if (_union)
        {
            var inRight = right.Select(h => h.Date).ToHashSet();
            foreach (var holiday in left)
            {
                if (inRight.Contains(holiday.Date))
                {
                    yield return holiday;
                }
            }

            yield break;
        }

        // Either part's holidays, each once (both parts often share a holiday set).
        foreach (var holiday in left.Concat(right).Distinct().OrderBy(h => h.Date).ThenBy(h => h.Name, StringComparer.Ordinal))
        {
            yield return holiday;
        }
    }
}
