#!/usr/bin/env bash
# Installs what the harness needs outside npm: Debian's chromium (Puppeteer never downloads a browser).
# PUPPETEER_EXECUTABLE_PATH, when set, names the browser to use instead.
set -u
cd "$(dirname "$0")/.."

# Re-install when the lock file is newer than the installed tree (or nothing is installed).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund || { echo "npm ci failed: check the network to the npm registry" >&2; exit 1; }
fi

if [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ]; then
  if [ -x "$PUPPETEER_EXECUTABLE_PATH" ]; then exit 0; fi
  echo "PUPPETEER_EXECUTABLE_PATH=$PUPPETEER_EXECUTABLE_PATH is not an executable file; unset it to use Debian's chromium" >&2
  exit 1
fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium (apt-get install chromium)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null && exit 0
fi
echo "chromium not found: install it (Debian: 'apt-get install chromium') or set PUPPETEER_EXECUTABLE_PATH" >&2
exit 1
