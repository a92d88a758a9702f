#!/usr/bin/env bash
# Guards the library's public API against unintended change with the toolchain's
# swift-api-digester and a committed baseline (api/RDPFile.json, public declarations only).
#   scripts/check-api.sh            # fails on any breaking change, and on additions not in the baseline
#   scripts/check-api.sh --update   # after a deliberate change: rewrites the baseline (review the diff)
# Needs a debug build of the library (`swift build`), whose module it reads.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
baseline=api/RDPFile.json
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build --target RDPFile >/dev/null
swift-api-digester -dump-sdk -module RDPFile -I .build/debug/Modules -target "$(uname -m)-unknown-linux-gnu" \
  -swift-only -o "$work/dump.json"
# The module also holds `package` declarations (the command-line tool's plumbing); the baseline
# keeps only what a library user can see.
python3 - "$work/dump.json" "$work/current.json" <<'PY'
import json, sys
dump = json.load(open(sys.argv[1]))
def prune(node):
    if "children" in node:
        node["children"] = [prune(c) for c in node["children"] if not c.get("isInternal") and c.get("kind") != "Import"]
    return node
prune(dump["ABIRoot"])
dump["ABIRoot"].pop("tool_arguments", None)  # names a temporary path
json.dump(dump, open(sys.argv[2], "w"), indent=1, sort_keys=True)
open(sys.argv[2], "a").write("\n")
PY
if [ "${1:-}" = "--update" ]; then
  cp "$work/current.json" "$baseline"
  echo "api: baseline updated ($baseline)"
  exit 0
fi
swift-api-digester -diagnose-sdk -input-paths "$baseline" -input-paths "$work/current.json" -o "$work/report.txt" 2>/dev/null
if grep -vE '^(/\*.*\*/)?$' "$work/report.txt" >/dev/null; then
  echo "api: breaking changes to the public API against $baseline:" >&2
  grep -vE '^(/\*.*\*/)?$' "$work/report.txt" >&2
  echo "api: if they are intended, run scripts/check-api.sh --update and say so in the commit" >&2
  exit 1
fi
if ! cmp -s "$baseline" "$work/current.json"; then
  echo "api: the public API grew or changed without breaking anything; record it with scripts/check-api.sh --update" >&2
  diff <(grep -o '"printedName": "[^"]*"' "$baseline" | sort -u) <(grep -o '"printedName": "[^"]*"' "$work/current.json" | sort -u) | head -20 >&2 || true
  exit 1
fi
echo "api: public API unchanged ($(grep -c '"printedName"' "$baseline") declarations in $baseline)"
