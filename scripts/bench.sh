#!/usr/bin/env bash
# Compares rdpfile with FreeRDP's parser, sed and a Python script on the same inputs, in one
# run, and prints the table of BENCHMARKS.md with ratios.
#
#   scripts/bench.sh            # full run: 5 rounds, 10,000 and 100,000 files (several minutes)
#   scripts/bench.sh --quick    # smoke run: 1 round, 300 and 1,000 files (CI)
#   scripts/bench.sh --real [--quick]   # the real-file share (scripts/bench_real.py): the shared
#                                       # real-world corpus copied to 10,000 and 100,000 files, on
#                                       # tmpfs and on the disk (RDPFILE_BENCH_DISK, default
#                                       # /var/tmp/rdpfile-bench), lint in three formats and the
#                                       # default durable fix against FreeRDP's parser and sed -i
#
# Work files go to $RDPFILE_BENCH_DIR, default /dev/shm/rdpfile-bench (tmpfs: the disk's noise
# stays out of the ratios) or /tmp/rdpfile-bench. Needs: swift, python3, sed; installs
# Debian's freerdp2-dev (for the FreeRDP oracle) and time when it can, and says so when not.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

quick=""
real=""
for argument in "$@"; do
  case "$argument" in
    --quick) quick="--quick" ;;
    --real) real=1 ;;
  esac
done
work="${RDPFILE_BENCH_DIR:-}"
if [ -z "$work" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then work=/dev/shm/rdpfile-bench; else work=/tmp/rdpfile-bench; fi
fi
mkdir -p "$work"

need_apt=()
pkg-config --exists freerdp-client2 2>/dev/null || need_apt+=(freerdp2-dev pkg-config gcc make)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "bench: please install ${need_apt[*]} (Debian packages); comparisons needing them are skipped" >&2
  fi
fi

oracle=""
if [ -d ../shared/tools/freerdp-oracle ] && pkg-config --exists freerdp-client2 2>/dev/null; then
  mkdir -p .build-oracle
  make -s -C ../shared/tools/freerdp-oracle BIN="$PWD/.build-oracle/oracle"
  oracle="$PWD/.build-oracle/oracle"
else
  echo "bench: FreeRDP oracle unavailable (needs ../shared/tools/freerdp-oracle and freerdp2-dev); FreeRDP rows skipped" >&2
fi

# RDPFILE_BENCH_CONFIGURATION=debug skips the release build (CI's smoke run: it checks that the
# script works, not how fast anything is).
configuration="${RDPFILE_BENCH_CONFIGURATION:-release}"
swift build -c "$configuration" --product rdpfile >/dev/null
swift build -c "$configuration" --product rdpfile-bench >/dev/null
bin="$(swift build -c "$configuration" --show-bin-path)"

if [ -n "$real" ]; then
  [ -d ../shared/corpus/real-world ] || { echo "bench: ../shared/corpus/real-world is missing" >&2; exit 1; }
  exec python3 scripts/bench_real.py $quick --tmpfs "$work" --disk "${RDPFILE_BENCH_DISK:-/var/tmp/rdpfile-bench}" \
    --rdpfile "$bin/rdpfile" --corpus ../shared/corpus/real-world ${oracle:+--oracle "$oracle"} \
    ${RDPFILE_BENCH_ROUNDS:+--rounds "$RDPFILE_BENCH_ROUNDS"} ${RDPFILE_BENCH_BIG_ROUNDS:+--big-rounds "$RDPFILE_BENCH_BIG_ROUNDS"}
fi
exec python3 scripts/bench_compare.py $quick --work "$work" --rdpfile "$bin/rdpfile" \
  --bench "$bin/rdpfile-bench" ${oracle:+--oracle "$oracle"}
