#!/usr/bin/env bash
# Install graphkb with its test tools, and the Debian packages the tests drive: Chromium and
# ChromeDriver (browser tests), Virtuoso open source 7 (a SPARQL server the endpoint tests start).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
{ command -v virtuoso-t && command -v isql-vt; } >/dev/null || missing+=(virtuoso-opensource-7-bin)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
. scripts/python-env.sh
"$PYTHON" -m pip install --quiet --disable-pip-version-check -e '.[dev]'
