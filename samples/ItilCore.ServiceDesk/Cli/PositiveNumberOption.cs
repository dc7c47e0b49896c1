using System.CommandLine;
using System.Globalization;

namespace ItilCore.ServiceDesk.Cli;

/// <summary>A whole-number option that must be 1 or more (how many incidents to simulate, how many rows a table shows).</summary>
public static class PositiveNumberOption
{
    public static Option<int> Create(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            // Read from the token: a value that is not a whole number already has its parse error, and asking the result
            // for its value then throws instead of reporting it.
            if (r.Tokens.Count > 0
                && int.TryParse(r.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value <= 0)
            {
                r.AddError($"{name} must be a positive number; it is {value}.");
            }
        });
        return option;
    }
}
