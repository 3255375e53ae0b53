#!/usr/bin/env bash
# Run the tests (after ./run.sh has set up .venv). Fails when no test ran.
# The web-page tests drive Debian's Chromium; on a machine without it, it is installed here
# (as root, from Debian's packages) the way ./run.sh installs the rest.
set -uo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [[ $(id -u) == 0 ]]; then
  echo "test.sh: installing Debian's chromium for the web-page tests" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
lint=(src tests)
for d in bench training tools examples; do [[ -d $d ]] && lint+=("$d"); done
.venv/bin/python -m ruff check "${lint[@]}" || exit 1
.venv/bin/python -m mypy || exit 1
.venv/bin/python -m pytest "$@"
rc=$?
if [[ $rc -eq 5 ]]; then echo "no tests ran" >&2; exit 1; fi
exit $rc
