#!/usr/bin/env bash
# A failing content check must stop `npm run build` before .next is touched,
# so a bad commit never takes down the site already being served.
#
# In a throwaway copy of the project: build, serve it, break one article,
# build again (must fail), and check that the running server and a restarted
# one still serve the old site from an untouched .next.
#
# Usage: npm run test:build-safety   (PORT picks the server port, default 3334)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${PORT:-3334}"
article_file="content/articles/coastal-cities-flood-data-pact.md"
article_url="http://127.0.0.1:${port}/world/coastal-cities-flood-data-pact"
work="$(mktemp -d /tmp/build-safety.XXXXXX)"
server_pgid=""
started=$SECONDS

cleanup() {
  if [ -n "$server_pgid" ]; then kill -- "-$server_pgid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $* ($((SECONDS - started)) s)"; }

start_server() {
  # exec: the background child becomes setsid itself, so its pid is the new group id.
  (cd "$work" && exec setsid node node_modules/next/dist/bin/next start -p "$port" -H 127.0.0.1) >>"$work/server.log" 2>&1 &
  server_pgid=$!
  for _ in $(seq 1 60); do
    curl -sf -o /dev/null "http://127.0.0.1:${port}/" && return 0
    sleep 0.5
  done
  cat "$work/server.log" >&2
  fail "server did not start"
}

stop_server() {
  kill -- "-$server_pgid" 2>/dev/null || true
  wait "$server_pgid" 2>/dev/null || true
  server_pgid=""
}

expect_old_site() {
  local status body
  status="$(curl -s -o "$work/page.html" -w '%{http_code}' "$article_url")"
  [ "$status" = 200 ] || fail "$1: article answered $status, expected 200"
  grep -q "$title" "$work/page.html" || fail "$1: article no longer shows its title"
}

step "copying the project to $work"
# Hard links: a full node_modules in seconds, and no symlink for the bundler to refuse.
tar -C "$root" --exclude=./node_modules --exclude=./.next --exclude=./.contentlayer \
  --exclude=./test-results --exclude=./playwright-report --exclude=./bench/.tmp -cf - . | tar -C "$work" -xf -
cp -al "$root/node_modules" "$work/node_modules"

step "first build"
(cd "$work" && NEXT_TELEMETRY_DISABLED=1 npm run build >"$work/build1.log" 2>&1) || { tail -30 "$work/build1.log"; fail "the clean build failed"; }
build_id="$(cat "$work/.next/BUILD_ID")"
title="$(sed -n 's/^title: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$work/$article_file" | head -1 | cut -c1-30)"
[ -n "$title" ] || fail "could not read the article title"

step "serving build $build_id"
start_server
expect_old_site "before the bad commit"

step "breaking $article_file and building again"
touch "$work/.marker"
sleep 1
# A typical bad commit: the frontmatter loses its closing quote and a required field.
sed -i -e 's/^title: .*/title: "Unclosed quote/' -e '/^author:/d' "$work/$article_file"
if (cd "$work" && NEXT_TELEMETRY_DISABLED=1 npm run build >"$work/build2.log" 2>&1); then
  fail "npm run build succeeded with a broken content file"
fi
grep -q "Content check failed" "$work/build2.log" || { cat "$work/build2.log"; fail "the build failed, but not at the content check"; }
grep -q "$article_file" "$work/build2.log" || fail "the content check did not name the broken file"

step "checking the running server and the build output"
[ "$(cat "$work/.next/BUILD_ID")" = "$build_id" ] || fail ".next/BUILD_ID changed"
changed="$(find "$work/.next" -newer "$work/.marker" -type f -not -path '*/cache/*' | head -5)"
[ -z "$changed" ] || fail "files in .next changed: $changed"
expect_old_site "after the failed build"

step "restarting the server on the untouched build"
stop_server
start_server
expect_old_site "after a restart"

step "PASS: a failed content check left build $build_id serving"
