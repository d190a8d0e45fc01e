#!/usr/bin/env bash
# Branch-deploy benchmark: what a deploy sends when the site is pushed to a gh-pages branch
# (actions/deploy-branch/push-site.sh, the script the branch-deploy workflow runs) against the
# whole-site artifact the default workflow uploads on every deploy.
# Usage: tests/bench/branch-deploy-bench.sh [ARTICLES]        (default 10000)
# Generates ARTICLES + 1 seeds (tests/StaticNews.Corpus), holds one back, builds, pushes output/
# to a bare repository's gh-pages branch (the first deploy), adds the held-back article (dated
# after all others, as a new wire article is), builds again (incrementally, as CI does with its
# cache), pushes again, and prints the files and bytes of each push next to the size of output/
# as a tar (what upload-pages-artifact packs) and that tar gzipped.
# Works in /dev/shm; the remote is a local bare repository, so the figures are git's pack sizes,
# not network time.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-10000}"
push_site="$repo/actions/deploy-branch/push-site.sh"
work="$(mktemp -d /dev/shm/staticnews-branch.XXXXXX)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/StaticNews.csproj" -c Release -v q -nologo >/dev/null
dotnet build "$repo/tests/StaticNews.Corpus" -c Release -v q -nologo >/dev/null
sn=(dotnet "$repo/bin/Release/net10.0/StaticNews.dll")
corpus="$repo/tests/StaticNews.Corpus/bin/Release/net10.0/StaticNews.Corpus.dll"

site="$work/site"
dotnet "$corpus" --count $((n + 1)) --out "$site" >/dev/null
last="$(ls "$site/input/seeds" | sort | tail -1)"
mv "$site/input/seeds/$last" "$work/new-article.txt"
sed -i -e '1s/.*/Havnen i Aarhus åbner for krydstogtskibe igen/' -e '2s/.*/31 december 2023 kl. 23.00/' "$work/new-article.txt"

git init -q --bare "$work/remote.git"
git -C "$work/remote.git" config uploadpack.allowFilter true # as GitHub allows partial fetches
git init -q "$site"
git -C "$site" remote add origin "$work/remote.git"
git -C "$site" -c user.name=bench -c user.email=bench@example.invalid commit -q --allow-empty -m "the site's sources"

build() { (cd "$site" && "${sn[@]}" build --theme "$repo/theme") >"$work/build-$1.log" 2>&1 || { echo "failed: build $1"; tail -5 "$work/build-$1.log"; exit 1; }; }
# deploy LABEL: runs the push script; sets $pushed (objects and size from git's "Writing objects" line), $took
deploy() {
  local start end
  start=$(date +%s.%N)
  (cd "$site" && "$push_site" output gh-pages origin) >"$work/push-$1.log" 2>&1 || { echo "failed: push $1"; tail -5 "$work/push-$1.log"; exit 1; }
  end=$(date +%s.%N)
  took=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  pushed="$(tr '\r' '\n' <"$work/push-$1.log" | grep -E '^Writing objects: 100%' | tail -1 | sed -E 's/^Writing objects: 100% \(([0-9]+)\/[0-9]+\), ([^|]+)\|.*/\1 objects, \2/' | xargs)"
}
human() { numfmt --to=iec-i --suffix=B --format='%.1f' "$1"; }

echo "machine: $(nproc) cores; git $(git --version | cut -d' ' -f3); StaticNews $(git -C "$repo" rev-parse --short HEAD); $n articles, then one more"
build first
files=$(find "$site/output" -type f | wc -l)
tar_bytes=$(tar -cf - -C "$site/output" . | wc -c)
tgz_bytes=$(tar -cf - -C "$site/output" . | gzip -6 | wc -c)
deploy first
first_commit="$(git -C "$work/remote.git" rev-parse gh-pages)"
echo "whole site:        $files files, tar $(human "$tar_bytes") ($tar_bytes bytes), tar.gz $(human "$tgz_bytes") ($tgz_bytes bytes)"
echo "first branch push: $pushed ($took s, hashing and compressing every file)"

cp "$work/new-article.txt" "$site/input/seeds/"
build one-new
files_after=$(find "$site/output" -type f | wc -l)
tar_after=$(tar -cf - -C "$site/output" . | wc -c)
tgz_after=$(tar -cf - -C "$site/output" . | gzip -6 | wc -c)
deploy one-new
second_commit="$(git -C "$work/remote.git" rev-parse gh-pages)"
changes="$(git -C "$work/remote.git" diff-tree -r --no-renames --name-status "$first_commit" "$second_commit")"
changed_bytes=$(printf '%s\n' "$changes" | awk '$1 != "D" {print $2}' | (cd "$site/output" && xargs -r stat -c %s) | awk '{s += $1} END {print s + 0}')
# The exact pack a push of the second commit sends to a remote holding the first, made as the
# push made it: from a shallow repository (--shallow), so every object of the first is left out.
pack_bytes=$(printf '%s\n^%s\n' "$second_commit" "$first_commit" | git -C "$work/remote.git" pack-objects --revs --thin --shallow --stdout -q | wc -c)
echo
echo "one new article at $n:"
echo "  files:           $(printf '%s\n' "$changes" | cut -c1 | sort | uniq -c | awk '{printf "%s%s %s", sep, $2, $1; sep=", "}') (A added, M changed, D removed) of $files_after; $(human "$changed_bytes") of file contents"
echo "  where:           $(printf '%s\n' "$changes" | awk '{ n = split($2, part, "/"); folder = n > 2 ? part[1] "/" part[2] : (n == 2 ? part[1] : "."); print $1 " " folder }' | sort | uniq -c | sort -rn | head -6 | awk '{printf "%s%s %s in %s/", sep, $2, $1, $3; sep=", "}')"
echo "  branch push:     $pushed; exact pack $(human "$pack_bytes") ($pack_bytes bytes); $took s"
echo "  artifact deploy: tar $(human "$tar_after") ($tar_after bytes), tar.gz $(human "$tgz_after") ($tgz_after bytes)"
awk -v p="$pack_bytes" -v t="$tar_after" -v g="$tgz_after" 'BEGIN { printf "  = the push is %.3f %% of the tar, %.3f %% of the tar.gz (%.0f× less)\n", 100 * p / t, 100 * p / g, g / p }'
echo "  remote after both deploys: $(du -sh "$work/remote.git" | cut -f1) ($(git -C "$work/remote.git" rev-list --count gh-pages) commit on gh-pages)"
