#!/usr/bin/env bash
# Where the ItilCore analyzers spend CPU in a real build: runs the compiler (csc, fresh process, as the builds on this
# machine do) on a project that measure.sh or a build left behind, under `perf record`, and prints the on-CPU time of
# every sample with an ItilCore.Analyzers frame: per deepest ItilCore method, per leaf (JIT, runtime, Roslyn) and inclusive.
#   benchmarks/analyzers/profile.sh <project folder> <csc response file> [runs]
# The response file is the compiler's command line from a detailed build log (`-v:d`, the line after `bincore/csc`),
# without /noconfig. Needs perf; the JIT writes /tmp/perf-<pid>.map so that perf can name JIT-compiled methods.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 <project folder> <csc response file> [runs]" >&2
  exit 2
fi
command -v perf >/dev/null || { echo "$0: needs perf (linux-tools) on the PATH" >&2; exit 2; }
project="$1"; rsp="$2"; runs="${3:-3}"
[ -f "$rsp" ] || { echo "$0: response file not found: $rsp" >&2; exit 2; }
sdk="$(dotnet --list-sdks | grep "^$(dotnet --version) ")"
csc="$(echo "$sdk" | sed 's/.*\[\(.*\)\]/\1/')/$(dotnet --version)/Roslyn/bincore/csc"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for run in $(seq 1 "$runs"); do
  (cd "$project" && DOTNET_EnableWriteXorExecute=0 DOTNET_PerfMapEnabled=1 perf record -F 999 -g -o "$out/$run.data" -- "$csc" /noconfig "@$rsp" >"$out/$run.log" 2>/dev/null)
  grep "ItilCoreAnalyzer (" "$out/$run.log" | awk '{print "ReportAnalyzer wall-clock: " $1 " s"}'
  perf script -i "$out/$run.data" 2>/dev/null >"$out/$run.txt"
  rm -f "$out/$run.data"
done
python3 - "$out"/*.txt <<'PY'
import collections, re, sys
def blocks(path):
    current = []
    for line in open(path, errors="replace"):
        if line.strip():
            current.append(line.rstrip("\n"))
        elif current:
            yield current
            current = []
    if current:
        yield current
def name(frame):
    m = re.match(r"\s*[0-9a-f]+ (.*) \((.*)\)$", frame)
    if not m:
        return frame.strip()
    symbol, module = m.groups()
    return "?" + module.split("/")[-1] if symbol.startswith("[unknown]") else symbol.split("(")[0][-150:]
runs = len(sys.argv) - 1
deepest, leaf, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
ours = 0
for path in sys.argv[1:]:
    for block in blocks(path):
        frames = [name(f) for f in block[1:]]
        at = [i for i, f in enumerate(frames) if "ItilCore.Analyzers" in f]
        if not at:
            continue
        ours += 1
        deepest[frames[at[0]]] += 1
        leaf[frames[0] if at[0] > 0 else "<ItilCore code itself>"] += 1
        for f in set(frames[: at[-1] + 1]):
            inclusive[f] += 1
print(f"on-CPU samples (1 ms each) with ItilCore frames: {ours / runs:.1f} per run")
for title, counter, n in (("deepest ItilCore method", deepest, 20), ("leaf", leaf, 12), ("inclusive", inclusive, 30)):
    print("--", title)
    for key, value in counter.most_common(n):
        print(f"{value / runs:7.1f}  {key}")
PY
rm -f /tmp/perf-*.map /tmp/perfinfo-*.map
