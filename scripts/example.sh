#!/usr/bin/env bash
# The main job on the bundled example.
set -u
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 2
exec npx tsx examples/runtime-demo.ts "$@"
