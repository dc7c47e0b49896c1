using NodaTime;
using NodaTime.Text;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>Reads instants typed on the command line: ISO-8601 with an offset (2026-03-02T09:00+01:00, ...Z) or a local time with an IANA zone (2026-03-02T09:00 Europe/London, or 2026-03-02T09:00[Europe/London]).</summary>
public static class InstantText
{
    public static Instant Parse(string text, string option)
    {
        var trimmed = text.Trim();
        var offset = OffsetDateTimePattern.ExtendedIso.Parse(trimmed);
        if (offset.Success)
        {
            return offset.Value.ToInstant();
        }

        var withoutSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>").Parse(trimmed);
        if (withoutSeconds.Success)
        {
            return withoutSeconds.Value.ToInstant();
        }

        string local;
        string zoneId;
        var bracket = trimmed.IndexOf('[', System.StringComparison.Ordinal);
        var space = trimmed.IndexOf(' ', System.StringComparison.Ordinal);
        if (bracket > 0 && trimmed.EndsWith(']'))
        {
            local = trimmed[..bracket];
            zoneId = trimmed[(bracket + 1)..^1];
        }
        else if (space > 0)
        {
            local = trimmed[..space];
            zoneId = trimmed[(space + 1)..].Trim();
        }
        else
        {
            throw new CliException($"{option} '{text}' is not an instant: write ISO-8601 with an offset (2026-03-02T09:00:00+01:00 or ...Z) or a local time and a zone (2026-03-02T09:00 Europe/London)");
        }

        var parsed = LocalDateTimePattern.ExtendedIso.Parse(local);
        if (!parsed.Success)
        {
            parsed = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Parse(local);
        }

        if (!parsed.Success)
        {
            throw new CliException($"{option} '{text}': '{local}' is not an ISO-8601 local date and time such as 2026-03-02T09:00");
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new CliException($"{option}: unknown time zone '{zoneId}' (use an IANA id such as Europe/London or America/New_York)");
        return parsed.Value.InZoneLeniently(zone).ToInstant();
    }

    /// <summary>An instant in a zone and in UTC: 2026-03-02T09:00:00+00:00 Europe/London (2026-03-02T09:00:00Z).</summary>
    public static string Format(Instant instant, DateTimeZone zone)
        => $"{Pattern.Format(instant.InZone(zone).ToOffsetDateTime())} {zone.Id} ({InstantPattern.ExtendedIso.Format(instant)})";

    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");
}
