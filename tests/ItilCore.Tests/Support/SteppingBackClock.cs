using NodaTime;

namespace ItilCore.Tests.Support;

/// <summary>A clock that, while <see cref="StepsBack"/> is set, reads one second earlier after each reading (an NTP correction, say).</summary>
internal sealed class SteppingBackClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public bool StepsBack { get; set; }

    public Instant GetCurrentInstant()
    {
        var reading = Now;
        if (StepsBack)
        {
            Now -= Duration.FromSeconds(1);
        }

        return reading;
    }
}
