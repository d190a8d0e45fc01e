#!/usr/bin/env bash
# What our site and the bench's Hugo site (tests/bench/hugo/) make from the same Markdown, by kind
# of page and feed, side by side: the check that scale-bench.sh compares like with like.
#
# Usage: tests/bench/hugo-parity.sh OUR_OUTPUT HUGO_PUBLIC
#   e.g. after `dotnet StaticNews.dll build` in a corpus folder and `hugo -d public` in a Hugo site
#   holding the same input/articles as content/articles (as scale-bench.sh sets them up).
set -euo pipefail
o="${1:?our output/ folder}"; h="${2:?the public/ folder of the Hugo site}"

row() { printf '%-58s %18s %18s\n' "$1" "$2" "$3"; }
count() { find "$@" 2>/dev/null | wc -l; }
# Hugo writes a redirect at every paginated list's /page/1/ (its page 1 is the list's own URL).
redirects() { find "$@" -path '*/page/1/index.html' 2>/dev/null | xargs -r grep -l 'http-equiv="refresh"' | wc -l; }
numbered() { echo $(( $(count "$@" -path '*/page/*' -name index.html) - $(redirects "$@") )); }
terms() { count "$@" -mindepth 2 -maxdepth 2 -name index.html -not -path '*/a-z/*'; }
feeds() { find "$1" \( -name feed.xml -o -name index.xml \) -not -path "$1/feed.xml" -not -path "$1/index.xml"; }
entries() { while read -r f; do grep -o "<$1>" "$f" | wc -l; done; }
mb() { find "$1" -name "$2" -print0 | du -cb --files0-from=- | tail -1 | awk '{printf "%.1f", $1 / 1e6}'; }
hugo_tags=("$h/people" "$h/organisations" "$h/tags")

row "" ours hugo
row "index.html files" "$(count "$o" -name index.html)" "$(count "$h" -name index.html)"
row "  of them /page/1/ redirects" "$(redirects "$o")" "$(redirects "$h")"
row "article pages" "$(count "$o"/20?? -mindepth 3 -name index.html -not -path '*/page/*')" "$(count "$h"/20?? -mindepth 3 -name index.html -not -path '*/page/*')"
ours_home=$(numbered "$o/page"); hugo_home=$(numbered "$h/page")
row "home: front page + numbered pages" "$((ours_home + 1))" "$((hugo_home + 1))"
row "places: term pages / numbered pages" "$(terms "$o/locations") / $(numbered "$o/locations")" "$(terms "$h/locations") / $(numbered "$h/locations")"
row "tags (Hugo: people, organisations, tags): term / numbered" "$(terms "$o/tags") / $(numbered "$o/tags")" "$(terms "${hugo_tags[@]}") / $(numbered "${hugo_tags[@]}")"
row "term index pages (+ A-Z letter pages)" "$(count "$o/tags" "$o/locations" -maxdepth 1 -name index.html) + $(count "$o/tags/a-z" "$o/locations/a-z" -name index.html)" "$(count "${hugo_tags[@]}" "$h/locations" -maxdepth 1 -name index.html)"
row "years / month front pages / month numbered pages" "$(count "$o"/20??/index.html) / $(count "$o"/20??/??/index.html) / $(count "$o"/20??/??/page -name index.html)" "$(count "$h"/20??/index.html) / $(count "$h"/20??/??/index.html) / $(count "$h"/20??/??/page -name index.html)"
row "term feeds" "$(feeds "$o" | wc -l)" "$(feeds "$h" | wc -l)"
row "  most entries in one / feeds with 10 / entries in all" \
  "$(feeds "$o" | entries entry | sort -n | tail -1) / $(feeds "$o" | entries entry | grep -cx 10) / $(feeds "$o" | entries entry | paste -sd+ | bc)" \
  "$(feeds "$h" | entries item | sort -n | tail -1) / $(feeds "$h" | entries item | grep -cx 10) / $(feeds "$h" | entries item | paste -sd+ | bc)"
row "site feed entries" "$(grep -o '<entry>' "$o/feed.xml" | wc -l)" "$(grep -o '<item>' "$h/index.xml" | wc -l)"
row "HTML MB / feed MB" "$(mb "$o" '*.html') / $(mb "$o" feed.xml)" "$(mb "$h" '*.html') / $(mb "$h" index.xml)"
