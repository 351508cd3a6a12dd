#!/usr/bin/env bash
# Install warcount into .venv/ and run it on the bundled example reports.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e .
.venv/bin/warcount extract examples/ --format table
