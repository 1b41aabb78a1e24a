#!/usr/bin/env bash
# The bundled example: a SCORM 1.2 session, its resumed relaunch and a SCORM 2004 session driven
# against the spec-exact runtimes, every call printed with its result and error code. The bridge
# gate (`scorm-harness run examples/sch-bridge/dist/1.2 examples/sch-bridge/dist/2004`) becomes the
# example once its scenarios are stable (issue 4).
set -u
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 2
exec npx tsx examples/runtime-demo.ts "$@"
