namespace ItilCore.Routing;

/// <summary>What intake did with an alert.</summary>
public enum AlertOutcomeKind
{
    /// <summary>A new alert was opened.</summary>
    Opened = 1,

    /// <summary>A repeat updated the open alert (count, last seen, severity).</summary>
    Updated = 2,

    /// <summary>A clear closed the open alert.</summary>
    Cleared = 3,

    /// <summary>The alert came back within the reopen interval after a clear, so the closed alert reopened.</summary>
    Reopened = 4,

    /// <summary>A clear arrived for no open alert; nothing changed.</summary>
    Ignored = 5,
}
