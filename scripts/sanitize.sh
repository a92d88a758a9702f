#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer, in its own build folder:
#   scripts/sanitize.sh thread     # ThreadSanitizer (CI runs this one)
#   scripts/sanitize.sh address    # AddressSanitizer (slower; run before a release)
# LeakSanitizer is off: it reports allocations the test runner and Foundation keep for the
# life of the process.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
kind="${1:-thread}"
case "$kind" in
  thread|address) ;;
  *) echo "usage: scripts/sanitize.sh thread|address" >&2; exit 64 ;;
esac
# Tests that measure memory or time skip themselves under a sanitizer, which multiplies both.
RDPFILE_SANITIZER="$kind" ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" swift test --sanitize="$kind" --scratch-path ".build-$kind"
