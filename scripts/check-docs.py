#!/usr/bin/env python3
"""Lists public declarations in Sources/RDPFile without a /// doc comment above them."""
import pathlib, re, sys

missing = []
for path in sorted(pathlib.Path("Sources/RDPFile").rglob("*.swift")):
    lines = path.read_text().splitlines()
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not re.match(r"(@\w+\s+)*public\s", stripped) or stripped.startswith("public extension"):
            continue
        j = i - 1
        while j >= 0 and (lines[j].strip().startswith("@") or lines[j].strip() == ""):
            j -= 1
        if j < 0 or not lines[j].strip().startswith("///"):
            missing.append(f"{path}:{i + 1}: {stripped}")
print("\n".join(missing))
sys.exit(1 if missing else 0)
