using System.Collections.Generic;
using System.Linq;
using ItilCore.Catalog;

namespace ItilCore.Requests;

/// <summary>
/// A request item: a pre-defined, pre-approved-in-principle kind of service request (ITIL 4 service request management)
/// that users pick from the request catalogue, such as "New laptop" or "Access to a shared mailbox". It belongs to a
/// catalogued service and offering, names the data it needs, its approval steps and its fulfilment tasks.
/// </summary>
/// <param name="Id">The item's id, unique in the request catalogue.</param>
/// <param name="Name">The item's name; not empty.</param>
/// <param name="Service">The catalogued service the item belongs to.</param>
/// <param name="Offering">The catalogued offering the item is part of, when named; it must describe <paramref name="Service"/>.</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares every member, lists by their items. Values are checked when a
/// <see cref="RequestCatalog"/> is built, which also copies the lists so that the catalogue cannot change afterwards.
/// </remarks>
public sealed record RequestItem(RequestItemId Id, string Name, ServiceId Service, ServiceOfferingId? Offering = null)
{
    /// <summary>
    /// Gets the words or phrases that mark a contact as a request for this item (see <see cref="Intake.ServiceDeskIntake"/>):
    /// matched case-insensitively as whole words in the contact's short description.
    /// </summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Gets the data the item needs, in the order a form shows it.</summary>
    public IReadOnlyList<RequestField> Fields { get; init; } = [];

    /// <summary>Gets the approval steps, decided in order; empty when the item needs no approval.</summary>
    public IReadOnlyList<ApprovalStep> Approvals { get; init; } = [];

    /// <summary>Gets the fulfilment tasks; at least one.</summary>
    public IReadOnlyList<FulfilmentTask> Tasks { get; init; } = [];

    /// <summary>Gets the order in which the tasks may be completed; <see cref="FulfilmentOrder.Sequential"/> when omitted.</summary>
    public FulfilmentOrder TaskOrder { get; init; } = FulfilmentOrder.Sequential;

    /// <summary>
    /// Gets the id of the standard change model that fulfilment raises, when the item needs one (for example imaging a
    /// laptop); starting fulfilment then records <see cref="StandardChangeRequested"/> for change enablement to act on.
    /// </summary>
    public string? StandardChangeModel { get; init; }

    /// <summary>
    /// Gets who may request the item; <see langword="null"/> (the default) when anyone may. With
    /// <see cref="RequestAvailability.ServiceConsumers"/> the item must name an <see cref="Offering"/>.
    /// </summary>
    public RequestAvailability? AvailableTo { get; init; }

    /// <summary>Gets whether the item needs approval.</summary>
    public bool NeedsApproval => Approvals.Count > 0;

    /// <summary>Finds a field by name.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public RequestField? FieldNamed(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>Tells whether another item has the same members and list items.</summary>
    /// <param name="other">The other item.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(RequestItem? other)
        => other is not null
            && Id == other.Id
            && Name == other.Name
            && Service == other.Service
            && Offering == other.Offering
            && TaskOrder == other.TaskOrder
            && StandardChangeModel == other.StandardChangeModel
            && AvailableTo == other.AvailableTo
            && Sequence.Equal(Keywords, other.Keywords)
            && Sequence.Equal(Fields, other.Fields)
            && Sequence.Equal(Approvals, other.Approvals)
            && Sequence.Equal(Tasks, other.Tasks);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Id, Name, Service, Sequence.Hash(Fields), Sequence.Hash(Approvals), Sequence.Hash(Tasks));
}
