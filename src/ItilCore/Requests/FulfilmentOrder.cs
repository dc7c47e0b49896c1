namespace ItilCore.Requests;

/// <summary>In which order a request item's fulfilment tasks may be completed.</summary>
public enum FulfilmentOrder
{
    /// <summary>One after another, in the order the item lists them; completing a later task first is rejected.</summary>
    Sequential = 1,

    /// <summary>In any order.</summary>
    Parallel = 2,
}
