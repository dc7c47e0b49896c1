namespace ItilCore.Routing;

/// <summary>A skill a ticket needs: mandatory skills exclude agents without them; optional ones rank the agents who have them first.</summary>
/// <param name="Skill">The skill's name.</param>
/// <param name="MinimumLevel">The lowest level that counts.</param>
/// <param name="Mandatory">Whether agents without it are excluded.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SkillRequirement(string Skill, int MinimumLevel = 1, bool Mandatory = true);
