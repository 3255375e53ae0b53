#!/usr/bin/env bash
# Run the tests (after ./run.sh has set up .venv). Fails when no test ran.
set -uo pipefail
cd "$(dirname "$0")"
.venv/bin/python -m ruff check src tests bench || exit 1
.venv/bin/python -m pytest "$@"
rc=$?
if [[ $rc -eq 5 ]]; then echo "no tests ran" >&2; exit 1; fi
exit $rc
