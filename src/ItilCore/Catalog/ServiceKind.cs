namespace ItilCore.Catalog;

/// <summary>Whether a service is offered to consumers or supports other services inside the provider.</summary>
public enum ServiceKind
{
    /// <summary>A business (customer-facing) service that consumers see in service offerings.</summary>
    Business = 1,

    /// <summary>A technical (supporting) service that other services depend on, usually not offered on its own.</summary>
    Technical = 2,
}
