#!/usr/bin/env bash
# The whole check: lint, format, types, then the test suite (unit, CLI, RDF, SHACL, browser,
# notebook). Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m ruff check graphkb tests tools
python3 -m ruff format --check graphkb tests tools
python3 -m mypy
python3 -m pytest -q -p no:cacheprovider "$@"
