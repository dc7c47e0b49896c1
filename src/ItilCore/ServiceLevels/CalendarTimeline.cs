using System;
using NodaTime;
using NodaTime.TimeZones;

namespace ItilCore.ServiceLevels;

/// <summary>
/// The shared grid of plan buckets: instants as nanoseconds since the Unix epoch, cut into 365-day buckets from
/// 1900-01-01T00:00Z to past 2150-01-01T00:00Z (nanosecond differences fit a long). Every calendar uses the same grid, so combined calendars combine
/// bucket by bucket.
/// </summary>
internal static class CalendarTimeline
{
    public const long BucketNanoseconds = 365L * 86_400 * 1_000_000_000;

    public static readonly Instant Min = Instant.FromUtc(1900, 1, 1, 0, 0);
    public static readonly long MinNanoseconds = ToNanoseconds(Min);
    public static readonly int BucketCount = (int)((ToNanoseconds(Instant.FromUtc(2150, 1, 1, 0, 0)) - MinNanoseconds) / BucketNanoseconds) + 1;
    public static readonly long EndNanoseconds = MinNanoseconds + (BucketCount * BucketNanoseconds);
    public static readonly Instant End = FromNanoseconds(EndNanoseconds);

    /// <summary>
    /// The one rule for a local time that does not exist or exists twice: a time in a gap (spring forward) becomes the
    /// first instant after the gap, a time in an overlap (fall back) takes its earlier occurrence. Unlike
    /// <c>Resolvers.LenientResolver</c> (which shifts a skipped time forward by the gap's length) this mapping never
    /// goes backwards as local time goes forwards, so intervals that do not overlap on the wall clock never overlap in time.
    /// </summary>
    public static readonly ZoneLocalMappingResolver Resolver = Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    public static long ToNanoseconds(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static Instant FromNanoseconds(long nanoseconds) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds);

    public static long Checked(Instant instant, string paramName)
    {
        if (instant < Min || instant >= End)
        {
            throw new ArgumentOutOfRangeException(paramName, instant, $"Business calendars cover {Min} to {End} (exclusive).");
        }

        return ToNanoseconds(instant);
    }

    public static int Bucket(long nanoseconds) => (int)((nanoseconds - MinNanoseconds) / BucketNanoseconds);

    public static long BucketStart(int bucket) => MinNanoseconds + (bucket * BucketNanoseconds);

    public static long Resolve(DateTimeZone zone, LocalDate date, int minutes)
        => ToNanoseconds(zone.ResolveLocal(date.AtMidnight().PlusMinutes(minutes), Resolver).ToInstant());
}
