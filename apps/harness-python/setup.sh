#!/bin/sh
# Creates apps/harness-python/.venv and installs requirements.lock into it (hash-checked, no resolver).
# Idempotent: when every pin of the lock is already installed in .venv at its exact version, it does nothing.
# Exits non-zero with one line on stderr when python3 is missing or the package registry cannot be reached.
set -u
cd "$(dirname "$0")" || exit 1
VENV=.venv
PY="$VENV/bin/python"
LOG="$VENV/setup-pip.log"

fail() { echo "setup.sh: $*" >&2; exit 1; }

command -v python3 >/dev/null 2>&1 || fail "python3 not found on PATH: install Python 3.11 or newer"
python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null \
  || fail "python3 is $(python3 -V 2>&1); the lock needs Python 3.11 or newer (httpx2, httpcore2, jiter)"

# Every "name==version" of the lock installed at that version? (names compared PEP 503-normalised)
installed() {
  [ -x "$PY" ] || return 1
  "$PY" - requirements.lock <<'EOF' >/dev/null 2>&1
import re, sys
from importlib import metadata
norm = lambda name: re.sub(r"[-_.]+", "-", name).lower()
have = {norm(d.metadata["Name"]): d.version for d in metadata.distributions()}
pins = re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", open(sys.argv[1]).read(), re.M)
sys.exit(0 if pins and all(have.get(norm(n)) == v for n, v in pins) else 1)
EOF
}

if installed; then
  echo "setup.sh: $VENV already has every pin of requirements.lock"
  exit 0
fi

# A venv without a working interpreter (moved, or Python upgraded under it) is rebuilt.
if [ -d "$VENV" ] && ! "$PY" -c 'import sys' >/dev/null 2>&1; then rm -rf "$VENV"; fi
if [ ! -x "$PY" ]; then
  python3 -m venv "$VENV" >/dev/null 2>&1 \
    || { rm -rf "$VENV"; fail "python3 -m venv failed (on Debian/Ubuntu: apt-get install python3-venv)"; }
fi

if ! PIP_NO_INPUT=1 "$PY" -m pip install --disable-pip-version-check --no-input --retries 2 --timeout 30 \
     --require-hashes --no-deps -r requirements.lock >"$LOG" 2>&1; then
  if grep -qiE "connection|resolve|network is unreachable|timed out|no matching distribution|could not find a version" "$LOG"; then
    fail "cannot install requirements.lock: the package registry (PyPI) is unreachable or lacks a pinned file (details: apps/harness-python/$LOG)"
  fi
  fail "pip install --require-hashes -r requirements.lock failed (details: apps/harness-python/$LOG)"
fi
installed || fail "installed requirements.lock, but .venv still does not match its pins (details: apps/harness-python/$LOG)"
echo "setup.sh: installed requirements.lock into $VENV"
