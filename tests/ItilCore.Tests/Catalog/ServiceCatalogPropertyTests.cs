using ItilCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ItilCore.Catalog;
using ItilCore.Serialization;
using ItilCore.Testing;

namespace ItilCore.Tests.Catalog;

public class ServiceCatalogPropertyTests
{
    [ItilProperty]
    public Property GeneratedValidDocument_AlwaysBuilds()
        => Prop.ForAll(CatalogGenerators.CatalogDocuments().ToArbitrary(), document => ServiceCatalog.Create(document).Services.Count == document.Services.Count);

    [ItilProperty]
    public Property CreateThenToDocument_GivesAnEqualDocumentWithTheSameJson()
        => Prop.ForAll(CatalogGenerators.CatalogDocuments().ToArbitrary(), document =>
        {
            var roundTripped = ServiceCatalog.Create(document).ToDocument();
            return roundTripped.Equals(document) && ItilJson.Serialize(roundTripped) == ItilJson.Serialize(document);
        });

    [ItilProperty]
    public Property ToJsonThenFromJson_GivesAnEqualDocument()
        => Prop.ForAll(CatalogGenerators.CatalogDocuments().ToArbitrary(), document =>
        {
            var json = ServiceCatalog.Create(document).ToJson();
            var reread = ServiceCatalog.FromJson(json);
            return reread.ToDocument().Equals(document) && reread.ToJson() == json;
        });

    [ItilProperty(Arbitrary = [typeof(CatalogGenerators)])]
    public bool ServiceId_ParseOfItsText_GivesTheSameId(ServiceId id) => ServiceId.Parse(id.Value) == id;

    // As the arbitrary's documentation says: half of its documents have a configuration section, so ServiceModel reads them.
    [ItilProperty(Arbitrary = [typeof(CatalogGenerators)])]
    public bool RegisteredArbitrary_Documents_BuildAServiceModel(ServiceCatalogDocument document)
        => ItilCore.Configuration.ServiceModel.Create(document).Catalog.Services.Count == document.Services.Count;
}
