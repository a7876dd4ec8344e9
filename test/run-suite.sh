#!/usr/bin/env bash
# `npm test`: the whole suite on SQLite, then the whole suite again on PostgreSQL when
# CONCORD_TEST_DATABASE_URL is set (a postgres:// URL of a database the tests may create schemas
# in; see test/support.ts). Node's own test runner prints each pass and its summary; the command
# fails if either pass fails.
set -uo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src test web -name '*.test.ts' -not -path '*/node_modules/*' -not -path 'web/dist/*' | sort)

echo "== pass 1 of 2: the suite on SQLite"
start=$SECONDS
env -u CONCORD_TEST_DATABASE_URL -u CONCORD_DATABASE_URL node --import tsx --test --test-reporter=spec "${files[@]}"
sqlite=$?
echo "== SQLite pass: $([ $sqlite -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s"

if [ -z "${CONCORD_TEST_DATABASE_URL:-}" ]; then
  echo "== pass 2 of 2 skipped: CONCORD_TEST_DATABASE_URL is not set (set it to postgres://user:password@host/database to run the suite on PostgreSQL too)"
  exit $sqlite
fi

echo "== pass 2 of 2: the suite on PostgreSQL"
start=$SECONDS
env -u CONCORD_DATABASE_URL node --import tsx --test --test-reporter=spec "${files[@]}"
postgres=$?
echo "== PostgreSQL pass: $([ $postgres -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s"
[ $sqlite -eq 0 ] && [ $postgres -eq 0 ]
