#!/usr/bin/env bash
# `npm test`: every check the project has, in the order a failure is cheapest to read. Each step counts as a
# test, and Vitest's tests (unit, e2e in Chromium, e2e in Firefox) count one by one; the last line is
# "N passed, N failed" (read by CI).
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
failures=()

step() {
  local name=$1
  shift
  echo "── $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "✗ $name failed"
  fi
}

step "typecheck (tsc --noEmit)" npx tsc --noEmit
step "lint and format (biome)" npx biome check .
step "unused exports (knip)" npx knip --no-progress
step "build Chrome MV3" npx wxt build
step "build Firefox MV2" npx wxt build -b firefox
step "zip both builds" npm run --silent zip
step "web-ext lint, 0 errors (Firefox build)" npx web-ext lint --source-dir .output/firefox-mv2 --no-input
step "build the e2e variant" env CORECREDIT_E2E=1 npx wxt build
step "build the Firefox e2e variant" env CORECREDIT_E2E=1 npx wxt build -b firefox
step "build the CLI" npm run --silent build:cli
step "Chromium available for e2e" bash scripts/ensure-chromium.sh
step "Firefox available for e2e (or its suite says it skipped)" bash scripts/ensure-firefox.sh

mkdir -p .tmp
rm -f .tmp/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
vitest_status=$?
if [ -s .tmp/vitest.json ]; then
  read -r vp vf < <(node -e "const r=require('./.tmp/vitest.json');console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTests ?? 0))")
  passed=$((passed + vp))
  failed=$((failed + vf))
  if [ "$vitest_status" -ne 0 ] && [ "$vf" -eq 0 ]; then
    failed=$((failed + 1))
    failures+=("vitest exited $vitest_status (a suite failed to load)")
  fi
else
  failed=$((failed + 1))
  failures+=("vitest produced no results")
fi

if [ ${#failures[@]} -gt 0 ]; then
  printf 'Failed steps: %s\n' "${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
