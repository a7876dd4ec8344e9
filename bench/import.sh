#!/usr/bin/env bash
# npm run bench:import — installs the peer (ripgrep, from Debian) when missing, then runs the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rg >/dev/null 2>&1; then
  echo "Installing ripgrep (Debian) for the peer measurement..."
  (apt-get update -qq && apt-get install -y -qq ripgrep) >/dev/null 2>&1 || echo "could not install ripgrep; the peer is skipped"
fi
exec node --import tsx bench/import.ts "$@"
