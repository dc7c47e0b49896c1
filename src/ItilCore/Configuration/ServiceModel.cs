using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Serialization;

namespace ItilCore.Configuration;

/// <summary>
/// A service catalogue together with its configuration model, read from and written to one JSON file: the catalogue
/// sections plus an optional <c>configuration</c> section (<c>{ "items": [...], "relationships": [...] }</c>).
/// </summary>
/// <remarks>
/// One file keeps services and the items that support them side by side, so a reference from an item to a service is
/// checked in the same place it is written. A file without a <c>configuration</c> section gives an empty configuration
/// model, and is written back without one. Immutable and thread-safe.
/// </remarks>
public sealed class ServiceModel
{
    private const string Definition = "service model";

    private readonly bool _hasConfigurationSection;

    private ServiceModel(ServiceCatalog catalog, ConfigurationModel configuration, bool hasConfigurationSection)
    {
        Catalog = catalog;
        Configuration = configuration;
        _hasConfigurationSection = hasConfigurationSection;
    }

    /// <summary>Gets the service catalogue.</summary>
    public ServiceCatalog Catalog { get; }

    /// <summary>Gets the configuration model; empty when the document has no <c>configuration</c> section.</summary>
    public ConfigurationModel Configuration { get; }

    /// <summary>
    /// Builds the catalogue and the configuration model, reporting every problem of both at once; configuration paths
    /// start at <c>$.configuration</c> (for example <c>$.configuration.items[3].supportedServices[0]</c>).
    /// </summary>
    /// <param name="document">The document form.</param>
    /// <returns>The service model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDefinitionException">The document is invalid; the exception lists every problem with its JSON path.</exception>
    public static ServiceModel Create(ServiceCatalogDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<ValidationProblem>();
        var catalog = ServiceCatalog.Build(document with { Configuration = null }, problems);

        // Even when the catalogue is invalid, check the configuration against the service ids the document defines.
        var serviceIds = (document.Services ?? []).Where(s => s is not null).Select(s => s.Id).ToHashSet();
        var configuration = ConfigurationModel.Build(document.Configuration ?? new(), catalog, serviceIds.Contains, "$.configuration", problems);
        if (problems.Count > 0 || configuration is null || catalog is null)
        {
            throw new InvalidDefinitionException(Definition, problems);
        }

        return new ServiceModel(catalog, configuration, document.Configuration is not null);
    }

    /// <summary>Reads a service model from JSON text and builds it.</summary>
    /// <param name="json">The JSON text of a <see cref="ServiceCatalogDocument"/>.</param>
    /// <param name="source">What is being read, for messages (a file name, for example).</param>
    /// <returns>The service model.</returns>
    /// <exception cref="JsonReadException">The text is not a well-formed document; the message says the line, position and JSON path.</exception>
    /// <exception cref="InvalidDefinitionException">The document is invalid.</exception>
    public static ServiceModel FromJson(string json, string source = "JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Create(ItilJson.Deserialize<ServiceCatalogDocument>(json, source));
    }

    /// <summary>Reads a service model from a JSON file and builds it.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The service model.</returns>
    /// <exception cref="JsonReadException">The file is not a well-formed document.</exception>
    /// <exception cref="InvalidDefinitionException">The document is invalid.</exception>
    public static ServiceModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ItilJson.LoadFile(path, (ServiceCatalogDocument d) => Create(d));
    }

    /// <summary>Gives the document form back, equal to the document the model was built from.</summary>
    /// <returns>The document.</returns>
    public ServiceCatalogDocument ToDocument()
        => Catalog.ToDocument() with { Configuration = _hasConfigurationSection ? Configuration.ToDocument() : null };

    /// <summary>Writes the model as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ItilJson.Serialize(ToDocument());

    /// <summary>Writes the model to a JSON file.</summary>
    /// <param name="path">The file path.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ItilJson.WriteFile(path, ToDocument());
    }
}
