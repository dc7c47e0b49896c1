namespace ItilCore;

/// <summary>How a ticket reached the service desk.</summary>
public enum ContactChannel
{
    /// <summary>A phone call.</summary>
    Phone = 1,

    /// <summary>An e-mail.</summary>
    Email = 2,

    /// <summary>The self-service portal.</summary>
    Portal = 3,

    /// <summary>Chat or messaging.</summary>
    Chat = 4,

    /// <summary>In person at the service desk.</summary>
    WalkIn = 5,

    /// <summary>An alert from monitoring and event management.</summary>
    Monitoring = 6,
}
