using System;
using System.Linq;
using FsCheck.Fluent;
using ItilCore.Catalog;
using ItilCore.Incidents;
using Xunit;
using Properties = ItilCore.Tests.Support.Properties;

namespace ItilCore.Tests.Foundation;

public sealed class IdentifierTests
{
    [Fact]
    public void Constructor_ValidText_KeepsIt()
    {
        Assert.Equal("INC0010001", new IncidentId("INC0010001").Value);
        Assert.Equal("svc.email", new ServiceId("svc.email").ToString());
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("has space", "contains whitespace or a control character at position 3")]
    [InlineData("tab\t", "contains whitespace or a control character at position 3")]
    public void Constructor_InvalidText_ThrowsNamingKindAndReason(string text, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => new ServiceId(text));

        Assert.Equal("value", e.ParamName);
        Assert.StartsWith($"A service id {reason}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new IncidentId(null!));
    }

    [Fact]
    public void Constructor_TooLong_Throws()
    {
        Assert.Contains("at most 100", Assert.Throws<ArgumentException>(() => new ActorId(new string('x', 101))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => IncidentId.Parse(" "));
    }

    [Fact]
    public void TryParse_ValidAndInvalid()
    {
        Assert.True(IncidentId.TryParse("INC1", out var id));
        Assert.Equal(new IncidentId("INC1"), id);
        Assert.False(IncidentId.TryParse(null, out var none));
        Assert.Equal(default, none);
    }

    [Fact]
    public void Equality_IsOrdinalAndCaseSensitive()
    {
        Assert.Equal(new ServiceId("email"), new ServiceId("email"));
        Assert.NotEqual(new ServiceId("email"), new ServiceId("Email"));
        Assert.Equal(new ServiceId("email").GetHashCode(), new ServiceId("email").GetHashCode());
    }

    [Fact]
    public void ParseToString_RoundTrips_ForAnyValidText()
    {
        var text = Gen.Elements("abcdefghijklmnopqrstuvwxyzABC0123456789-_.:/@#".ToCharArray())
            .ArrayOf()
            .Where(a => a.Length is > 0 and <= Identifier.MaxLength)
            .Select(a => new string(a));
        Properties.Check(Prop.ForAll(text.ToArbitrary(), t =>
            IncidentId.Parse(t).ToString() == t && IncidentId.Parse(IncidentId.Parse(t).ToString()) == IncidentId.Parse(t)));
    }

    /// <summary>Every identifier type in the library follows the one rule: valid text round-trips, invalid text is refused the same way.</summary>
    [Fact]
    public void EveryIdentifierType_FollowsTheSharedRules()
    {
        var types = typeof(Identifier).Assembly.GetTypes()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIdentifier<>)))
            .ToArray();

        Assert.True(types.Length >= 9, $"only {types.Length} identifier types found");
        foreach (var type in types)
        {
            var valid = Activator.CreateInstance(type, "abc-1")!;
            Assert.Equal("abc-1", valid.ToString());
            Assert.Equal(valid, type.GetMethod("Parse")!.Invoke(null, ["abc-1"]));
            var e = Assert.Throws<System.Reflection.TargetInvocationException>(() => Activator.CreateInstance(type, "a b"));
            Assert.Equal("value", Assert.IsType<ArgumentException>(e.InnerException).ParamName);
            var json = ItilCore.Serialization.ItilJson.Serialize(valid);
            Assert.Equal("\"abc-1\"", json);
            Assert.Equal(valid, System.Text.Json.JsonSerializer.Deserialize(json, type, ItilCore.Serialization.ItilJson.Options));
        }
    }
}
