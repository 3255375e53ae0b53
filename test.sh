#!/usr/bin/env bash
# Run the tests (after ./run.sh has set up .venv). Fails when no test ran.
set -uo pipefail
cd "$(dirname "$0")"
lint=(src tests)
for d in bench training tools examples; do [[ -d $d ]] && lint+=("$d"); done
.venv/bin/python -m ruff check "${lint[@]}" || exit 1
.venv/bin/python -m pytest "$@"
rc=$?
if [[ $rc -eq 5 ]]; then echo "no tests ran" >&2; exit 1; fi
exit $rc
