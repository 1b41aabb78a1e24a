#!/usr/bin/env bash
# The bundled example, the harness's main job: the reference SecureCodingHub bridge (built here in
# its SCORM 1.2 and 2004 packages) through the whole conformance gate in headless Chromium, with
# console, JSON, JUnit and HTML reports in out/example. Extra arguments go to `scorm-harness run`
# (e.g. `npm run example -- --grep score`).
set -u
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 2
npx tsx examples/sch-bridge/build.ts 1.2 2004 || exit 2
exec node bin/scorm-harness.js run examples/sch-bridge/dist/1.2 examples/sch-bridge/dist/2004 \
  --suite bridge --reporter console,json,junit,html --out out/example "$@"
