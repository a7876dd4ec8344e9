#!/usr/bin/env bash
# npm run bench:risk — installs the peer (R's glmnet, from Debian: r-cran-glmnet) when missing,
# then runs the benchmark (bench/risk.ts). Arguments pass through: [DATA_DIR].
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v Rscript >/dev/null 2>&1 || ! Rscript -e 'suppressMessages(library(glmnet))' >/dev/null 2>&1; then
  echo "Installing R glmnet (Debian r-cran-glmnet) for the peer measurement..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq r-cran-glmnet) >/dev/null 2>&1 || echo "could not install r-cran-glmnet; the peer is skipped"
fi
exec node --import tsx bench/risk.ts "$@"
