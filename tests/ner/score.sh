#!/usr/bin/env bash
# Scores StaticNews's entity recogniser on a DaN+-style CoNLL file (default: the dev copy in
# tests/fixtures/ner/): span P/R/F1 per type (LOC, PER, ORG; MISC and -deriv/-part as O), then
# speed on one core (the file's text repeated to about 2 MB, tagged pinned to one CPU).
#
# usage: tests/ner/score.sh [GOLD.tsv]        (from anywhere; builds Release first)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
gold="$(realpath "${1:-$root/tests/fixtures/ner/danplus-news-dev.tsv}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/StaticNews.csproj" -c Release -o "$work/bin" -v quiet -nologo >/dev/null
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)

"${pin[@]}" dotnet "$work/bin/StaticNews.dll" entities --conll "$gold" --out "$work/pred.tsv" 2>/dev/null
echo "entity recognition on $(basename "$gold") (span level; MISC, -deriv, -part as O)"
python3 "$root/tests/ner/score.py" "$gold" "$work/pred.tsv"

# Speed: the same text repeated to ~2 MB; time spent tagging (model loaded, features, Viterbi).
bytes=$(stat -c %s "$gold")
copies=$(( 2000000 / bytes + 1 ))
for _ in $(seq "$copies"); do cat "$gold"; echo; done > "$work/big.tsv"
line=$("${pin[@]}" dotnet "$work/bin/StaticNews.dll" entities --conll "$work/big.tsv" --out "$work/big.out" 2>&1 >/dev/null | tail -1)
python3 - "$line" <<'PY'
import re, sys
m = re.search(r"(\d+) bytes of text in ([\d.]+) s \(([\d.]+) s CPU\)", sys.argv[1])
b, s, cpu = int(m.group(1)), float(m.group(2)), float(m.group(3))
print(f"speed: {b / 1e6 / s:.2f} MB of text per second on one core ({b} bytes in {s:.2f} s; "
      f"{b / 1e6 / cpu:.2f} MB per CPU second, {cpu:.2f} s CPU)")
PY
