#!/usr/bin/env bash
# Packs StaticNews as a .NET tool, installs it from that package into a scratch folder, and runs
# it in a fresh folder that has no theme/ and is not the repository: `new`, `build`, `check`.
# Usage: tests/pack/tool-install.sh   (about a minute on two cores)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI=true

dotnet pack "$repo/StaticNews.csproj" -c Release -o "$work/feed" -p:TreatWarningsAsErrors=true
ls "$work/feed"
dotnet tool install StaticNews --tool-path "$work/tools" --add-source "$work/feed" --ignore-failed-sources
staticnews="$work/tools/staticnews"

mkdir "$work/fresh" && cd "$work/fresh"
"$staticnews" --help | head -n 12
"$staticnews" new my-archive
cd my-archive
"$staticnews" build
test -f output/index.html
test -f output/assets/style.css
grep -q "Ny cykelsti langs havnen" output/index.html
"$staticnews" check
echo "tool-install: OK (packed, installed from the package, built a new site in a fresh folder)"
