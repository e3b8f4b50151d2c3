#!/usr/bin/env bash
# The Firefox end-to-end tests drive Debian's firefox-esr (no test tool may download a browser here).
# Install it when it is missing and we are allowed to. When we are not, say so and succeed: the Firefox
# suite then skips itself with the same message (tests/e2e-firefox/firefox-harness.ts), rather than
# failing `npm test` on a machine where nobody can install a browser.
set -euo pipefail
firefox_path="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
[ -x "$firefox_path" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Firefox ESR for the end-to-end tests (apt-get install -y firefox-esr)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  exit 0
fi
echo "Firefox is not installed and cannot be installed here: the Firefox end-to-end tests will be skipped." >&2
echo "To run them: 'sudo apt-get install -y firefox-esr' (Debian/Ubuntu), or set FIREFOX_PATH to a Firefox binary." >&2
exit 0
