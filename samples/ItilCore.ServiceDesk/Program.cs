using System;
using ItilCore.ServiceDesk.Cli;

// The `itil` command line. With no command it runs the service desk simulation: a default catalogue and priority matrix,
// a few hundred incidents from a seeded random stream, realistic lives on a fake clock, and a summary
// (options --incidents N, default 300, and --seed S, default 2026). `itil --help` lists the other commands.
return ItilCommandLine.Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected && !Console.IsErrorRedirected);
