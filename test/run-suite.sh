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
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-output
mapfile -t files < <(find src test web -name '*.test.ts' -not -path '*/node_modules/*' -not -path 'web/dist/*' | sort)

cache=""
drop_cache() {
  [ -n "$cache" ] || return 0
  if [ -n "${1:-}" ]; then node --import tsx test/real-store-cleanup.ts "$cache" || echo "== could not drop the shared real-data databases of $cache"; fi
  rm -rf "$cache"
  cache=""
}
trap 'drop_cache "${CONCORD_TEST_DATABASE_URL:-}"' EXIT

echo "== pass 1 of 2: the suite on SQLite"
start=$SECONDS
cache=$(mktemp -d "${TMPDIR:-/tmp}/concord-test-cache-XXXXXX")
env -u CONCORD_TEST_DATABASE_URL -u CONCORD_DATABASE_URL CONCORD_TEST_CACHE="$cache" node --import tsx --test --test-reporter=spec "${files[@]}" 2>&1 | tee test-output/suite-sqlite.log
sqlite=${PIPESTATUS[0]}
drop_cache
echo "== SQLite pass: $([ $sqlite -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s"

if [ -z "${CONCORD_TEST_DATABASE_URL:-}" ]; then
  echo "== pass 2 of 2 skipped: CONCORD_TEST_DATABASE_URL is not set (set it to postgres://user:password@host/database to run the suite on PostgreSQL too)"
  exit $sqlite
fi

echo "== pass 2 of 2: the suite on PostgreSQL"
start=$SECONDS
cache=$(mktemp -d "${TMPDIR:-/tmp}/concord-test-cache-XXXXXX")
env -u CONCORD_DATABASE_URL CONCORD_TEST_CACHE="$cache" node --import tsx --test --test-reporter=spec "${files[@]}" 2>&1 | tee test-output/suite-postgresql.log
postgres=${PIPESTATUS[0]}
drop_cache postgres
echo "== PostgreSQL pass: $([ $postgres -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s"
if [ $sqlite -ne 0 ]; then
  echo "== the SQLite pass FAILED; its failures again (whole pass in test-output/suite-sqlite.log):"
  sed -n '/failing tests:/,$p' test-output/suite-sqlite.log | head -400
fi
[ $sqlite -eq 0 ] && [ $postgres -eq 0 ]
