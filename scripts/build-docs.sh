#!/usr/bin/env bash
# Builds the library's DocC archive with the toolchain's own tools (no plugin package) and
# checks it: every public symbol is documented (scripts/check-docs.py), every public top-level
# type is listed in the catalog's topics, and DocC reports no warning (broken links included).
#   scripts/build-docs.sh            # writes .build/docs/RDPFile.doccarchive
# Needs a debug build of the library (`swift build`), whose module it reads.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
out=.build/docs
rm -rf "$out" && mkdir -p "$out/symbol-graphs"
swift build --target RDPFile >/dev/null
triple="$(uname -m)-unknown-linux-gnu"
swift-symbolgraph-extract -module-name RDPFile -I .build/debug/Modules -target "$triple" \
  -output-dir "$out/symbol-graphs" -minimum-access-level public
python3 - "$out/symbol-graphs/RDPFile.symbols.json" Sources/RDPFile/RDPFile.docc <<'PY'
import json, pathlib, re, sys
graph = json.load(open(sys.argv[1]))
top = sorted({s["names"]["title"] for s in graph["symbols"] if len(s["pathComponents"]) == 1})
catalog = "".join(p.read_text() for p in pathlib.Path(sys.argv[2]).glob("*.md"))
listed = set(re.findall(r"^- ``([A-Za-z]+)``$", catalog, re.M))
missing = [name for name in top if name not in listed]
extra = sorted(listed - set(top))
if missing or extra:
    print(f"docs: public types missing from the catalog's topics: {missing}; listed but not public: {extra}", file=sys.stderr)
    sys.exit(1)
print(f"docs: {len(top)} public types, {len(graph['symbols'])} public symbols, all in the catalog's topics")
PY
docc convert Sources/RDPFile/RDPFile.docc --additional-symbol-graph-dir "$out/symbol-graphs" \
  --fallback-display-name RDPFile --fallback-bundle-identifier org.rdpfile.RDPFile \
  --output-path "$out/RDPFile.doccarchive" --warnings-as-errors
echo "docs: $out/RDPFile.doccarchive"
