#!/usr/bin/env bash
# Package test: the packed ItilCore, referenced by version from a fresh console project, reports the ITIL rules.
#   tests/package/run.sh [folder with ItilCore.*.nupkg]   (packs into a temporary folder when none is given)
# Offline: the only package sources are that folder and the machine's global packages folder (for NodaTime, Stateless
# and their dependencies); packages restore into a private folder, so a stale ItilCore in the global cache is never used.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

feed="${1:-}"
if [ -z "$feed" ]; then
  feed="$work/feed"
  dotnet pack "$root/src/ItilCore/ItilCore.csproj" -c Release -o "$feed" >/dev/null
fi
feed="$(cd "$feed" && pwd)"
package=$(ls "$feed"/ItilCore.[0-9]*.nupkg | grep -v '\.snupkg$' | head -1)
version=$(basename "$package" .nupkg | sed 's/^ItilCore\.//')
global="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
echo "package test: ItilCore $version from $feed"

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="itilcore" value="$feed" />
    <add key="machine-cache" value="$global" />
  </packageSources>
</configuration>
XML
echo '{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" } }' > "$work/global.json"

make_project() { # name
  local dir="$work/$1"
  mkdir -p "$dir"
  cat > "$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
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
  cp "$here/$1/Program.cs" "$dir/"
  cp "$root/docs/examples/catalog.json" "$root/docs/examples/request-catalog.json" "$dir/"
}

# Prints "RULE line" for every result of a SARIF 2.1 log.
results() {
  python3 - "$1" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
for run in log.get("runs", []):
    for r in run.get("results", []):
        for loc in r.get("locations", []) or [{}]:
            line = loc.get("physicalLocation", {}).get("region", {}).get("startLine", 0)
            print(r.get("ruleId"), line)
PY
}

status=0
make_project violating
make_project compliant

# The analyzer's ReadyToRun images: one per platform, each marked for its own OS and architecture (the PE machine field,
# which the runtime checks before it runs an image's native code).
if ! python3 - "$package" <<'PY'
import struct, sys, zipfile
expected = {"linux-x64": 0x8664 ^ 0x7B79, "linux-arm64": 0xAA64 ^ 0x7B79, "osx-x64": 0x8664 ^ 0x4644,
            "osx-arm64": 0xAA64 ^ 0x4644, "win-x64": 0x8664, "win-arm64": 0xAA64}
package = zipfile.ZipFile(sys.argv[1])
names = set(package.namelist())
il = package.read("analyzers/dotnet/cs/ItilCore.Analyzers.dll")
bad = []
for platform, machine in expected.items():
    name = f"readytorun/{platform}/ItilCore.Analyzers.dll"
    if name not in names:
        bad.append(f"{name} missing")
        continue
    image = package.read(name)
    actual = struct.unpack_from("<H", image, struct.unpack_from("<I", image, 0x3C)[0] + 4)[0]
    if actual != machine:
        bad.append(f"{name}: machine {actual:#06x}, expected {machine:#06x}")
    if len(image) <= len(il):
        bad.append(f"{name}: {len(image)} bytes, no larger than the IL ({len(il)}): no native code")
for name in ("build/ItilCore.targets", "buildTransitive/ItilCore.targets"):
    if name not in names:
        bad.append(f"{name} missing")
print("\n".join(bad) if bad else f"ReadyToRun images: {len(expected)} platforms, each marked for its own")
sys.exit(1 if bad else 0)
PY
then
  echo "::: package test: the analyzer's ReadyToRun images are wrong"; status=1
fi

# Which analyzer file the compiler is given: this machine's image on a command-line build, the IL when switched off or in
# a design-time build (an IDE's live analysis).
rid="$(dotnet msbuild "$work/compliant" -getProperty:NETCoreSdkPortableRuntimeIdentifier | sed 's/linux-musl-/linux-/')"
analyzer_of() { # extra msbuild arguments...
  dotnet msbuild "$work/compliant" -t:ResolvePackageDependenciesForBuild -getItem:Analyzer "$@" \
    | python3 -c 'import json,sys; print(*[i["Identity"] for i in json.load(sys.stdin)["Items"]["Analyzer"] if i["Identity"].endswith("/ItilCore.Analyzers.dll")])' \
    | sed "s|^$work/packages/itilcore/$(printf %s "$version" | tr '[:upper:]' '[:lower:]')/||"
}
dotnet restore "$work/compliant" >/dev/null
for check in "readytorun/$rid/ItilCore.Analyzers.dll|" "analyzers/dotnet/cs/ItilCore.Analyzers.dll|-p:ItilCoreAnalyzerReadyToRun=false" "analyzers/dotnet/cs/ItilCore.Analyzers.dll|-p:DesignTimeBuild=true" "analyzers/dotnet/cs/ItilCore.Analyzers.dll|-p:SkipCompilerExecution=true"; do
  want="${check%%|*}"; args="${check#*|}"
  got="$(analyzer_of $args)"
  if [ "$got" != "$want" ]; then
    echo "::: package test: with '${args:-defaults}' the compiler gets '$got', expected '$want'"; status=1
  fi
done
[ $status -eq 0 ] && echo "analyzer given to the compiler: readytorun/$rid by default, the IL when switched off, at design time or when only the arguments are collected"

# Violations: the build fails (ITIL1001 is an error) and the SARIF log holds exactly the expected rules at the expected
# lines, with the ReadyToRun image and with the IL. The JIT's log of a fresh compiler process (no build servers) shows that
# the image's native code runs: none of the analyzer's methods is JIT-compiled, and with the IL (the control) they are.
expected=$(grep -n '// expect: ' "$work/violating/Program.cs" | sed -E 's/^([0-9]+):.*expect: (ITIL[0-9]+).*/\2 \1/' | sort)
for mode in readytorun il; do
  flag=""; [ "$mode" = il ] && flag="-p:ItilCoreAnalyzerReadyToRun=false"
  rm -f "$work/jit-$mode.txt"
  DOTNET_JitStdOutFile="$work/jit-$mode.txt" DOTNET_JitDisasmSummary=1 \
    dotnet build "$work/violating" --disable-build-servers --no-incremental $flag -p:ErrorLog="$work/violating-$mode.sarif%2Cversion=2.1" > "$work/violating-$mode.log" 2>&1 || true
  if [ ! -s "$work/violating-$mode.sarif" ]; then
    echo "::: package test: no SARIF log from the violating build ($mode)"; tail -30 "$work/violating-$mode.log"; status=1; continue
  fi
  actual=$(results "$work/violating-$mode.sarif" | grep -E '^(ITIL|AD0001)' | sort -u)
  if [ "$expected" != "$actual" ]; then
    echo "::: package test: violating project ($mode), expected:"; echo "$expected"; echo "::: actual:"; echo "$actual"
    grep -E "error|warning" "$work/violating-$mode.log" | sort -u | head -30
    status=1
  else
    echo "violating project ($mode): $(echo "$actual" | wc -l) diagnostics at the expected lines"
  fi
  jitted=$(grep -c 'JIT compiled ItilCore\.Analyzers\.' "$work/jit-$mode.txt" 2>/dev/null || true)
  if [ "$mode" = readytorun ] && [ "${jitted:-0}" -ne 0 ]; then
    echo "::: package test: $jitted analyzer methods JIT-compiled with the ReadyToRun image:"; grep 'JIT compiled ItilCore\.Analyzers\.' "$work/jit-$mode.txt" | head; status=1
  elif [ "$mode" = il ] && [ "${jitted:-0}" -eq 0 ]; then
    echo "::: package test: the JIT log shows no analyzer method compiled from IL, so it cannot show the image's code runs"; status=1
  else
    echo "violating project ($mode): ${jitted:-0} analyzer methods JIT-compiled"
  fi
done

# Compliant: builds, and no ITIL diagnostic (nor AD0001) at all.
if ! dotnet build "$work/compliant" -p:ErrorLog="$work/compliant.sarif%2Cversion=2.1" > "$work/compliant.log" 2>&1; then
  echo "::: package test: the compliant project does not build"; grep -E "error" "$work/compliant.log" | sort -u | head -30; status=1
fi
stray=$(results "$work/compliant.sarif" | grep -E '^(ITIL|AD0001)' || true)
if [ -n "$stray" ]; then
  echo "::: package test: compliant project reports:"; echo "$stray"; status=1
else
  echo "compliant project: no ITIL diagnostics"
fi

[ $status -eq 0 ] && echo "package test passed" || echo "package test FAILED"
exit $status
