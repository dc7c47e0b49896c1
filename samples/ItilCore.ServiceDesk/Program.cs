using System;
using System.Globalization;
using ItilCore.ServiceDesk;

// The service desk simulation: a default catalogue and priority matrix, a few hundred incidents from a seeded random
// stream, realistic lives on a fake clock, and a summary. Options: --incidents N (default 300), --seed S (default 2026).
var incidents = 300;
var seed = 2026;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--incidents" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            incidents = n;
            i++;
            break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
            seed = s;
            i++;
            break;
        default:
            Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'. Usage: ItilCore.ServiceDesk [--incidents N] [--seed S]");
            return 2;
    }
}

var simulation = new Simulation(seed, incidents);
var report = simulation.Run();
Console.Write(report.ToText());
Console.Write(new RequestDesk(simulation.Model).Run());
return report.RebuildMismatches == 0 ? 0 : 1;
