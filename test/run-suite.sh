#!/usr/bin/env bash
# `npm test`: the whole suite on SQLite, then the whole suite again on PostgreSQL when
# CONCORD_TEST_DATABASE_URL is set (a postgres:// URL of a database the tests may create schemas
# in; see test/support.ts). Node's own test runner prints each pass and its summary; the command
# fails if either pass fails. Each pass is also kept in test-output/suite-<store>.log, and the
# failures of a failed pass are printed again at the very end, so that the tail of a CI log shows
# them even when the other pass ran after it.
#
# Each pass has its own CONCORD_TEST_CACHE, a fresh directory removed at the end of the pass: the
# stores of real data that tests share are built there once per pass and copied for each test
# (test/real-store.ts); on PostgreSQL their databases are dropped at the end of the pass.
#
# Test files run CONCORD_TEST_CONCURRENCY (default 2) at a time (node's --test-concurrency; node's own
# default is one less than the cores, so 1 on a 2-core machine): most files mostly wait on child
# processes, servers and PostgreSQL. On 2 cores at load 13-17, a representative 24 files took 699 s one
# at a time, 385 s two at a time, all passing (DEVELOPERS.md, "How long the suite takes"). The browser
# files (those using web/e2e/harness.ts) then run one at a time, after the others, in the same pass and
# cache: each drives Chromium and a server doing minutes of work on first use, under timeouts that a
# loaded machine already reaches when they run alone.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-output
concurrency=${CONCORD_TEST_CONCURRENCY:-2}
mapfile -t files < <(find src test web -name '*.test.ts' -not -path '*/node_modules/*' -not -path 'web/dist/*' | sort)
mapfile -t browser < <(grep -l "e2e/harness\.ts'\|from './harness\.ts'" "${files[@]}")
mapfile -t others < <(printf '%s\n' "${files[@]}" | grep -vxF -f <(printf '%s\n' "${browser[@]}"))

cache=""
drop_cache() {
  [ -n "$cache" ] || return 0
  if [ -n "${1:-}" ]; then node --import tsx test/real-store-cleanup.ts "$cache" || echo "== could not drop the shared real-data databases of $cache"; fi
  rm -rf "$cache"
  cache=""
}
trap 'drop_cache "${CONCORD_TEST_DATABASE_URL:-}"' EXIT

# One pass into LOG: the other files $concurrency at a time, then the browser files one at a time;
# the rest of the arguments go to env (the pass's store). Fails if either run fails.
run_pass() {
  local log=$1
  shift
  env "$@" CONCORD_TEST_CACHE="$cache" node --import tsx --test --test-concurrency="$concurrency" --test-reporter=spec "${others[@]}" 2>&1 | tee "$log"
  local rest=${PIPESTATUS[0]}
  env "$@" CONCORD_TEST_CACHE="$cache" node --import tsx --test --test-concurrency=1 --test-reporter=spec "${browser[@]}" 2>&1 | tee -a "$log"
  local browsers=${PIPESTATUS[0]}
  [ "$rest" -eq 0 ] && [ "$browsers" -eq 0 ]
}

# The browser tests serve web/dist and rebuild it when web/src is newer (src/server/web-build.ts): built
# here once, so that files running side by side never rebuild it at the same time.
node --import tsx --input-type=module -e "const w = await import('./src/server/web-build.ts'); const why = w.webBuildNeeded(); if (why) { console.log('== building web/dist: ' + why); await w.buildWeb(); }" ||
  { echo "== could not build web/dist"; exit 1; }

echo "== pass 1 of 2: the suite on SQLite (${#others[@]} files $concurrency at a time, then ${#browser[@]} browser files one at a time)"
start=$SECONDS
cache=$(mktemp -d "${TMPDIR:-/tmp}/concord-test-cache-XXXXXX")
run_pass test-output/suite-sqlite.log -u CONCORD_TEST_DATABASE_URL -u CONCORD_DATABASE_URL
sqlite=$?
drop_cache
echo "== SQLite pass: $([ $sqlite -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s"

if [ -z "${CONCORD_TEST_DATABASE_URL:-}" ]; then
  echo "== pass 2 of 2 skipped: CONCORD_TEST_DATABASE_URL is not set (set it to postgres://user:password@host/database to run the suite on PostgreSQL too)"
  exit $sqlite
fi

echo "== pass 2 of 2: the suite on PostgreSQL (${#others[@]} files $concurrency at a time, then ${#browser[@]} browser files one at a time)"
start=$SECONDS
cache=$(mktemp -d "${TMPDIR:-/tmp}/concord-test-cache-XXXXXX")
run_pass test-output/suite-postgresql.log -u CONCORD_DATABASE_URL
postgres=$?
drop_cache postgres
echo "== PostgreSQL pass: $([ $postgres -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s"
if [ $sqlite -ne 0 ]; then
  echo "== the SQLite pass FAILED; its failures again (whole pass in test-output/suite-sqlite.log):"
  sed -n '/failing tests:/,$p' test-output/suite-sqlite.log | head -400
fi
[ $sqlite -eq 0 ] && [ $postgres -eq 0 ]
