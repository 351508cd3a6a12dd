#!/usr/bin/env bash
# Install warcount with its test tools into .venv/ and run the checks and the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e ".[dev]"
.venv/bin/ruff check src tests benchmarks training
.venv/bin/mypy src
.venv/bin/pytest -q "$@"
