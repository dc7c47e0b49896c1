namespace ItilCore.Requests;

/// <summary>What kind of value a request item's field takes, and so how a submitted value is checked.</summary>
public enum RequestFieldKind
{
    /// <summary>Free text; not empty.</summary>
    Text = 1,

    /// <summary>A decimal number in invariant form, such as <c>42</c> or <c>-3.5</c>.</summary>
    Number = 2,

    /// <summary>One of the field's <see cref="RequestField.Options"/>, exactly (ordinal comparison).</summary>
    Choice = 3,

    /// <summary>A calendar date in ISO form, <c>yyyy-MM-dd</c>.</summary>
    Date = 4,

    /// <summary>An actor id (a person or system), by the rules of <see cref="Identifier"/>.</summary>
    Actor = 5,
}
