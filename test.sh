#!/usr/bin/env bash
# Heapscope test entry point: builds everything (./serve.sh --build-only), then runs the unit tests
# natively and under node, the fidelity corpus, and the browser end-to-end tests; prints a summary.
#
#   ./test.sh    last line: "N passed, M failed"; exit status 0 only when nothing failed
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export NODE_PATH=/usr/share/nodejs
LOGS="$ROOT/build/test-logs"

if [ -t 1 ]; then BOLD=$'\033[1m'; RED=$'\033[31m'; GREEN=$'\033[32m'; RESET=$'\033[0m'; else BOLD=""; RED=""; GREEN=""; RESET=""; fi
stage() { printf '\n%s=== %s ===%s\n' "$BOLD" "$*" "$RESET"; }

TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY=()

# record NAME PASSED FAILED SECONDS [NOTE]
record() {
  local name="$1" passed="$2" failed="$3" seconds="$4" note="${5:-}" mark="${GREEN}ok${RESET}"
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  if [ "$failed" -gt 0 ]; then mark="${RED}FAILED${RESET}"; fi
  SUMMARY+=("$(printf '  %-22s %4d passed %4d failed  %5ss  %s %s' "$name" "$passed" "$failed" "$seconds" "$mark" "$note")")
}

# Counts from a ctest JUnit file: doctest executables count their test cases, other tests count 1.
junit_counts() {
  python3 - "$1" <<'PY'
import re, sys, xml.etree.ElementTree as ET
passed = failed = 0
try:
    cases = ET.parse(sys.argv[1]).getroot().iter("testcase")
except (OSError, ET.ParseError):
    print("0 1"); sys.exit()
for case in cases:
    skipped = case.find("skipped")
    bad = case.find("failure") is not None or case.find("error") is not None or case.get("status") == "fail"
    if skipped is not None and not bad:
        if (skipped.get("message") or "").startswith("Disabled"):
            continue
        bad = True  # "notrun": the test executable was not built
    out = re.sub(r"\x1b\[[0-9;]*m", "", "".join(e.text or "" for e in case.iter("system-out")))
    m = re.search(r"test cases:\s*(\d+)\s*\|\s*(\d+) passed\s*\|\s*(\d+) failed", out)
    if m:
        p, f = int(m.group(2)), int(m.group(3))
        if bad and f == 0:
            f = 1  # crashed or exited non-zero after its summary
        passed += p; failed += f
    else:
        passed += 0 if bad else 1; failed += 1 if bad else 0
print(passed, failed)
PY
}

run_ctest() {
  local preset="$1" name="$2" start junit counts
  stage "$name (ctest --preset $preset)"
  start=$SECONDS
  junit="$LOGS/ctest-$preset.xml"
  rm -f "$junit"
  # Keep whole outputs in the JUnit file (ctest keeps 1 KiB of a passing test's output by default):
  # the doctest summary line comes last.
  if ctest --preset "$preset" --output-junit "$junit" --timeout 900 \
       --test-output-size-passed 1048576 --test-output-size-failed 4194304; then :; fi
  counts="$(junit_counts "$junit")"
  record "$name" "${counts% *}" "${counts#* }" $((SECONDS - start))
}

mkdir -p "$ROOT/build"
stage "build (./serve.sh --build-only)"
start=$SECONDS
if ./serve.sh --build-only; then
  record "build" 0 0 $((SECONDS - start)) "(not counted as a test)"
else
  # Still run every stage: whatever did build is tested, and what did not fails its own stage.
  record "build" 0 1 $((SECONDS - start)) "(see the errors above)"
fi
mkdir -p "$LOGS"

if [ -f build/native/CTestTestfile.cmake ] || [ -f build/web/CTestTestfile.cmake ]; then
  run_ctest native "unit (native)"
  run_ctest web "unit (web, node)"

  # fidelity NAME LOG [run.py options]: one run of the corpus runner, its "N passed, M failed" recorded.
  fidelity() {
    local name="$1" log="$LOGS/$2" status line passed failed
    shift 2
    start=$SECONDS
    set +e
    python3 tests/fidelity/run.py "$@" | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    if [ "$status" -eq 77 ]; then
      record "$name" 0 0 $((SECONDS - start)) "(0 cases: skipped)"
      return
    fi
    line="$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n1 || true)"
    passed="$(echo "${line:-0 passed, 1 failed}" | awk '{print $1}')"
    failed="$(echo "${line:-0 passed, 1 failed}" | awk '{print $3}')"
    if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
    record "$name" "$passed" "$failed" $((SECONDS - start))
  }
  stage "fidelity corpus (tests/fidelity)"
  fidelity "fidelity" fidelity.log
  # Robustness of the corpus, native only: a heap audit after every statement, then GC stress.
  stage "fidelity corpus with --audit (native)"
  fidelity "fidelity audit" fidelity-audit.log --audit
  stage "fidelity corpus with --gc-stress (native)"
  fidelity "fidelity gc-stress" fidelity-gc-stress.log --gc-stress

  # The benchmark harness at tiny sizes: proves it runs; its timings never fail anything.
  stage "bench smoke (tests/bench/bench.py --smoke)"
  start=$SECONDS
  if python3 tests/bench/bench.py --smoke 2>&1 | tee "$LOGS/bench-smoke.log" && grep -q '^bench: ok' "$LOGS/bench-smoke.log"; then
    record "bench smoke" 1 0 $((SECONDS - start))
  else
    record "bench smoke" 0 1 $((SECONDS - start))
  fi

  for test in tests/e2e/*.test.mjs; do
    name="e2e $(basename "$test" .test.mjs)"
    stage "$name (headless Chromium)"
    start=$SECONDS
    log="$LOGS/$(basename "$test" .mjs).log"
    set +e
    node "$test" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    line="$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n1 || true)"
    passed="$(echo "${line:-0 passed, 1 failed}" | awk '{print $1}')"
    failed="$(echo "${line:-0 passed, 1 failed}" | awk '{print $3}')"
    if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
    record "$name" "$passed" "$failed" $((SECONDS - start))
  done
else
  echo "nothing was configured: skipping the test stages"
fi

stage "summary"
printf '%s\n' "${SUMMARY[@]}"
echo "logs: build/test-logs/   screenshot: build/e2e/heapscope.png"
echo "${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed"
[ "$TOTAL_FAILED" -eq 0 ] && [ "$TOTAL_PASSED" -gt 0 ]
