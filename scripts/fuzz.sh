#!/usr/bin/env bash
# Builds the libFuzzer target (Fuzz/) together with the library sources and runs it.
#
#   scripts/fuzz.sh [SECONDS] [extra libFuzzer options]    # default 60 seconds
#
# FUZZ_JOBS sets the number of parallel fuzzing processes (default: the number of CPUs).
# The binary is built with AddressSanitizer, so unsafe-pointer mistakes in the fast paths
# (memchr scans, buffer views) are caught as well as traps and failed checks.
#
# Seeds come from Corpus/, Fuzz/Seeds/ (server answers for the doctor) and
# ../shared/corpus/real-world when present; new interesting
# inputs accumulate in .build-fuzz/corpus; crashing, hanging or exhausting inputs go to
# .build-fuzz/artifacts/, and the script then fails.
# Every input found becomes a regression test: save it in Tests/RDPFileTests/FuzzRegressions/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
seconds="${1:-60}"
shift || true

out=.build-fuzz
mkdir -p "$out/corpus" "$out/seeds"
find Corpus Tests/RDPFileTests/FuzzRegressions -name '*.rdp' -size -64k -exec cp {} "$out/seeds/" \;
cp Fuzz/Seeds/* "$out/seeds/"
if [ -d ../shared/corpus/real-world ]; then
  cp ../shared/corpus/real-world/*.rdp "$out/seeds/" 2>/dev/null || true
fi

# The promises (Tests/TestSupport/SelfCheck*.swift) are compiled into the library module here.
checks="$(ls Tests/TestSupport/SelfCheck*.swift)"
if [ ! -x "$out/fuzz" ] || [ -n "$(find Sources/RDPFile Fuzz $checks -newer "$out/fuzz" -name '*.swift' | head -1)" ]; then
  swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name RDPFile -package-name rdpfile -swift-version 6 \
    -D FUZZ_BUILD $(find Sources/RDPFile Fuzz -name '*.swift' | sort) $checks -o "$out/fuzz"
fi

cd "$out"
rm -rf artifacts fuzz-*.log && mkdir artifacts
jobs="${FUZZ_JOBS:-$(nproc)}"
# The Swift runtime's backtracer would print its own report on top of libFuzzer's.
export SWIFT_BACKTRACE=enable=no
status=0
./fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -print_final_stats=1 -jobs="$jobs" -workers="$jobs" -artifact_prefix=artifacts/ "$@" corpus seeds || status=$?
for log in fuzz-*.log; do
  [ -f "$log" ] || continue
  grep -h "stat::number_of_executed_units" "$log" | sed "s/^/$log: /"
done
found=$(find artifacts -type f | sort)
if [ -n "$found" ] || [ "$status" -ne 0 ]; then
  echo "fuzz: failed (exit $status); inputs that broke a promise:" >&2
  for file in $found; do echo "  $out/$file" >&2; done
  grep -h -A3 "fuzz: \|ERROR: libFuzzer\|Fatal error" fuzz-*.log >&2 || true
  exit 1
fi
echo "fuzz: no failures in $seconds seconds with $jobs jobs"
