#!/usr/bin/env bash
# Cost of the ItilCore analyzers: a generated 500-file project that uses ItilCore, built with -p:ReportAnalyzer=true.
#   benchmarks/analyzers/measure.sh [folder with ItilCore.*.nupkg] [files] [runs] [dense|mixed] [fresh|server]
# Rebuilds the project `runs` times (default 5) after one warm-up build, and prints for each the compile (Csc) time, the
# time of all ItilCore analyzers and their share, then the median share. `fresh` (the default) runs a new compiler process
# for every build, as this machine's environment does (UseSharedCompilation=false); `server` uses the compiler server,
# the .NET SDK's default elsewhere, after three warm-up builds (the server JIT-compiles the compiler and the analyzers once).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
files="${2:-500}"
runs="${3:-5}"
profile="${4:-dense}"
compiler="${5:-fresh}"
shared=false
warmups=1
if [ "$compiler" = server ]; then
  shared=true
  warmups=3
  dotnet build-server shutdown >/dev/null 2>&1 || true
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
feed="${1:-}"
if [ -z "$feed" ]; then
  feed="$work/feed"
  dotnet pack "$root/src/ItilCore/ItilCore.csproj" -c Release -o "$feed" >/dev/null
fi
feed="$(cd "$feed" && pwd)"
version=$(basename "$(ls "$feed"/ItilCore.[0-9]*.nupkg | head -1)" .nupkg | sed 's/^ItilCore\.//')
global="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
cat > "$work/nuget.config" <<XML
<configuration><packageSources><clear /><add key="itilcore" value="$feed" /><add key="machine-cache" value="$global" /></packageSources></configuration>
XML
echo '{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" } }' > "$work/global.json"
mkdir -p "$work/app"
cat > "$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ItilCore" Version="$version" />
    <AdditionalFiles Include="catalog.json" />
    <AdditionalFiles Include="request-catalog.json" />
  </ItemGroup>
</Project>
XML
cp "$root/docs/examples/catalog.json" "$root/docs/examples/request-catalog.json" "$work/app/"
python3 "$here/generate.py" "$work/app/src" "$files" "$profile"
dotnet restore "$work/app" >/dev/null
for run in $(seq 1 $((warmups + runs))); do
  kind=measured
  [ "$run" -le "$warmups" ] && kind=warmup
  dotnet build "$work/app" --no-restore --no-incremental -c Release -p:ReportAnalyzer=true -p:UseSharedCompilation=$shared -v:d -clp:PerformanceSummary > "$work/$kind-$run.log" 2>&1
done
[ "$compiler" = server ] && { dotnet build-server shutdown >/dev/null 2>&1 || true; }
python3 - "$files" "$work"/measured-*.log <<'PY'
import re, statistics, sys
def val(s): return 0.0 if s.startswith("<") else float(s.replace(",", ""))
shares = []
print(f"files: {sys.argv[1]}")
for path in sys.argv[2:]:
    log = open(path, encoding="utf-8", errors="replace").read()
    # Task performance summary line: "  1234 ms  Csc   1 calls"
    csc = re.findall(r"^\s*([\d,]+) ms\s+Csc\s+\d+ calls", log, re.M)
    csc_s = float(csc[-1].replace(",", "")) / 1000 if csc else None
    total = re.findall(r"Total analyzer execution time: ([\d.,]+) seconds", log)
    itil = re.findall(r"^\s*([\d.,<]+)\s+(\d+|<1)\s+ItilCore\.Analyzers, Version", log, re.M)
    itil_s = val(itil[-1][0]) if itil else None
    # Reference: a .NET SDK rule (CA2247) that registers one ObjectCreation action and checks one type, i.e. what the
    # driver charges an analyzer for looking at every object creation of this project.
    ref = re.findall(r"^\s*([\d.,<]+)\s+(?:\d+|<1)\s+Microsoft\.NetCore\.Analyzers\.Tasks\.DoNotCreateTaskCompletionSourceWithWrongArguments", log, re.M)
    ref_s = val(ref[-1]) if ref else None
    if csc_s and itil_s is not None:
        share = 100 * itil_s / csc_s
        shares.append(share)
        reference = f"; CA2247 (creations only): {100 * ref_s / csc_s:.2f} %" if ref_s is not None else ""
        print(f"Csc task: {csc_s:.2f} s; all analyzers: {total[-1] if total else '?'} s; ItilCore analyzers: {itil_s:.3f} s; share {share:.2f} %{reference}")
    else:
        print(f"{path}: no analyzer report found")
if shares:
    print(f"ItilCore share of compile time: median {statistics.median(shares):.2f} % over {len(shares)} builds (min {min(shares):.2f} %, max {max(shares):.2f} %)")
PY
