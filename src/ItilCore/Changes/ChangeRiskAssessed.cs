using ItilCore.Serialization;

namespace ItilCore.Changes;

/// <summary>The risk of the change was assessed: impact × likelihood through the risk matrix.</summary>
/// <param name="Envelope">The shared event envelope.</param>
/// <param name="Impact">The impact.</param>
/// <param name="Likelihood">The likelihood.</param>
/// <param name="Risk">The risk the matrix gives.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[WireName("change.risk-assessed")]
public sealed record ChangeRiskAssessed(EventEnvelope Envelope, Impact Impact, Likelihood Likelihood, Risk Risk) : ChangeEvent(Envelope);
