namespace ItilCore.Routing;

/// <summary>How bad a monitoring alert is; <see cref="Clear"/> says the condition has ended. Higher is worse.</summary>
public enum AlertSeverity
{
    /// <summary>The condition has ended: the open alert closes.</summary>
    Clear = 0,

    /// <summary>Information only.</summary>
    Info = 1,

    /// <summary>A warning.</summary>
    Warning = 2,

    /// <summary>A minor fault.</summary>
    Minor = 3,

    /// <summary>A major fault.</summary>
    Major = 4,

    /// <summary>A critical fault.</summary>
    Critical = 5,
}
