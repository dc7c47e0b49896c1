using System;
using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;
using ItilCore.Configuration;
using ItilCore.Incidents;
using ItilCore.Serialization;
using ItilCore.Tests.Support;
using NodaTime;
using Xunit;
using static ItilCore.Tests.Support.Fixture;

namespace ItilCore.Tests.Serialization;

public sealed class EventJsonTests
{
    [Fact]
    public void EveryIncidentEventType_HasAWireName()
    {
        var eventTypes = typeof(IncidentEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract);

        Assert.All(eventTypes, t => Assert.True(ItilJson.EventTypeNames.ContainsKey(t), $"{t.Name} has no wire name"));
        Assert.Equal(ItilJson.EventTypeNames.Count, ItilJson.EventTypeNames.Values.Distinct().Count());
    }

    [Fact]
    public void Events_RoundTrip_Exactly()
    {
        var f = new Fixture();
        var logged = f.Practice.Log(Agent, Command() with
        {
            Service = new ServiceId("email"),
            Offering = new ServiceOfferingId("email-standard"),
            ConfigurationItem = new ConfigurationItemId("mx01"),
            Category = "email",
            Subcategory = "delivery",
        });
        var incident = logged.Value!;
        var events = new List<DomainEvent>(logged.Events);
        events.AddRange(incident.Assign(Agent, ServiceDesk, Agent).Events);
        events.AddRange(incident.PutOnHold(Agent, HoldReason.AwaitingVendor, "RMA").Events);
        events.AddRange(incident.OverridePriority(Agent, new Priority(1), "VIP").Events);
        events.AddRange(incident.OverridePriority(Agent, null, "no VIP").Events);
        events.AddRange(incident.Resolve(Agent, ResolutionCode.SolvedWorkaround, "Rerouted").Events);

        var json = ItilJson.Serialize(events);
        var back = ItilJson.Deserialize<List<DomainEvent>>(json);

        Assert.Equal(events, back);
        Assert.Equal(json, ItilJson.Serialize(back));
        Assert.Contains("\"$type\": \"incident.put-on-hold\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\": \"awaiting-vendor\"", json, StringComparison.Ordinal);
        Assert.Contains("\"occurredAt\": \"2026-03-02T09:00:00Z\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_IsWrittenAsWritten_NotAsUnicodeEscapes_OnlyWhatJsonRequiresIsEscaped()
    {
        // A French desk's note and a catalogue's service name: files people read, never HTML.
        var f = new Fixture();
        var incident = f.InProgress();
        var note = Assert.Single(incident.AddWorkNote(Agent, "Réseau & VPN <site de Lyon> 'hors service', \"urgent\"\tÜbergabe 日本").Events);
        var catalog = ItilJson.Serialize(new Service(new ServiceId("reseau"), "Réseau & téléphonie", Kind: ServiceKind.Business));

        var json = ItilJson.Serialize(note);

        Assert.Contains("Réseau & VPN <site de Lyon> 'hors service', \\\"urgent\\\"\\tÜbergabe 日本", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Réseau & téléphonie\"", catalog, StringComparison.Ordinal);
        Assert.Equal(note, ItilJson.Deserialize<DomainEvent>(json));
    }

    [Fact]
    public void Text_OutsideTheBasicPlane_IsStillEscaped_AndReadsBackTheSame()
    {
        // The relaxed encoder writes every character of the basic multilingual plane as written, but an emoji (a surrogate
        // pair) as two \uXXXX escapes, and so do U+2028 and U+FEFF: what the comment on ItilJson's encoder says.
        var f = new Fixture();
        var incident = f.InProgress();
        var note = Assert.Single(incident.AddWorkNote(Agent, "Serveur en panne \U0001F525 日本").Events);

        var json = ItilJson.Serialize(note);

        Assert.Contains("Serveur en panne \\uD83D\\uDD25 日本", json, StringComparison.Ordinal);
        Assert.Equal(note, ItilJson.Deserialize<DomainEvent>(json));
    }

    [Fact]
    public void MajorIncidentDemoted_RoundTrips_WithItsWireName()
    {
        var f = new Fixture();
        var incident = f.InProgress();
        incident.Escalate(Agent, Manager, "Whole site affected", majorIncident: true).ThrowIfRejected();
        var demoted = Assert.Single(incident.DemoteMajorIncident(Agent, "Mistaken declaration").Events);

        var json = ItilJson.Serialize(demoted);
        var back = ItilJson.Deserialize<DomainEvent>(json);

        Assert.Equal(demoted, back);
        Assert.Contains("\"$type\": \"incident.major-incident-demoted\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\": \"Mistaken declaration\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_EventWithoutItsType_SaysLineAndPathOnce()
    {
        const string json = "[\n  {\n    \"occurredAt\": \"2026-03-02T09:00:00Z\"\n  }\n]";

        var e = Assert.Throws<JsonReadException>(() => ItilJson.Deserialize<DomainEvent[]>(json, "history.json"));

        Assert.NotNull(e.LineNumber);
        Assert.Equal("$[0]", e.JsonPath?[..4]);
        Assert.DoesNotContain("LineNumber:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_Malformed_SaysLineAndPath()
    {
        const string json = "[\n  {\n    \"$type\": \"incident.work-note\",\n    \"envelope\": {\"eventId\": \"not-a-guid\"}\n  }\n]";

        var e = Assert.Throws<JsonReadException>(() => ItilJson.Deserialize<DomainEvent[]>(json, "history.json"));

        Assert.Equal("history.json", e.SourceName);
        Assert.Equal(4, e.LineNumber);
        Assert.Equal("$[0].envelope.eventId", e.JsonPath);
        Assert.StartsWith("history.json at line 4", e.Message, StringComparison.Ordinal);
        Assert.Contains("GUID", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownEventType_IsAnError()
    {
        var e = Assert.Throws<JsonReadException>(() => ItilJson.Deserialize<DomainEvent[]>("[{\"$type\": \"incident.teleported\"}]"));
        Assert.Contains("incident.teleported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_InvalidId_SaysWhatIsWrong()
    {
        var e = Assert.Throws<JsonReadException>(() => ItilJson.Deserialize<IncidentId>("\"has space\""));
        Assert.Contains("incident id contains whitespace", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownProperty_IsAnError()
    {
        var e = Assert.Throws<JsonReadException>(() => ItilJson.Deserialize<PriorityMatrixDefinition>("{\"impactLevels\":1,\"urgencyLevels\":1,\"priorityLevels\":1,\"cells\":[[1]],\"colour\":\"red\"}"));
        Assert.Contains("colour", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PriorityMatrixDefinition_RoundTrips()
    {
        var definition = PriorityMatrix.ServiceNowDefault.Definition;

        var back = ItilJson.Deserialize<PriorityMatrixDefinition>(ItilJson.Serialize(definition));

        Assert.Equal(ItilJson.Serialize(definition), ItilJson.Serialize(back));
        Assert.Equal(new Priority(4), PriorityMatrix.Create(back).Calculate(new Impact(3), new Urgency(2)));
    }
}
