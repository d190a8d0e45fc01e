#!/usr/bin/env bash
# Scale benchmark: StaticNews against Hugo (Debian's package) and Pagefind 1.6.0 on the same
# generated articles, in one run on one machine, in /dev/shm (disk speed does not decide).
#
# Usage: tests/bench/scale-bench.sh [CORPUS...]      (default: 10000 10000:3000)
#   CORPUS is N (N articles dated over ten years) or N:D (D of them on one day).
#   ROUNDS (default 2 up to 10,000 articles, 1 above) rounds per corpus; in each round our runs
#   and Hugo's are interleaved, so a swing of a shared machine falls on both: ratios are per
#   round, and the summary gives their range.
#   OTHER=1 also times the other program `dotnet run` can make beside the primary rows (the
#   composite ReadyToRun image where `dotnet run` runs the native one, else the native one): from
#   Markdown, and its own cold, nothing-changed and one-new-article builds.
#   COLD_ONLY=1 runs our cold build alone (how its time and peak memory grow with the archive:
#   `COLD_ONLY=1 tests/bench/scale-bench.sh 10000 30000 100000`).
#
# Our builds run what `dotnet run` runs (StaticNews.csproj, StaticNewsRunImage): the program
# compiled ahead of time with Native AOT where clang and zlib's headers are at hand, else the
# Release build published self-contained with the runtime into one composite ReadyToRun image. Per round:
#   ours-md      the site's ingested Markdown alone (no seeds, no .cache/, no output/): what Hugo gets
#   hugo         Hugo on the same Markdown (tests/bench/hugo/: our pages and feeds, sitemap on)
#   pagefind     Pagefind over Hugo's pages (article bodies marked data-pagefind-body)
#   ours-cold    seeds only: ingest with entity tagging, render, search index
#   ours-fresh   a fresh clone: seeds and their Markdown, no .cache/, no output/
#   ours-nochange  the cold build's folder built again
#   ours-one-new   a copy of that folder (times kept) with one new wire article (dated after all others) added, built
# Each run: wall seconds, CPU seconds (user+system) and peak resident memory (/usr/bin/time).
#   REPEAT (default 3 up to 10,000 articles, 1 above) runs of each of our rows per round, each on a fresh copy of its folder: a
#   run of under a second swings by a third on a shared machine, so the row that counts is the
#   median run (by wall time), with that run's CPU and memory; every run is printed. Hugo and
#   Pagefind run once per round (a half-minute run swings less, and our ratios to them have room).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(10000 10000:3000)

command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
work="$(mktemp -d /dev/shm/staticnews-scale.XXXXXX)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && mkdir pf && cd pf && npm install --silent --no-audit --no-fund pagefind@1.6.0 >/dev/null)
pagefind="$work/pf/node_modules/.bin/pagefind"

# `dotnet run` builds the tool and makes what it runs; MSBuild names it (RunCommand). Each program
# is copied: a rebuild in the worktree must not change it mid-run.
dotnet run --project "$repo/StaticNews.csproj" -v q -- --version >/dev/null
dotnet build "$repo/tests/StaticNews.Corpus" -c Release -v q -nologo >/dev/null
run_command() { dotnet msbuild "$repo/StaticNews.csproj" -t:StaticNewsRunImage -getProperty:RunCommand -v q -nologo "$@"; }
ours="$(run_command)"
cp -r "$(dirname "$ours")" "$work/ours"
sn=("$work/ours/$(basename "$ours")")
image="$([[ "$ours" == */native/* ]] && echo native || echo composite)"
if [ "${OTHER:-0}" = 1 ]; then
  if [ "$image" = native ]; then
    alt=r2r; other="$(run_command -p:StaticNewsNative=false)"
  else
    # With clang and zlib's headers installed, `dotnet run` makes the native program.
    alt=native
    apt-get update -qq && apt-get install -y -qq clang zlib1g-dev >/dev/null
    other="$(run_command)"
  fi
  cp -r "$(dirname "$other")" "$work/other"
  other="$work/other/$(basename "$other")"
fi
corpus="$repo/tests/StaticNews.Corpus/bin/Release/net10.0/StaticNews.Corpus.dll"
results="$work/results.tsv"; : >"$results"
runs="$work/runs.tsv"; : >"$runs"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "versions: .NET $(dotnet --version), StaticNews $(git -C "$repo" rev-parse --short HEAD) ($image${alt:+; also $alt}), $(hugo version | cut -d' ' -f1-2), pagefind $("$pagefind" --version | cut -d' ' -f2)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-12s %-5s %-24s %8s %8s %9s %8s\n' corpus round run wall-s cpu-s peak-MiB pages

# measure CORPUS ROUND LABEL DIR CMD...: runs CMD in DIR under /usr/bin/time, prints a row and
# appends it to $results; $log is the run's output.
measure() {
  local name="$1" round="$2" label="$3" dir="$4"; shift 4
  log="$work/$label-$round-${name/:/-}.log"
  (cd "$dir" && /usr/bin/time -f '__time %e %U %S %M' "$@" >"$log" 2>&1) || { echo "failed: $label"; grep -v '^warning:' "$log" | head -40; tail -3 "$log"; cp "$log" /tmp/ 2>/dev/null; exit 1; }
  local secs user sys kib pages
  read -r secs user sys kib < <(awk '/^__time/ {print $2, $3, $4, $5}' "$log")
  pages="$(awk '/^pages:/ {print $2} /^written:/ {print $2 "w"}' "$log" | head -1)"
  [ -n "$pages" ] || [ "$label" != hugo ] || pages="$(find "$dir/public" -name '*.html' | wc -l)"
  local cpu; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '%-12s %-5s %-24s %8.2f %8.2f %9d %8s\n' "$name" "$round" "$label" "$secs" "$cpu" $((kib / 1024)) "$pages"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$round" "$label" "$secs" "$cpu" $((kib / 1024)) "$log" >>"$runs"
}

# repeated SETUP CORPUS ROUND LABEL DIR CMD...: REPEAT times, SETUP (a function) makes DIR afresh
# and CMD is measured in it; the median run by wall time goes into $results, and $log is its log.
repeated() {
  local setup="$1" name="$2" round="$3" label="$4" dir="$5"; shift 5
  local k
  for k in $(seq "$repeat"); do
    "$setup"
    measure "$name" "$round" "$label" "$dir" "$@"
    mv "$log" "${log%.log}-$k.log"
    sed -i '$ s/\.log$/-'"$k"'.log/' "$runs"
  done
  local row
  row="$(awk -F'\t' -v n="$name" -v r="$round" -v l="$label" '$1 == n && $2 == r && $3 == l' "$runs" | sort -t$'\t' -k4,4g | sed -n "$(( (repeat + 1) / 2 ))p")"
  printf '%s\n' "$row" | cut -f1-6 >>"$results"
  log="$(printf '%s\n' "$row" | cut -f7)"
  [ "$repeat" = 1 ] || printf '%-12s %-5s %-24s %8.2f %8.2f %9d\n' "$name" "$round" "$label (median)" "$(cut -f4 <<<"$row")" "$(cut -f5 <<<"$row")" "$(cut -f6 <<<"$row")"
}

for spec in "${corpora[@]}"; do
  n="${spec%%:*}"; same_day=0; [[ "$spec" == *:* ]] && same_day="${spec#*:}"
  rounds="${ROUNDS:-$([ "$n" -le 10000 ] && echo 2 || echo 1)}"
  repeat="${REPEAT:-$([ "$n" -le 10000 ] && echo 3 || echo 1)}"
  gen="$work/gen"; rm -rf "$gen"
  dotnet "$corpus" --count $((n + 1)) --same-day "$same_day" --out "$gen" >/dev/null
  # This measures speed, not the host: past ~50,000 generated articles the site outgrows GitHub
  # Pages' 1 GB, which the default max_site_bytes refuses (rightly) at the write stage.
  echo "max_site_bytes: 100000000000" >>"$gen/input/site.yml"
  # "One new article" is today's: the held-back seed gets a title of its own and a date after
  # every generated one (they lie in 2014-2023), as a wire article arriving now would.
  last="$(ls "$gen/input/seeds" | sort | tail -1)"
  mv "$gen/input/seeds/$last" "$work/new-article.txt"
  sed -i -e '1s/.*/Havnen i Aarhus åbner for krydstogtskibe igen/' -e '2s/.*/31 december 2023 kl. 23.00/' "$work/new-article.txt"

  # Each run's folder, made afresh before it (the functions repeated() is given).
  cold_from_seeds() { rm -rf "$cold"; cp -a "$gen" "$cold"; }
  markdown_alone() { rm -rf "$work/run-md"; cp -a "$md" "$work/run-md"; }
  fresh_clone() { rm -rf "$fresh"; mkdir -p "$fresh/input"; cp -a "$gen/input/seeds" "$gen/input/site.yml" "$md/input/articles" "$fresh/input/"; }
  cold_built() { :; }
  cold_plus_one() { rm -rf "$work/one-new"; cp -a "$cold" "$work/one-new"; cp "$work/new-article.txt" "$work/one-new/input/seeds/"; }
  other_cold_from_seeds() { rm -rf "$ocold"; cp -a "$gen" "$ocold"; }
  other_plus_one() { rm -rf "$work/other-one-new"; cp -a "$ocold" "$work/other-one-new"; cp "$work/new-article.txt" "$work/other-one-new/input/seeds/"; }
  cold="$work/cold"; fresh="$work/fresh"; ocold="$work/other-cold"

  for round in $(seq "$rounds"); do
    cold_from_seeds
    if [ "${COLD_ONLY:-0}" = 1 ]; then
      repeated cold_from_seeds "$spec" "$round" ours-cold "$cold" "${sn[@]}" build --theme "$repo/theme"
      awk -F': ' '/^time / {printf "             %s: %s\n", $1, $2}' "$log"
      rm -rf "$cold"; continue
    fi
    if [ "$round" = 1 ]; then
      # The Markdown every other run is given: ingest's, made once (not timed).
      (cd "$cold" && "${sn[@]}" ingest) >"$work/ingest.log" 2>&1 || { echo "failed: ingest ($work/ingest.log)"; exit 1; }
      md="$work/md"; rm -rf "$md"; mkdir -p "$md/input"; cp -a "$cold/input/articles" "$cold/input/site.yml" "$md/input/"
      hsite="$work/hugo"; rm -rf "$hsite"; mkdir -p "$hsite/content"; cp -r "$repo/tests/bench/hugo/." "$hsite/"
      cp -a "$cold/input/articles" "$hsite/content/articles"
    fi

    repeated markdown_alone "$spec" "$round" ours-md "$work/run-md" "${sn[@]}" build --theme "$repo/theme"
    rm -rf "$work/run-md" "$hsite/public" "$hsite/resources"
    measure "$spec" "$round" hugo "$hsite" timeout "${HUGO_MAX_SECONDS:-3600}" hugo --quiet -d public
    tail -1 "$runs" | cut -f1-6 >>"$results"
    measure "$spec" "$round" pagefind "$hsite" "$pagefind" --site public
    tail -1 "$runs" | cut -f1-6 >>"$results"
    [ "$n" -le 10000 ] || rm -rf "$hsite/public"
    # The cold build's folder is kept: the median run's is not, but every run builds the same site.
    repeated cold_from_seeds "$spec" "$round" ours-cold "$cold" "${sn[@]}" build --theme "$repo/theme"
    awk -F': ' '/^time / {printf "             %s: %s\n", $1, $2}' "$log"
    if [ -n "${alt:-}" ]; then
      repeated markdown_alone "$spec" "$round" "$alt-md" "$work/run-md" "$other" build --theme "$repo/theme"
      rm -rf "$work/run-md"
    fi

    # A fresh clone: the seeds and their Markdown, as committed; nothing a build left beside them.
    # Up to 10,000 articles its site is compared with the cold build's, byte for byte; above, the
    # cold build's folder goes first (/dev/shm is memory, and Hugo and the others need it too).
    fresh_clone_row() {
      repeated fresh_clone "$spec" "$round" ours-fresh "$fresh" "${sn[@]}" build --theme "$repo/theme"
      grep -q "unchanged, $n of them reused without parsing" "$log" || { echo "failed: the fresh clone tagged seeds again ($log)"; grep '^seeds' "$log"; exit 1; }
    }
    if [ "$n" -le 10000 ]; then
      fresh_clone_row
      diff -r "$cold/output" "$fresh/output" >/dev/null || { echo "failed: the fresh clone made another site than the cold build"; exit 1; }
      rm -rf "$fresh"
    fi
    repeated cold_built "$spec" "$round" ours-nochange "$cold" "${sn[@]}" build --theme "$repo/theme"
    repeated cold_plus_one "$spec" "$round" ours-one-new "$work/one-new" "${sn[@]}" build --theme "$repo/theme"
    awk -F': ' '/^time / {printf "             %s: %s\n", $1, $2}' "$log"
    rm -rf "$cold" "$work/one-new"
    if [ -n "${alt:-}" ]; then
      # The other program's own incremental rows, against its own cold build (a page key names the
      # generator build, so the primary's folder would be rebuilt whole).
      repeated other_cold_from_seeds "$spec" "$round" "$alt-cold" "$ocold" "$other" build --theme "$repo/theme"
      repeated cold_built "$spec" "$round" "$alt-nochange" "$ocold" "$other" build --theme "$repo/theme"
      repeated other_plus_one "$spec" "$round" "$alt-one-new" "$work/other-one-new" "$other" build --theme "$repo/theme"
      awk -F': ' '/^time / {printf "             %s: %s\n", $1, $2}' "$log"
      rm -rf "$ocold" "$work/other-one-new"
    fi
    if [ "$n" -gt 10000 ]; then fresh_clone_row; rm -rf "$fresh"; fi
  done
  rm -rf "$gen" "${md:-}" "${hsite:-}"
done
[ "${COLD_ONLY:-0}" = 1 ] && exit 0

echo
echo "ratios per round (wall time; cpu time in brackets), and peak memory:"
awk -F'\t' -v alt="${alt:-}" '
  { w[$1 FS $2 FS $3] = $4; c[$1 FS $2 FS $3] = $5; m[$1 FS $3] = ($6 > m[$1 FS $3] ? $6 : m[$1 FS $3]); if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 } rounds[$1] = ($2 > rounds[$1] ? $2 : rounds[$1]) }
  function ratio(name, label, a, b, r,   x, y) { x = w[name FS r FS a]; y = w[name FS r FS b]; return y > 0 ? sprintf("%.2f× (%.2f×)", x / y, c[name FS r FS a] / c[name FS r FS b]) : "-" }
  function sum_ratio(name, a, b1, b2, r) { return sprintf("%.2f× (%.2f×)", w[name FS r FS a] / (w[name FS r FS b1] + w[name FS r FS b2]), c[name FS r FS a] / (c[name FS r FS b1] + c[name FS r FS b2])) }
  END {
    for (i = 1; i <= k; i++) {
      name = order[i]
      for (r = 1; r <= rounds[name]; r++) {
        printf "%-12s round %d: from Markdown / Hugo %s; cold / (Hugo + Pagefind) %s; fresh clone / from Markdown %s;\n", name, r, ratio(name, "", "ours-md", "hugo", r), sum_ratio(name, "ours-cold", "hugo", "pagefind", r), ratio(name, "", "ours-fresh", "ours-md", r)
        printf "%-12s          one new article / cold %.1f %% (%.1f %%); nothing changed / cold %.1f %% (%.1f %%)\n", "", 100 * w[name FS r FS "ours-one-new"] / w[name FS r FS "ours-cold"], 100 * c[name FS r FS "ours-one-new"] / c[name FS r FS "ours-cold"], 100 * w[name FS r FS "ours-nochange"] / w[name FS r FS "ours-cold"], 100 * c[name FS r FS "ours-nochange"] / c[name FS r FS "ours-cold"]
        if (alt != "" && (name FS r FS alt "-cold") in w)
          printf "%-12s          %s: from Markdown / Hugo %s; cold / (Hugo + Pagefind) %s; one new article / cold %.1f %% (%.1f %%); nothing changed / cold %.1f %% (%.1f %%)\n", "", alt, ratio(name, "", alt "-md", "hugo", r), sum_ratio(name, alt "-cold", "hugo", "pagefind", r), 100 * w[name FS r FS alt "-one-new"] / w[name FS r FS alt "-cold"], 100 * c[name FS r FS alt "-one-new"] / c[name FS r FS alt "-cold"], 100 * w[name FS r FS alt "-nochange"] / w[name FS r FS alt "-cold"], 100 * c[name FS r FS alt "-nochange"] / c[name FS r FS alt "-cold"]
      }
      printf "%-12s peak MiB: ours cold %d, from Markdown %d, fresh clone %d; Hugo %d, Pagefind %d\n", name, m[name FS "ours-cold"], m[name FS "ours-md"], m[name FS "ours-fresh"], m[name FS "hugo"], m[name FS "pagefind"]
    }
  }' "$results"
echo "(\"Nw\" = N files written; pages = HTML files; load average at end: $(cut -d' ' -f1-3 /proc/loadavg))"
