namespace ItilCore.ServiceLevels;

/// <summary>What kind of agreement a service level definition records (ITIL: SLA with a customer, OLA inside the provider, underpinning contract with a supplier).</summary>
public enum AgreementKind
{
    /// <summary>A service level agreement between the service provider and a customer.</summary>
    ServiceLevelAgreement = 1,

    /// <summary>An operational level agreement between teams of the service provider.</summary>
    OperationalLevelAgreement = 2,

    /// <summary>An underpinning contract with a supplier.</summary>
    UnderpinningContract = 3,
}
