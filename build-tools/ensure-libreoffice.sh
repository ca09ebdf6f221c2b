#!/usr/bin/env bash
# The forms tests drive LibreOffice Calc through UNO (Debian's python3-uno) and render with pdftoppm.
# Installs them when missing and we are root (CI, a fresh machine); otherwise says how.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && /usr/bin/python3 -c "import uno" >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's libreoffice-calc, python3-uno and poppler-utils for the forms tests…"
  apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-calc python3-uno poppler-utils >/dev/null
else
  echo "The forms tests need LibreOffice: run 'sudo apt-get install -y libreoffice-calc python3-uno poppler-utils' and try again." >&2
  exit 1
fi
