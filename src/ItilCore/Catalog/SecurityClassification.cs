namespace ItilCore.Catalog;

/// <summary>How sensitive the information a service handles is: the security part of its warranty.</summary>
public enum SecurityClassification
{
    /// <summary>Information that may be published.</summary>
    Public = 1,

    /// <summary>Information for people inside the organization.</summary>
    Internal = 2,

    /// <summary>Information for named groups only; disclosure harms the organization.</summary>
    Confidential = 3,

    /// <summary>The most sensitive information (personal, financial, legal); strictly need-to-know.</summary>
    Restricted = 4,
}
