#!/usr/bin/env bash
# Lighthouse (npm `lighthouse`, with the machine's Chromium, headless) on the home, an article
# and the search page of the sample site, served locally by `staticnews serve --no-watch`.
# Prints the four scores per page. Targets: accessibility, best practices and SEO 100,
# performance ≥ 95. Usage: tests/bench/lighthouse.sh [PORT]   (needs node/npm and /usr/bin/chromium)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
port="${1:-4571}"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI=true

(cd "$work" && npm i --silent --no-audit --no-fund lighthouse@12 >/dev/null)
dotnet build "$repo/StaticNews.csproj" -c Release -o "$work/bin" >/dev/null
cp -r "$repo/input" "$work/input"
(cd "$work" && exec dotnet bin/StaticNews.dll serve --no-watch --port "$port" --input input --output output --theme "$repo/theme" >"$work/serve.log" 2>&1) &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.5; done

article="$(cd "$work/output" && ls -d 20*/*/*/*/ | head -n 1)"
export CHROME_PATH=/usr/bin/chromium
printf '%-10s %12s %14s %15s %5s\n' page performance accessibility best-practices seo
for page in home:/ article:/$article search:/search/?q=amnesti; do
  name="${page%%:*}" path="${page#*:}"
  "$work/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" --quiet --output=json --output-path="$work/$name.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1
  node -e '
    const r = require(process.argv[1]); const c = r.categories; const s = k => Math.round(c[k].score * 100);
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map(a => a.id);
    console.log(process.argv[2].padEnd(10), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(5), failed.length ? "  failing: " + failed.join(", ") : "");
  ' "$work/$name.json" "$name"
done
