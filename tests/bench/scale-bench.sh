#!/usr/bin/env bash
# Scale benchmark: StaticNews against Hugo (Debian's package) on the same generated articles.
# Usage: tests/bench/scale-bench.sh [--with-100k] [SIZES...]     (default sizes: 1000 10000)
# For each size: generate the corpus, run our cold full build (ingest with entity tagging +
# render + search index), our full build from the ingested Markdown (no cache, no output), and
# Hugo on the same Markdown with the minimal theme in tests/bench/hugo/. Then, at 10,000 (or
# the largest size), the incremental cases: nothing changed, and one new article.
# Works in /dev/shm so disk speed does not decide; prints wall time, pages/s, peak RSS, ratios.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
sizes=()
for arg in "$@"; do
  case "$arg" in
    --with-100k) sizes+=(100000) ;;
    *) sizes+=("$arg") ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
[[ " ${sizes[*]} " == *" 100000 "* && ${#sizes[@]} -eq 1 ]] && sizes=(1000 10000 100000)

command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
work="$(mktemp -d /dev/shm/staticnews-scale.XXXXXX)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/StaticNews.csproj" -c Release -v q -nologo >/dev/null
dotnet build "$repo/tests/StaticNews.Corpus" -c Release -v q -nologo >/dev/null
sn="$repo/bin/Release/net10.0/StaticNews.dll"
corpus="$repo/tests/StaticNews.Corpus/bin/Release/net10.0/StaticNews.Corpus.dll"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "versions: .NET $(dotnet --version), StaticNews $(git -C "$repo" rev-parse --short HEAD), $(hugo version | cut -d' ' -f1-2)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-8s %-34s %9s %8s %9s %10s\n' size run seconds pages pages/s peak-MiB

# measure LABEL SIZE DIR CMD...: runs CMD in DIR under /usr/bin/time; sets $secs, $rss_mib, $log
measure() {
  local label="$1" size="$2" dir="$3"; shift 3
  log="$work/$label-$size.log"
  (cd "$dir" && /usr/bin/time -f '__time %e %M' "$@" >"$log" 2>&1) || { echo "failed: $label ($log)"; tail -5 "$log"; exit 1; }
  read -r secs rss_kib < <(awk '/^__time/ {print $2, $3}' "$log")
  rss_mib=$((rss_kib / 1024))
}
row() { printf '%-8s %-34s %9.2f %8s %9s %10s\n' "$1" "$2" "$3" "$4" "$(awk -v p="$4" -v s="$3" 'BEGIN { if (p ~ /^[0-9]+$/ && s > 0) printf "%.0f", p / s; else print "-" }')" "$5"; }
ours_pages() { awk '/^pages:/ {print $2}' "$log"; }

for n in "${sizes[@]}"; do
  site="$work/s$n"
  dotnet "$corpus" --count $((n + 1)) --out "$site" >/dev/null
  last="$(ls "$site/input/seeds" | sort | tail -1)"
  mv "$site/input/seeds/$last" "$work/new-article-$n.txt"

  measure ours-cold "$n" "$site" dotnet "$sn" build --theme "$repo/theme"
  row "$n" "StaticNews cold (ingest+render+search)" "$secs" "$(ours_pages)" "$rss_mib"; cold=$secs

  # The same site from its ingested Markdown (seeds set aside, so nothing is tagged again), with
  # no cache and no output: what Hugo is given.
  rm -rf "$site/output" "$site/.cache"; mv "$site/input/seeds" "$site/seeds.aside"
  measure ours-md "$n" "$site" dotnet "$sn" build --theme "$repo/theme"
  row "$n" "StaticNews full from Markdown" "$secs" "$(ours_pages)" "$rss_mib"; full=$secs
  mv "$site/seeds.aside" "$site/input/seeds"
  dotnet "$sn" build --theme "$repo/theme" >/dev/null 2>&1 # cache the ingest key again, as CI would

  hsite="$work/h$n"; mkdir -p "$hsite/content/articles"
  cp -r "$repo/tests/bench/hugo/." "$hsite/"
  cp "$site/input/articles/"*.md "$hsite/content/articles/" 2>/dev/null || find "$site/input/articles" -name '*.md' -exec cp -t "$hsite/content/articles/" {} +
  measure hugo "$n" "$hsite" hugo --quiet -d public
  hpages=$(find "$hsite/public" -name '*.html' | wc -l)
  row "$n" "Hugo $(hugo version | cut -d' ' -f2 | cut -d+ -f1)" "$secs" "$hpages" "$rss_mib"; hugo_s=$secs
  awk -v c="$cold" -v f="$full" -v h="$hugo_s" 'BEGIN { printf "         ratio to Hugo: cold %.2f×, full from Markdown %.2f×\n", c / h, f / h }'

  if [ "$n" = "10000" ] || [ "$n" = "${sizes[-1]}" -a "$n" != "1000" ]; then
    measure ours-nochange "$n" "$site" dotnet "$sn" build --theme "$repo/theme"
    row "$n" "StaticNews nothing changed" "$secs" "$(awk '/^written:/ {print $2}' "$log")w" "$rss_mib"
    awk -v s="$secs" -v c="$cold" -v f="$full" 'BEGIN { printf "         = %.1f %% of cold, %.1f %% of full from Markdown\n", 100 * s / c, 100 * s / f }'
    cp "$work/new-article-$n.txt" "$site/input/seeds/"
    measure ours-one-new "$n" "$site" dotnet "$sn" build --theme "$repo/theme"
    row "$n" "StaticNews one new article" "$secs" "$(awk '/^written:/ {print $2}' "$log")w" "$rss_mib"
    awk -v s="$secs" -v c="$cold" -v f="$full" 'BEGIN { printf "         = %.1f %% of cold, %.1f %% of full from Markdown\n", 100 * s / c, 100 * s / f }'
  fi
  rm -rf "$site" "$hsite"
done
echo "(\"Nw\" = N files written; pages = HTML files; load average at end: $(cut -d' ' -f1-3 /proc/loadavg))"
