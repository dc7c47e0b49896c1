namespace ItilCore.Intake;

/// <summary>The stable codes of service desk intake rejections. A code never changes meaning; messages may be reworded.</summary>
/// <remarks>Thread-safe.</remarks>
public static class IntakeRejectionCodes
{
    /// <summary>An update names a ticket the service desk does not know.</summary>
    public const string UnknownTicket = "intake.unknown-ticket";
}
