#!/usr/bin/env bash
# Installs what the dashboard's browser test needs: Debian's chromium (when /usr/bin/chromium
# is missing; needs root) and playwright-core from tests/browser/package-lock.json (which
# never downloads a browser of its own). Safe to run again: it does nothing already done.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "install_browser_deps: installing Debian chromium" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "install_browser_deps: /usr/bin/chromium is missing and this is not root with apt-get;" \
         "skipping (the browser test will be skipped)" >&2
  fi
fi

if [ ! -d tests/browser/node_modules/playwright-core ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "install_browser_deps: installing playwright-core (no browser download)" >&2
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tests/browser --no-audit --no-fund \
      --loglevel=error
  else
    echo "install_browser_deps: npm is missing; skipping (the browser test will be skipped)" >&2
  fi
fi
