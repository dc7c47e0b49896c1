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

# Violations: the build fails (ITIL1001 is an error) and the SARIF log holds exactly the expected rules at the expected lines.
dotnet build "$work/violating" -p:ErrorLog="$work/violating.sarif%2Cversion=2.1" > "$work/violating.log" 2>&1 || true
if [ ! -s "$work/violating.sarif" ]; then
  echo "::: package test: no SARIF log from the violating build"; tail -30 "$work/violating.log"; exit 1
fi
expected=$(grep -n '// expect: ' "$work/violating/Program.cs" | sed -E 's/^([0-9]+):.*expect: (ITIL[0-9]+).*/\2 \1/' | sort)
actual=$(results "$work/violating.sarif" | grep -E '^(ITIL|AD0001)' | sort -u)
if [ "$expected" != "$actual" ]; then
  echo "::: package test: violating project, expected:"; echo "$expected"; echo "::: actual:"; echo "$actual"
  grep -E "error|warning" "$work/violating.log" | sort -u | head -30
  status=1
else
  echo "violating project: $(echo "$actual" | wc -l) diagnostics at the expected lines"
fi

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
