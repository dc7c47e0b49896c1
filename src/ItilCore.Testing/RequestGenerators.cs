using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Catalog;
using ItilCore.Incidents;
using ItilCore.Requests;
using NodaTime;

namespace ItilCore.Testing;

/// <summary>
/// FsCheck generators for service request management: request items with random fields, approval steps (none, one
/// approver, chains, quorums) and tasks; valid submissions for an item; and scenarios of random commands that mix valid
/// and invalid ones (approvers outside the step, the requester approving, tasks out of order or unknown, blank texts,
/// commands in the wrong state or while on hold) with the passing of time. Tasks are completed, skipped or closed
/// incomplete; requests are put on hold and resumed, by an agent or by a comment from the requester. Approvals come from
/// the item's fixed approvers and, when the step runs, from the request's recorded approvers (those a directory found).
/// For items whose steps find their approvers through a directory (<see cref="ApprovalStep.ApproversFrom"/>), the
/// practice's directory must know the generated requesters: alice, bob, carol, dave, erin and zoe.
/// </summary>
/// <remarks>Thread-safe: generators and the sample catalogue are immutable.</remarks>
public static class RequestGenerators
{
    private static readonly string[] Texts = ["Please hurry", "Approved by budget", "Done", "Need it for onboarding"];
    private static readonly string[] BlankTexts = [string.Empty, "   "];
    private static readonly ActorId[] People = [new("alice"), new("bob"), new("carol"), new("dave"), new("erin")];
    private static readonly ActorId Outsider = new("zoe");

    /// <summary>
    /// Gets a small service catalogue that generated items refer to: services <c>workplace</c> and <c>identity</c>,
    /// offering <c>office</c>, and a service relationship <c>office-staff</c> through which <c>staff</c> takes the offering
    /// from <c>it</c>, naming alice (customer), carol, erin and zoe (users) and bob (sponsor), so that items available only to
    /// the offering's consumers always have a requester (zoe is never a generated approver).
    /// </summary>
    public static ServiceCatalog SampleServices { get; } = ServiceCatalog.Create(new ServiceCatalogDocument
    {
        Services = [new Service(new ServiceId("workplace"), "Workplace"), new Service(new ServiceId("identity"), "Identity and access")],
        Offerings = [new ServiceOffering(new ServiceOfferingId("office"), "Office") { Services = [new ServiceId("workplace"), new ServiceId("identity")] }],
        Organizations = [new Organization(new OrganizationId("it"), "IT", OrganizationRole.Provider), new Organization(new OrganizationId("staff"), "Staff", OrganizationRole.Consumer)],
        Relationships =
        [
            new ServiceRelationship(new ServiceRelationshipId("office-staff"), "Office for staff", new OrganizationId("it"), new OrganizationId("staff"))
            {
                Offerings = [new ServiceOfferingId("office")],
                Customers = [new("alice")],
                Users = [new("carol"), new("erin"), new("zoe")],
                Sponsors = [new("bob")],
            },
        ],
    });

    /// <summary>
    /// Gets a sample request catalogue with one item of each approval shape: <c>password-reset</c> (no approval, one
    /// task), <c>software</c> (one approver, parallel tasks), <c>new-laptop</c> (a chain of two approvers, sequential
    /// tasks, a standard change) and <c>admin-rights</c> (a quorum of 2 of 3).
    /// </summary>
    public static RequestCatalog SampleCatalog { get; } = RequestCatalog.Create(
        new RequestCatalogDocument
        {
            Items =
            [
                new RequestItem(new RequestItemId("password-reset"), "Password reset", new ServiceId("identity"), new ServiceOfferingId("office"))
                {
                    Keywords = ["password reset", "forgot my password"],
                    Fields = [new RequestField("account", RequestFieldKind.Actor, true)],
                    Tasks = [new FulfilmentTask("Reset password", new AssignmentGroupId("service-desk"))],
                },
                new RequestItem(new RequestItemId("software"), "Software installation", new ServiceId("workplace"))
                {
                    Keywords = ["install", "software"],
                    Fields = [new RequestField("product", RequestFieldKind.Choice, true) { Options = ["Visio", "Project"] }, new RequestField("seats", RequestFieldKind.Number)],
                    Approvals = [new ApprovalStep("Line manager") { Approvers = [new("alice")] }],
                    Tasks = [new FulfilmentTask("Assign licence"), new FulfilmentTask("Install")],
                    TaskOrder = FulfilmentOrder.Parallel,
                },
                new RequestItem(new RequestItemId("new-laptop"), "New laptop", new ServiceId("workplace"), new ServiceOfferingId("office"))
                {
                    Keywords = ["new laptop", "laptop"],
                    Fields = [new RequestField("model", RequestFieldKind.Choice, true) { Options = ["13-inch", "15-inch"] }, new RequestField("needed-by", RequestFieldKind.Date)],
                    Approvals = [new ApprovalStep("Line manager") { Approvers = [new("alice")] }, new ApprovalStep("Finance") { Approvers = [new("bob")] }],
                    Tasks = [new FulfilmentTask("Order", new AssignmentGroupId("procurement")), new FulfilmentTask("Image"), new FulfilmentTask("Deliver")],
                    StandardChangeModel = "std-laptop-imaging",
                },
                new RequestItem(new RequestItemId("admin-rights"), "Local admin rights", new ServiceId("identity"))
                {
                    Keywords = ["admin rights"],
                    Fields = [new RequestField("justification", RequestFieldKind.Text, true)],
                    Approvals = [new ApprovalStep("Security board") { Approvers = [new("bob"), new("carol"), new("dave")], Quorum = 2 }],
                    Tasks = [new FulfilmentTask("Grant")],
                },
            ],
        },
        SampleServices);

    /// <summary>
    /// Generates valid request items on <see cref="SampleServices"/>: random fields, approval steps drawn from a pool of five
    /// people, one to four tasks, and one item in four available only to the consumers of offering <c>office</c>.
    /// </summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The generator.</returns>
    public static Gen<RequestItem> Item(RequestItemId id)
    {
        var field = from kind in Gen.Elements(Enum.GetValues<RequestFieldKind>())
                    from required in Gen.Elements(true, false)
                    select (kind, required);
        var step = from size in Gen.Choose(1, 3)
                   from approvers in Gen.Shuffle(People).Select(p => p.Take(size).ToArray())
                   from quorum in Gen.Choose(1, size)
                   select new ApprovalStep($"Step of {size}") { Approvers = approvers, Quorum = quorum };
        return from fieldCount in Gen.Choose(0, 3)
               from fields in field.ArrayOf(fieldCount)
               from stepCount in Gen.Choose(0, 3)
               from steps in step.ArrayOf(stepCount)
               from taskCount in Gen.Choose(1, 4)
               from order in Gen.Elements(Enum.GetValues<FulfilmentOrder>())
               from change in Gen.Elements<string?>(null, "std-model")
               from consumersOnly in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
               select new RequestItem(id, "Generated item", new ServiceId("workplace"), consumersOnly ? new ServiceOfferingId("office") : null)
               {
                   AvailableTo = consumersOnly ? RequestAvailability.ServiceConsumers : null,
                   Fields = fields.Select((f, i) => new RequestField($"f{i}", f.kind, f.required) { Options = f.kind == RequestFieldKind.Choice ? ["a", "b"] : [] }).ToArray(),
                   Approvals = steps,
                   Tasks = Enumerable.Range(1, taskCount).Select(i => new FulfilmentTask($"task-{i}")).ToArray(),
                   TaskOrder = order,
                   StandardChangeModel = change,
               };
    }

    /// <summary>Generates request catalogues of one to four generated items on <see cref="SampleServices"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<RequestCatalog> Catalog()
        => from count in Gen.Choose(1, 4)
           from items in Gen.CollectToArray(Enumerable.Range(1, count).Select(i => Item(new RequestItemId($"item-{i}"))))
           select RequestCatalog.Create(new RequestCatalogDocument { Items = items.ToArray() }, SampleServices);

    /// <summary>
    /// Generates valid submissions for an item: every required field and some optional ones, with values of the right kind,
    /// by a requester whose own approval steps stay decidable. The requester is drawn without regard to
    /// <see cref="RequestItem.AvailableTo"/>; for an item only for its offering's consumers, use
    /// <see cref="Submission(RequestItem, ServiceCatalog)"/>.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns>The generator.</returns>
    public static Gen<SubmitServiceRequest> Submission(RequestItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var values = Gen.CollectToArray(item.Fields.Select(f =>
            from include in f.Required ? Gen.Constant(true) : Gen.Elements(true, false)
            from value in ValueOf(f)
            select include ? (f.Name, value) : (f.Name, (string?)null)));
        // The requester may be one of the approvers (so segregation of duties is exercised), but never one whose absence
        // leaves a step unable to reach its quorum: such a submission is rejected (request.quorum-unreachable).
        // Someone from outside the approver pool can always ask, so there is always a requester to draw.
        // A step whose approvers a directory finds cannot be judged here: any of the people may ask, and the directory the
        // practice was given must know them (else the scenario's submission is refused, and the run says so).
        var requesters = People.Where(p => MayAsk(item, p)).Append(Outsider).ToArray();
        return from number in Gen.Choose(1, 9_999_999)
               from requester in Gen.Elements(requesters)
               from channel in Gen.Elements(Enum.GetValues<ContactChannel>())
               from data in values
               select new SubmitServiceRequest(new ServiceRequestId($"REQ{number:D7}"), item.Id, requester, channel)
               {
                   Data = data.Where(d => d.Item2 is not null).ToDictionary(d => d.Item1, d => d.Item2!),
               };
    }

    /// <summary>
    /// Generates valid submissions by someone the item is available to: as <see cref="Submission(RequestItem)"/>, and for an
    /// item only for its offering's consumers (<see cref="RequestAvailability.ServiceConsumers"/>) by one of the people
    /// the service relationships that take the offering name, who may ask without leaving a step short of its quorum.
    /// When the catalogue names nobody who can, only a directory can entitle the requester: the practice's directory must
    /// then place the generated people in a consumer organization, else the submission is refused
    /// (<see cref="RequestRejectionCodes.NotEntitled"/>) and a run says so. <see cref="Scenario"/> uses it.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <param name="services">The service catalogue the item's request catalogue was built on.</param>
    /// <returns>The generator.</returns>
    public static Gen<SubmitServiceRequest> Submission(RequestItem item, ServiceCatalog services)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(services);
        if (item.AvailableTo != RequestAvailability.ServiceConsumers || item.Offering is not { } offering)
        {
            return Submission(item);
        }

        // Everyone the catalogue names, kept when the catalogue's own rule entitles them to the offering.
        var entitled = services.Relationships
            .SelectMany(r => r.Customers.Concat(r.Users).Concat(r.Sponsors))
            .Distinct()
            .Where(p => services.RelationshipEntitling(offering, p) is not null)
            .Where(p => MayAsk(item, p))
            .ToArray();
        return entitled.Length == 0
            ? Submission(item)
            : from submit in Submission(item)
              from requester in Gen.Elements(entitled)
              select submit with { Requester = requester };
    }

    // Whether someone's request for the item leaves every fixed-list step able to reach its quorum without them (steps whose
    // approvers a directory finds cannot be judged here).
    private static bool MayAsk(RequestItem item, ActorId person)
        => item.Approvals.All(step => step.ApproversFrom is not null || step.Approvers.Count(a => a != person) >= step.Quorum);

    /// <summary>
    /// Generates submissions for an item that are invalid in exactly one way: a required field left out or blank, a
    /// value of the wrong kind (a word for a number, date or choice, text with a space for an actor), or a field the
    /// item does not have. <see cref="RequestFulfilment.Submit"/> must reject each with a data rejection naming the field.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns>The generator.</returns>
    public static Gen<SubmitServiceRequest> InvalidSubmission(RequestItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var breakable = item.Fields.Where(f => f.Required || f.Kind != RequestFieldKind.Text).ToArray();
        var breaks = breakable.Length == 0
            ? Gen.Constant((Name: "no-such-field", Value: (string?)"x"))
            : Gen.OneOf(
                Gen.Constant((Name: "no-such-field", Value: (string?)"x")),
                Gen.Elements(breakable).SelectMany(f => f.Kind == RequestFieldKind.Text
                    ? Gen.Elements<string?>(null, "  ").Select(v => (f.Name, Value: v))
                    : Gen.Elements<string?>(null, "not valid").Select(v => (f.Name, Value: f.Required || v is not null ? v : "not valid"))));
        return from valid in Submission(item)
               from broken in breaks
               select valid with { Data = Break(valid.Data, broken.Name, broken.Value) };
    }

    /// <summary>Generates one scenario step for an item; many are invalid for their data or for the state they meet.</summary>
    /// <param name="item">The item (its approvers and tasks are drawn more often than strangers and unknown tasks).</param>
    /// <param name="requester">The requester, who is drawn as an approver now and then to test segregation of duties.</param>
    /// <returns>The generator.</returns>
    public static Gen<RequestCommand> Command(RequestItem item, ActorId requester)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = Gen.Frequency(new[] { (5, Gen.Elements(Texts)), (1, Gen.Elements(BlankTexts)) });
        var itemApprovers = item.Approvals.SelectMany(s => s.Approvers).Distinct().ToArray();
        var sourced = item.Approvals.Any(s => s.ApproversFrom is not null);
        var approver = Gen.Frequency(new[]
        {
            (itemApprovers.Length == 0 ? 0 : 6, itemApprovers.Length == 0 ? Gen.Constant(requester) : Gen.Elements(itemApprovers)),
            (1, Gen.Constant(requester)),
            (1, Gen.Elements(People)),
        });
        var task = Gen.Frequency(new[] { (6, Gen.Elements(item.Tasks.Select(t => t.Name).ToArray())), (1, Gen.Constant("ghost-task")) });
        var comment = Gen.Frequency(new[] { (3, text.Select(t => (string?)t)), (1, Gen.Constant((string?)null)) });
        return Gen.Frequency(new[]
        {
            (6, Gen.Zip(approver, comment, (a, c) => (RequestCommand)new RequestCommand.Approve(a, c))),
            (2, Gen.Zip(approver, text, (a, t) => (RequestCommand)new RequestCommand.Reject(a, t))),
            // The approvers a directory finds exist only per request: drawn from the live request when the step runs.
            (sourced ? 6 : 1, Gen.Zip(Gen.Choose(0, 99), comment, (p, c) => (RequestCommand)new RequestCommand.ApproveByCurrentApprover(p, c))),
            (sourced ? 2 : 1, Gen.Zip(Gen.Choose(0, 99), text, (p, t) => (RequestCommand)new RequestCommand.RejectByCurrentApprover(p, t))),
            (3, Gen.Constant((RequestCommand)new RequestCommand.StartFulfilment())),
            (4, task.Select(t => (RequestCommand)new RequestCommand.CompleteTask(t))),
            (2, Gen.Zip(task, text, (t, r) => (RequestCommand)new RequestCommand.SkipTask(t, r))),
            (2, Gen.Zip(task, text, (t, r) => (RequestCommand)new RequestCommand.CloseTaskIncomplete(t, r))),
            (2, Gen.Zip(Gen.Elements(Enum.GetValues<RequestHoldReason>()), comment, (r, c) => (RequestCommand)new RequestCommand.PutOnHold(r, c))),
            (1, comment.Select(c => (RequestCommand)new RequestCommand.Resume(c))),
            (1, text.Select(t => (RequestCommand)new RequestCommand.RequesterComment(t))),
            (2, text.Select(t => (RequestCommand)new RequestCommand.Comment(t))),
            (2, Gen.Constant((RequestCommand)new RequestCommand.Close())),
            (1, text.Select(t => (RequestCommand)new RequestCommand.Cancel(t))),
            (2, Gen.Choose(1, 72).Select(h => (RequestCommand)new RequestCommand.AdvanceTime(Duration.FromHours(h)))),
        });
    }

    /// <summary>Generates scenarios on a catalogue: a valid submission of one of its items, then up to <paramref name="maxSteps"/> steps.</summary>
    /// <param name="catalog">The request catalogue.</param>
    /// <param name="maxSteps">The most steps in one scenario.</param>
    /// <returns>The generator.</returns>
    public static Gen<RequestScenario> Scenario(RequestCatalog catalog, int maxSteps = 40)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return from item in Gen.Elements(catalog.Items.ToArray())
               from submit in Submission(item, catalog.Services)
               from count in Gen.Choose(0, maxSteps)
               from steps in Command(item, submit.Requester).ListOf(count)
               select new RequestScenario(submit, steps.ToArray());
    }

    /// <summary>Scenarios as an FsCheck arbitrary that shrinks by dropping steps.</summary>
    /// <param name="catalog">The request catalogue.</param>
    /// <param name="maxSteps">The most steps in one scenario.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RequestScenario> Scenarios(RequestCatalog catalog, int maxSteps = 40)
        => Arb.From(Scenario(catalog, maxSteps), Shrink);

    private static Gen<string?> ValueOf(RequestField field) => field.Kind switch
    {
        RequestFieldKind.Number => Gen.Elements<string?>("3", "12.5", "-1"),
        RequestFieldKind.Date => Gen.Elements<string?>("2026-02-01", "2026-12-31"),
        RequestFieldKind.Actor => Gen.Elements(People).Select(p => (string?)p.Value),
        RequestFieldKind.Choice => Gen.Elements(field.Options.ToArray()).Select(o => (string?)o),
        _ => Gen.Elements<string?>("Needed for the new starter", "Project work"),
    };

    private static Dictionary<string, string> Break(IReadOnlyDictionary<string, string> data, string field, string? value)
    {
        var broken = data.ToDictionary(p => p.Key, p => p.Value);
        if (value is null)
        {
            broken.Remove(field);
        }
        else
        {
            broken[field] = value;
        }

        return broken;
    }

    private static IEnumerable<RequestScenario> Shrink(RequestScenario scenario)
    {
        var steps = scenario.Steps;
        if (steps.Count > 1)
        {
            yield return scenario with { Steps = steps.Take(steps.Count / 2).ToArray() };
        }

        for (var i = steps.Count - 1; i >= 0; i--)
        {
            yield return scenario with { Steps = steps.Where((_, j) => j != i).ToArray() };
        }
    }
}
