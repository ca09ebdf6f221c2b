#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Installs it when missing and we are root (CI, a fresh
# machine); otherwise says how.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null
else
  echo "The browser tests need Chromium: run 'sudo apt-get install -y chromium' (Debian/Ubuntu) and try again." >&2
  exit 1
fi
