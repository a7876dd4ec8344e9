#!/usr/bin/env bash
# npm run bench:norms — installs the peer (scikit-learn, from Debian, for /usr/bin/python3) when
# missing, then runs the benchmark over the full corpus (../shared/data or the data directory given).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! /usr/bin/python3 -c 'import sklearn' >/dev/null 2>&1; then
  echo "Installing scikit-learn (Debian python3-sklearn) for the peer measurement..."
  (apt-get update -qq && apt-get install -y -qq python3-sklearn) >/dev/null 2>&1 || echo "could not install python3-sklearn; the peer is skipped"
fi
exec node --max-old-space-size=6144 --import tsx bench/norms.ts "$@"
