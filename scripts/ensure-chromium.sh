#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium (no test tool may download a browser here). Install it when
# it is missing and we are allowed to; otherwise say exactly what to do.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium for the end-to-end tests (apt-get install -y chromium)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is needed for the end-to-end tests: run 'sudo apt-get install -y chromium' (Debian/Ubuntu)," >&2
echo "or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
