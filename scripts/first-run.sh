#!/usr/bin/env bash
# The README's first command: install graphkb, then run the main job on the bundled data (who
# opposes the US, and the HTML graph). On a Python that refuses system-wide installs, graphkb
# goes into a virtual environment in .venv (see scripts/python-env.sh), and this says so.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python-env.sh
"$PYTHON" -m pip install --quiet --disable-pip-version-check -e .
bin="$(dirname "$PYTHON")"
if [ "$PYTHON" = python3 ]; then bin="$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')"; fi
"$bin/graphkb" who-opposes US
"$bin/graphkb" viz --out graph.html
if [ "$PYTHON" != python3 ]; then
  echo "graphkb is installed in .venv: '. .venv/bin/activate' puts it on your PATH" >&2
fi
