#!/usr/bin/env bash
# Scale benchmark: StaticNews against Hugo (Debian's package) on the same generated articles.
# Usage: tests/bench/scale-bench.sh [--with-100k] [SIZES...]     (default sizes: 1000 10000)
# For each size: generate the corpus, run our cold full build (ingest with entity tagging +
# render + search index), our full build from the ingested Markdown (no cache, no output), and
# Hugo on the same Markdown with the minimal theme in tests/bench/hugo/. Then, at 10,000 (or
# the largest size), the incremental cases: nothing changed, and one new article (dated after
# all others, as a new wire article is). Hugo runs last, on the Markdown of the articles the
# first builds had, under a watchdog (HUGO_MAX_GIB, default 16; HUGO_MAX_SECONDS, default 3600).
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
# Native AOT links with clang against zlib.
{ command -v clang >/dev/null && [ -f /usr/include/zlib.h ]; } || { apt-get update -qq && apt-get install -y -qq clang zlib1g-dev >/dev/null; }
work="$(mktemp -d /dev/shm/staticnews-scale.XXXXXX)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/StaticNews.csproj" -c Release -v q -nologo >/dev/null
dotnet build "$repo/tests/StaticNews.Corpus" -c Release -v q -nologo >/dev/null
# Our builds run the tool compiled to native code (Native AOT), as a CI job that publishes it
# once would run it: a rebuild of a large archive is one short process, and as ReadyToRun a
# third of its CPU went to the JIT, loading types and code that runs once. The ReadyToRun
# publish and the plain `dotnet build` output are timed too, on one new article.
dotnet publish "$repo/StaticNews.csproj" -c Release -r linux-x64 -p:PublishAot=true -o "$work/tool" -v q -nologo >/dev/null
dotnet publish "$repo/StaticNews.csproj" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -v q -nologo >/dev/null
sn=("$work/tool/StaticNews")
sn_r2r=(dotnet "$work/r2r/StaticNews.dll")
sn_jit=(dotnet "$repo/bin/Release/net10.0/StaticNews.dll")
corpus="$repo/tests/StaticNews.Corpus/bin/Release/net10.0/StaticNews.Corpus.dll"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "versions: .NET $(dotnet --version), StaticNews $(git -C "$repo" rev-parse --short HEAD), $(hugo version | cut -d' ' -f1-2)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-8s %-34s %9s %8s %9s %10s\n' size run seconds pages pages/s peak-MiB

HUGO_MAX_GIB="${HUGO_MAX_GIB:-16}"
HUGO_MAX_SECONDS="${HUGO_MAX_SECONDS:-3600}"

# measure_may_fail LABEL SIZE DIR CMD...: as measure, but returns the command's failure instead of stopping
measure_may_fail() {
  local label="$1" size="$2" dir="$3"; shift 3
  log="$work/$label-$size.log"
  local status=0
  (cd "$dir" && /usr/bin/time -f '__time %e %M' "$@" >"$log" 2>&1) || status=$?
  read -r secs rss_kib < <(awk '/^__time/ {print $2, $3}' "$log")
  rss_mib=$(( ${rss_kib:-0} / 1024 ))
  return $status
}

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

# measure_repeated LABEL SIZE SETUP CMD...: a build of about a second is decided as much by the
# machine's swings as by the build (docs/benchmarks.md), so at up to 10,000 articles each
# incremental case runs $REPEATS times (default 5), each time on a fresh copy (`cp -a`) of $site
# after SETUP ran in it; $secs is the median and $spread "min–max". $log is the last run's, and
# its state becomes $site. At larger sizes a copy costs more than the build: one run, in $site.
REPEATS="${REPEATS:-5}"
measure_repeated() {
  local label="$1" size="$2" setup="$3"; shift 3
  if [ "$size" -gt 10000 ] || [ "$REPEATS" -le 1 ]; then
    (cd "$site" && eval "$setup")
    measure "$label" "$size" "$site" "$@"; spread="one run"
    return
  fi
  local all=() i
  for i in $(seq "$REPEATS"); do
    rm -rf "$work/repeat"; cp -a "$site" "$work/repeat"
    (cd "$work/repeat" && eval "$setup")
    measure "$label" "$size" "$work/repeat" "$@"
    all+=("$secs")
  done
  rm -rf "$site"; mv "$work/repeat" "$site"
  secs="$(printf '%s\n' "${all[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')"
  spread="median of $REPEATS runs on copies, $(printf '%s\n' "${all[@]}" | sort -n | sed -n '1p;$p' | paste -sd-) s"
}

# one_new_with LABEL TEXT CMD...: the one new article taken by another build of the tool. That
# build is another generator to the cache, so it first rebuilds the same state (not timed).
one_new_with() {
  local label="$1" text="$2"; shift 2
  local dir="$work/other-$n"
  rm -rf "$dir"; cp -a "$work/state-$n" "$dir"
  (cd "$dir" && "$@" build --theme "$repo/theme") >"$work/$label-prep-$n.log" 2>&1 || { echo "failed: $label preparation ($work/$label-prep-$n.log)"; exit 1; }
  cp "$work/new-article-$n.txt" "$dir/input/seeds/"
  measure "$label" "$n" "$dir" "$@" build --theme "$repo/theme"
  row "$n" "$text" "$secs" "$(awk '/^written:/ {print $2}' "$log")w" "$rss_mib"
  awk -v s="$secs" -v c="$cold" 'BEGIN { printf "         = %.1f %% of cold\n", 100 * s / c }'
  # Both builds must have made the same site, to the byte: the native one is not another program.
  diff -r "$site/output" "$dir/output" >/dev/null && diff -r "$site/input" "$dir/input" >/dev/null \
    || { echo "failed: $label made another site than the native build ($dir)"; exit 1; }
  rm -rf "$dir"
}

for n in "${sizes[@]}"; do
  site="$work/s$n"
  dotnet "$corpus" --count $((n + 1)) --out "$site" >/dev/null
  # "One new article" is today's article: the held-back seed gets a title of its own and a date
  # after every generated one (they lie in 2014-2023), as a wire article arriving now would.
  last="$(ls "$site/input/seeds" | sort | tail -1)"
  mv "$site/input/seeds/$last" "$work/new-article-$n.txt"
  sed -i -e '1s/.*/Havnen i Aarhus åbner for krydstogtskibe igen/' -e '2s/.*/31 december 2023 kl. 23.00/' "$work/new-article-$n.txt"

  measure ours-cold "$n" "$site" "${sn[@]}" build --theme "$repo/theme"
  row "$n" "StaticNews cold (ingest+render+search)" "$secs" "$(ours_pages)" "$rss_mib"; cold=$secs

  # The same site from its ingested Markdown (seeds set aside, so nothing is tagged again), with
  # no cache and no output: what Hugo is given.
  rm -rf "$site/output" "$site/output.spare" "$site/.cache"; mv "$site/input/seeds" "$site/seeds.aside"
  measure ours-md "$n" "$site" "${sn[@]}" build --theme "$repo/theme"
  row "$n" "StaticNews full from Markdown" "$secs" "$(ours_pages)" "$rss_mib"; full=$secs
  mv "$site/seeds.aside" "$site/input/seeds"
  (cd "$site" && "${sn[@]}" build --theme "$repo/theme") >"$work/again-$n.log" 2>&1 || { echo "failed: build with the seeds back ($work/again-$n.log)"; tail -5 "$work/again-$n.log"; exit 1; } # cache the ingest key again, as CI would

  if [ "$n" = "10000" ] || [ "$n" = "${sizes[-1]}" -a "$n" != "1000" ]; then
    measure_repeated ours-nochange "$n" ":" "${sn[@]}" build --theme "$repo/theme"
    row "$n" "StaticNews nothing changed" "$secs" "$(awk '/^written:/ {print $2}' "$log")w" "$rss_mib"
    echo "         ($spread)"
    echo "         check: $(awk -F': ' '/^check:/ {print $2}' "$log")"
    awk -v s="$secs" -v c="$cold" -v f="$full" 'BEGIN { printf "         = %.1f %% of cold, %.1f %% of full from Markdown\n", 100 * s / c, 100 * s / f }'
    # The same without the up-to-date record: every page key is computed and compared.
    measure_repeated ours-nochange-keys "$n" "rm -f .cache/output/up-to-date.bin" "${sn[@]}" build --theme "$repo/theme"
    # Should the record's name change, this row would silently measure the check again: it
    # fails if the build was not in fact past the check.
    if grep -q '^check: up to date' "$log"; then echo "failed: the up-to-date record was not removed ($log)"; exit 1; fi
    row "$n" "  same, past the up-to-date check" "$secs" "$(awk '/^written:/ {print $2}' "$log")w" "$rss_mib"
    echo "         ($spread)"
    awk -v s="$secs" -v c="$cold" 'BEGIN { printf "         = %.1f %% of cold\n", 100 * s / c }'
    [ "$n" -gt 10000 ] || cp -a "$site" "$work/state-$n" # the same state, for the other builds below
    measure_repeated ours-one-new "$n" "cp '$work/new-article-$n.txt' input/seeds/" "${sn[@]}" build --theme "$repo/theme"
    row "$n" "StaticNews one new article" "$secs" "$(awk '/^written:/ {print $2}' "$log")w" "$rss_mib"
    echo "         ($spread; stages below from the last run)"
    awk -v s="$secs" -v c="$cold" -v f="$full" 'BEGIN { printf "         = %.1f %% of cold, %.1f %% of full from Markdown\n", 100 * s / c, 100 * s / f }'
    awk -F': ' '/^time / {printf "         %s: %s\n", $1, $2}' "$log"
    if [ "$n" -le 10000 ]; then
      one_new_with ours-one-new-r2r "  same, ReadyToRun publish" "${sn_r2r[@]}"
      one_new_with ours-one-new-jit "  same, \`dotnet build\` output (JIT)" "${sn_jit[@]}"
    fi
    rm -rf "$work/state-$n"
  fi


  hsite="$work/h$n"; mkdir -p "$hsite/content/articles"
  cp -r "$repo/tests/bench/hugo/." "$hsite/"
  find "$site/input/articles" -name '*.md' ! -name "$(ls "$site/input/articles" | grep -m1 havnen-i-aarhus || echo none)" -exec cp -t "$hsite/content/articles/" {} +
  rm -rf "$site" # /dev/shm is memory: Hugo gets all of it
  # Hugo gets a watchdog: at 100,000 articles it may outgrow the machine (Hugo #5262), and a
  # machine out of memory would take our figures down with it.
  ( while sleep 2; do
      pid="$(pgrep -x hugo || true)"; [ -n "$pid" ] || continue
      rss="$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
      if [ "${rss:-0}" -gt $((HUGO_MAX_GIB * 1024 * 1024)) ]; then echo "watchdog: Hugo at $((rss / 1024)) MiB, killed" >"$work/hugo-killed"; kill -9 "$pid"; fi
    done ) &
  watchdog=$!
  if measure_may_fail hugo "$n" "$hsite" timeout "$HUGO_MAX_SECONDS" hugo --quiet -d public; then
    hpages=$(find "$hsite/public" -name '*.html' | wc -l)
    row "$n" "Hugo $(hugo version | cut -d' ' -f2 | cut -d+ -f1)" "$secs" "$hpages" "$rss_mib"; hugo_s=$secs
  else
    echo "$n      Hugo did not finish: $(cat "$work/hugo-killed" 2>/dev/null || echo "stopped after ${secs} s (limit ${HUGO_MAX_SECONDS} s)"), peak ${rss_mib} MiB"; hugo_s=""
  fi
  kill "$watchdog" 2>/dev/null || true; rm -f "$work/hugo-killed"
  [ -z "$hugo_s" ] || awk -v c="$cold" -v f="$full" -v h="$hugo_s" 'BEGIN { printf "         ratio to Hugo: cold %.2f×, full from Markdown %.2f×\n", c / h, f / h }'

  rm -rf "$site" "$hsite"
done
echo "(\"Nw\" = N files written; pages = HTML files; load average at end: $(cut -d' ' -f1-3 /proc/loadavg))"
