#!/usr/bin/env bash
# Builds the Linux app-image and runs its own launcher once with `check` on a sample post, grammar
# included: a package that lost a class, a rule pack or LanguageTool's data fails here.
set -euo pipefail
cd "$(dirname "$0")/.."

DEST=target/smoke installer/package.sh app-image >/dev/null
launcher=target/smoke/ReaderFirst/bin/ReaderFirst
status=0
out=$("$launcher" check --format json installer/sample-post.txt) || status=$?
# 0: no errors (this post has warnings only); 1 would mean an error among the findings; 2 a failure.
if [ "$status" -gt 1 ]; then
  echo "smoke test: the packaged launcher exited with $status" >&2
  echo "$out" >&2
  exit 1
fi
for expected in '"category":"self-promotion"' '"category":"engagement-bait"' '"category":"grammar"'; do
  if ! grep -q "$expected" <<<"$out"; then
    echo "smoke test: the packaged app found no $expected finding in installer/sample-post.txt" >&2
    echo "$out" >&2
    exit 1
  fi
done
echo "smoke test: the packaged launcher checked the sample post ($(grep -o '"rule"' <<<"$out" | wc -l) findings)"
