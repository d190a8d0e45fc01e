#!/usr/bin/env bash
# Search benchmark: StaticNews' search against Pagefind 1.6.0 on the same generated site.
# Usage: tests/bench/search-bench.sh [--no-pagefind] [ARTICLES=10000] [WORD...]
# --no-pagefind measures StaticNews alone (no npm download of Pagefind, no Pagefind indexing): for the
# byte counts at sizes where Pagefind is not wanted or cannot run.
# Works in /dev/shm (memory, so disk speed does not decide build times); needs dotnet, node,
# npm (Pagefind and playwright-core are installed into the temp folder only: the product never
# needs Node) and Debian's /usr/bin/chromium.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
pagefind=1
if [ "${1:-}" = "--no-pagefind" ]; then pagefind=0; shift; fi
count="${1:-10000}"; shift || true
words=("$@"); [ ${#words[@]} -gt 0 ] || words=(engholm sikkerheden)
work="$(mktemp -d /dev/shm/staticnews-search-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for tool in dotnet node npm /usr/bin/chromium; do command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }; done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; corpus: $count generated articles; work folder $work"
packages=(playwright-core@1.56); [ "$pagefind" -eq 1 ] && packages+=(pagefind@1.6.0)
(cd "$work" && npm i --silent --no-audit --no-fund "${packages[@]}" >/dev/null)
cp "$repo/tests/bench/search-bench.mjs" "$work/"

dotnet run --project "$repo/tests/StaticNews.Corpus" -c Release -- --count "$count" --out "$work/corpus" >/dev/null
echo "== StaticNews: site build, then the search index alone on its site model"
dotnet run -c Release --file "$repo/tests/bench/SearchIndexTiming.cs" -- "$work/corpus/input" "$work/site" "$repo/theme" 3

if [ "$pagefind" -eq 1 ]; then
  echo "== Pagefind 1.6.0 indexing the built site"
  start=$(date +%s.%N)
  # Pagefind may not manage a large site on this machine (at 100,000 articles it was killed for lack of
  # memory): record that as the result instead of stopping the benchmark.
  set +e
  /usr/bin/time -f "%M" -o "$work/pagefind.rss" "$work/node_modules/.bin/pagefind" --site "$work/site" --output-path "$work/pagefind" >"$work/pagefind.log" 2>&1
  status=$?
  set -e
  elapsed=$(echo "$(date +%s.%N) - $start" | bc)
  peak="$(tail -1 "$work/pagefind.rss" 2>/dev/null | awk '{printf "%.0f MiB", $1/1024}')"
  if [ "$status" -eq 0 ]; then
    echo "pagefind index build: $elapsed s, peak $peak ($(grep -E 'Indexed [0-9]+ pages' "$work/pagefind.log" | head -1 | xargs))"
  else
    echo "pagefind index build FAILED after $elapsed s (exit $status, peak $peak; killed for lack of memory if 137): $(tail -2 "$work/pagefind.log" | xargs)"
    rm -rf "$work/pagefind"
  fi
else
  echo "== Pagefind not run (--no-pagefind)"
fi

echo "== One-word queries in headless Chromium (first 10 results with excerpts)"
node "$work/search-bench.mjs" "$work/site" "$work/pagefind" "${words[@]}"
