#!/usr/bin/env bash
# The ItilCore analyzers' own time in process, on the SDK's compiler (benchmarks/analyzers/InProcess):
#   benchmarks/analyzers/inprocess.sh <project folder> <csc response file> <ItilCore.Analyzers.dll> [runs] [processes]
# The project and response file are those profile.sh takes (a project measure.sh or a build left behind, and the
# compiler's command line from its detailed log). Every method stays at tier 0 (DOTNET_TC_CallCounting=0), as the
# analyzer's do for the whole of a build's fresh compiler process, and a large first-generation budget keeps garbage
# collections of the compilation out of the analyzer's figures. Prints the first (JIT-compiling) run and the later runs
# of each process; the later runs' minimum is the steady figure to compare versions by (stable within about 0.5 ms).
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 <project folder> <csc response file> <ItilCore.Analyzers.dll> [runs] [processes]" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
runs="${4:-8}"; processes="${5:-3}"
dotnet build "$here/InProcess" -c Release -v:q -nologo >/dev/null
for process in $(seq 1 "$processes"); do
  DOTNET_TC_CallCounting=0 DOTNET_GCgen0size=0x40000000 dotnet "$here/InProcess/bin/Release/net10.0/ItilCore.AnalyzerCost.dll" "$1" "$2" "$3" "$runs" | tail -1
done
