#!/bin/sh
# tools/bench.sh: `make bench`.  See tools/bench.py.
set -eu
cd "$(dirname "$0")/.."
echo "dubao $(./dubao --version | cut -d' ' -f2) on $(nproc) cores, $(uname -m), $(date +%Y-%m-%d)"
python3 tools/bench.py
