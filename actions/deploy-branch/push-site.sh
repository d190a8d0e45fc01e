#!/usr/bin/env bash
# Usage: push-site.sh SITE [BRANCH] [REMOTE]      (defaults: gh-pages, origin)
# Run inside a git clone (the workflow's checkout). Publishes the built site in SITE as the one
# commit of BRANCH on REMOTE, for GitHub Pages' "Deploy from a branch", and sends only the files
# that changed since the branch's last commit:
# - it works in a scratch repository of its own (the checkout's files, index and objects are left
#   alone), which talks to REMOTE with the checkout's URL and credentials;
# - there it fetches the branch's last commit and trees but no file contents (--depth=1
#   --filter=blob:none), so git knows which files the remote already has without downloading
#   the site. That the scratch repository is shallow matters: a push from a shallow repository
#   leaves out every object of the remote's commit, not only those of a parent it shares;
# - the new commit has no parent, so the branch keeps one commit and neither its history nor the
#   repository grows with every deploy; the push is a --force-with-lease over the fetched commit;
# - .nojekyll is always in the commit: without it Pages runs Jekyll over the site, which drops
#   files and folders whose names begin with "_" and takes minutes on a large archive.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 SITE [BRANCH] [REMOTE]" >&2; exit 2; }
[ -f "$1/index.html" ] || { echo "error: $1 holds no index.html: build the site before deploying it" >&2; exit 2; }
site="$(cd "$1" && pwd)"
branch="${2:-gh-pages}"
remote="${3:-origin}"
checkout_git_dir="$(git rev-parse --absolute-git-dir)"
url="$(git remote get-url "$remote")"
case "$url" in /*|[a-z]*://*|*@*:*) ;; *) url="$(cd "$url" && pwd)" ;; esac # a path relative to the checkout
source_commit="${GITHUB_SHA:-$(git rev-parse HEAD 2>/dev/null || echo unknown)}"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export GIT_DIR="$scratch/deploy.git" GIT_INDEX_FILE="$scratch/index"
git init --quiet --bare "$GIT_DIR"
# The scratch repository is thrown away: no housekeeping in it. Left on, a fetch started git's
# automatic maintenance in the background, which was still writing into the repository when the
# script removed it, and the deploy failed after its push had succeeded.
git config gc.auto 0
git config maintenance.auto false
git remote add origin "$url"
# The checkout's credentials for the remote (actions/checkout keeps them as an http extraheader,
# in .git/config or a file it includes): read through the checkout's config, kept in the scratch
# repository, removed with it.
git --git-dir="$checkout_git_dir" config --get-regexp '^http\..*extraheader$' 2>/dev/null \
  | while read -r key value; do git config --add "$key" "$value"; done || true

# A commit needs a name; on GitHub Actions, the one its own bot uses.
export GIT_AUTHOR_NAME="${GIT_AUTHOR_NAME:-github-actions[bot]}"
export GIT_AUTHOR_EMAIL="${GIT_AUTHOR_EMAIL:-41898282+github-actions[bot]@users.noreply.github.com}"
export GIT_COMMITTER_NAME="${GIT_COMMITTER_NAME:-$GIT_AUTHOR_NAME}"
export GIT_COMMITTER_EMAIL="${GIT_COMMITTER_EMAIL:-$GIT_AUTHOR_EMAIL}"

# The branch's last commit, if it has one. ls-remote tells "no such branch" (exit 2, the first
# deploy) from a remote that cannot be reached (any other failure, which stops the deploy).
old=""
if git ls-remote --exit-code --heads origin "$branch" >/dev/null; then
  git fetch --quiet --no-tags --depth=1 --filter=blob:none origin "+refs/heads/$branch:refs/remotes/origin/$branch"
  old="$(git rev-parse "refs/remotes/origin/$branch")"
else
  status=$?
  [ "$status" -eq 2 ] || { echo "error: cannot read the branches of $remote ($url): git ls-remote exit code $status" >&2; exit 1; }
fi

git --work-tree="$site" -C "$site" add --all --force .
git update-index --add --cacheinfo "100644,$(git hash-object -w --stdin </dev/null),.nojekyll"
tree="$(git write-tree)"

if [ -n "$old" ] && [ "$(git rev-parse "$old^{tree}")" = "$tree" ]; then
  echo "$branch already holds this site: nothing to push"
  exit 0
fi
commit="$(git commit-tree "$tree" -m "Site built from $source_commit")"

if [ -n "$old" ]; then
  # Files added (A), changed (M) and removed (D): tree against tree, no file contents needed.
  echo "changes on $branch: $(git diff-tree -r --no-renames --name-status "$old" "$commit" | cut -c1 | sort | uniq -c | awk '{printf "%s%s %s", sep, $2, $1; sep=", "}')"
fi
git push --progress --force-with-lease="refs/heads/$branch:$old" origin "$commit:refs/heads/$branch"
echo "pushed $commit to $branch"
