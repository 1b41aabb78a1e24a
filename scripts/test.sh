#!/usr/bin/env bash
# The whole suite: typecheck, lint, import boundaries, unit + end-to-end tests (mocha, which
# includes the CTS 2004 runner). Each non-mocha step counts as one test in the totals line.
set -u
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh || exit 2

passed=0
failed=0
step() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "!! step failed: $name"
    failed=$((failed + 1))
  fi
}

step typecheck npm run --silent typecheck
step lint npm run --silent lint

rm -f .test-totals
echo "== unit and end-to-end tests"
# A hang (a wait that never ends, a handle that keeps Node alive) must fail the run, not stall CI:
# the suite takes about 5 minutes on 2 cores, so 15 minutes means something is stuck.
MOCHA_LIMIT_S=${MOCHA_LIMIT_S:-900}
timeout --kill-after=20 "$MOCHA_LIMIT_S" npx mocha 'test/**/*.test.ts'
mocha_rc=$?
stopped=false
if [ "$mocha_rc" -eq 124 ] || [ "$mocha_rc" -eq 137 ]; then
  stopped=true
  echo "!! mocha was stopped after ${MOCHA_LIMIT_S} s: a test or an open handle hung (see the last lines above)"
fi
if [ -f .test-totals ]; then
  read -r mp mf < .test-totals
  passed=$((passed + mp))
  failed=$((failed + mf))
  rm -f .test-totals
  # Every test ran and only the exit hung: the hang itself is the failure.
  if $stopped; then failed=$((failed + 1)); fi
elif [ "$mocha_rc" -ne 0 ]; then
  echo "!! mocha did not run to the end (exit $mocha_rc)"
  failed=$((failed + 1))
fi
if [ "$mocha_rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
