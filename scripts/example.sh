#!/usr/bin/env bash
# The main job on the bundled example: the conformance gate against the reference SecureCodingHub
# bridge (its SCORM 1.2 and 2004 builds), with every report written to out/example.
set -u
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 2
npx tsx examples/sch-bridge/build.ts 1.2 2004 || exit 2
exec node bin/scorm-harness.js run examples/sch-bridge/dist/1.2 examples/sch-bridge/dist/2004 \
  --reporter console,json,junit,html --out out/example "$@"
