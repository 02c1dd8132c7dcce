# Sourced by the setup scripts: sets PYTHON to the interpreter to install graphkb into.
# A Python that refuses system-wide installs (PEP 668: Debian, Ubuntu, Homebrew mark theirs
# EXTERNALLY-MANAGED) gets a virtual environment in .venv instead, and the user is told.
PYTHON=python3
if [ -x .venv/bin/python ]; then
  PYTHON=.venv/bin/python
elif python3 - <<'PY'
import pathlib, sys, sysconfig
marker = pathlib.Path(sysconfig.get_path("stdlib")) / "EXTERNALLY-MANAGED"
sys.exit(0 if sys.prefix == sys.base_prefix and marker.exists() else 1)
PY
then
  echo "graphkb: this Python refuses system-wide installs (PEP 668); creating a virtual" \
    "environment in .venv and installing there (use it with: . .venv/bin/activate)" >&2
  python3 -m venv .venv || {
    echo "graphkb: cannot create .venv; install the venv module (Debian: apt-get install" \
      "python3-venv) and run this again" >&2
    exit 1
  }
  PYTHON=.venv/bin/python
fi
